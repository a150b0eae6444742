// caret.cpp - the reading view's keyboard caret (issue 11): the whole workflow without a
// mouse. A caret moves through the article by characters, words, lines and paragraphs;
// Shift extends the selection from it; N and Shift+N jump between annotations; Enter opens
// the one under the caret and puts the keyboard in its note. Part of ReadingView (its
// declarations are in reading_view.h); the keys are listed in docs/EMBEDDING.md.
//
// Caret mode starts with Left or Right (or F7, as caret browsing does in browsers) and ends
// with F7 or a click: until then Up, Down, Home and End scroll the view as they always did.
#include <imgui.h>

#include <algorithm>

#include "app/app_state.h"
#include "app/reading_view.h"
#include "app/keyboard_focus.h"
#include "app/theme.h"
#include "app/ui_probe.h"
#include "core/word_bounds.h"

namespace {
constexpr int kKeyF7 = 296;  // GLFW_KEY_F7 (ImGui's key state is indexed by GLFW's key codes)
bool pressed(ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k)); }

// Start of the paragraph after `cp`, or the article's end.
size_t next_paragraph(const core::Article& a, size_t cp) {
  for (const core::Range& r : a.paragraphs) {
    if (r.start > cp) return r.start;
  }
  return a.cps.size();
}
// Start of the paragraph holding `cp` when the caret is inside it, else of the one before.
size_t prev_paragraph(const core::Article& a, size_t cp) {
  size_t best = 0;
  for (const core::Range& r : a.paragraphs) {
    if (r.start >= cp) break;
    best = r.start;
  }
  return best;
}
}  // namespace

bool ReadingView::handle_caret_keys(AppState& app) {
  ImGuiIO& io = ImGui::GetIO();
  const core::Article& a = app.article();
  Selection& sel = app.selection;
  const size_t n = a.cps.size();
  const bool shift = io.KeyShift, ctrl = io.KeyCtrl || io.KeySuper;
  const auto& lines = layout.lines.lines;
  if (lines.empty() || io.KeyAlt) return false;

  if (ImGui::IsKeyPressed(kKeyF7, false)) {
    caret_mode_ = !caret_mode_;
    if (caret_mode_) place_caret_in_view(app);
    return true;
  }

  // Where the caret goes, if a movement key was pressed.
  const bool left = pressed(ImGuiKey_LeftArrow), right = pressed(ImGuiKey_RightArrow);
  const bool up = pressed(ImGuiKey_UpArrow), down = pressed(ImGuiKey_DownArrow);
  const bool home = pressed(ImGuiKey_Home), end = pressed(ImGuiKey_End);
  const bool pg_up = pressed(ImGuiKey_PageUp), pg_down = pressed(ImGuiKey_PageDown);
  const bool moves_caret = left || right || ((caret_mode_ || shift) && (up || down || home || end)) ||
                           (caret_mode_ && (pg_up || pg_down));
  if (moves_caret) {
    if (!caret_mode_ || (sel.empty() && sel.caret == 0 && app.top_cp > 0)) place_caret_in_view(app);
    caret_mode_ = true;
    size_t c = sel.caret;
    if ((left || right) && !shift && !ctrl && !sel.empty()) {
      c = left ? sel.start() : sel.end();  // an arrow collapses the selection to its side
    } else if (left || right) {
      if (ctrl) c = right ? core::next_word_end(a.cps, c) : core::prev_word_start(a.cps, c);
      else c = layout.move_visual(c, right ? 1 : -1, n);  // on screen: Left goes forward in right-to-left text
    } else if ((up || down) && ctrl) {
      c = down ? next_paragraph(a, c) : prev_paragraph(a, c);
    } else if (up || down) {
      const size_t li = layout.lines.line_of(c);
      if (caret_x_ < 0) caret_x_ = layout.x_in(lines[li], c);
      if (down && li + 1 < lines.size()) c = layout.hit(caret_x_, lines[li + 1].y + 1);
      else if (!down && li > 0) c = layout.hit(caret_x_, lines[li - 1].y + 1);
      else c = down ? n : 0;
    } else if (home || end) {
      const core::LayoutLine& l = lines[layout.lines.line_of(c)];
      if (ctrl) c = end ? n : 0;
      else c = end ? l.end : l.start;
    } else if (pg_up || pg_down) {
      // The caret rides with the page: same place on the screen, a page further.
      const float from = target_;
      target_ = pg_down ? page_down_from(target_) : page_up_from(target_);
      const core::LayoutLine& l = lines[layout.lines.line_of(c)];
      if (caret_x_ < 0) caret_x_ = layout.x_in(l, c);
      c = layout.hit(caret_x_, l.y + 1 + (target_ - from));
    }
    if (!(up || down) || ctrl) caret_x_ = -1;
    if (shift) sel.caret = c;
    else sel = {c, c};
    scroll_into_view(sel.caret, true);
    return true;
  }

  // N, Shift+N: the next or previous annotation after the caret (or the selected one).
  if (!ctrl && ImGui::IsKeyPressed('N', false) && app.store().size() > 0) {
    const core::Annotation* cur = app.store().find(app.selected_id);
    const size_t from = cur ? cur->start : sel.caret;
    const core::Annotation* best = nullptr;
    for (const core::Annotation& an : app.store().annotations()) {
      if (an.anchor == core::AnchorStatus::Orphaned || (cur && an.id == cur->id)) continue;
      const bool after = an.start > from || (an.start == from && !cur);
      if (!shift && after && (!best || an.start < best->start)) best = &an;
      if (shift && an.start < from && (!best || an.start > best->start)) best = &an;
    }
    if (best) {
      caret_mode_ = true;
      sel = {best->start, best->start};
      app.select_annotation(best->id, true);
    }
    return true;
  }

  // Enter: the note of the selected annotation takes the keyboard; on an annotation under
  // the caret, that one is selected first.
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) && sel.empty()) {
    if (app.selected_id.empty()) {
      for (size_t i : app.store().at(sel.caret)) {
        const core::Annotation& an = app.store().annotations()[i];
        if (an.anchor != core::AnchorStatus::Orphaned) {
          app.select_annotation(an.id, true);
          break;
        }
      }
    }
    if (!app.selected_id.empty()) {
      app.editor_open = true;
      app.focus_note = true;
    }
    return true;
  }
  return false;
}

