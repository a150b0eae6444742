// platform_web.cpp - the browser side of platform.h. Every EM_JS (outbound) and
// EMSCRIPTEN_KEEPALIVE (inbound) function of the app lives in this file; the JavaScript it
// talks to is web/app-glue.js (window.AnnotatorHost). Exported names are listed in
// src/app/CMakeLists.txt.
#include "platform/platform.h"

#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {
platform::HostHandler g_handler;
std::function<void()> g_frame;
bool g_wake = true;
int g_click_count = 0;
std::string g_reply;  // the last answer to the page; valid until the next web_call
std::vector<platform::TouchEvent> g_touches;  // since the last take_touch_events()
std::vector<platform::NoteFieldEvent> g_note_events;
float g_note_height = 0;
bool g_note_focused = false;
bool g_note_shown = false;
float g_note_x = -1, g_note_y = -1, g_note_w = -1;
platform::NoteFieldStyle g_note_style;
bool g_note_styled = false;
std::string g_text_input;  // committed by the text agent since the last take_text_input()
bool g_agent_active = false;
float g_agent_x = -1, g_agent_y = -1, g_agent_h = -1, g_agent_font = -1;

void frame_trampoline() {
  if (g_frame) g_frame();
}
}  // namespace

// [SECTION] Outbound: JavaScript helpers ------------------------------------------------
// clang-format off
EM_JS(double, js_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(void, js_surface_css_size, (int* w, int* h), {
  var c = Module['canvas'];
  HEAP32[w >> 2] = c.clientWidth | 0;
  HEAP32[h >> 2] = c.clientHeight | 0;
});
// Browser.setCanvasSize also tells GLFW the new size. (glfwSetWindowSize would ask for
// full screen, and pointer lock, whenever the size equals the screen's.)
EM_JS(void, js_set_surface_pixel_size, (int w, int h), {
  if (typeof Browser !== 'undefined' && Browser.setCanvasSize) {
    Browser.setCanvasSize(w, h);
  } else {
    Module['canvas'].width = w;
    Module['canvas'].height = h;
  }
});
EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int len), {
  window.AnnotatorHost.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + len));
});
EM_JS(void, js_open_file_dialog, (const char* accept, int multiple), {
  window.AnnotatorHost.openFileDialog(UTF8ToString(accept), !!multiple);
});
// A storage write is built up in the page (begin, its parts, commit) so that megabytes of
// article text cross as one string each, without JSON around them.
EM_JS(void, js_storage_begin, (double id), { window.AnnotatorHost.storageBegin(id); });
EM_JS(void, js_storage_check, (const char* key, double rev), {
  window.AnnotatorHost.storageCheck(UTF8ToString(key), rev);
});
EM_JS(void, js_storage_put, (const char* key, const char* data, int len), {
  window.AnnotatorHost.storagePut(UTF8ToString(key), UTF8ToString(data, len));
});
EM_JS(void, js_storage_remove, (const char* key, int prefix), {
  window.AnnotatorHost.storageRemove(UTF8ToString(key), !!prefix);
});
EM_JS(void, js_storage_commit, (), { window.AnnotatorHost.storageCommit(); });
EM_JS(void, js_storage_read, (double id, const char* keys, const char* prefixes), {
  const split = (t) => (t ? t.split('\n') : []);
  window.AnnotatorHost.storageRead(id, split(UTF8ToString(keys)), split(UTF8ToString(prefixes)));
});
EM_JS(void, js_reload_page, (), { window.location.reload(); });
EM_JS(void, js_clipboard_write, (const char* text), {
  window.AnnotatorHost.clipboardWrite(UTF8ToString(text));
});
EM_JS(void, js_fetch_resource, (const char* path), {
  window.AnnotatorHost.fetchResource(UTF8ToString(path));
});
EM_JS(void, js_notify_ready, (), { window.AnnotatorHost.notifyReady(); });
EM_JS(void, js_open_url, (const char* url), {
  var w = window.open(UTF8ToString(url), '_blank', 'noopener,noreferrer');
  if (w) w.opener = null;
});
EM_JS(void, js_vibrate, (int ms), { if (navigator.vibrate) { try { navigator.vibrate(ms); } catch (e) {} } });
EM_JS(void, js_show_bookmarklet, (), {
  if (window.AnnotatorHandover) window.AnnotatorHandover.showBookmarklet();
});
EM_JS(void, js_log, (const char* text), { console.log(UTF8ToString(text)); });
EM_JS(void, js_fail, (const char* text), { window.AnnotatorHost.fail(UTF8ToString(text)); });
// The note field (web/note-field.js).
EM_JS(void, js_note_field_show, (float x, float y, float w, const char* style_json), {
  window.AnnotatorNoteField.show(x, y, w, style_json ? JSON.parse(UTF8ToString(style_json)) : null);
});
EM_JS(void, js_note_field_hide, (), { window.AnnotatorNoteField.hide(); });
EM_JS(void, js_note_field_set_text, (const char* text), { window.AnnotatorNoteField.setText(UTF8ToString(text)); });
EM_JS(void, js_note_field_insert, (const char* text), { window.AnnotatorNoteField.insert(UTF8ToString(text)); });
EM_JS(void, js_note_field_focus, (), { window.AnnotatorNoteField.focus(); });
// The text agent (web/text-agent.js).
EM_JS(void, js_text_agent_update, (int on, float x, float y, float h, float font_px), {
  if (window.AnnotatorTextAgent) window.AnnotatorTextAgent.update(!!on, x, y, h, font_px);
});
// The mirror for assistive technology (web/a11y.js).
EM_JS(void, js_a11y_update, (const char* json), {
  if (window.AnnotatorA11y) window.AnnotatorA11y.update(JSON.parse(UTF8ToString(json)));
});
EM_JS(void, js_a11y_announce, (const char* text), {
  if (window.AnnotatorA11y) window.AnnotatorA11y.announce(UTF8ToString(text));
});
EM_JS(int, js_system_preferences, (), {
  return window.AnnotatorA11y ? window.AnnotatorA11y.preferences() : 0;
});
// Share links (web/share.js).
EM_JS(void, js_share_compress, (double id, const char* full, int full_len, const char* lean, int lean_len), {
  window.AnnotatorShare.compress(id, HEAPU8.slice(full, full + full_len), HEAPU8.slice(lean, lean + lean_len));
});
EM_JS(void, js_share_decompress, (double id, const char* data, int len), {
  window.AnnotatorShare.decompress(id, HEAPU8.slice(data, data + len));
});
EM_JS(void, js_share_clear_fragment, (), { window.AnnotatorShare.clearFragment(); });
// clang-format on

