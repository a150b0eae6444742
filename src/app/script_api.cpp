// script_api.cpp - see script_api.h. Method names: "font", "boot", "file", "paste",
// "paste.html", "resource" come from web/app-glue.js; "api.*" are window.annotator's
// methods (api.openPage also serves the bookmarklet hand-over, web/handover.js).
#include "app/script_api.h"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/labels.h"
#include "platform/platform.h"

using nlohmann::json;

namespace {

// "name\nbytes" -> name, bytes
std::pair<std::string_view, std::string_view> split_named(std::string_view data) {
  const size_t nl = data.find('\n');
  if (nl == std::string_view::npos) return {data, {}};
  return {data.substr(0, nl), data.substr(nl + 1)};
}

std::string error(const std::string& message) { return json{{"error", message}}.dump(); }

std::string str_field(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

json state_json(App& app) {
  AppState& s = app.state;
  json j{{"title", s.article().title},
         {"length", s.article().cps.size()},
         {"annotations", s.store().size()},
         {"selection", {s.selection.start(), s.selection.end()}},
         {"selected", s.selected_id},
         {"editorOpen", s.editor_open},
         {"canUndo", s.can_undo()},
         {"canRedo", s.can_redo()},
         {"notices", s.notices},
         {"confirm", s.confirm ? json(s.confirm->title) : json(nullptr)},
         {"report", s.report ? json::parse(s.report->to_json()) : json(nullptr)},
         {"fontPx", s.settings.font_px},
         {"dark", s.settings.dark},
         {"dyslexic", s.settings.dyslexic},
         {"dyslexicLoaded", app.fonts.built.dyslexic},
         {"topCp", s.top_cp},
         {"showSuggestions", s.show_suggestions},
         {"currentSuggestion", s.current_suggestion},
         {"framesDrawn", app.frames_drawn},
         {"lastFrameMs", app.last_frame_ms},
         {"lastBuildMs", app.last_build_ms},
         {"lastGlMs", app.last_gl_ms},
         {"wantTextInput", ImGui::GetCurrentContext() ? ImGui::GetIO().WantTextInput : false}};
  return j;
}

json annotations_json(const AppState& s) {
  json arr = json::array();
  for (const core::Annotation& a : s.store().annotations()) {
    arr.push_back({{"id", a.id},
                   {"start", a.start},
                   {"end", a.end},
                   {"exact", a.exact},
                   {"category", a.category},
                   {"verdict", core::to_string(a.verdict)},
                   {"note", s.note_draft().id == a.id ? s.note_draft().note : a.note},
                   {"links", a.links},
                   {"anchor", core::to_string(a.anchor)}});
  }
  return arr;
}

}  // namespace

std::string handle_host_call(App& app, const std::string& method, std::string_view data) {
  AppState& s = app.state;
  // [SECTION] From the page's glue
  if (method == "font" || method == "resource") {
    auto [name, bytes] = split_named(data);
    app.fonts.add_file(name, bytes);
    return "{}";
  }
  if (method == "boot") {
    json b = json::parse(data, nullptr, false);
    if (!b.is_object()) return error("boot data is not a JSON object");
    app.sample = str_field(b, "sample");
    s.boot(str_field(b, "article"), str_field(b, "annotations"), str_field(b, "ui"),
           str_field(b, "dismissed"), app.sample);
    app.select_suggestions_tab = s.show_suggestions;
    app.booted = true;
    return "{}";
  }
  if (method == "flush") {
    // The page is being hidden or closed: write what is not written yet.
    if (app.booted) s.autosave(platform::now_ms(), true);
    return "{}";
  }
  if (method == "file") {
    auto [name, bytes] = split_named(data);
    s.open_file(name, bytes);
    return "{}";
  }
  if (method == "notice") {
    s.notices.emplace_back(data);
    return "{}";
  }
  if (method == "paste") {
    // Into the text field being edited, else as a new article (after asking).
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) {
      app.clipboard.assign(data.data(), data.size());
      return json{{"handled", "field"}}.dump();
    }
    app.clipboard.assign(data.data(), data.size());
    s.paste_text(data);
    return json{{"handled", "article"}}.dump();
  }

