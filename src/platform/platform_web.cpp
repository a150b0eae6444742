// platform_web.cpp - the browser side of platform.h. Every EM_JS (outbound) and
// EMSCRIPTEN_KEEPALIVE (inbound) function of the app lives in this file; the JavaScript it
// talks to is web/app-glue.js (window.AnnotatorHost). Exported names are listed in
// src/app/CMakeLists.txt.
#include "platform/platform.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <set>
#include <string>
#include <utility>

namespace {
platform::HostHandler g_handler;
std::function<void()> g_frame;
bool g_wake = true;
int g_click_count = 0;
std::string g_reply;  // the last answer to the page; valid until the next web_call

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
EM_JS(void, js_open_file_dialog, (const char* accept), {
  window.AnnotatorHost.openFileDialog(UTF8ToString(accept));
});
EM_JS(void, js_storage_save, (const char* key, const char* data, int len), {
  window.AnnotatorHost.storageSave(UTF8ToString(key), UTF8ToString(data, len));
});
EM_JS(void, js_storage_remove, (const char* key), {
  window.AnnotatorHost.storageRemove(UTF8ToString(key));
});
EM_JS(void, js_clipboard_write, (const char* text), {
  window.AnnotatorHost.clipboardWrite(UTF8ToString(text));
});
EM_JS(void, js_fetch_resource, (const char* path), {
  window.AnnotatorHost.fetchResource(UTF8ToString(path));
});
EM_JS(void, js_notify_ready, (), { window.AnnotatorHost.notifyReady(); });
EM_JS(void, js_show_bookmarklet, (), {
  if (window.AnnotatorHandover) window.AnnotatorHandover.showBookmarklet();
});
EM_JS(void, js_log, (const char* text), { console.log(UTF8ToString(text)); });
EM_JS(void, js_fail, (const char* text), { window.AnnotatorHost.fail(UTF8ToString(text)); });
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
      g_reply = std::string("{\"error\":\"internal error: ") + e.what() + "\"}";
    }
  }
  return g_reply.c_str();
}

// Input arrived (the page listens for it): draw the next frames.
EMSCRIPTEN_KEEPALIVE void web_wake() { g_wake = true; }

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
void open_file_dialog(const std::string& accept) { js_open_file_dialog(accept.c_str()); }
void show_bookmarklet() { js_show_bookmarklet(); }
void storage_save(const std::string& key, const std::string& value) {
  js_storage_save(key.c_str(), value.data(), static_cast<int>(value.size()));
}
void storage_remove(const std::string& key) { js_storage_remove(key.c_str()); }
void clipboard_write(const std::string& text) { js_clipboard_write(text.c_str()); }
void fetch_resource(const std::string& path) { js_fetch_resource(path.c_str()); }
void notify_ready() { js_notify_ready(); }
void log(const std::string& text) { js_log(text.c_str()); }
void fail(const std::string& message) { js_fail(message.c_str()); }

}  // namespace platform
