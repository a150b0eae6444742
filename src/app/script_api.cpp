// script_api.cpp - see script_api.h. Method names: "font", "boot", "file", "paste",
// "paste.html", "resource" come from web/app-glue.js; "api.*" are window.annotator's
// methods (api.openPage also serves the bookmarklet hand-over, web/handover.js).
#include "app/script_api.h"

#include <cctype>

#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/labels.h"
#include "app/ui_probe.h"
#include "platform/platform.h"
#include "session/notice.h"

using nlohmann::json;

namespace {

// "name\nbytes" -> name, bytes
std::pair<std::string_view, std::string_view> split_named(std::string_view data) {
  const size_t nl = data.find('\n');
  if (nl == std::string_view::npos) return {data, {}};
  return {data.substr(0, nl), data.substr(nl + 1)};
}

std::string error(const std::string& message) { return json{{"error", message}}.dump(); }

// .json or .jsonld, as the session's open_file decides an annotation file.
bool is_annotation_file(const std::string& name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string::npos) return false;
  std::string ext = name.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == "json" || ext == "jsonld";
}

std::string str_field(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The first few code points no font draws, as "U+4E2D" (to say what is missing).
json missing_points(const std::vector<char32_t>& cps) {
  json arr = json::array();
  for (size_t i = 0; i < cps.size() && i < 20; ++i) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cps[i]));
    arr.push_back(buf);
  }
  return arr;
}

json state_json(App& app) {
  AppState& s = app.state;
  const session::SaveStatus save = s.save_status();
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
         {"highContrast", s.settings.high_contrast},
         {"themeChosen", s.settings.theme_chosen},
         {"reducedMotion", app.reduced_motion},
         {"dyslexicLoaded", app.fonts.built.dyslexic},
         {"missingGlyphs", app.fonts.missing_glyphs()},
         {"missingCodePoints", missing_points(app.fonts.missing())},
         {"scriptFonts", app.fonts.script_files()},
         {"shapedLayout", app.reading.layout.shaped() != nullptr},
         {"topCp", s.top_cp},
         {"showSuggestions", s.show_suggestions},
         {"currentSuggestion", s.current_suggestion},
         {"documentId", s.current_id()},
         {"documents", s.documents().size()},
         {"opening", s.opening()},
         {"libraryOpen", s.library_open},
         {"saving", {{"blocked", save.blocked}, {"failing", save.failing}, {"quota", save.quota},
                     {"pending", save.pending}, {"message", save.message}, {"detail", save.detail}}},
         {"messages", s.messages},
         {"framesDrawn", app.frames_drawn},
         {"lastFrameMs", app.last_frame_ms},
         {"lastBuildMs", app.last_build_ms},
         {"lastGlMs", app.last_gl_ms},
         {"wantTextInput", platform::note_field_focused() ||
                               (ImGui::GetCurrentContext() ? ImGui::GetIO().WantTextInput : false)}};
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
                   {"note", s.note_draft().id == a.id && s.note_draft().doc == s.current_id()
                                ? s.note_draft().note : a.note},
                   {"suggestedReason", s.suggested_reason(a.id)},
                   {"links", a.links},
                   {"anchor", core::to_string(a.anchor)}});
  }
  return arr;
}

// Answers from storage (web/storage.js) go to the model.
std::string storage_answer(AppState& s, const std::string& method, std::string_view data) {
  if (method == "storage.written") {
    s.on_written(std::strtoull(std::string(data).c_str(), nullptr, 10));
  } else if (method == "storage.failed") {
    json f = json::parse(data, nullptr, false);
    if (!f.is_object()) return error("expected {id, kind, message}");
    const std::string kind = str_field(f, "kind");
    s.on_write_failed(f.value("id", uint64_t{0}),
                      kind == "conflict" ? session::WriteFailure::Conflict
                      : kind == "quota"  ? session::WriteFailure::Quota
                                         : session::WriteFailure::Other,
                      str_field(f, "message"));
  } else if (method == "storage.read") {
    std::string why;
    auto entries = session::parse_entries(data, &why);
    if (!entries) return error("storage answer: " + why);
    uint64_t id = 0;
    std::string failed;
    std::vector<session::Entry> records;
    for (const session::Entry& e : *entries) {
      if (e.key == "!id") id = std::strtoull(std::string(e.value).c_str(), nullptr, 10);
      else if (e.key == "!error") failed = std::string(e.value);
      else records.push_back(e);
    }
    s.on_read(id, records, failed);
  } else if (method == "storage.changed") {
    json keys = json::parse(data, nullptr, false);
    std::vector<std::string> list;
    if (keys.is_array())
      for (const json& k : keys)
        if (k.is_string()) list.push_back(k.get<std::string>());
    s.on_remote_change(list);
  }
  return "{}";
}