  if (method == "paste.html") {
    // Rich text: the plain version into a text field, else the HTML's article.
    json p = json::parse(data, nullptr, false);
    const std::string html = p.is_object() ? str_field(p, "html") : std::string();
    const std::string text = p.is_object() ? str_field(p, "text") : std::string();
    app.clipboard = text;
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) return json{{"handled", "field"}}.dump();
    s.paste_html(html, text);
    return json{{"handled", "article"}}.dump();
  }

  // [SECTION] window.annotator
  if (!app.booted) return error("the annotator is not ready yet (await annotator.ready)");
  if (method == "api.articleText") return json{{"value", s.article().text}}.dump();
  if (method == "api.exportJson") return json{{"value", s.export_json()}}.dump();
  if (method == "api.importJson") {
    std::string err;
    auto r = s.import_json(data, "scripting API", &err);
    if (!r) return error(err);
    s.report = *r;  // the reader sees the same report
    return r->to_json();
  }
  if (method == "api.loadArticle") {
    json a = json::parse(data, nullptr, false);
    if (!a.is_object() || !a.value("text", json()).is_string()) return error("expected {text, title, url}");
    std::string err = s.load_article_text(a["text"].get<std::string>(), str_field(a, "title"), str_field(a, "url"));
    if (!err.empty()) return error(err);
    return json{{"ok", true}, {"title", s.article().title}, {"length", s.article().cps.size()}}.dump();
  }
  if (method == "api.openPage") {
    json p = json::parse(data, nullptr, false);
    if (!p.is_object() || !p.value("html", json()).is_string()) return error("expected {html, url}");
    std::string err = s.open_page(p["html"].get<std::string>(), str_field(p, "url"));
    if (!err.empty()) return error(err);
    return json{{"ok", true}, {"title", s.article().title}, {"url", s.article().url},
                {"length", s.article().cps.size()}}.dump();
  }
  if (method == "api.rangeRect") {
    json r = json::parse(data, nullptr, false);
    if (!r.is_object() || !r.value("start", json()).is_number_unsigned() ||
        !r.value("end", json()).is_number_unsigned()) {
      return error("expected non-negative integer start and end");
    }
    const size_t n = s.article().cps.size();
    const size_t start = std::min<size_t>(r["start"].get<size_t>(), n);
    const size_t end = std::min<size_t>(std::max(r["end"].get<size_t>(), start), n);
    const ImVec4 box = app.reading.reveal(s, app.fonts, start, end);
    const float d = app.dpr > 0 ? app.dpr : 1.0f;
    return json{{"x", box.x / d}, {"y", box.y / d}, {"width", box.z / d}, {"height", box.w / d}}.dump();
  }
  if (method == "api.state") return state_json(app).dump();
  if (method == "api.annotations") return annotations_json(s).dump();
  if (method == "api.benchFrames") {
    // Draws N frames now and reports their CPU time (the benchmark's per-frame figure).
    // data: "N" or "N,DY" (scroll DY pixels before each frame).
    const std::string arg(data);
    const int n = std::clamp(std::atoi(arg.c_str()), 1, 1000);
    const size_t comma = arg.find(',');
    const float dy = comma == std::string::npos ? 0.0f : static_cast<float>(std::atof(arg.c_str() + comma + 1));
    std::vector<double> t;
    double build = 0, gl = 0, save = 0;
    for (int i = 0; i < n; ++i) {
      if (dy != 0.0f) app.reading.scroll_by(dy * app.dpr);
      app.force_frame();
      t.push_back(app.last_frame_ms);
      build += app.last_build_ms;
      gl += app.last_gl_ms;
      save += app.last_save_ms;
    }
    std::sort(t.begin(), t.end());
    double sum = 0;
    for (double v : t) sum += v;
    return json{{"frames", n}, {"meanMs", sum / n}, {"medianMs", t[n / 2]},
                {"p95Ms", t[std::min<size_t>(n - 1, static_cast<size_t>(n * 0.95))]}, {"maxMs", t.back()},
                {"meanBuildMs", build / n}, {"meanGlMs", gl / n}, {"meanSaveMs", save / n}}.dump();
  }
  if (method == "api.suggestions") {
    json arr = json::array();
    for (const core::ClaimSuggestion& g : s.suggestions()) {
      arr.push_back({{"start", g.start}, {"end", g.end}, {"category", g.category}, {"score", g.score},
                     {"reason", g.reason}, {"dismissed", s.doc().dismissed.count(AppState::suggestion_key(g)) > 0}});
    }
    return arr.dump();
  }
  if (method == "api.scrollBy") {
    app.reading.scroll_by(static_cast<float>(std::atof(std::string(data).c_str())) * app.dpr);
    return "{}";
  }
  if (method == "api.undo") { s.undo(); return "{}"; }
  if (method == "api.redo") { s.redo(); return "{}"; }
  return error("unknown method " + method);
}
