// toasts.h - a short notice at the bottom of the reading view that confirms what just
// happened ("Annotation deleted", "Exported 3 annotations") and, where it can be taken
// back, offers to; it goes away by itself after a few seconds (not while the pointer is on
// it). One at a time: a new one replaces the last.
//
// How to use:
//   toasts::show("Annotation deleted.", "Undo", [&] { app.undo(); }, [&] { return still_last; });
//   toasts::draw(area_min, area_max, dpr);   // once per frame, after the panels
#pragma once

#include <functional>
#include <string>

#include <imgui.h>

namespace toasts {

// `still_valid`, when given, hides the action once it would no longer do what it says
// (e.g. another change came after the deletion it undoes).
void show(std::string text, std::string action_label = {}, std::function<void()> action = {},
          std::function<bool()> still_valid = {});
// Draws the notice centred at the bottom of [area_min, area_max].
void draw(ImVec2 area_min, ImVec2 area_max, float dpr);
bool visible();  // the app keeps drawing frames until it has faded
const std::string& text();

}  // namespace toasts
