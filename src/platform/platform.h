// platform.h - the one seam between the app and the outside world: main loop, screen
// density, file open and download, persistent storage, clipboard, and calls coming in from
// the page (the scripting API, dropped or opened files, pasted text).
//
// How to use:
//   platform::set_host_handler([](const std::string& method, std::string_view data) {
//     return std::string("{}");                 // answer to the page (JSON text by convention)
//   });
//   platform::run_main_loop([] { draw_one_frame(); });  // never returns on the web
//   platform::storage_write(7, {}, {{"ui", json}}, {}, {});  // asynchronous, durable
//
// The implementation for the browser is platform_web.cpp; nothing here names a browser API.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
// `accept` lists extensions, e.g. ".txt,.md,.html,.json". `multiple`: any number of files
// may be picked; more than one arrive together as host call "files" (entries in the framing
// of src/session/transfer.h: name, bytes).
void open_file_dialog(const std::string& accept, bool multiple = false);

// Durable key/value storage (IndexedDB on the web; web/storage.js). A write is one
// transaction, applied in call order: every check holds (the stored record's "rev" equals
// the number, 0 = the record is absent), then every put and remove happens, or nothing
// does and the previous records stay. Its outcome arrives as host call "storage.written"
// (data: the id) or "storage.failed" (data: {"id", "kind": "conflict" | "quota" | "other",
// "message"}). Other tabs are told which keys changed ("storage.changed" in each of them).
void storage_write(uint64_t id, const std::vector<std::pair<std::string, uint64_t>>& checks,
                   const std::vector<std::pair<std::string, std::string>>& puts,
                   const std::vector<std::string>& removes,
                   const std::vector<std::string>& remove_prefixes);
// Reads records; they arrive as host call "storage.read" (data: entries in the framing of
// src/session/transfer.h: "!id", "!error" when the read failed, then every record found).
void storage_read(uint64_t id, const std::vector<std::string>& keys,
                  const std::vector<std::string>& prefixes);
// Reloads the page (the reader chose "Try again" after storage could not be read).
void reload_page();

void clipboard_write(const std::string& text);
// Opens a web address in a new tab (evidence links); the app stays as it is.
void open_url(const std::string& url);

// [SECTION] Touch (issue 15): fingers on the drawing surface, in CSS pixels from its
// top-left corner, in the order they happened. The browser's own handling of them (page
// scrolling, emulated mouse clicks) is off; the app decides what they mean.
struct TouchEvent {
  enum Phase { Down = 0, Move = 1, Up = 2, Cancel = 3 } phase;
  int id;
  float x, y;
  double ms;  // now_ms() when it arrived
};
std::vector<TouchEvent> take_touch_events();
// A short vibration where the device has one (a long press took); nothing elsewhere.
void vibrate(int ms);

// [SECTION] The note field (issue 15): a real text area of the page laid over the editor,
// so that a note wraps, grows, scrolls, is spell-checked and takes input methods like any
// text box. The app places it every frame it is visible (cheap when nothing changed) and
// hears what the reader did through take_note_field_events(). CSS pixels throughout.
struct NoteFieldStyle {
  float font_px = 15, line_px = 21, rounding_px = 5;
  float min_height = 80, max_height = 240;  // it grows with its text between these, then scrolls
  std::string text, border, placeholder_color;  // CSS colours (the app draws the box's fill)
  std::string placeholder;
  std::string label;  // what it is, for screen readers ("Note", "Feedback for claim 2")
  bool tab_moves = false;  // Tab and Shift+Tab are the app's (events Tab, BackTab), not the page's
  bool operator==(const NoteFieldStyle& o) const {
    return font_px == o.font_px && line_px == o.line_px && rounding_px == o.rounding_px &&
           min_height == o.min_height && max_height == o.max_height && text == o.text && border == o.border &&
           placeholder_color == o.placeholder_color && placeholder == o.placeholder && label == o.label &&
           tab_moves == o.tab_moves;
  }
};
void note_field_show(float x, float y, float width, const NoteFieldStyle& style);
void note_field_hide();
void note_field_set_text(const std::string& text);  // replaces what it holds (not typed)
void note_field_insert(const std::string& text);    // as if pasted at the caret
void note_field_focus();
bool note_field_focused();
float note_field_height();  // its height now, grown to its text
struct NoteFieldEvent {
  // Resize: text set or placed anew, a new height; Tab, BackTab: only with tab_moves.
  enum Kind { Input = 0, Escape = 1, Blur = 2, Focus = 3, Resize = 4, Tab = 5, BackTab = 6 } kind;
  std::string text;  // the whole note, for Input
};
std::vector<NoteFieldEvent> take_note_field_events();

// [SECTION] The text agent (issue 11): while one of ImGui's own text fields is active, a
// hidden text area of the page (web/text-agent.js) holds the keyboard at its caret, so input
// methods, dead keys, AltGr, the emoji picker and phone keyboards type into it. The app
// says each frame whether a field is active and where its caret stands (CSS pixels from the
// canvas's top-left; cheap when nothing changed) and takes the text the reader committed.
void text_agent_update(bool active, float x, float y, float line_h, float font_px);
std::string take_text_input();  // UTF-8 committed since the last call ("" when none)

// [SECTION] The mirror for assistive technology (issue 11; app/a11y_mirror.h, web/a11y.js):
// a compact JSON of what changed (the paragraphs near the view, the annotations, the
// selection and the open dialog), sent only when something did; and a sentence for the
// page's live region. The page's answers come back as host calls "a11y.*".
void a11y_update(const std::string& json);
void a11y_announce(const std::string& text);

// What the reader asked their system for (CSS media queries prefers-color-scheme,
// prefers-reduced-motion, prefers-contrast); read every frame, cheap.
struct SystemPreferences {
  bool dark = false, reduced_motion = false, more_contrast = false;
};
SystemPreferences system_preferences();

// Fetches a file shipped with the page (a font chosen later); arrives as host call
// "resource" with data = name + '\n' + bytes.
void fetch_resource(const std::string& path);

// Shows the page's "Annotate this page" panel: the bookmarklet link to drag to the
// bookmarks bar (web/handover.js, docs/EMBEDDING.md).
void show_bookmarklet();

// [SECTION] Share links (issue 9): the browser's CompressionStream("deflate-raw") both ways
// (web/share.js); the link's text and meaning are the app's (core/share_link.h).
// share_compress answers with host call "share.compressed" (framed entries, transfer.h:
// "!id", "base" = the page's address, "full", "lean" = the compressed bytes), or
// "share.failed" ("!id", "error"). share_decompress answers with "share.payload" ("!id",
// "text") or "share.failed".
void share_compress(uint64_t id, const std::string& full, const std::string& lean);
void share_decompress(uint64_t id, const std::string& bytes);
// Drops the share link from the page's address, so that a reload does not open it again.
void share_clear_fragment();

// Tells the page the app is ready (resolves window.annotator.ready) after the first frame.
void notify_ready();
// The app cannot run (no WebGL2): the page says so and window.annotator.ready rejects.
void fail(const std::string& message);
// A message for the page's developer console.
void log(const std::string& text);

}  // namespace platform
