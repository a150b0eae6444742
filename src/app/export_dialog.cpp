// export_dialog.cpp - see export_dialog.h.
#include "app/export_dialog.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <ctime>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/keys.h"
#include "app/toasts.h"
#include "app/ui_probe.h"
#include "platform/platform.h"

using nlohmann::json;
using session::ExportFormat;

namespace {
// YYYY-MM-DD in UTC: the report's date and ClaimReview's default.
std::string today() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[16];
  std::strftime(out, sizeof out, "%Y-%m-%d", &tm);
  return out;
}

std::string str_field(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
}  // namespace

void ExportDialog::Download(App& app, ExportFormat format) {
  session::ExportOutcome out = session::export_as(app.state, format, claimreview_, today());
  platform::download(out.file.filename, out.file.mime, out.file.bytes);
  toasts::show("Downloaded " + out.file.filename + ".");
  warnings_ = format == ExportFormat::ClaimReview ? std::move(out.warnings) : std::vector<std::string>{};
}

std::string ExportDialog::HandleCall(App& app, std::string_view data) {
  const json p = json::parse(data, nullptr, false);
  if (!p.is_object()) return json{{"error", "expected {format, url?, publisher?, date?}"}}.dump();
  const auto format = session::export_format_from_name(str_field(p, "format"));
  if (!format) return json{{"error", "unknown format (w3c, html, csv, markdown or claimreview)"}}.dump();
  const core::ClaimReviewOptions o{str_field(p, "url"), str_field(p, "publisher"), str_field(p, "date")};
  session::ExportOutcome out = session::export_as(app.state, *format, o, str_field(p, "date"));
  return json{{"filename", out.file.filename}, {"mime", out.file.mime}, {"text", out.file.bytes},
              {"warnings", out.warnings}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

void ExportDialog::Draw(App& app) {
  AppState& s = app.state;
  if (!open || s.confirm || s.report || !s.notices.empty() || s.paste_dialog) return;
  const float dpr = app.dpr;
  if (!date_filled_) {
    claimreview_.date = today();
    date_filled_ = true;
  }
  ImGui::OpenPopup("Export as");
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float w = std::min(560 * dpr, vp->Size.x - 2 * ImGui::GetStyle().WindowPadding.x);
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0), ImGuiCond_Always);
  if (!ImGui::BeginPopupModal("Export as", nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize)) return;
  const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
  ui_probe::rect("dialog", wp, ImVec2(wp.x + ws.x, wp.y + ws.y));
  ImGui::PushTextWrapPos(0.0f);
  const size_t n = s.store().size();
  const std::string head = "Export \u201C" + s.article().title + "\u201D" +
                           (n == 0 ? std::string(" (no annotations yet) as:")
                                   : " with its " + std::to_string(n) + (n == 1 ? " annotation as:" : " annotations as:"));
  ImGui::TextUnformatted(head.c_str());
  ImGui::Spacing();
  for (const ExportFormat f : session::export_formats()) {
    const char* hint = session::export_format_hint(f);
    if (ImGui::RadioButton(session::export_format_label(f), format_ == f)) {
      format_ = f;
      warnings_.clear();
    }
    ui_probe::item(std::string("export.") + session::export_format_name(f));
    // Beside the choice on a wide dialog; under it, indented, on a phone.
    if (ImGui::GetWindowContentRegionMax().x - ImGui::GetItemRectMax().x + ImGui::GetWindowPos().x >
        ImGui::CalcTextSize(hint).x + ImGui::CalcTextSize("\u2014 ").x + ImGui::GetStyle().ItemSpacing.x) {
      ImGui::SameLine();
      ImGui::TextDisabled("\u2014 %s", hint);
    } else {
      ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
      ImGui::TextDisabled("%s", hint);
      ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    }
  }
  if (format_ == ExportFormat::ClaimReview) {
    ImGui::Spacing();
    ImGui::Separator();
    size_t verified = 0;
    for (const core::Annotation& a : s.store().annotations()) verified += a.verdict != core::Verdict::Unverified;
    const std::string n = std::to_string(verified) + " of " + std::to_string(s.store().size()) +
                          " annotations have a verdict; only those are published.";
    ImGui::TextUnformatted(n.c_str());
    const float label_w = ImGui::CalcTextSize("Published on (URL)").x + ImGui::GetStyle().ItemSpacing.x * 2;
    auto field = [&](const char* label, const char* id, const char* hint, std::string& value, const char* probe) {
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(label);
      ImGui::SameLine(label_w);
      ImGui::SetNextItemWidth(-1);
      if (ImGui::InputTextWithHint(id, hint, &value)) warnings_.clear();
      ui_probe::item(probe);
    };
    field("Published on (URL)", "##cr_url", "https://your-site.example/fact-check", claimreview_.url, "export.url");
    field("Publisher", "##cr_publisher", "Your organisation", claimreview_.publisher, "export.publisher");
    field("Date", "##cr_date", "YYYY-MM-DD", claimreview_.date, "export.date");
  }
  if (!warnings_.empty()) {
    ImGui::Spacing();
    ImGui::TextUnformatted("Downloaded. A validator will note:");
    std::string all;
    for (const std::string& w : warnings_) {
      ImGui::BulletText("%s", w.c_str());
      all += w + "\n";
    }
    ui_probe::text("export.warnings", all);
  }
  ImGui::Spacing();
  bool close = false;
  if (ImGui::Button("Download", ImVec2(120 * dpr, 0))) {
    Download(app, format_);
    close = warnings_.empty();
  }
  ui_probe::item("export.download");
  ImGui::SameLine();
  if (ImGui::Button(warnings_.empty() ? "Cancel" : "Close", ImVec2(120 * dpr, 0))) close = true;
  ui_probe::item("export.cancel");
  if (!ImGui::GetIO().WantTextInput && keys::escape()) {
    keys::take_escape();
    close = true;
  }
  if (close) {
    open = false;
    warnings_.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndPopup();
}
