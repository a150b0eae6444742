// touch.h - what fingers mean (phones, tablets, touch screens). On the article: a drag
// scrolls it (and flings), a long press selects the word under the finger and shows two
// handles, dragging a handle (or the finger after a long press) moves that end of the
// selection, a tap clicks (opens an annotation, clears the selection). On the menus and the
// panel: a tap clicks, a drag scrolls. ImGui 1.86 knows only the mouse, so taps reach it as
// a press in one frame and a release in the next.
#pragma once

#include <imgui.h>

struct App;

struct Touch {
  // Between the platform's NewFrame and ImGui::NewFrame: what ImGui's mouse should see.
  void feed_imgui(App& app);
  // At the start of a frame, after NewFrame: turns fingers into scrolling and selection.
  void apply(App& app);
  bool active() const;  // a finger is down or a tap is still being delivered

 private:
  enum class Mode { None, Undecided, ScrollText, ScrollPanel, Select, Handle };
  void finger_down(App& app, int id, ImVec2 p, double ms);
  void finger_move(App& app, ImVec2 p, double ms);
  void finger_up(App& app, ImVec2 p, double ms);

  Mode mode_ = Mode::None;
  int id_ = -1;
  ImVec2 start_{0, 0}, pos_{0, 0}, last_{0, 0};
  double start_ms_ = 0, last_ms_ = 0;
  float velocity_ = 0;  // px per ms, for the fling
  float wheel_ = 0;     // panel scrolling waiting for ImGui
  int handle_ = 0;      // 1 start, 2 end of the selection
  ImVec2 grab_{0, 0};   // from the finger to the point on the text it drags
  bool over_text_ = false;
  int tap_frames_ = 0;  // 2: press this frame, 1: release this frame
  ImVec2 tap_pos_{0, 0};
  bool hover_ = false;  // ImGui should see the finger's position (panel touches)
  ImVec2 mouse_seen_{-1, -1};  // where GLFW last put the real mouse: it moved, it takes over
  bool touch_mode_ = false;
};
