// dialogs.h - the modal windows: plain-language error notices (technical detail behind a
// "Details" button, see notice.h), confirmations (replacing the article, deleting all
// annotations), pasting an article, and the import report (which, for a file made for
// another version of the article, says how the two versions differ).
#pragma once

#include <string>

#include "core/article_versions.h"

class AppState;

struct Dialogs {
  void Draw(AppState& app, float dpr);

 private:
  void draw_report(AppState& app, float dpr);
  void draw_paste(AppState& app, float dpr);
  void draw_versions(const core::Article& open, const core::Article& file, const std::string& files, float dpr);
  std::string paste_title_, paste_text_;
  bool show_detail_ = false;  // the notice's technical detail is shown
  core::VersionDifference versions_;
  std::string versions_key_;
};