json documents_json(const AppState& s) {
  json arr = json::array();
  for (const DocumentInfo& d : s.documents()) {
    json item{{"id", d.id},           {"title", d.title},           {"source", d.source},
              {"annotations", d.annotations}, {"modified", d.modified}, {"open", d.open}};
    if (!d.url.empty()) item["url"] = d.url;
    if (!d.problem.empty()) item["problem"] = d.problem;
    arr.push_back(std::move(item));
  }
  return arr;
}

std::string handle_call(App& app, const std::string& method, std::string_view data);

}  // namespace

std::string handle_host_call(App& app, const std::string& method, std::string_view data) {
  std::string reply = handle_call(app, method, data);
  app.share.AfterChange(app);  // a waiting share link takes the article just opened
  // Whatever the call changed is written (and what it asked for is read) at once.
  app.state.pump(platform::now_ms());
  app.booted = app.state.ready();
  return reply;
}

namespace {

std::string handle_call(App& app, const std::string& method, std::string_view data) {
  AppState& s = app.state;
  // [SECTION] From the page's glue
  if (method == "font" || method == "resource") {
    auto [name, bytes] = split_named(data);
    app.fonts.add_file(name, bytes);
    return "{}";
  }
  if (method == "boot") {
    // What storage holds, the sample article, or why storage could not be read (framed
    // entries: src/session/transfer.h).
    s.boot(data);
    app.select_suggestions_tab = s.show_suggestions;
    return "{}";
  }
  if (method.rfind("storage.", 0) == 0) return storage_answer(s, method, data);
  if (method == "flush") {
    // The page is being hidden or closed: let ImGui take the keys typed since the last
    // frame, then write everything now (the page mirrors what is still on its way).
    if (app.booted && app.fonts.ready() && app.force_frame) app.force_frame();
    if (s.ready()) s.pump(platform::now_ms(), true);
    return "{}";
  }
  if (ShareDialog::Handles(method)) return app.share.HandleCall(app, method, data);  // share links
  if (method == "test.throw") throw std::runtime_error(std::string(data));  // tests: the error path
  if (!s.ready()) {
    if (method == "api.state") return json{{"ready", false}, {"opening", s.opening()}}.dump();
    return error("the annotator is not ready yet (await annotator.ready)");
  }
  if (method == "file" || method == "files") {
    // One file ("name\nbytes") or several (framed entries); exercise files go to the
    // classroom (app/classroom.h), the rest open as before.
    std::vector<core::classroom::InputFile> files;
    if (method == "file") {
      auto [name, bytes] = split_named(data);
      files.push_back({std::string(name), std::string(bytes)});
    } else {
      std::string why;
      auto entries = session::parse_entries(data, &why);
      if (!entries) return error("expected files (" + why + ")");
      for (const session::Entry& e : *entries) files.push_back({std::string(e.key), std::string(e.value)});
    }
    const std::vector<core::classroom::InputFile> rest = app.classroom.open_files(app, std::move(files));
    // Several annotation files left: imported together, so ids met twice across them are
    // reported (core/import_files.h); anything else opens one by one.
    std::vector<std::pair<std::string, std::string_view>> annotation_files;
    for (const auto& f : rest)
      if (is_annotation_file(f.name)) annotation_files.emplace_back(f.name, f.bytes);
    for (const auto& f : rest)
      if (annotation_files.size() < 2 || !is_annotation_file(f.name)) s.open_file(f.name, f.bytes);
    if (annotation_files.size() >= 2) s.import_many(annotation_files);
    return json{{"classView", app.classroom.view.open}, {"loadMs", app.classroom.view.last_load_ms}}.dump();
  }
  if (method == "api.classroom") return app.classroom.ToJson(app).dump();
  if (method == "api.classTab") {
    app.classroom.view.SelectTab(std::atoi(std::string(data).c_str()));
    return "{}";
  }
  if (method == "api.importFiles") {
    // Several annotation files at once (framed entries: name -> bytes).
    std::string why;
    auto entries = session::parse_entries(data, &why);
    if (!entries) return error("expected files (" + why + ")");
    std::vector<std::pair<std::string, std::string_view>> files;
    for (const session::Entry& e : *entries) files.emplace_back(std::string(e.key), e.value);
    auto r = s.import_many(files);
    if (!r) return error(s.notices.empty() ? "no file could be imported" : split_notice(s.notices.back()).first);
    return r->to_json();
  }
  if (method == "api.exportAs") return app.export_dialog.HandleCall(app, data);
  if (method == "notice") {
    s.notices.emplace_back(data);
    return "{}";
  }
  if (method == "paste") {
    // Into the text field being edited, else as a new document.
    if (platform::note_field_focused()) {
      platform::note_field_insert(std::string(data));
      return json{{"handled", "field"}}.dump();
    }
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
    if (platform::note_field_focused()) {
      platform::note_field_insert(text);
      return json{{"handled", "field"}}.dump();
    }
    app.clipboard = text;
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) return json{{"handled", "field"}}.dump();
    s.paste_html(html, text);
    return json{{"handled", "article"}}.dump();
  }

