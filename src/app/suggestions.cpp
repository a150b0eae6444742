// suggestions.cpp - see suggestions.h.
#include "app/suggestions.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/app_state.h"
#include "app/theme.h"
#include "core/article.h"
#include "core/utf8.h"

void SuggestionsPanel::Draw(AppState& app, float dpr, int focus_index) {
  const auto& all = app.suggestions();
  const size_t open = app.open_suggestions();  // neither dismissed nor accepted
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%zu suggested claim%s. They are drawn with dashed outlines in the article; "
                      "click one, then A accepts it (it becomes an annotation) or X dismisses it.", open, open == 1 ? "" : "s");
  ImGui::PopTextWrapPos();
  ImGui::BeginChild("suggestions", ImVec2(0, 0), false);
  const core::ClaimSuggestion* accept = nullptr;
  const core::ClaimSuggestion* dismiss = nullptr;
  // A long article has thousands: list the next ones from where the reader is (or from the
  // one clicked in the article), a screenful at a time.
  constexpr int kShown = 60;
  size_t from_cp = app.top_cp;
  if (app.current_suggestion >= 0 && app.current_suggestion < static_cast<int>(all.size())) {
    from_cp = std::min(from_cp, all[app.current_suggestion].start);
  }
  const size_t first = static_cast<size_t>(
      std::lower_bound(all.begin(), all.end(), from_cp,
                       [](const core::ClaimSuggestion& s, size_t p) { return s.end <= p; }) -
      all.begin());
  if (first > 0) ImGui::TextDisabled("%zu earlier in the article (scroll up to see them)", first);
  int shown = 0;
  for (size_t i = first; i < all.size() && shown < kShown; ++i) {
    const core::ClaimSuggestion& s = all[i];
    if (app.suggestion_hidden(s)) continue;
    ++shown;
    ImGui::PushID(static_cast<int>(i));
    if (static_cast<int>(i) == focus_index) ImGui::SetScrollHereY(0.3f);
    const bool focused = static_cast<int>(i) == app.current_suggestion;
    // From the code points: slicing the UTF-8 text would scan it from the start each time.
    const std::u32string_view cps(app.article().cps);
    const size_t end = std::min({s.end, cps.size(), s.start + 280});
    std::string text = utf8::encode(cps.substr(std::min(s.start, end), end - std::min(s.start, end)));
    if (end < s.end) text += "\u2026";
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
