// reading_view.cpp - see reading_view.h.
//
// [SECTION] Frame: geometry, scrolling, drawing
// [SECTION] Mouse
// [SECTION] Keyboard
// [SECTION] Drawing lines, highlights, selection
#include "app/reading_view.h"

#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "app/app_state.h"
#include "app/bidi_text.h"
#include "app/feedback.h"
#include "app/fonts.h"
#include "app/keyboard_focus.h"
#include "app/keys.h"
#include "app/labels.h"
#include "app/text_draw.h"
#include "app/theme.h"
#include "app/ui_probe.h"
#include "core/evidence.h"
#include "core/highlight_lanes.h"
#include "core/strongest_claims.h"
#include "core/word_bounds.h"
#include "platform/platform.h"

namespace {
std::vector<std::pair<size_t, size_t>> paragraph_pairs(const core::Article& a) {
  std::vector<std::pair<size_t, size_t>> p;
  p.reserve(a.paragraphs.size());
  for (const core::Range& r : a.paragraphs) p.emplace_back(r.start, r.end);
  return p;
}

// Dashed rectangle outline: suggestions look provisional next to real highlights.
void dashed_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float dash, float thick) {
  auto hline = [&](float y, float x0, float x1) {
    for (float x = x0; x < x1; x += dash * 2) dl->AddLine({x, y}, {std::min(x + dash, x1), y}, col, thick);
  };
  auto vline = [&](float x, float y0, float y1) {
    for (float y = y0; y < y1; y += dash * 2) dl->AddLine({x, y}, {x, std::min(y + dash, y1)}, col, thick);
  };
  hline(a.y, a.x, b.x);
  hline(b.y, a.x, b.x);
  vline(a.x, a.y, b.y);
  vline(b.x, a.y, b.y);
}
}  // namespace

// [SECTION] Frame: geometry, scrolling, drawing -------------------------------------------

void ReadingView::Draw(AppState& app, const Fonts& fonts, float dpr) {
  ImGuiIO& io = ImGui::GetIO();
  dpr_ = dpr;
  const Palette& pal = palette();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(pal.page));
  ImGui::BeginChild("reading", ImVec2(0, 0), false,
                    ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNavInputs);
  ImGui::PopStyleColor();
  view_min_ = ImGui::GetWindowPos();
  const ImVec2 size = ImGui::GetWindowSize();
  view_max_ = ImVec2(view_min_.x + size.x, view_min_.y + size.y);
  view_h_ = size.y;

  // A comfortable measure: about 70 characters, with margins on narrow screens.
  const float scrollbar = ImGui::GetStyle().ScrollbarSize;
  const float avail = size.x - scrollbar;
  const float margin = std::min(48.0f * dpr, avail * 0.06f);
  const float measure = fonts.built.body_px * dpr * 35.0f;
  const float col_w = std::max(120.0f * dpr, std::min(measure, avail - 2 * margin));
  column_x_ = view_min_.x + std::floor((avail - col_w) * 0.5f);
  pad_top_ = std::round(44.0f * dpr);
  column_w_ = col_w;
  // Where reading stands (the line at the top and how far into it), to keep it there when
  // the text is laid out anew for another text size, font or width.
  const auto& old_lines = layout.lines.lines;
  const bool same_article = layout.article_generation() == app.doc().generation && !old_lines.empty();
  size_t keep_cp = 0;
  float keep_frac = 0;
  if (same_article && scroll_ > 0.5f) {
    const core::LayoutLine& l = old_lines[layout.lines.line_at_y(scroll_ - pad_top_)];
    keep_cp = l.start;
    keep_frac = std::clamp((scroll_ - pad_top_ - l.y) / l.height, 0.0f, 1.0f);
  }
  const auto t_layout = std::chrono::steady_clock::now();
  const bool relaid = layout.update(app.article(), app.doc().generation, fonts, col_w);
  if (relaid) {
    want_glyphs(layout, fonts);
    last_layout_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t_layout).count();
  }
  content_h_ = pad_top_ + layout.height() + std::max(80.0f * dpr, view_h_ * 0.35f);
  if (relaid && same_article && keep_cp > 0 && !layout.lines.lines.empty()) {
    const core::LayoutLine& l = layout.lines.lines[layout.lines.line_of(keep_cp)];
    scroll_ = target_ = pad_top_ + l.y + keep_frac * l.height;
  }

  // Scrolling: ImGui owns the scrollbar; we own the position and animate towards a target.
  const float max_scroll = std::max(0.0f, content_h_ - view_h_);
  // Only the reader's hand on the scrollbar moves the view behind our back. (Comparing
  // ImGui's scroll with ours is not enough: ImGui floors it, and a smooth scroll stopped
  // wherever the fraction passed one half.)
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (ImGui::GetActiveID() == ImGui::GetWindowScrollbarID(window, ImGuiAxis_Y)) {
    scroll_ = target_ = ImGui::GetScrollY();
  }
  if (app.scroll_request) {
    scroll_into_view(*app.scroll_request, app.scroll_request_center);
    if (!app.scroll_request_center) scroll_ = target_;  // restoring a position: no animation
    app.scroll_request.reset();
  }
  const bool hovered = ImGui::IsWindowHovered();
  if (hovered && io.MouseWheel != 0.0f) {
    target_ -= io.MouseWheel * layout.styles[0].line_height * 3.0f;
  }
  handle_keys(app);
  target_ = std::clamp(target_, 0.0f, max_scroll);
  scroll_ = std::clamp(scroll_, 0.0f, max_scroll);
  if (scroll_ != target_) {
    const float k = reduce_motion ? 1.0f : std::min(1.0f, io.DeltaTime * 16.0f);
    scroll_ += (target_ - scroll_) * k;
    if (std::fabs(target_ - scroll_) < 0.5f) scroll_ = target_;
  }
  ImGui::SetScrollY(scroll_);

  handle_mouse(app, dpr);
  draw_lines(app, fonts, dpr);
  draw_caret(app, dpr);
  if (show_handles && !app.selection.empty()) draw_handles(app, dpr);

  // The content's extent, for the scrollbar.
  ImGui::SetCursorPos(ImVec2(0, content_h_ - 1));
  ImGui::Dummy(ImVec2(1, 1));

  // Remember where reading stands: the first visible code point.
  if (!layout.lines.lines.empty()) {
    const size_t li = layout.lines.line_at_y(scroll_ - pad_top_ + 1);
    app.top_cp = scroll_ <= 0.5f ? 0 : layout.lines.lines[li].start;
  }
  probe(app);
  ImGui::EndChild();
}

