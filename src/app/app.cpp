// app.cpp - one frame of the app: menu bar, reading column, side panel, dialogs.
#include "app/app.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/theme.h"
#include "app/ui_probe.h"
#include "platform/platform.h"

void App::prepare(float device_pixel_ratio) {
  dpr = device_pixel_ratio;
  FontSizes want;
  want.body_px = state.settings.font_px;
  want.dyslexic = state.settings.dyslexic && fonts.has_dyslexic();
  want.dpr = dpr;
  if (state.settings.dyslexic && !fonts.has_dyslexic() && !dyslexic_requested) {
    // Loaded only when chosen: most readers never download it.
    platform::fetch_resource("fonts/OpenDyslexic-Regular.otf");
    dyslexic_requested = true;
  }
  fonts.ensure(want);
  if (theme_dark != state.settings.dark || theme_dpr != dpr) {
    apply_theme(state.settings.dark, dpr);
    theme_dark = state.settings.dark;
    theme_dpr = dpr;
  }
}

bool App::animating() const { return reading.animating() || state.save_pending(); }

void App::draw() {
  ui_probe::begin_frame();
  toolbar.Shortcuts(*this);
  toolbar.Draw(*this);

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float top = toolbar.height;
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + top));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, vp->Size.y - top));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  const float side_w = std::floor(std::min(380.0f * dpr, vp->Size.x * 0.42f));

  // Reading column.
  ImGui::BeginChild("reading_area", ImVec2(vp->Size.x - side_w, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  reading.Draw(state, fonts, dpr);
  ImGui::EndChild();
  ImGui::SameLine(0, 0);

  // Side panel: the editor above, the list (or the suggestions) below.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * dpr, 12 * dpr));
  ImGui::BeginChild("side", ImVec2(side_w, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar();
  const ImVec2 sp = ImGui::GetWindowPos();
  ImGui::GetWindowDrawList()->AddLine(sp, ImVec2(sp.x, sp.y + ImGui::GetWindowHeight()),
                                      ImGui::GetColorU32(ImGuiCol_Border), 1.0f);
  if (state.editor_open) {
    editor.Draw(state, dpr);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
  }
  if (reading.clicked_suggestion >= 0) {
    focus_suggestion = reading.clicked_suggestion;
    select_suggestions_tab = true;
  }
  if (ImGui::BeginTabBar("tabs")) {
    const ImGuiTabItemFlags aflags = select_annotations_tab ? ImGuiTabItemFlags_SetSelected : 0;
    select_annotations_tab = false;
    if (ImGui::BeginTabItem("Annotations", nullptr, aflags)) {
      list.Draw(state, dpr);
      ImGui::EndTabItem();
    }
    const ImGuiTabItemFlags sflags = select_suggestions_tab ? ImGuiTabItemFlags_SetSelected : 0;
    select_suggestions_tab = false;
    if (ImGui::BeginTabItem("Suggestions", nullptr, sflags)) {
      state.show_suggestions = true;
      suggestions.Draw(state, dpr, focus_suggestion);
      focus_suggestion = -1;
      ImGui::EndTabItem();
    } else if (state.show_suggestions && sflags == 0) {
      // Leaving the tab hides the outlines; the menu brings them back.
      state.show_suggestions = false;
    }
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
  ImGui::End();

  dialogs.Draw(state, dpr);
}
