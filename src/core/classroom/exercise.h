// exercise.h - the classroom file kinds. Each is an ordinary annotation file (a W3C
// AnnotationCollection, w3c_format.h) with one extension property, "exercise", on the
// collection; feedback files also mark each item with "classroom". docs/FORMAT.md,
// "Classroom exercises", documents the properties.
//
//   student file   article, instructions, settings, exercise id; no annotations (no key)
//   key file       the same plus the key: the claims to find, each note is its feedback
//   hand-in file   a student's annotations, their name, the exercise id and the article's
//                  hash (article.sha256; the text is left out: the key carries it)
//   feedback file  a student's marks and the key side by side (classroom_feedback.h)
//
// How to use:
//   classroom::Exercise ex = classroom::new_exercise(article.title);
//   ex.instructions = "Find the three claims a fact-checker would check first.";
//   std::string student = classroom::write_student_file(article, ex);
//   std::string key = classroom::write_key_file(article, ex, key_annotations);
//   classroom::ExerciseRead r = classroom::read_exercise(import_result.extra);
//   if (!r.errors.empty()) ...;            // "exercise.settings.categories[1]: expected a string"
//   if (r.info.kind == classroom::FileKind::Student) show(r.info.exercise.instructions);
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotation.h"
#include "core/article.h"

namespace core::classroom {

// The version of the "exercise" object; readers refuse larger numbers.
constexpr int kExerciseVersion = 1;

struct ExerciseSettings {
  std::vector<std::string> categories;  // the categories that count; empty = all of them
  bool category_must_match = false;     // a mark finds a key claim only with its category
  // Students may use Claims > Suggest claims (the machine's picks). A new exercise says no:
  // students find the claims themselves. A file without the setting (made before it) says yes.
  bool claim_suggestions = true;
  bool counts(std::string_view category) const;
};

struct Exercise {
  std::string id;            // "urn:uuid:..."; hand-ins carry it back
  std::string title;         // shown to students; names the hand-in file
  std::string instructions;  // plain text, shown beside the article
  ExerciseSettings settings;
};

enum class FileKind { Plain, Student, Key, HandIn, Feedback };
const char* to_string(FileKind k);  // "plain", "student", "key", "hand-in", "feedback"

// What an annotation file says about an exercise.
struct ExerciseInfo {
  FileKind kind = FileKind::Plain;  // Plain: no "exercise" property
  Exercise exercise;
  std::string student;    // hand-in and feedback: the student's name
  std::string handed_in;  // hand-in: ISO 8601 UTC, when it was handed in
};

struct ExerciseRead {
  ExerciseInfo info;
  std::vector<std::string> errors;  // name the JSON path; info is Plain when there are any
};

// Reads the "exercise" property from ImportResult::extra (the collection's unknown
// properties). No property: a Plain file, no errors.
ExerciseRead read_exercise(const nlohmann::json& collection_extra);

// A new exercise with a fresh id, the given title and default settings.
Exercise new_exercise(std::string title);

// The "exercise" object for a file of `kind` (what the writers below put on the collection).
nlohmann::json exercise_json(const ExerciseInfo& info);

std::string write_student_file(const Article& article, const Exercise& exercise);
std::string write_key_file(const Article& article, const Exercise& exercise,
                           const std::vector<Annotation>& key);
// Every annotation gets `student` as its creator. handed_in: ISO 8601 UTC (now_iso8601()).
// The article's title, URL and hash are written, not its text.
std::string write_hand_in(const Article& article, const Exercise& exercise,
                          const std::string& student, std::vector<Annotation> marks,
                          const std::string& handed_in);

// A piece of a file name from any text: letters and digits of every script kept, ASCII
// lower-cased, everything else one '-'; at most 60 code points; `fallback` when empty.
std::string file_name_part(std::string_view text, std::string_view fallback);
// "<exercise>-<name>.json", the name a hand-in is downloaded as.
std::string hand_in_file_name(const Exercise& exercise, const std::string& student);

}  // namespace core::classroom
