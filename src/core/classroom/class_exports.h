// class_exports.h - what a teacher takes away from the class view: the grades as CSV and,
// for each student, a feedback file they can open in the app.
//
// How to use:
//   std::string csv = classroom::grades_csv(model.report(), /*byte_order_mark=*/true);
//   std::string fb = classroom::feedback_file(model.report(), i);   // i: a student's index
//   download(classroom::feedback_file_name(model.report(), i), fb);
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/classroom/class_model.h"

namespace core::classroom {

// RFC 4180: a header row, then one row per scored student and one per file that was not
// scored (figures empty, the reason in "problem"); CRLF line ends; fields with a comma,
// quote, CR or LF quoted, quotes doubled; UTF-8. Figures with 4 decimals, empty when not
// defined. byte_order_mark: start with U+FEFF so spreadsheet programs read UTF-8 names
// right when the file is double-clicked.
std::string grades_csv(const ClassReport& report, bool byte_order_mark = false);

// A number as the CSV and the command line print it: 4 decimals ("0.6667"), "" for nullopt.
std::string format_figure(std::optional<double> value);

// The student's marks and the key side by side, as an annotation file (docs/FORMAT.md):
// every key claim that counts, with its feedback (the key's note) and whether the student
// found, partly found or missed it; every one of the student's annotations, with found,
// partly, extra, not-counted or not-placed and the key claim it relates to.
std::string feedback_file(const ClassReport& report, size_t student);
// "<exercise>-<name>-feedback.json"
std::string feedback_file_name(const ClassReport& report, size_t student);

}  // namespace core::classroom
