// keyboard_focus.cpp - see keyboard_focus.h.
#include "app/keyboard_focus.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "app/keys.h"
#include "app/ui_probe.h"

namespace {
constexpr int kKeyF6 = 295;  // GLFW_KEY_F6 (ImGui's key state is indexed by GLFW's key codes)
ImGuiWindow* g_reading = nullptr;
ImGuiWindow* g_panel = nullptr;
keyboard_focus::Region g_region = keyboard_focus::Region::Reading;
int g_pending = -1;  // a region asked for by go(), entered at the next frame's start

void set_nav(bool on) {
  ImGuiIO& io = ImGui::GetIO();
  if (on) io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  else io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
}

void enter(keyboard_focus::Region r) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g_region = r;
  ImGuiWindow* w = nullptr;
  if (r == keyboard_focus::Region::Reading) w = g_reading;
  else if (r == keyboard_focus::Region::Panel) w = g_panel;
  else w = ImGui::FindWindowByName("##MainMenuBar");
  set_nav(r != keyboard_focus::Region::Reading);
  static int retries = 0;
  if (!w || !w->WasActive) {  // not drawn yet (a bottom sheet opening): try again next frame
    if (retries++ < 3) g_pending = static_cast<int>(r);
    return;
  }
  retries = 0;
  ImGui::FocusWindow(w);
  if (r == keyboard_focus::Region::Reading) return;
  g.NavLayer = r == keyboard_focus::Region::Menu ? ImGuiNavLayer_Menu : ImGuiNavLayer_Main;
  ImGui::NavInitWindow(w, true);
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = g.NavMousePosDirty = true;
}
}  // namespace

namespace keyboard_focus {

void note_reading_window() { g_reading = ImGui::GetCurrentWindow(); }
void note_panel_window() { g_panel = ImGui::GetCurrentWindow(); }
Region current() { return g_region; }
void go(Region r) { g_pending = static_cast<int>(r); }

int begin_frame() {
  ImGuiIO& io = ImGui::GetIO();
  int entered = -1;
  if (g_pending >= 0) {
    entered = g_pending;
    g_pending = -1;
  } else if (ImGui::IsKeyPressed(kKeyF6, false) && !io.WantTextInput) {
    const int step = io.KeyShift ? 2 : 1;  // three regions: back one is forward two
    entered = (static_cast<int>(g_region) + step) % 3;
  } else if (g_region == Region::Reading && !io.WantTextInput && !io.KeyCtrl && !io.KeyAlt && !io.KeySuper &&
             !io.KeyShift && !keys::dialog_open() &&
             !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel) &&
             (ImGui::IsKeyPressed('M', false) || ImGui::IsKeyPressed('L', false))) {
    // M and L from the article: the menu bar, the side panel (where a browser keeps F6).
    entered = static_cast<int>(ImGui::IsKeyPressed('M', false) ? Region::Menu : Region::Panel);
  } else if (g_region != Region::Reading && keys::escape() && !keys::dialog_open() &&
             !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) {
    keys::take_escape();  // Escape in the panel or the menu bar: back to the article
    entered = static_cast<int>(Region::Reading);
  } else if (g_region != Region::Reading && (ImGui::IsMouseClicked(0) || ImGui::IsMouseClicked(1))) {
    g_region = Region::Reading;  // the mouse took over: the keys are the article's again
    set_nav(false);
  }
  if (entered >= 0) enter(static_cast<Region>(entered));
  if (ui_probe::active()) {
    static const char* kNames[] = {"reading", "panel", "menu"};
    ui_probe::text("focus.region", kNames[static_cast<int>(g_region)]);
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.NavDisableHighlight && g.NavId != 0 && g.NavWindow) {
      ui_probe::rect("focus.nav", ImVec2(g.NavWindow->Pos.x + g.NavWindow->NavRectRel[g.NavLayer].Min.x,
                                         g.NavWindow->Pos.y + g.NavWindow->NavRectRel[g.NavLayer].Min.y),
                     ImVec2(g.NavWindow->Pos.x + g.NavWindow->NavRectRel[g.NavLayer].Max.x,
                            g.NavWindow->Pos.y + g.NavWindow->NavRectRel[g.NavLayer].Max.y));
    }
  }
  return entered;
}

}  // namespace keyboard_focus
