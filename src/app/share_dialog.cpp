// share_dialog.cpp - see share_dialog.h.
#include "app/share_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/keys.h"
#include "app/toasts.h"
#include "app/ui_probe.h"
#include "core/exports.h"
#include "platform/platform.h"
#include "session/transfer.h"

using nlohmann::json;

namespace {

// "12,345"
std::string with_commas(size_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return s;
}

std::string quoted(const std::string& s) { return "\u201C" + s + "\u201D"; }

std::string annotations_words(size_t n) { return std::to_string(n) + (n == 1 ? " annotation" : " annotations"); }

// The link shown in the dialog: whole when short, else its start and end (the whole one is
// copied; drawing two megabytes of text would stall the frame).
std::string preview(const std::string& link) {
  if (link.size() <= 240) return link;
  return link.substr(0, 160) + " \u2026 " + link.substr(link.size() - 40);
}

float dialog_width(float dpr) {
  return std::min(560 * dpr, ImGui::GetMainViewport()->Size.x - 2 * ImGui::GetStyle().WindowPadding.x);
}

bool begin_modal(const char* name, float dpr) {
  ImGui::OpenPopup(name);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(dialog_width(dpr), 0), ImGuiCond_Always);
  if (!ImGui::BeginPopupModal(name, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize)) return false;
  const ImVec2 p = ImGui::GetWindowPos(), sz = ImGui::GetWindowSize();
  ui_probe::rect("dialog", p, ImVec2(p.x + sz.x, p.y + sz.y));
  ImGui::PushTextWrapPos(0.0f);
  return true;
}

void end_modal() {
  ImGui::PopTextWrapPos();
  ImGui::EndPopup();
}

// Keeps the next button on this row when it fits the dialog, else starts a new row (phones).
void next_button(const char* label, float min_width = 0) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const float w = std::max(min_width, ImGui::CalcTextSize(label).x + st.FramePadding.x * 2);
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + st.ItemSpacing.x + w <= right) ImGui::SameLine();
}

bool escape_pressed() {
  if (!keys::escape()) return false;
  keys::take_escape();
  return true;
}

// The framed entries of a host call (session/transfer.h) by key.
std::map<std::string, std::string_view> entries_of(std::string_view data) {
  std::map<std::string, std::string_view> out;
  if (auto parsed = session::parse_entries(data, nullptr))
    for (const session::Entry& e : *parsed) out[std::string(e.key)] = e.value;
  return out;
}

std::string value_of(const std::map<std::string, std::string_view>& m, const char* key) {
  const auto it = m.find(key);
  return it == m.end() ? std::string() : std::string(it->second);
}
}  // namespace

uint64_t ShareDialog::Request(App& app, bool show) {
  const uint64_t id = next_id_++;
  const core::SharePayloads p = shares.payloads(app.state);
  requests_[id] = show;
  if (show) {
    making_ = true;
    show_made_ = true;
    failure_.clear();
  }
  platform::share_compress(id, p.full, p.lean);
  return id;
}

bool ShareDialog::Handles(const std::string& method) {
  return method.rfind("share.", 0) == 0 || method == "api.shareLink" || method == "api.sharedLink";
}

std::string ShareDialog::HandleCall(App& app, const std::string& method, std::string_view data) {
  AppState& s = app.state;
  const auto e = entries_of(data);
  const uint64_t id = std::strtoull(value_of(e, "!id").c_str(), nullptr, 10);
  if (method == "share.fragment") {
    pending_fragment_ = value_of(e, "text");
    AfterChange(app);  // now, or once the library has been read
    return "{}";
  }
  if (!s.ready()) return json{{"error", "the annotator is not ready yet (await annotator.ready)"}}.dump();
  if (method == "share.payload") {
    if (!shares.open_payload(s, value_of(e, "text")).empty()) platform::share_clear_fragment();
    show_opened_ = shares.waiting();
    return "{}";
  }
  if (method == "share.compressed") {
    const auto req = requests_.find(id);
    const bool show = req != requests_.end() && req->second;
    if (req != requests_.end()) requests_.erase(req);
    const auto full = e.find("full"), lean = e.find("lean");
    if (full == e.end() || lean == e.end()) return json{{"error", "the page sent no compressed payloads"}}.dump();
    const session::MadeLink& made = shares.made_link(core::choose_share(value_of(e, "base"), full->second, lean->second), s);
    if (show) making_ = false;
    json answer = json::parse(made.json());
    answer["id"] = id;
    return answer.dump();
  }
  if (method == "share.failed") {
    const std::string why = value_of(e, "error");
    const auto req = requests_.find(id);
    if (req != requests_.end()) {  // making a link
      if (req->second) {
        making_ = false;
        failure_ = why;
      }
      requests_.erase(req);
      return json{{"error", "the link could not be made: " + why}}.dump();
    }
    shares.decompress_failed(s, why);  // opening one
    platform::share_clear_fragment();
    return "{}";
  }
  if (method == "api.shareLink") return json{{"id", Request(app, false)}}.dump();
  if (method == "api.sharedLink") {
    return json{{"value", shares.opened ? json::parse(shares.opened->json()) : json(nullptr)}}.dump();
  }
  return json{{"error", "unknown method " + method}}.dump();
}

void ShareDialog::AfterChange(App& app) {
  AppState& s = app.state;
  if (!pending_fragment_.empty() && s.ready()) {
    const std::string fragment = std::move(pending_fragment_);
    pending_fragment_.clear();
    if (auto bytes = shares.open_fragment(s, fragment)) {
      platform::share_decompress(next_id_++, *bytes);
    } else {
      platform::share_clear_fragment();  // said once; a reload does not say it again
    }
  }
  if (s.ready() && shares.adopt(s)) show_opened_ = false;  // the import report says where they went
  if (shares.clear_fragment) {
    shares.clear_fragment = false;
    platform::share_clear_fragment();
  }
}

