// main.cpp - the window, ImGui's set-up and the frame loop. The loop idles: a frame is
// built only after input, a call from the page, or while something moves (smooth
// scrolling, a drag, a blinking text cursor), so an open tab costs almost nothing.
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cfloat>
#include <cstddef>
#include <cmath>
#include <set>
#include <vector>

#include "app/app.h"
#include "app/script_api.h"
#include "app/theme.h"
#include "platform/platform.h"

namespace {
App* g_app = nullptr;
GLFWwindow* g_window = nullptr;
int g_idle_frames = 0;

const char* get_clipboard(void*) { return g_app->clipboard.c_str(); }
void set_clipboard(void*, const char* text) {
  g_app->clipboard = text;
  platform::clipboard_write(text);
}

// Browsers report wheel movement in pixels, down positive; ImGui counts notches, up positive.
void on_scroll(GLFWwindow*, double dx, double dy) {
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheelH -= static_cast<float>(dx / 100.0);
  io.MouseWheel -= static_cast<float>(dy / 100.0);
}

// ImGui 1.86 reads key state once per frame, so a key that changes twice between two
// frames (a quick tap on a slow machine, or a test; a release then the next press of the
// same key) would be lost. Key events wait in a queue: each frame sees at most one change
// of each key, and the events keep their order (Ctrl pressed in an earlier frame, "="
// pressed and released, Ctrl released: Ctrl is still down when the frame sees "=").
struct KeyEvent {
  int key, scancode, action, mods;
};
std::vector<KeyEvent> g_key_queue;
std::set<int> g_keys_changed_this_frame;

// Hands queued events to ImGui until one would change a key this frame already changed.
void pass_key_events() {
  size_t i = 0;
  for (; i < g_key_queue.size(); ++i) {
    const KeyEvent& e = g_key_queue[i];
    if (e.action != GLFW_REPEAT && !g_keys_changed_this_frame.insert(e.key).second) break;
    ImGui_ImplGlfw_KeyCallback(g_window, e.key, e.scancode, e.action, e.mods);
  }
  g_key_queue.erase(g_key_queue.begin(), g_key_queue.begin() + static_cast<std::ptrdiff_t>(i));
}

void on_key(GLFWwindow*, int key, int scancode, int action, int mods) {
  g_key_queue.push_back({key, scancode, action, mods});
  pass_key_events();
}

// After a frame: what waited goes in, and more frames follow until a frame has seen it.
void next_frame_keys() {
  g_keys_changed_this_frame.clear();
  const bool waiting = !g_key_queue.empty();
  pass_key_events();
  if (waiting) g_idle_frames = std::max(g_idle_frames, 2);
}

// ImGui 1.86 reads the cursor once per frame, so a press followed by a move before the next
// frame (a quick flick, a slow frame, a test) would be seen where the move ended: the
// selection would start a letter or two late. The press is seen where it happened; the
// frame after it sees the move.
bool g_press_unseen = false;
double g_press_x = 0, g_press_y = 0;

void on_mouse_button(GLFWwindow* window, int button, int action, int mods) {
  if (action == GLFW_PRESS && button == GLFW_MOUSE_BUTTON_LEFT && !g_press_unseen) {
    g_press_unseen = true;
    glfwGetCursorPos(window, &g_press_x, &g_press_y);
  }
  ImGui_ImplGlfw_MouseButtonCallback(window, button, action, mods);
}

void see_press_where_it_happened() {
  if (!g_press_unseen) return;
  g_press_unseen = false;
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 now = io.MousePos;
  if (now.x <= -FLT_MAX) return;  // the window lost the cursor since
  io.MousePos = ImVec2(static_cast<float>(g_press_x), static_cast<float>(g_press_y));
  if (now.x != io.MousePos.x || now.y != io.MousePos.y) g_idle_frames = std::max(g_idle_frames, 2);
}

// Keeps the drawing buffer at the canvas's CSS size times the pixel ratio (sharp text).
void fit_canvas(float dpr) {
  int cw = 0, ch = 0;
  platform::surface_css_size(&cw, &ch);
  const int w = std::max(1, static_cast<int>(std::lround(cw * dpr)));
  const int h = std::max(1, static_cast<int>(std::lround(ch * dpr)));
  int cur_w = 0, cur_h = 0;
  glfwGetWindowSize(g_window, &cur_w, &cur_h);
  if (w != cur_w || h != cur_h) {
    platform::set_surface_pixel_size(w, h);
    g_idle_frames = 3;
  }
}

// The text caret of the active ImGui text field (framebuffer pixels; ImGui says so at the
// end of a frame when it moved), where the text agent stands for input methods.
ImVec2 g_ime_pos{0, 0};
void on_ime_position(int x, int y) { g_ime_pos = ImVec2(static_cast<float>(x), static_cast<float>(y)); }

// Text committed by the page's text agent goes to the active field as characters; after the
// frame, the agent is told whether a field is active and where its caret is.
void feed_text_input() {
  const std::string text = platform::take_text_input();
  if (!text.empty()) ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
}
void update_text_agent(float dpr) {
  ImGuiIO& io = ImGui::GetIO();
  const bool active = io.WantTextInput && !platform::note_field_focused();
  const ImFont* f = io.FontDefault ? io.FontDefault : (io.Fonts->Fonts.Size ? io.Fonts->Fonts[0] : nullptr);
  const float font = f ? f->FontSize : 16.0f * dpr;
  platform::text_agent_update(active, std::round(g_ime_pos.x / dpr), std::round(g_ime_pos.y / dpr),
                              std::round(font * 1.25f / dpr), std::round(font / dpr));
}

void draw_frame() {
  App& app = *g_app;
  const double t0 = platform::now_ms();
  app.prepare(static_cast<float>(platform::device_pixel_ratio()));
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  see_press_where_it_happened();
  if (app.fixed_dt > 0) ImGui::GetIO().DeltaTime = app.fixed_dt;
  app.touch.feed_imgui(app);  // fingers, as ImGui's mouse
  feed_text_input();
  ImGui::NewFrame();
  app.draw();
  ImGui::Render();
  update_text_agent(app.dpr);
  const double t_built = platform::now_ms();
  int fb_w = 0, fb_h = 0;
  glfwGetFramebufferSize(g_window, &fb_w, &fb_h);
  glViewport(0, 0, fb_w, fb_h);
  const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(palette().page);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  next_frame_keys();
  const double t_drawn = platform::now_ms();
  app.state.pump(t_drawn);
  const double t1 = platform::now_ms();
  app.last_frame_ms = t1 - t0;
  app.last_build_ms = t_built - t0;
  app.last_gl_ms = t_drawn - t_built;
  app.last_save_ms = t1 - t_drawn;
  app.total_frame_ms += app.last_frame_ms;
  ++app.frames_drawn;
  if (!app.ready_sent) {
    app.ready_sent = true;
    platform::notify_ready();
  }
}

void frame() {
  App& app = *g_app;
  const float dpr = static_cast<float>(platform::device_pixel_ratio());
  fit_canvas(dpr);
  if (!app.booted || !app.fonts.ready()) return;  // the page is still fetching or reading
  if (platform::take_wake()) {
    g_idle_frames = 20;  // let ImGui settle: hover, double-click timing, layout
  } else if (g_idle_frames > 0) {
    --g_idle_frames;
  } else if (!app.animating() && !ImGui::GetIO().WantTextInput &&
             app.state.note_draft().id.empty()) {
    return;
  }
  draw_frame();
}
}  // namespace

int main() {
  if (!glfwInit()) {
    platform::fail("the window system could not start");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // A small window first: GLFW asks for full screen when a new window is the screen's size.
  // fit_canvas gives it its real size before the first frame.
  g_window = glfwCreateWindow(64, 64, "Article annotator", nullptr, nullptr);
  if (!g_window) {
    platform::fail("this browser cannot draw with WebGL2 (it may be turned off)");
    return 1;
  }
  glfwMakeContextCurrent(g_window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to remember between sessions
  io.ConfigInputTextCursorBlink = true;
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  io.ImeSetInputScreenPosFn = on_ime_position;
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  glfwSetScrollCallback(g_window, on_scroll);
  glfwSetKeyCallback(g_window, on_key);
  glfwSetMouseButtonCallback(g_window, on_mouse_button);

  static App app;
  g_app = &app;
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;
  app.force_frame = [] { draw_frame(); };
  platform::set_host_handler([](const std::string& method, std::string_view data) {
    return handle_host_call(*g_app, method, data);
  });
  platform::run_main_loop(frame);
  return 0;
}
