// keys.cpp - see keys.h.
#include "app/keys.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace {
bool g_escape_taken = false;
}

namespace keys {

void begin_frame() { g_escape_taken = false; }

bool escape() {
  return !g_escape_taken && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
}

void take_escape() { g_escape_taken = true; }

bool close_menus_on_escape() {
  if (!escape()) return false;
  // ImGui 1.86 closes popups with Escape only under keyboard navigation, which the app
  // does not use. The first popup above any dialog is a menu or a dropdown: close it and
  // everything opened from it.
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (int i = 0; i < g.OpenPopupStack.Size; ++i) {
    const ImGuiWindow* w = g.OpenPopupStack[i].Window;
    if (w && (w->Flags & ImGuiWindowFlags_Modal)) continue;
    ImGui::ClosePopupToLevel(i, true);
    take_escape();
    return true;
  }
  return false;
}

bool dialog_open() { return ImGui::GetTopMostPopupModal() != nullptr; }

}  // namespace keys