// For the browser tests: where the view stands and which lines it shows whole.
void ReadingView::probe(const AppState& app) const {
  if (!ui_probe::active()) return;
  ui_probe::rect("reading.view", view_min_, view_max_);
  const auto& lines = layout.lines.lines;
  if (lines.empty()) return;
  const float top = scroll_ - pad_top_, bottom = scroll_ + view_h_ - pad_top_;
  size_t first = layout.lines.line_at_y(top);
  if (lines[first].y < top && first + 1 < lines.size()) ++first;
  size_t last = layout.lines.line_at_y(bottom);
  if (lines[last].y + lines[last].height > bottom && last > 0) --last;
  auto range = [](const core::LayoutLine& l) {
    return std::to_string(l.start) + "," + std::to_string(l.end);
  };
  ui_probe::text("reading.firstLine", range(lines[first]));
  ui_probe::text("reading.headingBlocks", std::to_string(layout.heading_blocks));
  ui_probe::text("reading.topLine", range(lines[layout.lines.line_at_y(top + 1)]));
  if (app.show_suggestions && outline_generation_ == app.doc().generation) {
    ui_probe::text("reading.outlined", std::to_string(std::count(outline_.begin(), outline_.end(), true)));
    std::string first;  // the first few outlined suggestions, by index
    for (size_t i = 0, n = 0; i < outline_.size() && n < 20; ++i) {
      if (outline_[i]) first += (n++ ? "," : "") + std::to_string(i);
    }
    ui_probe::text("reading.outlinedFirst", first);
  }
  ui_probe::text("reading.lastLine", range(lines[last]));
  std::string shown;  // every line shown whole: where lines wrap
  for (size_t i = first; i <= last && i < lines.size(); ++i) shown += range(lines[i]) + ";";
  ui_probe::text("reading.visibleLines", shown);
  ui_probe::text("reading.scroll", std::to_string(scroll_) + "," + std::to_string(target_) + "," +
                                       std::to_string(std::max(0.0f, content_h_ - view_h_)));
  if (const core::Annotation* a = app.store().find(app.selected_id);
      a && a->anchor != core::AnchorStatus::Orphaned) {
    const core::LayoutLine& l = lines[layout.lines.line_of(a->start)];
    const float y = view_min_.y + pad_top_ - scroll_ + l.y;
    const core::text::Box b = layout.first_box(a->start, a->end);  // right to left too
    ui_probe::rect("reading.selectedLine", ImVec2(column_x_ + b.x0, y), ImVec2(column_x_ + b.x1, y + l.height));
  }
}

