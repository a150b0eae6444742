// library_panel.h - File > Library: every document kept in this browser (title, source,
// number of annotations, last change), each to open, export or delete (undoable), and
// whether the work is saved.
#pragma once

#include <string>

class AppState;

struct LibraryPanel {
  void Draw(AppState& app, float dpr);

 private:
  std::string deleted_id_, deleted_title_;  // the last deletion, offered for undo while it lasts
};
