// status_banner.cpp - see status_banner.h.
#include "app/status_banner.h"

#include <imgui.h>

#include "app/app_state.h"

void StatusBanner::Draw(AppState& app, float dpr, float top) {
  const session::SaveStatus save = app.save_status();
  const bool problem = (save.failing || save.blocked) && !app.confirm;
  if (problem && !was_failing_) hidden_ = false;  // a new run of failures shows again
  was_failing_ = problem;
  const bool show_problem = problem && !hidden_;
  if (!show_problem && app.messages.empty()) return;

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + top));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, 0));
  const bool warn = show_problem;
  ImGui::PushStyleColor(ImGuiCol_WindowBg, warn ? ImVec4(0.99f, 0.93f, 0.80f, 1.0f) : ImVec4(0.88f, 0.93f, 0.99f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.15f, 0.13f, 0.10f, 1.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * dpr, 8 * dpr));
  ImGui::Begin("##status_banner", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_NoNav);
  ImGui::PushTextWrapPos(vp->Size.x - 160 * dpr);
  ImGui::TextUnformatted(show_problem ? save.detail.c_str() : app.messages.front().c_str());
  ImGui::PopTextWrapPos();
  ImGui::SameLine(vp->Size.x - 140 * dpr);
  if (show_problem) {
    if (ImGui::SmallButton("Library")) app.library_open = true;
    ImGui::SameLine();
    if (ImGui::SmallButton("Hide")) hidden_ = true;
  } else if (ImGui::SmallButton("OK")) {
    app.messages.erase(app.messages.begin());
  }
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
}