// [SECTION] Inbound: called from web/app-glue.js ----------------------------------------
extern "C" {
// One entry for everything the page tells the app. Returns UTF-8 text owned by this file.
EMSCRIPTEN_KEEPALIVE const char* web_call(const char* method, const char* data, int len) {
  g_wake = true;
  g_reply.clear();
  if (g_handler) {
    try {
      g_reply = g_handler(method, std::string_view(data, static_cast<size_t>(len)));
    } catch (const std::exception& e) {
      // Built as JSON, never spliced: a quote or backslash in the message stays text.
      g_reply = nlohmann::json{{"error", std::string("internal error: ") + e.what()}}.dump(
          -1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
  }
  return g_reply.c_str();
}

// Input arrived (the page listens for it): draw the next frames.
EMSCRIPTEN_KEEPALIVE void web_wake() { g_wake = true; }

// A finger touched, moved on, left or was taken off the canvas (web/touch.js): phase 0-3 as
// platform::TouchEvent::Phase, position in CSS pixels from the canvas's top-left corner.
EMSCRIPTEN_KEEPALIVE void web_touch(int phase, int id, float x, float y) {
  g_touches.push_back({static_cast<platform::TouchEvent::Phase>(phase), id, x, y, emscripten_get_now()});
  g_wake = true;
}

// The note field (web/note-field.js): what the reader did in it (kind as
// platform::NoteFieldEvent::Kind), the note's text, the field's height and focus now.
EMSCRIPTEN_KEEPALIVE void web_note_event(int kind, const char* text, int len, float height, int focused) {
  g_note_events.push_back({static_cast<platform::NoteFieldEvent::Kind>(kind), std::string(text, static_cast<size_t>(len))});
  g_note_height = height;
  g_note_focused = focused != 0;
  g_wake = true;
}

// Text the reader committed in the text agent (typed, composed, dictated, picked).
EMSCRIPTEN_KEEPALIVE void web_text_input(const char* text, int len) {
  g_text_input.append(text, static_cast<size_t>(len));
  g_wake = true;
}

// A mouse button went down; `count` is the event's click count (MouseEvent.detail).
EMSCRIPTEN_KEEPALIVE void web_mouse_down(int count) {
  g_click_count = count;
  g_wake = true;
}
}

// ImGui's checks (src/app/imgui_config.h): each failing place is reported once.
EM_JS(void, js_check_failed, (const char* text), { console.error(UTF8ToString(text)); });
void annotator_imgui_check_failed(const char* expression, const char* file, int line) {
  static std::set<std::pair<const char*, int>> seen;
  if (!seen.insert({file, line}).second) return;
  js_check_failed((std::string("ImGui check failed: ") + expression + " (" + file + ":" +
                   std::to_string(line) + ")").c_str());
}

// [SECTION] platform.h ----------------------------------------------------------------
namespace platform {

void set_host_handler(HostHandler handler) { g_handler = std::move(handler); }

void run_main_loop(std::function<void()> frame) {
  g_frame = std::move(frame);
  emscripten_set_main_loop(frame_trampoline, 0, 1);
}

bool take_wake() {
  bool w = g_wake;
  g_wake = false;
  return w;
}

int mouse_click_count() { return g_click_count; }
double device_pixel_ratio() { return js_device_pixel_ratio(); }
void surface_css_size(int* width, int* height) { js_surface_css_size(width, height); }
void set_surface_pixel_size(int width, int height) { js_set_surface_pixel_size(width, height); }
double now_ms() { return emscripten_get_now(); }

void download(const std::string& filename, const std::string& mime, const std::string& bytes) {
  js_download(filename.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}
void open_file_dialog(const std::string& accept, bool multiple) { js_open_file_dialog(accept.c_str(), multiple ? 1 : 0); }
void storage_write(uint64_t id, const std::vector<std::pair<std::string, uint64_t>>& checks,
                   const std::vector<std::pair<std::string, std::string>>& puts,
                   const std::vector<std::string>& removes,
                   const std::vector<std::string>& remove_prefixes) {
  js_storage_begin(static_cast<double>(id));
  for (const auto& [key, rev] : checks) js_storage_check(key.c_str(), static_cast<double>(rev));
  for (const auto& [key, value] : puts) js_storage_put(key.c_str(), value.data(), static_cast<int>(value.size()));
  for (const std::string& key : removes) js_storage_remove(key.c_str(), 0);
  for (const std::string& prefix : remove_prefixes) js_storage_remove(prefix.c_str(), 1);
  js_storage_commit();
}
void storage_read(uint64_t id, const std::vector<std::string>& keys,
                  const std::vector<std::string>& prefixes) {
  auto join = [](const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) out += (out.empty() ? "" : "\n") + s;
    return out;
  };
  js_storage_read(static_cast<double>(id), join(keys).c_str(), join(prefixes).c_str());
}
void reload_page() { js_reload_page(); }
void clipboard_write(const std::string& text) { js_clipboard_write(text.c_str()); }
void vibrate(int ms) { js_vibrate(ms); }
void open_url(const std::string& url) { js_open_url(url.c_str()); }
void show_bookmarklet() { js_show_bookmarklet(); }

void note_field_show(float x, float y, float width, const NoteFieldStyle& style) {
  const bool restyle = !g_note_styled || !(style == g_note_style);
  if (g_note_shown && !restyle && x == g_note_x && y == g_note_y && width == g_note_w) return;
  std::string json;
  if (restyle) {
    json = nlohmann::json{{"fontPx", style.font_px},         {"linePx", style.line_px},
                          {"roundingPx", style.rounding_px}, {"minHeight", style.min_height},
                          {"maxHeight", style.max_height},   {"text", style.text},
                          {"border", style.border},
                          {"placeholderColor", style.placeholder_color},
                          {"placeholder", style.placeholder},
                          {"label", style.label},
                          {"tabMoves", style.tab_moves}}.dump();
    g_note_style = style;
    g_note_styled = true;
  }
  js_note_field_show(x, y, width, restyle ? json.c_str() : nullptr);
  g_note_shown = true;
  g_note_x = x;
  g_note_y = y;
  g_note_w = width;
}
void note_field_hide() {
  if (!g_note_shown) return;
  js_note_field_hide();
  g_note_shown = false;
  g_note_focused = false;
}
void note_field_set_text(const std::string& text) { js_note_field_set_text(text.c_str()); }
void note_field_insert(const std::string& text) { js_note_field_insert(text.c_str()); }
void note_field_focus() { js_note_field_focus(); }
bool note_field_focused() { return g_note_focused; }
float note_field_height() { return g_note_height; }
std::vector<NoteFieldEvent> take_note_field_events() {
  std::vector<NoteFieldEvent> out;
  out.swap(g_note_events);
  return out;
}
std::vector<TouchEvent> take_touch_events() {
  std::vector<TouchEvent> out;
  out.swap(g_touches);
  return out;
}
void text_agent_update(bool active, float x, float y, float line_h, float font_px) {
  if (active == g_agent_active && (!active || (x == g_agent_x && y == g_agent_y && line_h == g_agent_h &&
                                               font_px == g_agent_font))) {
    return;
  }
  g_agent_active = active;
  g_agent_x = x;
  g_agent_y = y;
  g_agent_h = line_h;
  g_agent_font = font_px;
  js_text_agent_update(active ? 1 : 0, x, y, line_h, font_px);
}
SystemPreferences system_preferences() {
  const int bits = js_system_preferences();
  return {(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0};
}
void a11y_update(const std::string& json) { js_a11y_update(json.c_str()); }
void a11y_announce(const std::string& text) { js_a11y_announce(text.c_str()); }
std::string take_text_input() {
  std::string out;
  out.swap(g_text_input);
  return out;
}
void share_compress(uint64_t id, const std::string& full, const std::string& lean) {
  js_share_compress(static_cast<double>(id), full.data(), static_cast<int>(full.size()), lean.data(),
                    static_cast<int>(lean.size()));
}
void share_decompress(uint64_t id, const std::string& bytes) {
  js_share_decompress(static_cast<double>(id), bytes.data(), static_cast<int>(bytes.size()));
}
void share_clear_fragment() { js_share_clear_fragment(); }
void fetch_resource(const std::string& path) { js_fetch_resource(path.c_str()); }
void notify_ready() { js_notify_ready(); }
void log(const std::string& text) { js_log(text.c_str()); }
void fail(const std::string& message) { js_fail(message.c_str()); }

}  // namespace platform
