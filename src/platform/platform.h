// platform.h - the one seam between the app and the outside world: main loop, screen
// density, file open and download, persistent storage, clipboard, and calls coming in from
// the page (the scripting API, dropped or opened files, pasted text).
//
// How to use:
//   platform::set_host_handler([](const std::string& method, std::string_view data) {
//     return std::string("{}");                 // answer to the page (JSON text by convention)
//   });
//   platform::run_main_loop([] { draw_one_frame(); });  // never returns on the web
//   platform::storage_save("annotations", json);        // asynchronous, durable
//
// The implementation for the browser is platform_web.cpp; nothing here names a browser API.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace platform {

// Calls from the host page into the app: `method` names what happened ("boot", "file",
// "paste", "api.importJson", ...), `data` carries its bytes (UTF-8 text or a file's raw
// bytes). The returned string goes back to the caller.
using HostHandler = std::function<std::string(const std::string& method, std::string_view data)>;
void set_host_handler(HostHandler handler);

// Runs `frame` once per display refresh. `frame` returns true when it drew; the platform
// uses that only for statistics.
void run_main_loop(std::function<void()> frame);

// True when something happened since the last call (input, resize, a host call): the app
// skips building a frame when nothing changed and nothing animates.
bool take_wake();

// How many clicks the last mouse press belongs to (2 double, 3 triple), as the browser
// counts them (it knows the system's double-click time); 0 when unknown.
int mouse_click_count();

double device_pixel_ratio();
// Size of the drawing surface in CSS pixels.
void surface_css_size(int* width, int* height);
// Sets the drawing buffer's size in device pixels (the CSS size stays as the page lays it out).
void set_surface_pixel_size(int width, int height);
double now_ms();

// Offers `bytes` as a file download named `filename`.
void download(const std::string& filename, const std::string& mime, const std::string& bytes);
// Asks the user for a file; the result arrives later as host call "file" (name + bytes).
// `accept` lists extensions, e.g. ".txt,.md,.html,.json".
void open_file_dialog(const std::string& accept);

// Durable key/value storage (IndexedDB on the web). Writes are asynchronous and applied in
// call order; the saved values come back in the "boot" host call.
void storage_save(const std::string& key, const std::string& value);
void storage_remove(const std::string& key);

void clipboard_write(const std::string& text);

// Fetches a file shipped with the page (a font chosen later); arrives as host call
// "resource" with data = name + '\n' + bytes.
void fetch_resource(const std::string& path);

// Shows the page's "Annotate this page" panel: the bookmarklet link to drag to the
// bookmarks bar (web/handover.js, docs/EMBEDDING.md).
void show_bookmarklet();

// Tells the page the app is ready (resolves window.annotator.ready) after the first frame.
void notify_ready();
// The app cannot run (no WebGL2): the page says so and window.annotator.ready rejects.
void fail(const std::string& message);
// A message for the page's developer console.
void log(const std::string& text);

}  // namespace platform