void ReadingView::scroll_into_view(size_t cp, bool center) {
  if (layout.lines.lines.empty()) return;
  const core::LayoutLine& l = layout.lines.lines[layout.lines.line_of(cp)];
  const float y = pad_top_ + l.y;
  if (center) {
    if (y < target_ + view_h_ * 0.15f || y + l.height > target_ + view_h_ * 0.85f) {
      target_ = y - view_h_ * 0.35f;
    }
  } else {
    // Restoring a reading position: that line at the top, as it was (see top_cp below).
    target_ = cp == 0 ? 0.0f : y;
  }
  target_ = std::clamp(target_, 0.0f, std::max(0.0f, content_h_ - view_h_));
}

// A page is what the view shows: the line cut off at the bottom (or the next one) comes to
// the top, so no line is skipped and at most one is seen twice.
float ReadingView::page_down_from(float top) const {
  const auto& lines = layout.lines.lines;
  if (lines.empty()) return top + view_h_;
  const float bottom = top + view_h_ - pad_top_;  // in layout coordinates
  size_t k = layout.lines.line_at_y(bottom);
  if (lines[k].y + lines[k].height <= bottom && k + 1 < lines.size()) ++k;  // fully visible
  const float next = pad_top_ + lines[k].y;
  return next > top + 1.0f ? next : top + view_h_;
}

// The reverse: the line cut off at the top (or the one above) ends up whole at the bottom.
float ReadingView::page_up_from(float top) const {
  const auto& lines = layout.lines.lines;
  if (lines.empty()) return top - view_h_;
  const float y = top - pad_top_;
  if (y <= 0.0f) return 0.0f;
  size_t k = layout.lines.line_at_y(y);
  if (lines[k].y >= y) {  // whole: the one above goes to the bottom
    if (k == 0) return 0.0f;
    --k;
  }
  const float prev = pad_top_ + lines[k].y + lines[k].height - view_h_;
  return prev < top - 1.0f ? prev : top - view_h_;
}

ImVec4 ReadingView::reveal(AppState& app, const Fonts& fonts, size_t start, size_t end) {
  app.scroll_request.reset();  // this position wins over one asked for before
  // The article may have changed since the last frame (loadArticle): lay it out now.
  if (column_w_ > 0) {
    layout.update(app.article(), app.doc().generation, fonts, column_w_);
    content_h_ = pad_top_ + layout.height() + std::max(80.0f, view_h_ * 0.35f);
  }
  if (layout.lines.lines.empty()) return ImVec4(0, 0, 0, 0);
  const core::LayoutLine& l = layout.lines.lines[layout.lines.line_of(start)];
  const float y = pad_top_ + l.y;
  if (y < target_ || y + l.height > target_ + view_h_) {
    target_ = std::clamp(y - view_h_ * 0.35f, 0.0f, std::max(0.0f, content_h_ - view_h_));
  }
  scroll_ = target_;
  // The box of the visual run holding `start`: in right-to-left text it lies right of the
  // range's end.
  const core::text::Box b = layout.first_box(start, end);
  return ImVec4(column_x_ + b.x0, view_min_.y + y - scroll_, b.x1 - b.x0, l.height);
}

ImVec2 ReadingView::to_column(ImVec2 p) const {
  return ImVec2(p.x - column_x_, p.y - view_min_.y - pad_top_ + scroll_);
}


// [SECTION] Mouse -------------------------------------------------------------------------

