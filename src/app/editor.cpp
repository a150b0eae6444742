// editor.cpp - see editor.h.
//
// [SECTION] The note field
// [SECTION] The editor
// [SECTION] Evidence
#include "app/editor.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "app/app_state.h"
#include "app/bidi_text.h"
#include "app/feedback.h"
#include "app/keys.h"
#include "app/labels.h"
#include "app/nav_speech.h"
#include "app/text_area.h"
#include "app/theme.h"
#include "app/ui_probe.h"
#include "core/evidence.h"
#include "platform/platform.h"

namespace {
// A tooltip above the item under the pointer, so that it never covers what is below it in
// the editor (the next row, the Delete button).
void tooltip_above(const char* text) {
  const ImVec2 m = ImGui::GetItemRectMin();
  ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().MousePos.x, m.y - ImGui::GetStyle().ItemSpacing.y),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetTooltip("%s", text);
}

}  // namespace

// [SECTION] The note field -------------------------------------------------------------

void Editor::BeginFrame(AppState& app) {
  for (platform::NoteFieldEvent& e : text_area::events(text_area::Owner::Note)) {
    switch (e.kind) {
      case platform::NoteFieldEvent::Input:
        note_ = std::move(e.text);
        if (!id_.empty() && app.store().find(id_)) app.set_note_draft(id_, note_, platform::now_ms());
        break;
      case platform::NoteFieldEvent::Escape:
        close_ = true;
        break;
      case platform::NoteFieldEvent::Blur:
        app.commit_note_draft();  // one undo step for what was typed
        break;
      case platform::NoteFieldEvent::Focus:
      case platform::NoteFieldEvent::Resize:
      case platform::NoteFieldEvent::Tab:  // (not asked for: Tab is the page's)
      case platform::NoteFieldEvent::BackTab:
        break;
    }
  }
  note_focused_ = text_area::owner() == text_area::Owner::Note && platform::note_field_focused();
  if (close_) {
    close_ = false;
    app.commit_note_draft();
    app.editor_open = false;
  }
}

void Editor::draw_note(AppState& app, float dpr) {
  // Four lines, growing to about a dozen (less on a short screen), then it scrolls.
  const platform::NoteFieldStyle style =
      text_area::style(dpr, 4, 12, "Why is this worth checking? What did you find?", "Note");
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const bool ours = text_area::owner() == text_area::Owner::Note;
  const float h = std::max(style.min_height, ours ? platform::note_field_height() : 0.0f) * dpr;
  ImGui::Dummy(ImVec2(w, h));
  const ImRect box(p, ImVec2(p.x + w, p.y + h));
  ui_probe::rect("editor.note", box.Min, box.Max);

  // The page's text area lies over this box while all of it is in view and nothing (a menu,
  // a dropdown, a dialog) is open above it; otherwise the note is drawn here as text.
  const bool covered = ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  const bool whole = ImGui::GetCurrentWindow()->ClipRect.Contains(box);
  text_area::draw_box(box.Min, box.Max, dpr, note_, style.placeholder, !covered && whole);
  if (!covered && whole) {
    if (text_area::place(text_area::Owner::Note, p, w, dpr, style)) platform::note_field_set_text(note_);
    if (app.focus_note) {
      platform::note_field_focus();
      app.focus_note = false;
    }
  }
}

// [SECTION] The editor -----------------------------------------------------------------

void Editor::load(AppState& app) {
  const core::Annotation* a = app.store().find(app.selected_id);
  id_ = app.selected_id;
  revision_ = app.store().revision();
  editing_link_ = -1;
  if (!a) return;
  note_ = app.note_draft().id == id_ ? app.note_draft().note : a->note;
  links_ = a->links;
  // Into the page's text area when the note holds it (else when the note takes it back).
  if (text_area::owner() == text_area::Owner::Note) platform::note_field_set_text(note_);
}

