// ui_probe.h - what the last drawn frame showed where, for the browser tests: named boxes
// of buttons, menus and panels, and short named texts (a notice, a dialog's line). Tests
// click things by name instead of by coordinates that move with the window size and the
// text size. Answered by window.annotator.ui() (script_api.cpp, test hooks block).
//
// How to use (inside a frame):
//   if (ImGui::Button("Delete annotation")) ...;
//   ui_probe::item("editor.delete");           // the button's box
//   ui_probe::text("notice", "Annotation deleted");
#pragma once

#include <string>

#include <imgui.h>

namespace ui_probe {

// Off until a test first asks (window.annotator.ui()): readers' frames record nothing.
bool active();
void set_active(bool on);

void begin_frame();  // forgets what the previous frame recorded
void rect(const std::string& name, ImVec2 min, ImVec2 max);  // framebuffer pixels
void item(const std::string& name);  // the last ImGui item's box
void text(const std::string& name, std::string value);
// Everything recorded in the last frame: {"rects": {name: {x, y, width, height}}, "texts":
// {name: value}} in CSS pixels (divided by `dpr`).
std::string json(float dpr);

}  // namespace ui_probe