void ReadingView::handle_mouse(AppState& app, float dpr) {
  ImGuiIO& io = ImGui::GetIO();
  const core::Article& a = app.article();
  const ImVec2 mouse = io.MousePos;
  const bool in_column = mouse.x < view_max_.x - ImGui::GetStyle().ScrollbarSize &&
                         mouse.y >= view_min_.y && mouse.y < view_max_.y;
  const bool over_text = ImGui::IsWindowHovered() && in_column;
  // A press that closes an open menu also starts a selection: the reader's first drag after
  // using a menu must not be lost.
  const bool press_here =
      in_column && ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByPopup);
  const ImVec2 c = to_column(mouse);
  hovered_suggestion = -1;

  if (press_here && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    const double now = ImGui::GetTime();
    const float dx = mouse.x - last_click_pos_.x, dy = mouse.y - last_click_pos_.y;
    const bool again = now - last_click_time_ < 0.5 && dx * dx + dy * dy < 36 * dpr * dpr;
    clicks_ = again ? std::min(clicks_ + 1, 3) : 1;
    // The browser's count follows the system's double-click setting; trust it when known.
    if (const int browser_count = platform::mouse_click_count(); browser_count > 0) {
      clicks_ = std::min(browser_count, 3);
    }
    last_click_time_ = now;
    last_click_pos_ = mouse;
    const size_t cp = layout.hit(c.x, c.y);
    caret_x_ = -1;
    dragging_ = true;
    press_cp_ = cp;
    press_moved_ = false;
    if (io.KeyShift && clicks_ == 1) {
      app.selection.caret = cp;  // extend from the anchor
      unit_start_ = unit_end_ = app.selection.anchor;
      press_moved_ = true;
    } else if (clicks_ == 1) {
      app.selection = {cp, cp};
      unit_start_ = unit_end_ = cp;
    } else {
      const auto r = clicks_ == 2 ? core::word_at(a.cps, cp) : core::paragraph_at(paragraph_pairs(a), cp);
      unit_start_ = r.first;
      unit_end_ = r.second;
      app.selection = {r.first, r.second};
    }
  }

  if (dragging_ && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    // Dragging past the top or bottom edge scrolls, faster the further out.
    const float edge = 24.0f * dpr;
    if (mouse.y < view_min_.y + edge) target_ = scroll_ - (view_min_.y + edge - mouse.y) * 0.5f;
    if (mouse.y > view_max_.y - edge) target_ = scroll_ + (mouse.y - (view_max_.y - edge)) * 0.5f;
    const ImVec2 cc = to_column(ImVec2(mouse.x, std::clamp(mouse.y, view_min_.y, view_max_.y - 1)));
    const size_t cp = layout.hit(cc.x, cc.y);
    if (cp != press_cp_) press_moved_ = true;
    if (clicks_ <= 1) {
      if (press_moved_) app.selection.caret = cp;
    } else {
      // Extend by whole words or paragraphs from the one first clicked.
      const auto r = clicks_ == 2 ? core::word_at(a.cps, cp) : core::paragraph_at(paragraph_pairs(a), cp);
      if (r.first < unit_start_) {
        app.selection = {unit_end_, r.first};
      } else {
        app.selection = {unit_start_, std::max(r.second, unit_end_)};
      }
    }
  }

  if (dragging_ && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    dragging_ = false;
    target_ = std::clamp(target_, 0.0f, std::max(0.0f, content_h_ - view_h_));
    if (clicks_ == 1 && !press_moved_) {
      // A plain click: on a highlight selects its annotation, on a suggestion shows it.
      std::string hit_id;
      if (auto ch = layout.char_at(c.x, c.y)) {
        size_t best_len = SIZE_MAX;
        for (size_t i : app.store().at(*ch)) {
          const core::Annotation& an = app.store().annotations()[i];
          if (an.anchor == core::AnchorStatus::Orphaned) continue;
          if (an.end - an.start < best_len) {  // the innermost one
            best_len = an.end - an.start;
            hit_id = an.id;
          }
        }
        if (hit_id.empty() && app.show_suggestions) {
          const auto& sug = app.suggestions();
          for (size_t i = 0; i < sug.size(); ++i) {
            if (*ch >= sug[i].start && *ch < sug[i].end && outlined(app, i)) {
              clicked_suggestion = static_cast<int>(i);
              break;
            }
          }
        }
      }
      app.current_suggestion = clicked_suggestion;
      if (!hit_id.empty()) {
        app.select_annotation(hit_id, false);
      } else if (!app.selected_id.empty()) {
        app.select_annotation("", false);
      }
    }
  }

  // Hover: the note and verdict of what is under the pointer.
  if (over_text && !dragging_) {
    if (auto ch = layout.char_at(c.x, c.y)) {
      draw_tooltip(app, *ch);
      ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    } else if (c.x >= 0 && c.x <= layout.lines.width) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    }
  }
}

