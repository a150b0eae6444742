// editor.cpp - see editor.h.
#include "app/editor.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/app_state.h"
#include "app/labels.h"
#include "app/theme.h"
#include "platform/platform.h"

void Editor::load(AppState& app) {
  const core::Annotation* a = app.store().find(app.selected_id);
  id_ = app.selected_id;
  revision_ = app.store().revision();
  if (!a) return;
  note_ = app.note_draft().id == id_ ? app.note_draft().note : a->note;
  links_ = a->links;
}

void Editor::Draw(AppState& app, float dpr) {
  const core::Annotation* found = app.store().find(app.selected_id);
  if (!app.editor_open || !found) {
    note_active_ = false;
    return;
  }
  // Reload when another annotation is shown or the store changed under us (undo), but
  // never while the reader is typing the note.
  if (id_ != app.selected_id || (revision_ != app.store().revision() && !note_active_)) load(app);
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
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close the editor (Esc)");

  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::PushTextWrapPos(0.0f);
  std::string quote = a.exact.size() > 400 ? a.exact.substr(0, 400) + "\u2026" : a.exact;
  ImGui::TextUnformatted(("\u201C" + quote + "\u201D").c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Spacing();

  const float label_w = 74.0f * dpr;
  // Category.
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
  // Verdict.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Verdict");
  ImGui::SameLine(label_w);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##verdict", verdict_label(a.verdict))) {
    for (core::Verdict v : core::all_verdicts()) {
      if (ImGui::Selectable(verdict_label(v), v == a.verdict) && v != a.verdict) {
        core::Annotation copy = a;
        copy.verdict = v;
        app.update_annotation(copy);
      }
    }
    ImGui::EndCombo();
  }

  // Why the claim finder suggested it: shown beside the note, never written into it.
  if (const std::string why = app.suggested_reason(a.id); !why.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("Suggested: %s", why.c_str());
    ImGui::PopTextWrapPos();
  }
  // Note. Escape must not revert what was typed (ImGui's text field would): handle it
  // before the field sees it, keep the text and close.
  ImGui::TextUnformatted("Note");
  if (note_active_ && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
    app.set_note_draft(a.id, note_, platform::now_ms());
    close = true;
  } else {
    if (app.focus_note) {
      ImGui::SetKeyboardFocusHere();
      app.focus_note = false;
    }
    const float h = ImGui::GetTextLineHeight() * 5 + ImGui::GetStyle().FramePadding.y * 2;
    if (ImGui::InputTextMultiline("##note", &note_, ImVec2(-1, h))) {
      app.set_note_draft(a.id, note_, platform::now_ms());
    }
    note_active_ = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivatedAfterEdit()) app.commit_note_draft();
    if (note_.empty() && !note_active_) {
      // A hint, drawn over the empty field.
      const ImVec2 p = ImGui::GetItemRectMin();
      ImGui::GetWindowDrawList()->AddText(
          ImVec2(p.x + ImGui::GetStyle().FramePadding.x, p.y + ImGui::GetStyle().FramePadding.y),
          ImGui::GetColorU32(ImGuiCol_TextDisabled), "Why is this worth checking? What did you find?");
    }
  }

  // Evidence links.
  ImGui::TextUnformatted("Evidence");
  int remove = -1;
  for (size_t i = 0; i < links_.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::SetNextItemWidth(-ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x);
    ImGui::InputText("##link", &links_[i]);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
      core::Annotation copy = a;
      copy.links = links_;
      app.update_annotation(copy);
    }
    ImGui::SameLine();
    if (ImGui::Button("\u00D7", ImVec2(ImGui::GetFrameHeight(), 0))) remove = static_cast<int>(i);
    ImGui::PopID();
  }
  if (remove >= 0) {
    links_.erase(links_.begin() + remove);
    core::Annotation copy = a;
    copy.links = links_;
    app.update_annotation(copy);
  }
  ImGui::SetNextItemWidth(-ImGui::CalcTextSize("Add").x - ImGui::GetStyle().FramePadding.x * 2 -
                          ImGui::GetStyle().ItemSpacing.x);
  const bool enter = ImGui::InputTextWithHint("##newlink", "https://\u2026 (a source)", &new_link_,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button("Add") || enter) && new_link_.find_first_not_of(' ') != std::string::npos) {
    links_.push_back(new_link_);
    new_link_.clear();
    core::Annotation copy = a;
    copy.links = links_;
    app.update_annotation(copy);
  }

  ImGui::Spacing();
  if (ImGui::Button("Delete annotation")) {
    app.delete_annotation(a.id);
    close = false;
  }
  ImGui::EndGroup();
  ImGui::PopID();
  if (close) {
    app.commit_note_draft();
    app.editor_open = false;
    note_active_ = false;
  }
}
