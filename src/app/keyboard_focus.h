// keyboard_focus.h - moving the keyboard between the app's regions without a mouse (issue
// 11): F6 goes from the article to the side panel to the menu bar and back (Shift+F6 the
// other way), as F6 moves between a browser's panes; M and L from the article go straight to
// the menu bar and the side panel (list), for browsers that keep F6 for themselves. In the panel and the menus ImGui's
// keyboard navigation runs (arrows, Tab, Enter or Space to press, Escape to leave) with its
// highlight as the visible focus; in the article the reading view's caret has the keys.
// A mouse click ends keyboard navigation, so Space never presses a button clicked earlier.
#pragma once

struct ImGuiWindow;

namespace keyboard_focus {

enum class Region { Reading, Panel, Menu };

// Inside the reading view's and the side panel's windows, each frame: remembers them.
void note_reading_window();
void note_panel_window();
// At the start of a frame, before any widget: answers F6 and clicks. Returns the region the
// keyboard just entered, or -1 when it did not move.
int begin_frame();
Region current();
void go(Region r);  // the scripting API and tests

}  // namespace keyboard_focus