// The annotations (or the suggestion) under the pointer: category, verdict, note and
// evidence. Kept inside the reading column, below the line or, when there is more room
// there, above it: never over the side panel (its editor's buttons) nor off the window.
void ReadingView::draw_tooltip(AppState& app, size_t cp) {
  std::vector<const core::Annotation*> here;
  for (size_t i : app.store().at(cp)) {
    const core::Annotation& an = app.store().annotations()[i];
    if (an.anchor != core::AnchorStatus::Orphaned) here.push_back(&an);
  }
  const core::ClaimSuggestion* sug = nullptr;
  if (here.empty() && app.show_suggestions) {
    const auto& all = app.suggestions();
    for (size_t i = 0; i < all.size(); ++i) {
      if (cp >= all[i].start && cp < all[i].end &&
          outlined(app, i)) {
        sug = &all[i];
        hovered_suggestion = static_cast<int>(i);
        break;
      }
    }
  }
  if (here.empty() && !sug) return;

  const ImGuiStyle& st = ImGui::GetStyle();
  const float margin = 8.0f * dpr_;
  const float left = view_min_.x + margin, right = view_max_.x - st.ScrollbarSize - margin;
  const float max_w = std::max(80.0f * dpr_, std::min(ImGui::GetFontSize() * 26.0f, right - left));
  const core::LayoutLine& l = layout.lines.lines[layout.lines.line_of(cp)];
  const float line_top = view_min_.y + pad_top_ - scroll_ + l.y;
  const float line_bot = line_top + l.height;
  const float below = view_max_.y - margin - (line_bot + 4.0f * dpr_);
  const float above = (line_top - 4.0f * dpr_) - (view_min_.y + margin);
  // Last frame's tooltip (its content, not its box, which the constraints below shrink)
  // tells whether it fits below the line.
  ImVec2 last(max_w, 0);
  if (const ImGuiWindow* w = ImGui::FindWindowByName("##Tooltip_00"); w && w->WasActive) {
    last = ImVec2(w->ContentSizeIdeal.x + st.WindowPadding.x * 2, w->ContentSizeIdeal.y + st.WindowPadding.y * 2);
  }
  const bool place_below = last.y <= below || below >= above;
  // Always wrapped at the same width, so its natural width is known from the last frame and
  // it can be moved left far enough to fit whole.
  const float x = std::clamp(ImGui::GetIO().MousePos.x - 12.0f * dpr_, left, std::max(left, right - last.x));
  ImGui::SetNextWindowPos(ImVec2(x, place_below ? line_bot + 4.0f * dpr_ : line_top - 4.0f * dpr_),
                          ImGuiCond_Always, ImVec2(0.0f, place_below ? 0.0f : 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(max_w, std::max(place_below ? below : above, 40.0f * dpr_)));
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(max_w - st.WindowPadding.x * 2);
  if (sug) {
    ImGui::TextDisabled("Suggested claim (%s)", sug->category.c_str());
    ImGui::TextUnformatted(sug->reason.c_str());
    ImGui::TextDisabled("Click it, then A accepts it or X dismisses it.");
  }
  for (size_t k = 0; k < here.size() && k < 4; ++k) {
    const core::Annotation& an = *here[k];
    if (k > 0) ImGui::Separator();
    category_dot(an.category);
    ImGui::SameLine();
    ImGui::Text("%s \u00B7 %s", category_label(an.category).c_str(), verdict_label(an.verdict));
    const std::string& note = app.note_draft().id == an.id ? app.note_draft().note : an.note;
    if (!note.empty()) {
      std::string drawn;
      // Long notes end early: the whole of it is one click away, in the editor.
      if (note.size() > 320) {
        size_t cut = 300;
        while (cut > 0 && (static_cast<unsigned char>(note[cut]) & 0xC0) == 0x80) --cut;  // whole characters
        drawn = bidi_text::wrapped(note.substr(0, cut) + "\u2026");
      } else {
        drawn = bidi_text::wrapped(note);
      }
      if (k == 0 && ui_probe::active()) ui_probe::text("reading.tooltipNote", drawn);
    } else {
      ImGui::TextDisabled("No note yet. Click to edit.");
    }
    for (const std::string& link : an.links) {
      const core::Evidence e = core::read_evidence(link);
      if (e.kind == core::Evidence::Kind::Link) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().accent), "%s", core::short_link(e.href, 60).c_str());
      } else {
        ImGui::TextDisabled("Source: %s", link.c_str());
      }
    }
  }
  if (here.size() > 4) ImGui::TextDisabled("and %zu more", here.size() - 4);
  if (ui_probe::active()) {
    ui_probe::text("reading.tooltipCount", std::to_string(here.size()));
    std::string links;
    for (const core::Annotation* an : here) for (const std::string& l : an->links) links += l + "\n";
    ui_probe::text("reading.tooltipLinks", links);
  }
  ImGui::PopTextWrapPos();
  ui_probe::rect("reading.tooltip", ImGui::GetWindowPos(),
                 ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                        ImGui::GetWindowPos().y + ImGui::GetWindowSize().y));
  ImGui::EndTooltip();
}

// [SECTION] Keyboard ----------------------------------------------------------------------

