// cmd_score.cpp - `annotator score KEY.json STUDENT.json... [--csv]`: scores students' files
// against a key (docs/CLASSROOM.md) and prints JSON, or the grades CSV. Files that cannot be
// scored are named on stderr (and in the CSV); the others are still scored.
#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/cli_io.h"
#include "core/classroom/class_exports.h"
#include "core/classroom/class_model.h"

namespace cli {
namespace {

using ojson = nlohmann::ordered_json;
using namespace core::classroom;

ojson figure(std::optional<double> v) { return v ? ojson(*v) : ojson(nullptr); }

ojson alpha_json(const AlphaResult& a) {
  ojson categories = ojson::object();
  for (const auto& [name, c] : a.categories) categories[name] = figure(c.alpha);
  ojson out = ojson::object();
  out["overall"] = figure(a.overall);
  out["categories"] = std::move(categories);
  return out;
}

ojson score_json(const ClassReport& r) {
  ojson students = ojson::array();
  for (const StudentResult& s : r.students) {
    ojson modes = ojson::object();
    for (Mode m : kModes) {
      const ModeScore& ms = s.scores.mode(m);
      ojson one = ojson::object();
      one["precision"] = ms.precision;
      one["recall"] = ms.recall;
      one["f1"] = ms.f1;
      modes[to_string(m)] = std::move(one);
    }
    auto key_ids = [&](const std::vector<size_t>& list) {
      ojson ids = ojson::array();
      for (size_t k : list) ids.push_back(r.key[k].id);
      return ids;
    };
    ojson extra = ojson::array();
    for (size_t i : s.extra) extra.push_back(s.annotations[i].id);
    ojson one = ojson::object();
    one["file"] = s.file;
    one["name"] = s.name;
    one["annotations"] = s.annotations.size();
    one["modes"] = std::move(modes);
    one["found"] = key_ids(s.found);
    one["partly"] = key_ids(s.partly);
    one["missed"] = key_ids(s.missed);
    one["extra"] = std::move(extra);
    students.push_back(std::move(one));
  }
  // The key claims that count, in article order (as the students' lists are).
  std::vector<size_t> claims;
  for (size_t k = 0; k < r.key.size(); ++k)
    if (r.key_counted[k]) claims.push_back(k);
  std::stable_sort(claims.begin(), claims.end(), [&](size_t x, size_t y) {
    return r.key_spans[x].start != r.key_spans[y].start ? r.key_spans[x].start < r.key_spans[y].start
                                                        : r.key_spans[x].end < r.key_spans[y].end;
  });
  ojson key = ojson::array();
  for (size_t k : claims) {
    ojson one = ojson::object();
    one["id"] = r.key[k].id;
    one["exact"] = r.key[k].exact;
    one["found"] = r.claim_counts[k].found;
    one["partly"] = r.claim_counts[k].partly;
    key.push_back(std::move(one));
  }
  ojson out = ojson::object();
  out["students"] = std::move(students);
  out["key"] = std::move(key);
  out["alpha"] = alpha_json(r.alpha);
  return out;
}

}  // namespace

int cmd_score(const Args& args, std::ostream& out, std::ostream& err) {
  const ParsedArgs parsed = parse_args(args, {}, {"--csv"});
  if (!parsed.error.empty() || parsed.positional.size() < 2) {
    err << "usage: annotator score KEY.json STUDENT.json... [--csv]\n";
    if (!parsed.error.empty()) err << "annotator: " << parsed.error << "\n";
    return kUsage;
  }
  const std::string& key_path = parsed.positional[0];
  std::string error;
  const auto key_bytes = read_file(key_path, error);
  if (!key_bytes) {
    err << "annotator: " << error << "\n";
    return kIo;
  }
  ClassModel model;
  if (!model.set_key({key_path, *key_bytes})) {
    for (const std::string& e : model.report().key_errors) err << "annotator: " << key_path << ": " << e << "\n";
    return kInvalid;
  }
  for (const std::string& w : model.report().key_warnings) err << "annotator: " << key_path << ": " << w << "\n";

  int exit_code = kOk;
  std::vector<InputFile> students;
  std::vector<FileProblem> unreadable;
  for (size_t i = 1; i < parsed.positional.size(); ++i) {
    const std::string& path = parsed.positional[i];
    if (auto bytes = read_file(path, error)) {
      students.push_back({path, std::move(*bytes)});
    } else {
      unreadable.push_back({path, "", error});
      exit_code = kIo;
    }
  }
  model.add_students(students);
  for (const FileProblem& p : unreadable) err << "annotator: " << p.message << "\n";
  for (const FileProblem& p : model.report().problems) {
    err << "annotator: " << p.file << ": " << p.message << " (not scored)\n";
    if (exit_code == kOk) exit_code = kInvalid;
  }
  for (const StudentResult& s : model.report().students)
    if (s.article_differs || s.anchoring.orphaned > 0)
      err << "annotator: " << s.file << ": "
          << (s.article_differs ? "its article differs from the key's; " : "") << "anchored to the key's: "
          << s.anchoring.exact << " exact, " << s.anchoring.moved << " moved, " << s.anchoring.fuzzy << " fuzzy, "
          << s.anchoring.orphaned << " orphaned" << (s.anchoring.orphaned ? " (orphaned marks are not scored)" : "")
          << "\n";

  if (parsed.get("--csv")) {
    ClassReport report = model.report();
    for (const FileProblem& p : unreadable) report.problems.push_back({p.file, "", p.message});
    out << grades_csv(report);
  } else {
    out << score_json(model.report()).dump(2) << "\n";
  }
  return exit_code;
}

}  // namespace cli