void ShareDialog::Draw(App& app) {
  AppState& s = app.state;
  // One modal at a time: the questions, reports and notices of dialogs.cpp come first.
  if (s.confirm || s.report || !s.notices.empty() || s.paste_dialog) return;
  if (show_made_) draw_made(app);
  else if (show_opened_) draw_opened(app);
}

void ShareDialog::draw_made(App& app) {
  const float dpr = app.dpr;
  if (!begin_modal("Share link", dpr)) return;
  bool close = false;
  const session::MadeLink* made = shares.made ? &*shares.made : nullptr;
  if (making_) {
    ImGui::TextUnformatted("Making the link\u2026");
    ui_probe::text("share.status", "making");
  } else if (!failure_.empty()) {
    const std::string t = "The link could not be made: " + failure_ + ". The annotation file (File > Export) carries the same.";
    ImGui::TextUnformatted(t.c_str());
    ui_probe::text("share.status", "failed");
  } else if (made) {
    const core::ShareChoice& c = made->choice;
    std::string what;
    if (c.kind == core::ShareKind::Full) {
      what = "A link to " + quoted(made->title) +
             (made->annotations == 0 ? std::string(" with the article\u2019s text (no annotations yet).")
                                     : " with its " + annotations_words(made->annotations) + " and the article\u2019s text.") +
             " Whoever opens it gets a copy in their library. Everything is in the "
             "part after the #, which browsers never send to a server.";
    } else if (c.kind == core::ShareKind::Lean) {
      what = "The article is too long to travel in a link (" + with_commas(c.full_length) +
             " characters with it), so this link carries the " + annotations_words(made->annotations) +
             " only, with the article\u2019s address and fingerprint. Whoever opens it must open the same "
             "article; the annotations are then placed on it.";
    } else {
      what = "Even without the article\u2019s text the link would be " + with_commas(c.length) +
             " characters: more than browsers accept (2 MB). Share the annotation file instead.";
    }
    ImGui::TextUnformatted(what.c_str());
    ui_probe::text("share.status", c.kind == core::ShareKind::Full   ? "full"
                                   : c.kind == core::ShareKind::Lean ? "annotations"
                                                                     : "tooLong");
    if (!c.link.empty()) {
      ImGui::Spacing();
      const std::string shown = preview(c.link);
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextUnformatted(shown.c_str());
      ImGui::PopStyleColor();
      ui_probe::text("share.link", c.link);
      const std::string len = "Length: " + with_commas(c.length) + " characters.";
      ImGui::TextUnformatted(len.c_str());
      ui_probe::text("share.length", std::to_string(c.length));
      if (c.warn) {
        const std::string warn = "Longer than 8,000 characters: chat apps, e-mail programs and QR codes may cut "
                                 "it, and a cut link opens nothing. The annotation file is safer.";
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.78f, 0.30f, 0.05f, 1.0f));
        ImGui::TextUnformatted(warn.c_str());
        ImGui::PopStyleColor();
        ui_probe::text("share.warning", warn);
      }
    }
    ImGui::Spacing();
    if (!c.link.empty()) {
      if (ImGui::Button("Copy link", ImVec2(120 * dpr, 0))) {
        platform::clipboard_write(c.link);
        app.clipboard = c.link;
        toasts::show("Link copied (" + with_commas(c.length) + " characters).");
        close = true;
      }
      ui_probe::item("share.copy");
      next_button(c.kind == core::ShareKind::Full ? "Download the file" : "Download the file instead");
    }
    if (ImGui::Button(c.kind == core::ShareKind::Full ? "Download the file" : "Download the file instead")) {
      app.state.download_export();
      close = true;
    }
    ui_probe::item("share.file");
    next_button("Close", 100 * dpr);
  }
  if (ImGui::Button("Close", ImVec2(100 * dpr, 0)) || escape_pressed()) close = true;
  ui_probe::item("share.close");
  if (close) {
    show_made_ = false;
    making_ = false;
    ImGui::CloseCurrentPopup();
  }
  end_modal();
}

void ShareDialog::draw_opened(App& app) {
  const float dpr = app.dpr;
  if (!shares.opened || !shares.waiting()) {
    show_opened_ = false;
    return;
  }
  if (!begin_modal("Shared annotations", dpr)) return;
  const session::OpenedLink& o = *shares.opened;
  ImGui::TextUnformatted("Shared annotations are waiting for their article");
  ImGui::Separator();
  std::string t = "This link carries " + annotations_words(o.annotations) + " on " +
                  (o.title.empty() ? std::string("an article") : quoted(o.title)) +
                  ", but not the article\u2019s text (it was too long for a link). Open that article (File > "
                  "Open, a paste, or the bookmarklet on its page) and they will be placed on it.";
  ImGui::TextUnformatted(t.c_str());
  if (!o.url.empty()) {
    ImGui::TextDisabled("Its address:");
    ImGui::SameLine();
    ImGui::TextUnformatted(o.url.c_str());
  }
  ui_probe::text("share.waiting", t);
  ImGui::Spacing();
  bool close = false;
  if (core::is_web_url(o.url)) {
    if (ImGui::Button("Open its page")) platform::open_url(o.url);
    ui_probe::item("share.openPage");
    ImGui::SameLine();
  }
  if (ImGui::Button("OK", ImVec2(100 * dpr, 0)) || escape_pressed()) close = true;
  ui_probe::item("share.ok");
  if (close) {
    show_opened_ = false;
    ImGui::CloseCurrentPopup();
  }
  end_modal();
}