  // [SECTION] window.annotator
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
    // Framed entries (transfer.h): "text", "title", "url"; the text crosses unescaped.
    std::string why;
    auto entries = session::parse_entries(data, &why);
    if (!entries) return error("expected the article's text, title and url (" + why + ")");
    std::string_view text;
    std::string title, url;
    for (const session::Entry& e : *entries) {
      if (e.key == "text") text = e.value;
      else if (e.key == "title") title = std::string(e.value);
      else if (e.key == "url") url = std::string(e.value);
    }
    std::string err = s.load_article_text(text, std::move(title), std::move(url));
    if (!err.empty()) return error(err);
    return json{{"ok", true}, {"id", s.current_id()}, {"title", s.article().title},
                {"length", s.article().cps.size()}}.dump();
  }
  if (method == "api.documents") return documents_json(s).dump();
  if (method == "api.timings") {
    json parts = json::array();
    for (const auto& [name, ms] : s.timings.parts()) parts.push_back({{"part", name}, {"ms", ms}});
    return json{{"command", s.timings.command()}, {"parts", parts}, {"lastFrame", {
                    {"buildMs", app.last_build_ms}, {"glMs", app.last_gl_ms}, {"saveMs", app.last_save_ms},
                    {"layoutMs", app.reading.last_layout_ms}}}}.dump();
  }
  if (method == "api.openDocument") {
    // Opens now when in memory; else the page waits for api.openOutcome.
    const std::string id(data);
    if (!s.open_document(id)) return error(s.open_outcome(id));
    return json{{"outcome", s.open_outcome(id)}}.dump();
  }
  if (method == "api.openOutcome") return json{{"outcome", s.open_outcome(std::string(data))}}.dump();
  if (method == "api.deleteDocument") {
    if (!s.delete_document(std::string(data))) return error("there is no such document in the library");
    return "{}";
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
                     {"reason", g.reason}, {"dismissed", s.doc().dismissed.count(AppState::suggestion_key(g)) > 0},
                     {"hidden", s.suggestion_hidden(g)}});
    }
    return arr.dump();
  }
  if (method == "api.scrollBy") {
    app.reading.scroll_by(static_cast<float>(std::atof(std::string(data).c_str())) * app.dpr);
    return "{}";
  }
  // [SECTION] Test hooks (issue 15): what the last frame drew where (app/ui_probe.h).
  if (method == "api.ui") {
    if (!ui_probe::active()) {  // the first question: start recording, with a frame now
      ui_probe::set_active(true);
      app.force_frame();
    }
    return ui_probe::json(app.dpr);
  }
  if (method == "api.fixedTimeStep") {
    // From now on every frame counts 1/60 s, as on a display the machine keeps up with, so
    // animations are tested alike on fast and on loaded machines ("0" returns to real time).
    app.fixed_dt = data == "0" ? 0.0f : 1.0f / 60.0f;
    return "{}";
  }
  if (method == "api.stepFrames") {
    // Draws N frames now (with the time step above).
    const int n = std::clamp(std::atoi(std::string(data).c_str()), 1, 600);
    for (int i = 0; i < n; ++i) app.force_frame();
    return "{}";
  }

  if (method.rfind("a11y.", 0) == 0) return app.a11y.handle(app, method, data);  // web/a11y.js
  if (method == "api.undo") { s.undo(); return "{}"; }
  if (method == "api.redo") { s.redo(); return "{}"; }
  return error("unknown method " + method);
}

}  // namespace