void ReadingView::handle_keys(AppState& app) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel) ||
      keyboard_focus::current() != keyboard_focus::Region::Reading) {
    return;
  }
  auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k)); };
  const float line = layout.styles.empty() ? 20.0f : layout.styles[0].line_height;
  const core::Article& a = app.article();
  Selection& sel = app.selection;
  const size_t n = a.cps.size();
  const bool shift = io.KeyShift, ctrl = io.KeyCtrl || io.KeySuper;

  // The caret (caret.cpp) takes arrows, Shift+arrows and more; else the keys scroll.
  if (handle_caret_keys(app)) {
    // taken
  } else if (pressed(ImGuiKey_DownArrow)) {
    target_ += line * 2;
  } else if (pressed(ImGuiKey_UpArrow)) {
    target_ -= line * 2;
  } else if (pressed(ImGuiKey_PageDown) || (pressed(ImGuiKey_Space) && !shift)) {
    target_ = page_down_from(target_);
  } else if (pressed(ImGuiKey_PageUp) || (pressed(ImGuiKey_Space) && shift)) {
    target_ = page_up_from(target_);
  } else if (pressed(ImGuiKey_Home)) {
    target_ = 0;
  } else if (pressed(ImGuiKey_End)) {
    target_ = content_h_;
  }

  if (ctrl && pressed(ImGuiKey_A)) sel = {0, n};
  if (ctrl && pressed(ImGuiKey_C) && !sel.empty()) {
    platform::clipboard_write(core::slice(a, sel.start(), sel.end()));
  }
  // Suggested claims, claim by claim: J and K step through the panel's list (strongest
  // first, or in article order); A accepts the current one (the one last clicked or stepped
  // to); X dismisses it and moves on to the next.
  if (sel.empty() && !ctrl && !io.KeyAlt && app.show_suggestions) {
    const int cur = app.current_suggestion < static_cast<int>(app.suggestions().size()) ? app.current_suggestion : -1;
    int go = -1;
    if (ImGui::IsKeyPressed('J', false)) {
      go = app.step_suggestion(cur, true);
    } else if (ImGui::IsKeyPressed('K', false)) {
      go = app.step_suggestion(cur, false);
    } else if (cur >= 0 && ImGui::IsKeyPressed('A', false)) {
      app.accept_suggestion(app.suggestions()[cur]);
    } else if (cur >= 0 && ImGui::IsKeyPressed('X', false)) {
      app.dismiss_suggestion(app.suggestions()[cur]);
      go = app.step_suggestion(cur, true);
      if (go < 0) go = app.step_suggestion(cur, false);  // it was the last: the one before
    }
    if (go >= 0) {
      app.current_suggestion = go;
      app.scroll_request = app.suggestions()[go].start;
      app.scroll_request_center = true;
      clicked_suggestion = go;  // the panel shows it too
    }
  }
  if (keys::escape()) {
    keys::take_escape();
    app.current_suggestion = -1;
    if (!sel.empty()) sel = {sel.caret, sel.caret};
    else app.select_annotation("", false);
  }
  if (!ctrl && !io.KeyAlt && !sel.empty()) {
    // One key per category: C claim, S statistic, Q quote, D date, P person/org, O opinion.
    static const std::pair<int, const char*> kKeys[] = {{'C', "claim"}, {'S', "statistic"},
                                                        {'Q', "quote"}, {'D', "date"},
                                                        {'P', "person-org"}, {'O', "opinion"}};
    for (const auto& [key, category] : kKeys) {
      if (ImGui::IsKeyPressed(key, false)) {
        app.create_annotation(category);
        break;
      }
    }
  }
  if (sel.empty() && !app.selected_id.empty() && !ctrl &&
      (pressed(ImGuiKey_Delete) || pressed(ImGuiKey_Backspace))) {
    delete_annotation_with_notice(app, app.selected_id);
  }
}

// [SECTION] Drawing lines, highlights, selection ------------------------------------------

