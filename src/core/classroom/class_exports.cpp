// class_exports.cpp - grades CSV and feedback files from a ClassReport.
#include "core/classroom/class_exports.h"

#include <cstdio>
#include <set>

#include "core/json_util.h"
#include "core/w3c_format.h"

namespace core::classroom {

using json = nlohmann::json;

std::string format_figure(std::optional<double> value) {
  if (!value) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", *value);
  return buf;
}

namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void csv_row(std::string& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
  out += "\r\n";
}

std::string title_of(const ClassReport& r) {
  return r.key_info.exercise.title.empty() ? r.article.title : r.key_info.exercise.title;
}

}  // namespace

std::string grades_csv(const ClassReport& r, bool byte_order_mark) {
  std::string out = byte_order_mark ? "\xEF\xBB\xBF" : "";
  std::vector<std::string> header = {"student", "file", "annotations", "scored"};
  for (Mode m : kModes)
    for (const char* f : {"precision", "recall", "f1"}) header.push_back(std::string(to_string(m)) + "_" + f);
  for (const char* h : {"category_accuracy", "found", "partly", "missed", "extra", "alpha_vs_key",
                        "article_differs", "not_placed", "problem"})
    header.push_back(h);
  csv_row(out, header);
  for (const StudentResult& s : r.students) {
    std::vector<std::string> row = {s.name, s.file, std::to_string(s.annotations.size()),
                                    std::to_string(s.spans.size())};
    for (Mode m : kModes) {
      const ModeScore& ms = s.scores.mode(m);
      for (double v : {ms.precision, ms.recall, ms.f1}) row.push_back(format_figure(v));
    }
    row.push_back(format_figure(s.category_accuracy));
    for (size_t n : {s.found.size(), s.partly.size(), s.missed.size(), s.extra.size()})
      row.push_back(std::to_string(n));
    row.push_back(format_figure(s.alpha_vs_key.overall));
    row.push_back(s.article_differs ? "yes" : "no");
    row.push_back(std::to_string(s.anchoring.orphaned));
    row.push_back("");
    csv_row(out, row);
  }
  for (const FileProblem& p : r.problems) {
    std::vector<std::string> row(header.size());
    row[0] = p.name;
    row[1] = p.file;
    row.back() = p.message;
    csv_row(out, row);
  }
  return out;
}

std::string feedback_file_name(const ClassReport& r, size_t student) {
  return file_name_part(title_of(r), "exercise") + "-" +
         file_name_part(r.students.at(student).name, "student") + "-feedback.json";
}

std::string feedback_file(const ClassReport& r, size_t student) {
  const StudentResult& s = r.students.at(student);
  std::vector<Annotation> items;
  std::set<std::string> key_ids;

  // The key claims that count, in article order, each with what became of it.
  std::vector<size_t> claims;
  for (size_t k = 0; k < r.key.size(); ++k)
    if (r.key_counted[k]) claims.push_back(k);
  std::stable_sort(claims.begin(), claims.end(), [&](size_t x, size_t y) {
    return r.key_spans[x].start != r.key_spans[y].start ? r.key_spans[x].start < r.key_spans[y].start
                                                        : r.key_spans[x].end < r.key_spans[y].end;
  });
  std::vector<std::string> mark_ids(s.annotations.size());
  for (size_t i = 0; i < s.annotations.size(); ++i) {
    mark_ids[i] = s.annotations[i].id;
    // A mark that carries a key claim's id (copied from the key) gets one of its own, so
    // "marks" and "key" below point at one item each.
    for (size_t k : claims)
      if (r.key[k].id == mark_ids[i]) mark_ids[i] = json_util::uuid_from_name("feedback mark " + mark_ids[i]);
  }
  for (size_t k : claims) {
    Annotation a = r.key[k];
    json marks = json::array();
    for (size_t i = 0; i < s.annotations.size(); ++i)
      if (s.mark_key[i] == k && (s.status[i] == MarkStatus::Found || s.status[i] == MarkStatus::Partly))
        marks.push_back(mark_ids[i]);
    a.extra["classroom"] = {{"role", "key"}, {"status", to_string(s.claims[k])}, {"marks", marks}};
    key_ids.insert(a.id);
    items.push_back(std::move(a));
  }
  // Then every one of the student's annotations, in article order.
  std::vector<size_t> order(s.annotations.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return s.annotations[x].start < s.annotations[y].start; });
  for (size_t i : order) {
    Annotation a = s.annotations[i];
    a.id = mark_ids[i];
    json c = {{"role", "mark"}, {"status", to_string(s.status[i])}};
    if (s.mark_key[i]) c["key"] = r.key[*s.mark_key[i]].id;
    a.extra["classroom"] = c;
    items.push_back(std::move(a));
  }

  ExerciseInfo info;
  info.kind = FileKind::Feedback;
  info.exercise = r.key_info.exercise;
  if (info.exercise.title.empty()) info.exercise.title = r.article.title;
  // A key that is an ordinary annotation file has no exercise id; the feedback file needs
  // one, the same for every student of that article.
  if (info.exercise.id.empty())
    info.exercise.id = json_util::uuid_from_name("exercise on urn:sha256:" + article_sha256(r.article));
  info.exercise.settings = r.settings;
  info.student = s.name;
  json summary = {{"found", s.found.size()}, {"partly", s.partly.size()}, {"missed", s.missed.size()},
                  {"extra", s.extra.size()}};
  json modes = json::object();
  for (Mode m : kModes) {
    const ModeScore& ms = s.scores.mode(m);
    modes[to_string(m)] = {{"precision", ms.precision}, {"recall", ms.recall}, {"f1", ms.f1}};
  }
  summary["modes"] = modes;

  ExportOptions options;
  options.extra["id"] = json_util::uuid_from_name("feedback " + info.exercise.id + " " + s.name);
  options.extra["exercise"] = exercise_json(info);
  options.extra["feedback"] = summary;
  return export_w3c(r.article, items, options);
}

}  // namespace core::classroom
