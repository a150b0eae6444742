// classroom_files.cpp - see classroom_files.h.
#include "session/classroom_files.h"

#include <algorithm>
#include <cctype>

#include "core/w3c_format.h"

namespace session {

namespace cls = core::classroom;
using nlohmann::json;

namespace {

bool is_json_name(const std::string& name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string::npos) return false;
  std::string ext = name.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return ext == "json" || ext == "jsonld";
}

std::string trimmed(const std::string& s) {
  const size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(" \t\r\n") + 1 - a);
}

}  // namespace

std::vector<RoutedFile> route_files(std::vector<cls::InputFile> files, bool class_view_open) {
  struct Seen {
    bool json = false;
    cls::FileKind kind = cls::FileKind::Plain;
    std::optional<NewDocument> document;
  };
  std::vector<Seen> seen(files.size());
  bool for_class = class_view_open;
  for (size_t i = 0; i < files.size(); ++i) {
    Seen& s = seen[i];
    s.json = is_json_name(files[i].name);
    // Only files that name the property are read here: ordinary imports are not parsed twice.
    if (!s.json || files[i].bytes.find("\"exercise\"") == std::string::npos) continue;
    core::ImportResult imp = core::import_w3c(files[i].bytes);
    if (!imp.ok) continue;
    cls::ExerciseRead r = cls::read_exercise(imp.extra);
    if (!r.errors.empty()) continue;
    s.kind = r.info.kind;
    if ((s.kind == cls::FileKind::Student || s.kind == cls::FileKind::Feedback) && imp.article) {
      s.document = NewDocument{std::move(*imp.article), std::move(imp.annotations), files[i].name, std::move(imp.extra)};
    }
    if (s.kind == cls::FileKind::Key || s.kind == cls::FileKind::HandIn) for_class = true;
  }
  std::vector<RoutedFile> out(files.size());
  bool have_key = false;
  for (size_t i = 0; i < files.size(); ++i) {
    RoutedFile& r = out[i];
    Seen& s = seen[i];
    if (s.document) {
      r.route = FileRoute::Document;
      r.document = std::move(s.document);
    } else if (s.kind == cls::FileKind::Key && !have_key) {
      r.route = FileRoute::Key;
      have_key = true;
    } else if (for_class && s.json) {
      r.route = FileRoute::Student;
    }
    r.file = std::move(files[i]);
  }
  return out;
}

std::optional<cls::ExerciseInfo> document_exercise(const Document& d) {
  if (!d.extra.is_object() || !d.extra.contains("exercise")) return std::nullopt;
  cls::ExerciseRead r = cls::read_exercise(d.extra);
  if (!r.errors.empty() || r.info.kind == cls::FileKind::Plain) return std::nullopt;
  return r.info;
}

bool suggestions_allowed(const Document& d) {
  const auto info = document_exercise(d);
  return !info || info->kind != cls::FileKind::Student || info->exercise.settings.claim_suggestions;
}

bool set_student_name(Document& d, const std::string& name) {
  const std::string n = trimmed(name);
  const auto info = document_exercise(d);
  if (n.empty() || !info || info->kind != cls::FileKind::Student || info->student == n) return false;
  d.extra["exercise"]["student"] = n;
  ++d.version;  // saved with the document
  return true;
}

void set_key_exercise(Document& d, const cls::Exercise& exercise) {
  cls::ExerciseInfo info;
  info.kind = cls::FileKind::Key;
  info.exercise = exercise;
  json e = cls::exercise_json(info);
  if (d.extra.is_object() && d.extra.contains("exercise") && d.extra["exercise"] == e) return;
  d.extra["exercise"] = std::move(e);
  ++d.version;
}

}  // namespace session
