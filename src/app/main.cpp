// main.cpp - the window, ImGui's set-up and the frame loop. The loop idles: a frame is
// built only after input, a call from the page, or while something moves (smooth
// scrolling, a drag, a blinking text cursor), so an open tab costs almost nothing.
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

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

// ImGui 1.86 reads key state once per frame, so a key pressed and released between two
// frames (a quick tap on a slow machine, or a test) would be lost. A release that comes in
// the same frame as its press is held back until that frame has been drawn.
struct HeldRelease {
  int key, scancode, mods;
};
std::set<int> g_pressed_since_frame;
std::vector<HeldRelease> g_held_releases;

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (action == GLFW_PRESS) g_pressed_since_frame.insert(key);
  // Releases keep their order: once one is held, later ones wait too (Ctrl pressed in an
  // earlier frame, then "=" pressed and released, then Ctrl released: Ctrl must still be
  // down when the frame sees "=").
  if (action == GLFW_RELEASE && (g_pressed_since_frame.count(key) || !g_held_releases.empty())) {
    g_held_releases.push_back({key, scancode, mods});
    return;
  }
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

void release_held_keys() {
  g_pressed_since_frame.clear();
  std::vector<HeldRelease> held;
  held.swap(g_held_releases);
  for (const HeldRelease& r : held) ImGui_ImplGlfw_KeyCallback(g_window, r.key, r.scancode, GLFW_RELEASE, r.mods);
  if (!held.empty()) g_idle_frames = std::max(g_idle_frames, 2);  // let the release be seen
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
  release_held_keys();
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
