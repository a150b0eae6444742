// suggestions.cpp - see suggestions.h.
#include "app/suggestions.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/app_state.h"
#include "app/bidi_text.h"
#include "app/nav_speech.h"
#include "app/theme.h"
#include "app/ui_probe.h"
#include "core/article.h"
#include "core/utf8.h"

void SuggestionsPanel::Draw(AppState& app, float dpr, int focus_index) {
  const auto& all = app.suggestions();
  const size_t open = app.open_suggestions();  // neither dismissed nor accepted
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%zu suggested claim%s, drawn with dashed outlines in the article; click one (or J and K "
                      "step through the list), then A accepts it (it becomes an annotation) or X dismisses it.",
                      open, open == 1 ? "" : "s");
  ImGui::PopTextWrapPos();
  // How many, strongest first: a long article has thousands, a fact-checker wants the few
  // most worth checking.
  constexpr int kMost = 100;
  const int most = static_cast<int>(std::min<size_t>(std::max<size_t>(open, 1), kMost));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  ImGui::SliderInt("strongest", &app.suggestions_listed, 1, most, "%d", ImGuiSliderFlags_AlwaysClamp);
  app.suggestions_listed = std::clamp(app.suggestions_listed, 1, kMost);
  ImGui::SameLine();
  ImGui::Checkbox("in article order", &app.suggestions_in_article_order);
  // One kind of claim only: a fact-checker after the figures picks "quantity".
  const auto& kinds = app.open_suggestion_kinds();
  const std::string any = "every kind (" + std::to_string(open) + ")";
  std::string chosen = any;
  if (!app.suggestions_kind.empty()) {
    const auto it = kinds.find(app.suggestions_kind);
    chosen = app.suggestions_kind + " (" + std::to_string(it == kinds.end() ? 0 : it->second) + ")";
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::BeginCombo("##kind", chosen.c_str())) {
    if (ImGui::Selectable(any.c_str(), app.suggestions_kind.empty())) app.suggestions_kind.clear();
    ui_probe::item("suggestions.kind.any");
    for (const auto& [kind, n] : kinds) {
      if (ImGui::Selectable((kind + " (" + std::to_string(n) + ")").c_str(), kind == app.suggestions_kind))
        app.suggestions_kind = kind;
      ui_probe::item("suggestions.kind." + kind);
    }
    ImGui::EndCombo();
  }
  ui_probe::item("suggestions.kind");
  ui_probe::text("suggestions.kindChosen", app.suggestions_kind);
  if (nav_speech::active()) nav_speech::describe_last_item("Kind of claim: " + chosen + ", dropdown");
  // Dismissed ones can come back: after a reload Ctrl+Z no longer reaches them.
  if (const size_t dismissed = app.dismissed_suggestions()) {
    ImGui::TextDisabled("%zu dismissed", dismissed);
    ImGui::SameLine();
    if (ImGui::SmallButton("Offer them again")) app.restore_dismissed();
    ui_probe::item("suggestions.offerAgain");
  }

  std::vector<int> shown = app.listed_suggestions();
  // The one clicked in the article is listed even when it is not among the strongest.
  const int clicked = app.current_suggestion;
  if (clicked >= 0 && clicked < static_cast<int>(all.size()) &&
      std::find(shown.begin(), shown.end(), clicked) == shown.end() &&
      !app.suggestion_hidden(all[clicked])) {
    shown.push_back(clicked);
    if (app.suggestions_in_article_order) std::sort(shown.begin(), shown.end());
  }

  if (shown.empty()) {
    ImGui::TextDisabled(open == 0 ? "None left: every suggestion is accepted or dismissed."
                                  : "None of this kind left: choose every kind to see the others.");
  }
  ImGui::BeginChild("suggestions", ImVec2(0, 0), false);
  const core::ClaimSuggestion* accept = nullptr;
  const core::ClaimSuggestion* dismiss = nullptr;
  for (size_t row = 0; row < shown.size(); ++row) {
    const int i = shown[row];
    const core::ClaimSuggestion& s = all[i];
    ImGui::PushID(i);
    if (i == focus_index) ImGui::SetScrollHereY(0.3f);
    const bool focused = i == app.current_suggestion;
    // From the code points: slicing the UTF-8 text would scan it from the start each time.
    const std::u32string_view cps(app.article().cps);
    const size_t end = std::min({s.end, cps.size(), s.start + 280});
    std::string text = utf8::encode(cps.substr(std::min(s.start, end), end - std::min(s.start, end)));
    if (end < s.end) text += "\u2026";
    ImGui::PushTextWrapPos(0.0f);
    if (focused) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().accent));
    ImGui::BeginGroup();  // one item to click, however the sentence is wrapped
    const std::string drawn = bidi_text::wrapped(text);
    ImGui::EndGroup();
    if (ui_probe::active()) ui_probe::text("suggestions.text" + std::to_string(row), drawn);
    if (focused) ImGui::PopStyleColor();
    if (ImGui::IsItemClicked()) {
      app.scroll_request = s.start;  // show it in the article
      app.scroll_request_center = true;
      app.current_suggestion = i;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    char score[16];
    std::snprintf(score, sizeof score, "%.2f", s.score);
    bidi_text::wrapped(s.category + " \u00B7 " + score + " \u00B7 " + s.reason);
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
