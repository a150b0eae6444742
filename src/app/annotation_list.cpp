// annotation_list.cpp - see annotation_list.h.
#include "app/annotation_list.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <set>

#include "app/app_state.h"
#include "app/bidi_text.h"
#include "app/labels.h"
#include "app/nav_speech.h"
#include "app/theme.h"
#include "app/ui_probe.h"

namespace {
// At most `max` bytes of `text`, cut between characters; newlines as spaces (one row).
std::string prefix(const std::string& text, size_t max) {
  size_t n = std::min(max, text.size());
  while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  std::string out = text.substr(0, n);
  for (char& ch : out) if (ch == '\n') ch = ' ';
  return out;
}

// "search “icc”, claims, false" : what the filters keep, in words.
std::string describe(const core::AnnotationFilter& f) {
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
  if (!f.search.empty()) add("search \u201C" + f.search + "\u201D");
  if (!f.category.empty()) add(category_label(f.category) + " only");
  if (f.verdict) add(std::string(verdict_label(*f.verdict)) + " only");
  return out;
}

bool same_filter(const core::AnnotationFilter& a, const core::AnnotationFilter& b) {
  return a.category == b.category && a.verdict == b.verdict && a.search == b.search;
}
}  // namespace

void AnnotationList::Draw(AppState& app, float dpr) {
  const auto& all = app.store().annotations();
  core::AnnotationFilter& f = app.filter;
  // A search belongs to the article it was typed for: another article starts unfiltered.
  if (!first_ && generation_ != app.doc().generation) f = {};

  // Filters: category, verdict, search.
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::SetNextItemWidth(half);
  if (ImGui::BeginCombo("##fcat", f.category.empty() ? "All categories" : category_label(f.category).c_str())) {
    if (ImGui::Selectable("All categories", f.category.empty())) f.category.clear();
    std::set<std::string> cats(core::builtin_categories().begin(), core::builtin_categories().end());
    for (const auto& a : all) cats.insert(a.category);
    for (const std::string& c : cats) {
      if (ImGui::Selectable(category_label(c).c_str(), f.category == c)) f.category = c;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##fver", f.verdict ? verdict_label(*f.verdict) : "Any verdict")) {
    if (ImGui::Selectable("Any verdict", !f.verdict)) f.verdict.reset();
    for (core::Verdict v : core::all_verdicts()) {
      if (ImGui::Selectable(verdict_label(v), f.verdict == v)) f.verdict = v;
    }
    ImGui::EndCombo();
  }
  // The search, with a button that clears it while it holds something.
  const float clear_w = ImGui::GetFrameHeight();
  ImGui::SetNextItemWidth(f.search.empty() ? -1 : -(clear_w + ImGui::GetStyle().ItemSpacing.x));
  ImGui::InputTextWithHint("##search", "Search quotes, notes, links", &f.search);
  ui_probe::item("list.search");
  if (!f.search.empty()) {
    ImGui::SameLine();
    if (ImGui::Button("\u00D7##clearsearch", ImVec2(clear_w, 0))) f.search.clear();
    ui_probe::item("list.clearSearch");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Clear the search");
  }

  if (first_ || revision_ != app.store().revision() || generation_ != app.doc().generation ||
      !same_filter(applied_, f)) {
    rows_ = core::filter_annotations(all, f);
    // Orphans have no place in this article: list them last.
    std::stable_partition(rows_.begin(), rows_.end(), [&](size_t i) {
      return all[i].anchor != core::AnchorStatus::Orphaned;
    });
    revision_ = app.store().revision();
    generation_ = app.doc().generation;
    applied_ = f;
    first_ = false;
  }
  if (f.active()) {
    // Say what hides the others, and offer the way back.
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%zu of %zu shown: %s", rows_.size(), all.size(), describe(f).c_str());
    ui_probe::text("list.count", std::to_string(rows_.size()) + " of " + std::to_string(all.size()) + " shown: " + describe(f));
    ImGui::SameLine();
    if (ImGui::SmallButton("Clear filters")) f = {};
    ui_probe::item("list.clearFilters");
  } else {
    ImGui::TextDisabled("%zu annotation%s", all.size(), all.size() == 1 ? "" : "s");
    ui_probe::text("list.count", std::to_string(all.size()) + (all.size() == 1 ? " annotation" : " annotations"));
  }

  // At least a few rows tall: on a short screen the panel scrolls to reach the list.
  const float min_h = (ImGui::GetTextLineHeight() * 2 + 12.0f * dpr) * 4;
  ImGui::BeginChild("list", ImVec2(0, std::max(min_h, ImGui::GetContentRegionAvail().y)), false);
  if (f.active() && rows_.empty() && !all.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("No annotation matches these filters. \u201CClear filters\u201D shows all %zu.", all.size());
    ImGui::PopTextWrapPos();
  }
  if (all.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("Select a phrase in the article and press C to mark it as a claim "
                        "(S statistic, Q quote, D date, P person or organisation, O opinion).");
    ImGui::PopTextWrapPos();
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  const float row_h = line * 2 + 12.0f * dpr;
  ImFont* font = ImGui::GetFont();

  // Bring the selected row into view when the selection changed elsewhere.
  if (app.selected_id != scrolled_to_) {
    scrolled_to_ = app.selected_id;
    for (size_t r = 0; r < rows_.size(); ++r) {
      if (all[rows_[r]].id == app.selected_id) {
        const float y = r * row_h;
        if (y < ImGui::GetScrollY() || y + row_h > ImGui::GetScrollY() + ImGui::GetWindowHeight()) {
          ImGui::SetScrollY(y - ImGui::GetWindowHeight() * 0.3f);
        }
        break;
      }
    }
  }

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows_.size()), row_h);
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const core::Annotation& a = all[rows_[r]];
      ImGui::PushID(a.id.c_str());
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float w = ImGui::GetContentRegionAvail().x;
      if (ImGui::Selectable("##row", a.id == app.selected_id, 0, ImVec2(w, row_h - 4.0f * dpr))) {
        app.select_annotation(a.id, true);
        scrolled_to_ = a.id;
      }
      if (ui_probe::active()) ui_probe::item("list.row" + std::to_string(r));
      if (nav_speech::active()) nav_speech::describe_last_item(category_label(a.category) + ", " + verdict_label(a.verdict) + ": " + prefix(a.exact, 200));
      // Colour bar, quote on the first line, category and verdict on the second.
      dl->AddRectFilled(ImVec2(p.x + 2 * dpr, p.y + 4 * dpr), ImVec2(p.x + 6 * dpr, p.y + row_h - 8 * dpr),
                        category_color(a.category), 2 * dpr);
      const float tx = p.x + 14 * dpr;
      // A note on the whole page (imported from another tool) has no quote: say what it is.
      std::string quote = a.exact.empty() ? std::string("(a note on the whole page)") : prefix(a.exact, 600);
      quote = bidi_text::one_line(quote, w - 18 * dpr);  // right-to-left quotes read right
      ImGui::RenderTextEllipsis(dl, ImVec2(tx, p.y + 4 * dpr), ImVec2(p.x + w - 4 * dpr, p.y + 4 * dpr + line),
                                p.x + w - 4 * dpr, p.x + w - 4 * dpr, quote.c_str(), nullptr, nullptr);
      std::string meta = category_label(a.category) + "  \u00B7  " + verdict_label(a.verdict);
      if (a.anchor != core::AnchorStatus::Exact) meta += std::string("  \u00B7  ") + core::to_string(a.anchor);
      const std::string& note = app.note_draft().id == a.id ? app.note_draft().note : a.note;
      if (!note.empty()) {
        meta += "  \u00B7  ";
        const std::string shown = bidi_text::one_line(prefix(note, 200), w - 18 * dpr - ImGui::CalcTextSize(meta.c_str()).x);
        if (ui_probe::active()) ui_probe::text("list.rowNote" + std::to_string(r), shown);
        meta += shown;
      }
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::RenderTextEllipsis(dl, ImVec2(tx, p.y + 6 * dpr + line), ImVec2(p.x + w - 4 * dpr, p.y + 6 * dpr + 2 * line),
                                p.x + w - 4 * dpr, p.x + w - 4 * dpr, meta.c_str(), nullptr, nullptr);
      ImGui::PopStyleColor();
      (void)font;
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
}