void Editor::Draw(AppState& app, float dpr) {
  const core::Annotation* found = app.store().find(app.selected_id);
  if (!app.editor_open || !found) return;
  // Reload when another annotation is shown or the store changed under us (undo), but
  // never while the reader is typing the note.
  if (id_ != app.selected_id || (revision_ != app.store().revision() && !note_focused_)) load(app);
  core::Annotation a = *found;

  ImGui::PushID("editor");
  ImGui::BeginGroup();
  const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
  // Header: the category's colour, the quote, a close button.
  category_dot(a.category);
  ImGui::SameLine();
  ImGui::TextUnformatted("Annotation");
  if (a.anchor != core::AnchorStatus::Exact) {
    ImGui::SameLine();
    ImGui::TextDisabled("(%s)", core::to_string(a.anchor));
  }
  ImGui::SameLine();
  ImGui::SetCursorPosX(right - ImGui::GetFrameHeight());  // (SameLine(x) would add the group's indent)
  bool close = ImGui::Button("\u00D7", ImVec2(ImGui::GetFrameHeight(), 0));
  ui_probe::item("editor.close");
  if (ImGui::IsItemHovered()) tooltip_above("Close the editor (Esc)");

  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::PushTextWrapPos(0.0f);
  std::string quote = a.exact.size() > 400 ? a.exact.substr(0, 400) + "\u2026" : a.exact;
  bidi_text::wrapped("\u201C" + quote + "\u201D");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Spacing();

  // Labels as wide as the widest of them in the current font (the interface font scales).
  const float label_w = std::max(ImGui::CalcTextSize("Category").x, ImGui::CalcTextSize("Verdict").x) +
                        ImGui::GetStyle().ItemSpacing.x * 2;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Category");
  ImGui::SameLine(label_w);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##category", category_label(a.category).c_str())) {
    for (const std::string& c : core::builtin_categories()) {
      category_dot(c);
      ImGui::SameLine();
      if (ImGui::Selectable(category_label(c).c_str(), c == a.category) && c != a.category) {
        core::Annotation copy = a;
        copy.category = c;
        app.update_annotation(copy);
      }
    }
    ImGui::EndCombo();
  }
  ui_probe::item("editor.category");
  nav_speech::describe_last_item("Category: " + category_label(a.category) + ", dropdown");
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Verdict");
  ImGui::SameLine(label_w);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##verdict", verdict_label(a.verdict))) {
    ui_probe::rect("editor.verdict.popup", ImGui::GetWindowPos(),
                   ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                          ImGui::GetWindowPos().y + ImGui::GetWindowSize().y));
    for (core::Verdict v : core::all_verdicts()) {
      if (ImGui::Selectable(verdict_label(v), v == a.verdict) && v != a.verdict) {
        core::Annotation copy = a;
        copy.verdict = v;
        app.update_annotation(copy);
      }
      ui_probe::item(std::string("editor.verdict.") + core::to_string(v));
    }
    ImGui::EndCombo();
  }
  ui_probe::item("editor.verdict");
  nav_speech::describe_last_item(std::string("Verdict: ") + verdict_label(a.verdict) + ", dropdown");

  // Why the claim finder suggested it: shown beside the note, never written into it.
  if (const std::string why = app.suggested_reason(a.id); !why.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("Suggested: %s", why.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::TextUnformatted("Note");
  draw_note(app, dpr);
  draw_evidence(app, a, dpr);

  ImGui::Spacing();
  if (ImGui::Button("Delete annotation")) {
    delete_annotation_with_notice(app, a.id);
    close = false;
  }
  ui_probe::item("editor.delete");
  ImGui::EndGroup();
  ImGui::PopID();
  if (close) {
    app.commit_note_draft();
    app.editor_open = false;
  }
}

// [SECTION] Evidence -------------------------------------------------------------------

void Editor::save_links(AppState& app, const core::Annotation& a) {
  core::Annotation copy = a;
  copy.links = links_;
  app.update_annotation(copy);
}

void Editor::draw_evidence(AppState& app, const core::Annotation& a, float dpr) {
  ImGui::TextUnformatted("Evidence");
  const ImGuiStyle& st = ImGui::GetStyle();
  const float small_w = ImGui::CalcTextSize("Edit").x + st.FramePadding.x * 2;
  const float buttons_w = small_w + ImGui::GetFrameHeight() + st.ItemSpacing.x * 2;
  int remove = -1;
  for (size_t i = 0; i < links_.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const std::string name = "editor.evidence" + std::to_string(i);
    if (editing_link_ == static_cast<int>(i)) {
      // Editing the entry as text: Enter or leaving the field keeps it, Escape does not.
      ImGui::SetNextItemWidth(-1);
      if (focus_edit_) {
        ImGui::SetKeyboardFocusHere();
        focus_edit_ = false;
      }
      const bool enter = ImGui::InputText("##edit", &edit_buffer_, ImGuiInputTextFlags_EnterReturnsTrue);
      ui_probe::item(name + ".edit");
      if (keys::escape()) {
        keys::take_escape();
        editing_link_ = -1;
      } else if (enter || ImGui::IsItemDeactivated()) {
        const std::string value = core::normalise_evidence(edit_buffer_);
        if (value.empty()) remove = static_cast<int>(i);
        else if (value != links_[i]) {
          links_[i] = value;
          save_links(app, a);
        }
        editing_link_ = -1;
      }
      ImGui::PopID();
      continue;
    }
    const core::Evidence e = core::read_evidence(links_[i]);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float row_right = p.x + ImGui::GetContentRegionAvail().x;
    const float text_w = row_right - p.x - buttons_w;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (e.kind == core::Evidence::Kind::Link) {
      // A link: accent colour, underlined, opens in a new tab.
      const std::string shown = core::short_link(e.href, 200);
      ImGui::PushClipRect(p, ImVec2(p.x + text_w, p.y + ImGui::GetFrameHeight()), true);
      ImGui::AlignTextToFramePadding();
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().accent));
      ImGui::TextUnformatted(shown.c_str());
      ImGui::PopStyleColor();
      ImGui::PopClipRect();
      const bool hovered = ImGui::IsItemHovered();
      ui_probe::item(name + ".link");
      const ImVec2 a0 = ImGui::GetItemRectMin(), a1 = ImGui::GetItemRectMax();
      dl->AddLine(ImVec2(a0.x, a1.y - 1.0f * dpr), ImVec2(std::min(a1.x, p.x + text_w), a1.y - 1.0f * dpr),
                  palette().accent, (hovered ? 1.5f : 1.0f) * dpr);
      if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        tooltip_above((e.href + "\nOpens in a new tab").c_str());
      }
      if (ImGui::IsItemClicked()) platform::open_url(e.href);
    } else {
      // A source note: plain text beside a bar, labelled, not clickable.
      dl->AddRectFilled(ImVec2(p.x, p.y + 3 * dpr), ImVec2(p.x + 3 * dpr, p.y + ImGui::GetFrameHeight() - 3 * dpr),
                        ImGui::GetColorU32(ImGuiCol_TextDisabled), 1.5f * dpr);
      ImGui::SetCursorScreenPos(ImVec2(p.x + 10 * dpr, p.y));
      ImGui::PushClipRect(p, ImVec2(p.x + text_w, p.y + ImGui::GetFrameHeight()), true);
      ImGui::AlignTextToFramePadding();
      ImGui::TextDisabled("Source:");
      ImGui::SameLine();
      ImGui::TextUnformatted(links_[i].c_str());
      ImGui::PopClipRect();
      ui_probe::item(name + ".note");
      if (ImGui::IsItemHovered()) tooltip_above((links_[i] + "\nA note on a source (not a web address)").c_str());
    }
    ImGui::SameLine();
    ImGui::SetCursorScreenPos(ImVec2(row_right - buttons_w + st.ItemSpacing.x, p.y));
    if (ImGui::Button("Edit", ImVec2(small_w, 0))) {
      editing_link_ = static_cast<int>(i);
      edit_buffer_ = links_[i];
      focus_edit_ = true;
    }
    ui_probe::item(name + ".editButton");
    ImGui::SameLine();
    if (ImGui::Button("\u00D7", ImVec2(ImGui::GetFrameHeight(), 0))) remove = static_cast<int>(i);
    ui_probe::item(name + ".remove");
    if (ImGui::IsItemHovered()) tooltip_above("Remove this evidence");
    ImGui::PopID();
  }
  if (remove >= 0) {
    links_.erase(links_.begin() + remove);
    save_links(app, a);
  }
  ImGui::SetNextItemWidth(-ImGui::CalcTextSize("Add").x - st.FramePadding.x * 2 - st.ItemSpacing.x);
  const bool enter = ImGui::InputTextWithHint("##newlink", "A link, or a note on the source", &new_link_,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ui_probe::item("editor.newEvidence");
  ImGui::SameLine();
  const bool add = ImGui::Button("Add");
  ui_probe::item("editor.addEvidence");
  if ((add || enter) && new_link_.find_first_not_of(' ') != std::string::npos) {
    links_.push_back(core::normalise_evidence(new_link_));
    new_link_.clear();
    save_links(app, a);
  }
}
