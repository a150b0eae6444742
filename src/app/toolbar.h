// toolbar.h - the menu bar (File, Edit, View, Claims), the category buttons shown while
// text is selected, and the keyboard shortcuts that work everywhere (undo, redo, export,
// open, text size).
#pragma once

#include <string>

class AppState;
struct App;

struct Toolbar {
  void Draw(App& app);
  void Shortcuts(App& app);
  float height = 0;
};
