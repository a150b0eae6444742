// toasts.cpp - see toasts.h.
#include "app/toasts.h"

#include <algorithm>

#include "app/theme.h"
#include "app/ui_probe.h"

namespace {
struct Toast {
  std::string text, action_label;
  std::function<void()> action;
  std::function<bool()> still_valid;
  double shown_at = -1;  // ImGui time; < 0 before its first frame
  bool open = false;
};
Toast g_toast;
constexpr double kSeconds = 7.0;  // long enough to read twice and reach for Undo
}  // namespace

namespace toasts {

void show(std::string text, std::string action_label, std::function<void()> action,
          std::function<bool()> still_valid) {
  g_toast = {std::move(text), std::move(action_label), std::move(action), std::move(still_valid), -1, true};
}

bool visible() { return g_toast.open; }
const std::string& text() { return g_toast.text; }

void draw(ImVec2 area_min, ImVec2 area_max, float dpr) {
  if (!g_toast.open) return;
  const double now = ImGui::GetTime();
  if (g_toast.shown_at < 0) g_toast.shown_at = now;
  const float max_w = std::min(560.0f * dpr, area_max.x - area_min.x - 24.0f * dpr);
  ImGui::SetNextWindowPos(ImVec2((area_min.x + area_max.x) * 0.5f, area_max.y - 16.0f * dpr),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(max_w, area_max.y - area_min.y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16 * dpr, 10 * dpr));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8 * dpr);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  ImGui::Begin("##toast", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_NoNav);
  ImGui::PopStyleVar(3);
  ImGui::PushTextWrapPos(max_w - 120 * dpr);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(g_toast.text.c_str());
  ImGui::PopTextWrapPos();
  const bool can_act = g_toast.action && (!g_toast.still_valid || g_toast.still_valid());
  bool done = false;
  if (can_act) {
    ImGui::SameLine(0, 16 * dpr);
    if (ImGui::Button(g_toast.action_label.c_str())) {
      g_toast.action();
      done = true;
    }
    ui_probe::item("toast.action");
  }
  ImGui::SameLine(0, 8 * dpr);
  if (ImGui::Button("\u00D7")) done = true;  // dismiss
  ui_probe::item("toast.close");
  ui_probe::rect("toast", ImGui::GetWindowPos(),
                 ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                        ImGui::GetWindowPos().y + ImGui::GetWindowSize().y));
  ui_probe::text("toast", g_toast.text);
  // Reading it with the pointer on it holds it.
  if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows)) g_toast.shown_at = now;
  ImGui::End();
  if (done || now - g_toast.shown_at > kSeconds) g_toast.open = false;
}

}  // namespace toasts
