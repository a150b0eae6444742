// toolbar.h - the menu bar (File, Edit, View, Claims), the "Mark as" category buttons shown
// while text is selected (in the menu bar when they fit, else in a strip above the bottom
// of the reading view: small screens), and the keyboard shortcuts that work everywhere
// (undo, redo, export, text size), menus open or not.
#pragma once

#include <string>

class AppState;
struct App;

struct Toolbar {
  void Draw(App& app);
  void Shortcuts(App& app);
  // The strip of category buttons for a selection, `width` wide; its height first.
  float MarkStripHeight(float width) const;
  void DrawMarkStrip(App& app, float width);

  float height = 0;
  bool marks_in_menubar = true;  // this frame's menu bar had room for the category buttons
};
