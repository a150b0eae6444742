// export_as.h - File > Export as...: the open document in each form core/exports.h writes
// (and the W3C file), as the download the browser side offers. The same outputs as
// `annotator export --format ...`; the app only asks which form and the ClaimReview details.
//
// How to use:
//   session::ExportOutcome out = session::export_as(s, session::ExportFormat::ClaimReview,
//                                                   {"https://checks.example/x", "Checks", "2026-11-30"});
//   platform::download(out.file.filename, out.file.mime, out.file.bytes);
//   for (auto& w : out.warnings) show(w);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/exports.h"
#include "session/session.h"

namespace session {

enum class ExportFormat { W3C, Html, Csv, Markdown, ClaimReview };

// "w3c", "html", "csv", "markdown", "claimreview" (the CLI's --format names, plus w3c).
std::optional<ExportFormat> export_format_from_name(std::string_view name);
const char* export_format_name(ExportFormat f);
const char* export_format_label(ExportFormat f);  // "HTML report", as the menu says
const char* export_format_hint(ExportFormat f);   // what the form is for, one line
std::vector<ExportFormat> export_formats();       // every form, in the order offered

struct ExportOutcome {
  FileDownload file;
  std::vector<std::string> warnings;  // ClaimReview: what a validator will miss, what was left out
};

// `today` (YYYY-MM-DD) dates the HTML report; empty leaves it undated.
ExportOutcome export_as(Session& s, ExportFormat format, const core::ClaimReviewOptions& claimreview = {},
                        const std::string& today = "");

}  // namespace session
