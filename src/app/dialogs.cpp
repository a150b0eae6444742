// dialogs.cpp - see dialogs.h.
#include "app/dialogs.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/app_state.h"

namespace {
bool enter_pressed() {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}
bool escape_pressed() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false); }

void center_next(float width) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Appearing);
}
}  // namespace

void Dialogs::Draw(AppState& app, float dpr) {
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
  // One at a time: a question first, then the import report, then a notice, then paste.
  if (app.confirm) {
    ImGui::OpenPopup("Confirm");
    center_next(460 * dpr);
    if (ImGui::BeginPopupModal("Confirm", nullptr, flags | ImGuiWindowFlags_NoTitleBar)) {
      ImGui::PushTextWrapPos(440 * dpr);
      ImGui::TextUnformatted(app.confirm->title.c_str());
      ImGui::Separator();
      ImGui::TextUnformatted(app.confirm->text.c_str());
      ImGui::PopTextWrapPos();
      ImGui::Spacing();
      const bool ok = ImGui::Button(app.confirm->ok_label.c_str(), ImVec2(120 * dpr, 0)) || enter_pressed();
      bool alt = false;
      if (!app.confirm->alt_label.empty()) {
        ImGui::SameLine();
        alt = ImGui::Button(app.confirm->alt_label.c_str());
      }
      bool cancel = false;
      if (!app.confirm->cancel_label.empty()) {
        ImGui::SameLine();
        cancel = ImGui::Button(app.confirm->cancel_label.c_str(), ImVec2(120 * dpr, 0)) || escape_pressed();
      }
      if (ok || alt || cancel) {
        Confirm c = std::move(*app.confirm);
        app.confirm.reset();
        ImGui::CloseCurrentPopup();
        if (ok && c.on_ok) c.on_ok();
        if (alt && c.on_alt) c.on_alt();
      }
      ImGui::EndPopup();
    }
    return;
  }
  if (app.report) {
    draw_report(app, dpr);
    return;
  }
  if (!app.notices.empty()) {
    ImGui::OpenPopup("Problem");
    center_next(460 * dpr);
    if (ImGui::BeginPopupModal("Problem", nullptr, flags | ImGuiWindowFlags_NoTitleBar)) {
      ImGui::PushTextWrapPos(440 * dpr);
      ImGui::TextUnformatted("Something could not be done");
      ImGui::Separator();
      ImGui::TextUnformatted(app.notices.front().c_str());
      ImGui::TextDisabled("Nothing on the page was changed.");
      ImGui::PopTextWrapPos();
      if (ImGui::Button("OK", ImVec2(120 * dpr, 0)) || enter_pressed() || escape_pressed()) {
        app.notices.erase(app.notices.begin());
        ImGui::CloseCurrentPopup();
      }
      ImGui::EndPopup();
    }
    return;
  }
  if (app.paste_dialog) draw_paste(app, dpr);
}

void Dialogs::draw_report(AppState& app, float dpr) {
  ImGui::OpenPopup("Import report");
  center_next(520 * dpr);
  if (!ImGui::BeginPopupModal("Import report", nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) return;
  const ImportReport& r = *app.report;
  const size_t total = r.exact + r.moved + r.fuzzy + r.orphaned;
  ImGui::PushTextWrapPos(500 * dpr);
  ImGui::Text("%zu annotation%s imported from %s.", total, total == 1 ? "" : "s", r.source.c_str());
  ImGui::Spacing();
  ImGui::Text("Exact: %zu      Moved: %zu      Fuzzy: %zu      Orphaned: %zu", r.exact, r.moved, r.fuzzy, r.orphaned);
  ImGui::TextDisabled("Moved: the quote was found elsewhere. Fuzzy: found with small differences. "
                      "Orphaned: not found in this article (kept, not highlighted).");
  if (!r.orphan_quotes.empty()) {
    ImGui::Spacing();
    ImGui::TextUnformatted("Orphaned annotations:");
    ImGui::BeginChild("orphans", ImVec2(0, std::min<float>(160 * dpr, (r.orphan_quotes.size() + 1) * ImGui::GetTextLineHeightWithSpacing())), true);
    for (const std::string& q : r.orphan_quotes) ImGui::BulletText("\u201C%s\u201D", q.c_str());
    ImGui::EndChild();
  }
  bool close = false;
  bool open_instead = false;
  if (r.file_article) {
    ImGui::Spacing();
    ImGui::Text("This file was made for another version of the article (\u201C%s\u201D).",
                r.file_article->title.c_str());
    open_instead = ImGui::Button("Open the file's article as a document");
    ImGui::SameLine();
  }
  ImGui::PopTextWrapPos();
  if (ImGui::Button("Close", ImVec2(120 * dpr, 0)) || enter_pressed() || escape_pressed()) close = true;
  if (open_instead) {
    ImportReport copy = std::move(*app.report);
    app.report.reset();
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    app.open_file_article(copy);
    return;
  }
  if (close) {
    app.report.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void Dialogs::draw_paste(AppState& app, float dpr) {
  ImGui::OpenPopup("Paste an article");
  center_next(640 * dpr);
  if (!ImGui::BeginPopupModal("Paste an article", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  ImGui::TextDisabled("Paste the article's text below (Ctrl+V). The first line becomes the title.");
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##ptitle", "Title (optional)", &paste_title_);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::InputTextMultiline("##ptext", &paste_text_, ImVec2(-1, 300 * dpr));
  const bool has_text = paste_text_.find_first_not_of(" \t\r\n") != std::string::npos;
  if (!has_text) ImGui::BeginDisabled();
  const bool open = ImGui::Button("Open", ImVec2(120 * dpr, 0));
  if (!has_text) ImGui::EndDisabled();
  ImGui::SameLine();
  const bool cancel = ImGui::Button("Cancel", ImVec2(120 * dpr, 0)) || escape_pressed();
  if (open) {
    core::ArticleResult r = core::make_article(paste_text_, paste_title_);
    if (r.article) {
      app.add_document({std::move(*r.article), {}, "pasted", nlohmann::json::object()});
    } else {
      app.notices.push_back("The pasted text could not be opened: " + r.error + ".");
    }
  }
  if (open || cancel) {
    app.paste_dialog = false;
    paste_text_.clear();
    paste_title_.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}
