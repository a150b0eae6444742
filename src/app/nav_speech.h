// nav_speech.h - says what ImGui's keyboard navigation lands on (issue 11): while the keys
// move through the side panel or the menus, the control that takes the highlight is
// announced in the page's live region ("Verdict: Unverified, dropdown"; "Dark theme,
// checked"), since a screen reader cannot see the canvas. Labels come from ImGui's own
// item hooks (IMGUI_ENABLE_TEST_ENGINE, defined for the app's ImGui build); a control
// without a visible label is described by the code that draws it.
#pragma once

#include <string>

namespace nav_speech {

// At a frame's start: hooks run only while the keyboard navigates (`on`), else cost nothing.
void begin_frame(bool on);
bool active();  // the keyboard navigates: describe_last_item is heard
// Words for the last ImGui item (a dropdown or a row whose label is hidden).
void describe_last_item(const std::string& words);
// At a frame's end: what to announce when the highlight moved to another control, or "".
std::string end_frame();

}  // namespace nav_speech
