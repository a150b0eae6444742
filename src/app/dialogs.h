// dialogs.h - the modal windows: plain-language error notices, confirmations (replacing
// the article, deleting all annotations), pasting an article, and the import report.
#pragma once

#include <string>

class AppState;

struct Dialogs {
  void Draw(AppState& app, float dpr);

 private:
  void draw_report(AppState& app, float dpr);
  void draw_paste(AppState& app, float dpr);
  std::string paste_title_, paste_text_;
};