void ReadingView::draw_lines(AppState& app, const Fonts& fonts, float dpr) {
  const auto& lines = layout.lines.lines;
  if (lines.empty()) return;
  const Palette& pal = palette();
  const core::Article& a = app.article();
  const core::AnnotationStore& store = app.store();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float top = view_min_.y + pad_top_ - scroll_;  // screen y of the text's top

  if (lanes_revision_ != store.revision() || lanes_generation_ != app.doc().generation) {
    std::vector<std::pair<size_t, size_t>> ranges;
    ranges.reserve(store.size());
    for (const auto& an : store.annotations()) ranges.emplace_back(an.start, an.end);
    lanes_ = core::assign_lanes(ranges);
    lanes_revision_ = store.revision();
    lanes_generation_ = app.doc().generation;
  }

  const size_t first = layout.lines.line_at_y(scroll_ - pad_top_);
  const Selection sel = app.selection;
  // (A pointer: `cond ? vec : std::vector{}` would copy every suggestion each frame.)
  static const std::vector<core::ClaimSuggestion> kNone;
  const std::vector<core::ClaimSuggestion>& sug = app.show_suggestions ? app.suggestions() : kNone;
  for (size_t li = first; li < lines.size(); ++li) {
    const core::LayoutLine& l = lines[li];
    const float y = top + l.y;
    if (y > view_max_.y) break;
    const ImFont* font = l.style == 0 ? fonts.body : fonts.title;
    const float fs = l.style == 2 ? fonts.heading_px() : font->FontSize;
    const float text_y = std::round(y + (l.height - fs) * 0.5f);
    const float box_top = text_y - 1.0f * dpr, box_bot = text_y + fs + 2.0f * dpr;
    auto x_at = [&](size_t cp) { return column_x_ + layout.x_in(l, cp); };
    // A range's boxes on this line, left to right: one per visual run piece (a range across
    // a change of direction draws as two or three).
    auto boxes_of = [&](size_t start, size_t end) -> const std::vector<core::text::Box>& {
      boxes_.clear();
      layout.boxes(l, start, end, boxes_);
      return boxes_;
    };

    // Highlights: a tinted fill (overlaps get darker) and one underline per lane.
    for (size_t i : store.overlapping(l.start, l.end)) {
      const core::Annotation& an = store.annotations()[i];
      if (an.anchor == core::AnchorStatus::Orphaned || an.end <= an.start) continue;
      const bool chosen = an.id == app.selected_id;
      for (const core::text::Box& b : boxes_of(an.start, an.end)) {
        const float x0 = column_x_ + b.x0, x1 = column_x_ + b.x1;
        if (x1 <= x0) continue;
        dl->AddRectFilled({x0, box_top}, {x1, box_bot},
                          category_color(an.category, chosen ? 0.45f : (pal.dark ? 0.26f : 0.22f)));
        const int lane = i < lanes_.size() ? std::min(lanes_[i], 4) : 0;
        const float uy = box_bot + (1.0f + lane * 3.0f) * dpr;
        dl->AddLine({x0, uy}, {x1, uy}, category_color(an.category, 0.95f), (chosen ? 2.5f : 1.6f) * dpr);
        if (chosen) {
          dl->AddRect({x0 - 1, box_top - 1}, {x1 + 1, box_bot + 1}, category_color(an.category, 0.9f),
                      2.0f * dpr, 0, 1.0f * dpr);
          if (ui_probe::active() && b.start <= an.start) ui_probe::rect("reading.selectedBox", {x0, box_top}, {x1, box_bot});
        }
      }
    }
    // Suggestions: dashed outlines around the sentence, per line.
    if (!sug.empty()) {
      auto it = std::lower_bound(sug.begin(), sug.end(), l.start,
                                 [](const core::ClaimSuggestion& s, size_t p) { return s.end <= p; });
      for (; it != sug.end() && it->start < l.end; ++it) {
        const int index = static_cast<int>(it - sug.begin());
        // The strongest few, and the one the reader picked in the list whatever its score.
        if (!outlined(app, index) && index != app.current_suggestion) continue;
        const bool hot = index == hovered_suggestion || index == app.current_suggestion;
        for (const core::text::Box& b : boxes_of(it->start, it->end)) {
          const float x0 = column_x_ + b.x0, x1 = column_x_ + b.x1;
          if (x1 <= x0) continue;
          dashed_rect(dl, {x0 - 1, box_top - 1}, {x1 + 1, box_bot + 1},
                      hot ? pal.accent : pal.suggestion, 3.0f * dpr, 1.0f * dpr);
        }
      }
    }
    // Selection.
    if (!sel.empty() && sel.start() < l.end && sel.end() > l.start) {
      const std::vector<core::text::Box>& bs = boxes_of(sel.start(), sel.end());
      for (size_t k = 0; k < bs.size(); ++k) {
        float x0 = column_x_ + bs[k].x0, x1 = column_x_ + bs[k].x1;
        // The selection continues on the next line: a little past the line's end edge.
        if (sel.end() > l.end && k + 1 == bs.size() && !layout.rtl(l)) x1 += 4.0f * dpr;
        if (sel.end() > l.end && k == 0 && layout.rtl(l)) x0 -= 4.0f * dpr;
        dl->AddRectFilled({x0, box_top}, {x1, box_bot}, pal.selection);
      }
    } else if (sel.empty() && sel.caret >= l.start && sel.caret < l.end + (li + 1 == lines.size()) &&
               (dragging_ || ImGui::IsWindowFocused())) {
      const float x = std::round(x_at(sel.caret));
      dl->AddLine({x, box_top}, {x, box_bot}, pal.caret, 1.0f * dpr);
    }
    // The text itself.
    const ImU32 col = l.style != 0 ? pal.title : pal.text;
    draw_text_line(dl, layout, l, a.text, fonts, font, fs, ImVec2(column_x_, text_y), col);
  }
}

// [SECTION] Suggestions: only the strongest are outlined --------------------------------

