// suggestions.cpp - see suggestions.h.
#include "app/suggestions.h"

#include <imgui.h>

#include <string>

#include "app/app_state.h"
#include "app/theme.h"
#include "core/article.h"

void SuggestionsPanel::Draw(AppState& app, float dpr, int focus_index) {
  const auto& all = app.suggestions();
  size_t open = 0;
  for (const auto& s : all) open += app.doc().dismissed.count(AppState::suggestion_key(s)) ? 0 : 1;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%zu suggested claim%s. They are drawn with dashed outlines in the article; "
                      "click one, then A accepts it (it becomes an annotation) or X dismisses it.", open, open == 1 ? "" : "s");
  ImGui::PopTextWrapPos();
  ImGui::BeginChild("suggestions", ImVec2(0, 0), false);
  const core::ClaimSuggestion* accept = nullptr;
  const core::ClaimSuggestion* dismiss = nullptr;
  for (size_t i = 0; i < all.size(); ++i) {
    const core::ClaimSuggestion& s = all[i];
    if (app.doc().dismissed.count(AppState::suggestion_key(s))) continue;
    ImGui::PushID(static_cast<int>(i));
    if (static_cast<int>(i) == focus_index) ImGui::SetScrollHereY(0.3f);
    const bool focused = static_cast<int>(i) == app.current_suggestion;
    std::string text = core::slice(app.article(), s.start, s.end);
    if (text.size() > 280) text = text.substr(0, 280) + "\u2026";
    ImGui::PushTextWrapPos(0.0f);
    if (focused) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().accent));
    ImGui::TextUnformatted(text.c_str());
    if (focused) ImGui::PopStyleColor();
    if (ImGui::IsItemClicked()) {
      app.scroll_request = s.start;  // show it in the article
      app.scroll_request_center = true;
      app.current_suggestion = static_cast<int>(i);
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::Text("%s \u00B7 %.2f \u00B7 %s", s.category.c_str(), s.score, s.reason.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    if (ImGui::SmallButton("Accept")) accept = &s;
    ImGui::SameLine();
    if (ImGui::SmallButton("Dismiss")) dismiss = &s;
    ImGui::Dummy(ImVec2(0, 4 * dpr));
    ImGui::Separator();
    ImGui::PopID();
  }
  ImGui::EndChild();
  if (accept) app.accept_suggestion(*accept);
  if (dismiss) app.dismiss_suggestion(*dismiss);
}
