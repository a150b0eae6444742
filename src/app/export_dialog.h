// export_dialog.h - File > Export as...: the open document as W3C JSON, an HTML report, CSV,
// Markdown or ClaimReview JSON-LD (session/export_as.h), downloaded through the platform.
// ClaimReview asks where the fact check is published, by whom and when (the command line's
// --url, --publisher, --date). window.annotator.exportAs() answers the same without the dialog.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "session/export_as.h"

struct App;

struct ExportDialog {
  bool open = false;
  void Draw(App& app);
  // Downloads the open document in `format` now; says so (and what a validator will miss).
  void Download(App& app, session::ExportFormat format);
  // "api.exportAs": {format, url, publisher, date} -> {filename, mime, text, warnings}.
  std::string HandleCall(App& app, std::string_view data);

 private:
  session::ExportFormat format_ = session::ExportFormat::Html;
  core::ClaimReviewOptions claimreview_;
  bool date_filled_ = false;
  std::vector<std::string> warnings_;  // of the last ClaimReview download, shown in the dialog
};
