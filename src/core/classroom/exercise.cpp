// exercise.cpp - reading and writing the "exercise" property of classroom files.
#include "core/classroom/exercise.h"

#include <algorithm>

#include "core/json_util.h"
#include "core/utf8.h"
#include "core/w3c_format.h"

namespace core::classroom {

using json = nlohmann::json;

bool ExerciseSettings::counts(std::string_view category) const {
  return categories.empty() ||
         std::find(categories.begin(), categories.end(), category) != categories.end();
}

const char* to_string(FileKind k) {
  switch (k) {
    case FileKind::Plain: return "plain";
    case FileKind::Student: return "student";
    case FileKind::Key: return "key";
    case FileKind::HandIn: return "hand-in";
    case FileKind::Feedback: return "feedback";
  }
  return "plain";
}

namespace {

constexpr FileKind kKinds[] = {FileKind::Student, FileKind::Key, FileKind::HandIn, FileKind::Feedback};

// Reads optional string `key` of `obj` into `out`; a value of another type is an error.
void read_string(const json& obj, const char* key, const std::string& path, std::string& out,
                 std::vector<std::string>& errors) {
  const auto it = obj.find(key);
  if (it == obj.end()) return;
  if (!it->is_string()) {
    errors.push_back(path + "." + key + ": expected a string, found " + json_util::type_name(*it));
    return;
  }
  out = it->get<std::string>();
}

void read_settings(const json& s, ExerciseSettings& out, std::vector<std::string>& errors) {
  const std::string path = "exercise.settings";
  if (!s.is_object()) {
    errors.push_back(path + ": expected an object, found " + json_util::type_name(s));
    return;
  }
  if (const auto c = s.find("categories"); c != s.end()) {
    if (!c->is_array()) {
      errors.push_back(path + ".categories: expected an array of category names");
    } else {
      for (size_t i = 0; i < c->size(); ++i) {
        const json& v = (*c)[i];
        const std::string where = path + ".categories[" + std::to_string(i) + "]";
        if (!v.is_string()) errors.push_back(where + ": expected a string, found " + json_util::type_name(v));
        else if (v.get_ref<const std::string&>().empty()) errors.push_back(where + ": an empty category name");
        else out.categories.push_back(v.get<std::string>());
      }
    }
  }
  if (const auto m = s.find("categoryMustMatch"); m != s.end()) {
    if (!m->is_boolean()) errors.push_back(path + ".categoryMustMatch: expected true or false");
    else out.category_must_match = m->get<bool>();
  }
  if (const auto c = s.find("claimSuggestions"); c != s.end()) {
    if (!c->is_boolean()) errors.push_back(path + ".claimSuggestions: expected true or false");
    else out.claim_suggestions = c->get<bool>();
  }
}

}  // namespace

ExerciseRead read_exercise(const json& extra) {
  ExerciseRead r;
  if (!extra.is_object()) return r;
  const auto it = extra.find("exercise");
  if (it == extra.end()) return r;
  const json& e = *it;
  if (!e.is_object()) {
    r.errors.push_back(std::string("exercise: expected an object, found ") + json_util::type_name(e));
    return r;
  }
  ExerciseInfo info;
  if (const auto v = e.find("version"); v == e.end()) {
    r.errors.push_back("exercise.version: missing");
  } else if (!v->is_number_integer() || v->get<int64_t>() < 1) {
    r.errors.push_back("exercise.version: expected a whole number from 1");
  } else if (v->get<int64_t>() > kExerciseVersion) {
    r.errors.push_back("exercise.version: the exercise is in version " + std::to_string(v->get<int64_t>()) +
                       "; this program reads up to version " + std::to_string(kExerciseVersion) +
                       " (a newer program wrote it)");
  }
  std::string kind;
  if (!e.contains("kind")) r.errors.push_back("exercise.kind: missing");
  read_string(e, "kind", "exercise", kind, r.errors);
  bool known = false;
  for (FileKind k : kKinds)
    if (kind == to_string(k)) {
      info.kind = k;
      known = true;
    }
  if (!known && e.contains("kind") && e["kind"].is_string())
    r.errors.push_back("exercise.kind: \"" + kind + "\" is not one of student, key, hand-in, feedback");
  if (!e.contains("id")) r.errors.push_back("exercise.id: missing");
  read_string(e, "id", "exercise", info.exercise.id, r.errors);
  if (e.contains("id") && e["id"].is_string() && info.exercise.id.empty())
    r.errors.push_back("exercise.id: an empty id");
  read_string(e, "title", "exercise", info.exercise.title, r.errors);
  read_string(e, "instructions", "exercise", info.exercise.instructions, r.errors);
  if (const auto s = e.find("settings"); s != e.end()) read_settings(*s, info.exercise.settings, r.errors);
  read_string(e, "student", "exercise", info.student, r.errors);
  read_string(e, "handedIn", "exercise", info.handed_in, r.errors);
  if (!info.handed_in.empty() && !json_util::is_date_time(info.handed_in))
    r.errors.push_back("exercise.handedIn: expected a date-time like 2026-11-26T22:31:09Z, found \"" +
                       info.handed_in + "\"");
  if (r.errors.empty()) r.info = std::move(info);
  return r;
}

Exercise new_exercise(std::string title) {
  Exercise e;
  e.id = new_annotation_id();  // a random version 4 urn:uuid, like any new annotation's
  e.title = std::move(title);
  e.settings.claim_suggestions = false;  // students find the claims themselves
  return e;
}

json exercise_json(const ExerciseInfo& info) {
  const Exercise& ex = info.exercise;
  json e = json::object();
  e["version"] = kExerciseVersion;
  e["kind"] = to_string(info.kind);
  e["id"] = ex.id;
  if (!ex.title.empty()) e["title"] = ex.title;
  if (!ex.instructions.empty()) e["instructions"] = ex.instructions;
  e["settings"] = {{"categories", ex.settings.categories},
                   {"categoryMustMatch", ex.settings.category_must_match},
                   {"claimSuggestions", ex.settings.claim_suggestions}};
  if (!info.student.empty()) e["student"] = info.student;
  if (!info.handed_in.empty()) e["handedIn"] = info.handed_in;
  return e;
}

namespace {

std::string write(const Article& article, const ExerciseInfo& info, const std::vector<Annotation>& anns,
                  bool embed_article = true) {
  ExportOptions options;
  options.embed_article = embed_article;
  // Each file of an exercise gets its own collection id, the same every time it is written.
  options.extra["id"] = json_util::uuid_from_name("exercise " + info.exercise.id + " " +
                                                  to_string(info.kind) + " " + info.student);
  options.extra["exercise"] = exercise_json(info);
  return export_w3c(article, anns, options);
}

}  // namespace

std::string write_student_file(const Article& article, const Exercise& exercise) {
  ExerciseInfo info;
  info.kind = FileKind::Student;
  info.exercise = exercise;
  return write(article, info, {});
}

std::string write_key_file(const Article& article, const Exercise& exercise,
                           const std::vector<Annotation>& key) {
  ExerciseInfo info;
  info.kind = FileKind::Key;
  info.exercise = exercise;
  return write(article, info, key);
}

std::string write_hand_in(const Article& article, const Exercise& exercise, const std::string& student,
                          std::vector<Annotation> marks, const std::string& handed_in) {
  ExerciseInfo info;
  info.kind = FileKind::HandIn;
  info.exercise = exercise;
  info.student = student;
  info.handed_in = handed_in;
  for (Annotation& a : marks) a.author = student;
  // The article's hash, not its text: the teacher's key has the text, and a class of
  // hand-ins is then a fifth of the size and reads five times faster.
  return write(article, info, marks, /*embed_article=*/false);
}

std::string file_name_part(std::string_view text, std::string_view fallback) {
  std::string out;
  size_t kept = 0;
  bool pending_dash = false;
  for (char32_t c : utf8::decode(text)) {
    if (c >= U'A' && c <= U'Z') c += 32;
    const bool ascii_alnum = (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
    // Letters of other scripts stay (a name in Cyrillic must not become "article"); ASCII
    // punctuation, controls, spaces and the Unicode punctuation blocks become '-'.
    const bool other_letter = c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF) &&
                              !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFE30 && c <= 0xFE6F) &&
                              !(c >= 0xFF00 && c <= 0xFF20) && c != 0xFEFF && !(c >= 0xD800 && c <= 0xDFFF);
    if (c == U'\'' || c == 0x2019) continue;  // "O’Brien" -> "obrien"
    if (!ascii_alnum && !other_letter) {
      pending_dash = true;
      continue;
    }
    if (kept >= 60) break;
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    utf8::append(out, c);
    ++kept;
  }
  return out.empty() ? std::string(fallback) : out;
}

std::string hand_in_file_name(const Exercise& exercise, const std::string& student) {
  return file_name_part(exercise.title, "exercise") + "-" + file_name_part(student, "student") + ".json";
}

}  // namespace core::classroom
