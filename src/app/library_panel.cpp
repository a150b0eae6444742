// library_panel.cpp - see library_panel.h.
#include "app/library_panel.h"

#include <imgui.h>

#include <algorithm>

#include "app/app_state.h"
#include "app/bidi_text.h"

namespace {
// "2026-11-30T14:02:11.123Z" -> "2026-11-30 14:02 UTC"
std::string when(const std::string& iso) {
  if (iso.size() < 16 || iso[10] != 'T') return iso;
  return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}
}  // namespace

void LibraryPanel::Draw(AppState& app, float dpr) {
  if (!app.library_open) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(820 * dpr, vp->Size.x - 20 * dpr), std::min(480 * dpr, vp->Size.y - 60 * dpr)),
                           ImGuiCond_Appearing);
  bool open = true;
  if (!ImGui::Begin("Library", &open, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    app.library_open = open;
    return;
  }
  if (ImGui::IsWindowAppearing()) ImGui::SetWindowFocus();
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
    open = false;
  }
  const std::vector<DocumentInfo> docs = app.documents();
  ImGui::TextDisabled("%zu document%s kept in this browser. Opening another article never discards one; "
                      "deleting can be undone (Ctrl+Z).", docs.size(), docs.size() == 1 ? "" : "s");
  const bool still_deleted = !deleted_id_.empty() &&
                             std::none_of(docs.begin(), docs.end(), [&](const DocumentInfo& d) { return d.id == deleted_id_; });
  if (still_deleted) {
    ImGui::Text("Deleted \u201C%s\u201D.", deleted_title_.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Undo (Ctrl+Z)")) app.undo();
  }
  const session::SaveStatus save = app.save_status();
  const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
  std::string open_id, export_id, delete_id;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("documents", 5, flags, ImVec2(0, -footer))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("Annotations", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Last change", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (const DocumentInfo& d : docs) {
      ImGui::PushID(d.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushTextWrapPos(0.0f);
      bidi_text::wrapped(d.title);
      if (!d.problem.empty()) ImGui::TextDisabled("Cannot be opened: %s", d.problem.c_str());
      ImGui::PopTextWrapPos();
      if (!d.url.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", d.url.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(d.source.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%zu", d.annotations);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(when(d.modified).c_str());
      ImGui::TableNextColumn();
      if (d.problem.empty()) {
        if (d.open) ImGui::TextDisabled("Open now");
        else if (ImGui::SmallButton("Open")) open_id = d.id;
        ImGui::SameLine();
        if (ImGui::SmallButton("Export")) export_id = d.id;
        ImGui::SameLine();
      }
      if (ImGui::SmallButton("Delete")) {
        delete_id = d.id;
        deleted_id_ = d.id;
        deleted_title_ = d.title;
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (save.blocked || save.failing) {
    ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.1f, 1.0f), "%s", save.message.c_str());
  } else {
    ImGui::TextDisabled("%s", save.pending ? "Saving\u2026" : "Everything is saved in this browser.");
  }
  ImGui::End();
  // Acted on after drawing: the list above must not change under the table.
  if (!open_id.empty()) {
    app.open_document(open_id);
    open = false;
  }
  if (!export_id.empty()) app.export_document(export_id);
  if (!delete_id.empty()) app.delete_document(delete_id);
  app.library_open = open;
}
