// dialogs.cpp - see dialogs.h.
#include "app/dialogs.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/app_state.h"
#include "app/bidi_text.h"
#include "app/keys.h"
#include "session/notice.h"
#include "app/ui_probe.h"

namespace {
bool enter_pressed() {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}
bool escape_pressed() {
  if (!keys::escape()) return false;
  keys::take_escape();
  return true;
}

// Dialogs are at most `width` wide and always fit the window (phones), with a margin.
float fit_width(float width) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  return std::min(width, vp->Size.x - 2 * ImGui::GetStyle().WindowPadding.x);
}

void center_next(float width) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(fit_width(width), vp->Size.y - 2 * ImGui::GetStyle().WindowPadding.y));
}

// The open dialog's box, for the browser tests.
void probe_dialog() {
  const ImVec2 p = ImGui::GetWindowPos(), sz = ImGui::GetWindowSize();
  ui_probe::rect("dialog", p, ImVec2(p.x + sz.x, p.y + sz.y));
}

// Wrap text to the dialog's width less its padding.
void push_wrap(float width) {
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + fit_width(width) - 2 * ImGui::GetStyle().WindowPadding.x);
}
}  // namespace

void Dialogs::Draw(AppState& app, float dpr) {
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
  // One at a time: a question first, then the import report, then a notice, then paste.
  if (app.confirm) {
    ImGui::OpenPopup("Confirm");
    center_next(460 * dpr);
    if (ImGui::BeginPopupModal("Confirm", nullptr, flags | ImGuiWindowFlags_NoTitleBar)) {
      probe_dialog();
      push_wrap(460 * dpr);
      ImGui::TextUnformatted(app.confirm->title.c_str());
      ImGui::Separator();
      ImGui::TextUnformatted(app.confirm->text.c_str());
      ImGui::PopTextWrapPos();
      ImGui::Spacing();
      const bool ok = ImGui::Button(app.confirm->ok_label.c_str(), ImVec2(120 * dpr, 0)) || enter_pressed();
      ui_probe::item("confirm.ok");
      bool alt = false;
      if (!app.confirm->alt_label.empty()) {
        ImGui::SameLine();
        alt = ImGui::Button(app.confirm->alt_label.c_str());
        ui_probe::item("confirm.alt");
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
      probe_dialog();
      const auto [plain, detail] = split_notice(app.notices.front());
      push_wrap(460 * dpr);
      ImGui::TextUnformatted("Something could not be done");
      ImGui::Separator();
      ImGui::TextUnformatted(plain.c_str());
      ui_probe::text("notice", plain);
      ImGui::TextDisabled("Nothing on the page was changed.");
      if (!detail.empty() && show_detail_) {
        // For whoever helps: the importer's own words, selectable to copy.
        ImGui::Spacing();
        ImGui::TextDisabled("Technical detail:");
        std::string copy = detail;
        ImGui::InputTextMultiline("##detail", &copy, ImVec2(fit_width(460 * dpr) - 2 * ImGui::GetStyle().WindowPadding.x,
                                                             ImGui::GetTextLineHeight() * 4),
                                  ImGuiInputTextFlags_ReadOnly);
        ui_probe::text("notice.detail", detail);
      }
      ImGui::PopTextWrapPos();
      const bool ok = ImGui::Button("OK", ImVec2(120 * dpr, 0)) || enter_pressed() || escape_pressed();
      ui_probe::item("notice.ok");
      if (!detail.empty()) {
        ImGui::SameLine();
        if (ImGui::Button(show_detail_ ? "Hide details" : "Details")) show_detail_ = !show_detail_;
        ui_probe::item("notice.details");
      }
      if (ok) {
        app.notices.erase(app.notices.begin());
        show_detail_ = false;
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
  probe_dialog();
  const ImportReport& r = *app.report;
  const size_t total = r.exact + r.moved + r.fuzzy + r.orphaned;
  push_wrap(520 * dpr);
  ImGui::Text("%zu annotation%s imported from %s.", total, total == 1 ? "" : "s", r.source.c_str());
  ImGui::Spacing();
  ImGui::Text("Exact: %zu      Moved: %zu      Fuzzy: %zu      Orphaned: %zu", r.exact, r.moved, r.fuzzy, r.orphaned);
  ImGui::TextDisabled("Moved: the quote was found elsewhere. Fuzzy: found with small differences. "
                      "Orphaned: not found in this article (kept, not highlighted).");
  // Orphans with a quote show it; notes on the whole page (no quote) show their note, so no
  // line of the list is an empty pair of quotation marks.
  const size_t listed = r.orphan_quotes.size() + r.orphan_notes.size();
  if (listed > 0) {
    ImGui::Spacing();
    ImGui::TextUnformatted("Orphaned annotations:");
    ImGui::BeginChild("orphans", ImVec2(0, std::min<float>(160 * dpr, (listed + 1) * ImGui::GetTextLineHeightWithSpacing())), true);
    for (const std::string& q : r.orphan_quotes) ImGui::BulletText("\u201C%s\u201D", q.c_str());
    for (const std::string& n : r.orphan_notes) {
      ImGui::Bullet();
      ImGui::PushTextWrapPos(0.0f);
      bidi_text::wrapped(n.empty() ? "A note on the whole page, without text" : "A note on the whole page: " + n);
      ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
  }
  if (!r.notices.empty()) {
    // Ids met twice and what was kept without a place: said, never done silently.
    ImGui::Spacing();
    ImGui::TextUnformatted("Also worth knowing:");
    ImGui::BeginChild("import_notices", ImVec2(0, std::min<float>(140 * dpr, (r.notices.size() + 1) * ImGui::GetTextLineHeightWithSpacing() * 2)), true);
    std::string all;
    for (const std::string& n : r.notices) {
      ImGui::Bullet();
      ImGui::PushTextWrapPos(0.0f);
      bidi_text::wrapped(n);
      ImGui::PopTextWrapPos();
      all += n + "\n";
    }
    ImGui::EndChild();
    ui_probe::text("report.notices", all);
  }
  bool close = false;
  bool open_instead = false;
  if (r.file_article) {
    ImGui::Spacing();
    ImGui::Separator();
    draw_versions(app.article(), *r.file_article, r.file_source, dpr);
    open_instead = ImGui::Button(r.file_source.empty() ? "Open the file's version as a document"
                                                       : "Open their version as a document");
    ui_probe::item("report.openInstead");
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

// The open article and the one the file (or `files`) was made for, side by side in words a reader can
// check: titles (the same title is said to be the same), lengths, where they part.
void Dialogs::draw_versions(const core::Article& open, const core::Article& file, const std::string& files,
                            float dpr) {
  const std::string key = std::to_string(open.text.size()) + ":" + std::to_string(file.text.size()) + ":" +
                          open.title + "\n" + file.title;
  if (key != versions_key_) {
    versions_ = core::compare_versions(open, file);
    versions_key_ = key;
  }
  const core::VersionDifference& d = versions_;
  const std::string theirs = files.empty() ? "the file\u2019s " : "theirs ";
  auto quoted = [](const std::string& s) { return "\u201C" + s + "\u201D"; };
  if (files.empty()) {
    ImGui::TextUnformatted("This file was made for a different version of this article.");
  } else {  // several files imported at once: those that carry the version offered
    ImGui::TextWrapped("%s", (files + (files.find(", ") == std::string::npos ? " was" : " were") +
                              " made for a different version of this article.").c_str());
  }
  std::string summary;
  if (d.same_title) {
    summary = "Both are titled " + quoted(open.title) + ". ";
  } else {
    summary = "The open one is titled " + quoted(open.title) + ", " + theirs + quoted(file.title) + ". ";
  }
  summary += "The open one has " + std::to_string(d.words_a) + " words, " + theirs +
             std::to_string(d.words_b) + ".";
  ImGui::TextUnformatted(summary.c_str());
  std::string where;
  if (d.paragraph > 0) {
    where = "They differ from paragraph " + std::to_string(d.paragraph) + " on:";
    ImGui::TextUnformatted(where.c_str());
    ImGui::Indent(10 * dpr);
    ImGui::TextDisabled("Open now:");
    ImGui::SameLine();
    ImGui::TextUnformatted(d.excerpt_a.empty() ? "(nothing: it ends before)" : quoted(d.excerpt_a).c_str());
    ImGui::TextDisabled(files.empty() ? "In the file:" : "In theirs:");
    ImGui::SameLine();
    ImGui::TextUnformatted(d.excerpt_b.empty() ? "(nothing: it ends before)" : quoted(d.excerpt_b).c_str());
    ImGui::Unindent(10 * dpr);
  }
  ui_probe::text("report.versions", summary + " " + where + " " + d.excerpt_a + " | " + d.excerpt_b);
}

void Dialogs::draw_paste(AppState& app, float dpr) {
  ImGui::OpenPopup("Paste an article");
  center_next(640 * dpr);
  ImGui::SetNextWindowSize(ImVec2(fit_width(640 * dpr), 0), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal("Paste an article", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  probe_dialog();
  push_wrap(640 * dpr);
  ImGui::TextDisabled("Paste the article's text below (Ctrl+V). The first line becomes the title.");
  ImGui::PopTextWrapPos();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##ptitle", "Title (optional)", &paste_title_);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::InputTextMultiline("##ptext", &paste_text_,
                            ImVec2(-1, std::min(300 * dpr, ImGui::GetMainViewport()->Size.y * 0.4f)));
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