bool ReadingView::outlined(AppState& app, size_t i) {
  const auto& all = app.suggestions();
  // Neither dismissed nor accepted (dismissing or bringing back moves the document's
  // version; an accept adds an annotation: the store's revision moves).
  // Of the kind the panel lists, when it lists one kind only.
  const uint64_t version = app.doc().version;
  const uint64_t revision = app.store().revision();
  if (outline_generation_ != app.doc().generation || outline_version_ != version ||
      outline_revision_ != revision || outline_.size() != all.size() || outline_kind_ != app.suggestions_kind) {
    outline_ = core::strongest_claims(all, core::outline_budget(app.article().paragraphs.size()), [&](size_t k) {
      return app.suggestion_hidden(all[k]) || !app.suggestion_of_kind(all[k]);
    });
    outline_generation_ = app.doc().generation;
    outline_version_ = version;
    outline_revision_ = revision;
    outline_kind_ = app.suggestions_kind;
  }
  return i < outline_.size() && outline_[i];
}

// [SECTION] Touch: selecting with a finger ----------------------------------------------

bool ReadingView::contains(ImVec2 p) const {
  return p.x >= view_min_.x && p.x < view_max_.x - ImGui::GetStyle().ScrollbarSize &&
         p.y >= view_min_.y && p.y < view_max_.y;
}

void ReadingView::select_word_at(AppState& app, ImVec2 p) {
  const ImVec2 c = to_column(p);
  const auto r = core::word_at(app.article().cps, layout.hit(c.x, c.y));
  unit_start_ = r.first;
  unit_end_ = r.second;
  app.selection = {r.first, r.second};
  platform::vibrate(10);  // the small tick phones give when a long press takes
}

void ReadingView::extend_selection_to(AppState& app, ImVec2 p) {
  const ImVec2 c = to_column(p);
  const auto r = core::word_at(app.article().cps, layout.hit(c.x, c.y));
  if (r.first < unit_start_) {
    app.selection = {unit_end_, r.first};
  } else {
    app.selection = {unit_start_, std::max(r.second, unit_end_)};
  }
}

bool ReadingView::handle_point(const AppState& app, int which, ImVec2* foot, float* line_h) const {
  const auto& lines = layout.lines.lines;
  const Selection& sel = app.selection;
  if (lines.empty() || sel.empty()) return false;
  // The end handle stands after the last selected character, on that character's line.
  const size_t cp = which == 1 ? sel.start() : sel.end();
  const core::LayoutLine& l = lines[layout.lines.line_of(which == 1 ? cp : cp - 1)];
  const float y = view_min_.y + pad_top_ - scroll_ + l.y;
  *foot = ImVec2(column_x_ + layout.x_in(l, cp), y + l.height);
  *line_h = l.height;
  return true;
}

int ReadingView::handle_at(const AppState& app, ImVec2 p, ImVec2* grab) const {
  if (!show_handles) return 0;
  const float reach = 28.0f * dpr_;
  int best = 0;
  float best_d = 0;
  for (int which = 1; which <= 2; ++which) {
    ImVec2 foot;
    float lh;
    if (!handle_point(app, which, &foot, &lh)) return 0;
    const ImVec2 knob(foot.x, foot.y + lh * 0.35f);
    const float d = std::hypot(p.x - knob.x, p.y - knob.y);
    if (d < std::max(reach, lh) && (best == 0 || d < best_d)) {
      best = which;
      best_d = d;
      *grab = ImVec2(p.x - foot.x, p.y - (foot.y - lh * 0.5f));  // to the line's middle
    }
  }
  return best;
}

void ReadingView::drag_handle(AppState& app, int which, ImVec2 text_point) {
  const ImVec2 c = to_column(ImVec2(text_point.x, std::clamp(text_point.y, view_min_.y, view_max_.y - 1)));
  const size_t cp = layout.hit(c.x, c.y);
  const size_t s = app.selection.start(), e = app.selection.end();
  if (which == 1) {
    app.selection = {std::min(cp, e > 0 ? e - 1 : 0), e};
  } else {
    app.selection = {s, std::max(cp, s + 1)};
  }
}

void ReadingView::fling(float velocity) { target_ = scroll_ + velocity * 0.35f; }

void ReadingView::draw_handles(const AppState& app, float dpr) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 col = palette().accent;
  for (int which = 1; which <= 2; ++which) {
    ImVec2 foot;
    float lh;
    if (!handle_point(app, which, &foot, &lh)) return;
    const float r = 7.0f * dpr;
    dl->AddLine(ImVec2(foot.x, foot.y - lh), ImVec2(foot.x, foot.y), col, 2.0f * dpr);
    dl->AddCircleFilled(ImVec2(foot.x, foot.y + r), r, col, 20);
    ui_probe::rect(which == 1 ? "reading.handleStart" : "reading.handleEnd", ImVec2(foot.x - r, foot.y),
                   ImVec2(foot.x + r, foot.y + 2 * r));
  }
}