void ReadingView::start_caret(AppState& app) {
  caret_mode_ = true;
  place_caret_in_view(app);
}

void ReadingView::place_caret_in_view(AppState& app) {
  Selection& sel = app.selection;
  const auto& lines = layout.lines.lines;
  if (lines.empty()) return;
  // A caret already on screen stays; else it starts on the first line in view.
  const float top = scroll_ - pad_top_, bottom = top + view_h_;
  const core::LayoutLine& l = lines[layout.lines.line_of(sel.caret)];
  if (l.y >= top && l.y + l.height <= bottom) return;
  const size_t first = layout.lines.line_at_y(std::max(0.0f, top) + 1);
  const size_t cp = lines[std::min(first + (lines[first].y < top ? 1 : 0), lines.size() - 1)].start;
  sel = {cp, cp};
}

// The caret while the keyboard moves it: a bar wider than the mouse's, in the accent colour,
// and a focus ring around the reading column (visible focus).
void ReadingView::draw_caret(const AppState& app, float dpr) {
  keyboard_focus::note_reading_window();
  if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0)) caret_mode_ = false;  // the mouse took over
  if (ui_probe::active()) {
    ui_probe::text("reading.caret", std::to_string(app.selection.caret));
    ui_probe::text("reading.caretMode", caret_mode_ ? "1" : "0");
  }
  if (!caret_mode_ || layout.lines.lines.empty()) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& pal = palette();
  const core::LayoutLine& l = layout.lines.lines[layout.lines.line_of(app.selection.caret)];
  const float y = view_min_.y + pad_top_ - scroll_ + l.y;
  const float x = std::round(column_x_ + layout.x_in(l, app.selection.caret));
  dl->AddLine(ImVec2(x, y + 1 * dpr), ImVec2(x, y + l.height - 1 * dpr), pal.accent, 2.0f * dpr);
  ui_probe::rect("reading.caretBox", ImVec2(x - 1 * dpr, y), ImVec2(x + 1 * dpr, y + l.height));
  if (keyboard_focus::current() != keyboard_focus::Region::Reading) return;  // the ring is where the keys go
  dl->AddRect(ImVec2(view_min_.x + 1 * dpr, view_min_.y + 1 * dpr),
              ImVec2(view_max_.x - ImGui::GetStyle().ScrollbarSize - 1 * dpr, view_max_.y - 1 * dpr), pal.accent,
              0.0f, 0, 2.0f * dpr);
}
