// class_model.h - everything a teacher's class view shows, from a key and N student files:
// per-student scores, per-key-claim counts, the heat map, who marked a stretch, agreement.
// Plain data, built natively and tested with doctest; the app and the CLI only read it.
//
// How to use:
//   classroom::ClassModel model;
//   if (!model.set_key({"key.json", key_bytes})) show(model.report().key_errors);
//   model.add_students({{"ada.json", bytes1}, {"ben.json", bytes2}});   // any number, any time
//   const classroom::ClassReport& r = model.report();
//   for (const auto& s : r.students) show(s.name, s.scores.mode(Mode::Partial).f1);
//   for (const auto& p : r.problems) show(p.file, p.message);            // never scored
//   auto who = model.who_marked(r.heat[3].start, r.heat[3].end);
//
// Students' annotations are anchored to the key's article (core::anchor_annotations), so a
// student who worked on a slightly different copy is still scored; their anchoring report is
// kept. Spans are compared after trimming white space and punctuation at both ends.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/anchor.h"
#include "core/annotation.h"
#include "core/article.h"
#include "core/classroom/exercise.h"
#include "core/classroom/span_scoring.h"
#include "core/classroom/unitizing_alpha.h"

namespace core::classroom {

struct InputFile {
  std::string name;   // as the teacher knows it: a path on the command line, a file name
  std::string bytes;
};

// What became of one of a student's annotations.
enum class MarkStatus {
  Found,       // the same (trimmed) boundaries as a key claim
  Partly,      // overlaps a key claim
  Extra,       // overlaps no key claim (of its category, when the category must match)
  NotCounted,  // its category does not count in this exercise, or it is only punctuation
  NotPlaced,   // could not be placed on the key's article (orphaned)
};
const char* to_string(MarkStatus s);  // "found", "partly", "extra", "not-counted", "not-placed"

enum class ClaimStatus { Found, Partly, Missed };
const char* to_string(ClaimStatus s);  // "found", "partly", "missed"

struct StudentResult {
  std::string file, name;
  ExerciseInfo info;                   // Plain for an ordinary annotation file
  std::vector<Annotation> annotations; // anchored to the key's article
  bool article_differs = false;        // the file's article hash is not the key's
  AnchorSummary anchoring;

  // The scored marks: counted category, placed, not empty after trimming.
  std::vector<size_t> scored;          // annotation index of each scored span
  std::vector<Span> spans;             // the same, trimmed, in that order
  SpanScores scores;                   // SemEval/nervaluate, against the counted key claims
  std::optional<double> category_accuracy;  // type mode COR / (COR + INC); nullopt if no overlap

  std::vector<MarkStatus> status;             // per annotation
  std::vector<std::optional<size_t>> mark_key;  // per annotation: the key claim it found,
                                                // partly found, or overlaps with another category
  std::vector<ClaimStatus> claims;            // per key claim (uncounted ones: Missed)
  std::vector<size_t> found, partly, missed;  // counted key claim indices, article order
  std::vector<size_t> extra;                  // annotation indices, article order
  AlphaResult alpha_vs_key;                   // two raters: the key and this student
};

// A file that is not scored, and why. Reported by name; the other files still load.
struct FileProblem {
  std::string file;
  std::string name;     // the student's name when it could be read
  std::string message;  // "is for another exercise (...)", "line 3, column 7: ...", ...
};

struct ClaimCounts {
  size_t found = 0, partly = 0;  // students who found it exactly / partly
};

// A stretch of the article that the same number (> 0) of students marked.
struct Coverage {
  size_t start = 0, end = 0;
  size_t students = 0;
};

struct ClassReport {
  std::string key_file;
  std::vector<std::string> key_errors;    // the key could not be used; nothing else is filled
  std::vector<std::string> key_warnings;  // key claims that were left out, and why
  Article article;
  std::string article_sha256;             // of the key's article: students' files are compared
  ExerciseInfo key_info;                  // Plain when the key is an ordinary annotation file
  ExerciseSettings settings;              // the exercise's, or the defaults
  std::vector<Annotation> key;            // every annotation of the key file
  std::vector<bool> key_counted;          // per key annotation: scored (category counts, placed)
  std::vector<Span> key_spans;            // per key annotation: trimmed (empty when not counted)

  std::vector<StudentResult> students;    // scored, in the order added
  std::vector<FileProblem> problems;      // not scored, in the order added
  std::vector<ClaimCounts> claim_counts;  // per key annotation
  std::vector<Coverage> heat;             // article order, students > 0
  size_t heat_max = 0;                    // the largest Coverage::students
  AlphaResult alpha;                      // among the students (needs two)
};

// One of the marks on a stretch of the article.
struct WhoMarked {
  size_t student = 0;     // index into ClassReport::students
  size_t annotation = 0;  // index into that student's annotations
};

class ClassModel {
 public:
  // Reads the key (any annotation file that carries its article). On failure the report has
  // key_errors and no students. Replaces any earlier key and clears the students.
  bool set_key(const InputFile& key);
  // Loads, checks, anchors and scores each file, then updates the class-wide figures. A
  // corrupt file, one for another exercise, a key or blank student file, or a second file
  // with a name already taken goes to problems instead.
  void add_students(const std::vector<InputFile>& files);
  void clear_students();
  const ClassReport& report() const { return report_; }

  // Every scored mark overlapping [start, end), by student in the order added.
  std::vector<WhoMarked> who_marked(size_t start, size_t end) const;

 private:
  void update_class_figures();
  ClassReport report_;
  std::vector<std::string> name_keys_;  // normalised names of report_.students
  std::vector<uint64_t> hashes_;        // fingerprint of each student's file bytes
};

// The spans a set of annotations contributes to alpha: one rater's units.
void add_units(UnitizingStudy& study, size_t rater, const std::vector<Span>& spans);

}  // namespace core::classroom
