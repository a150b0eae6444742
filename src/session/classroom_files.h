// classroom_files.h - the session's side of classroom exercises (docs/CLASSROOM.md): where
// each of the files opened or dropped together goes, the exercise a document belongs to, and
// the student's name kept with it. Plain rules, tested natively (tests/test_session_classroom.cpp);
// the app's Class menu and class view (src/app/classroom.h) call them.
//
// How to use:
//   for (session::RoutedFile& f : session::route_files(files, class_view_open)) {
//     if (f.route == session::FileRoute::Document) s.add_document(std::move(*f.document));
//     ...
//   }
//   if (auto ex = session::document_exercise(s.doc())) show(ex->exercise.instructions);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/classroom/class_model.h"
#include "core/classroom/exercise.h"
#include "session/session.h"

namespace session {

enum class FileRoute {
  Ordinary,  // not an exercise's: opened or imported as any file
  Document,  // a student file or a feedback file: its article opens as a document
  Key,       // the class view's key (the first key file among them)
  Student,   // the class view scores it (or lists it by name with why it cannot)
};

struct RoutedFile {
  FileRoute route = FileRoute::Ordinary;
  core::classroom::InputFile file;
  std::optional<NewDocument> document;  // for Document: the article, annotations, exercise
};

// Files opened together, in the order given. A student or feedback file opens as a
// document. When any of them is a key or a hand-in, or the class view is open, every other
// annotation file (.json, .jsonld) goes to the class: a second key, a corrupt file or one
// for another exercise is then reported there by name, never imported into the open
// article. Articles (.txt, .html, ...) stay ordinary.
std::vector<RoutedFile> route_files(std::vector<core::classroom::InputFile> files, bool class_view_open);

// The exercise a document belongs to (its "exercise" collection property), if any.
std::optional<core::classroom::ExerciseInfo> document_exercise(const Document& d);

// Whether Claims > Suggest claims may be used on the document: not in a student's exercise
// whose teacher turned claim suggestions off (the students find the claims themselves).
bool suggestions_allowed(const Document& d);

// Keeps the student's name with their exercise document (saved with it). White space at the
// ends is dropped; false (nothing changed) for an empty name or a document that is not a
// student's exercise.
bool set_student_name(Document& d, const std::string& name);

// Keeps a key's exercise with the teacher's document (saved with it), so that making the
// exercise again keeps its id and earlier hand-ins still match.
void set_key_exercise(Document& d, const core::classroom::Exercise& exercise);

}  // namespace session
