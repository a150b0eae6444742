// touch.cpp - see touch.h.
#include "app/touch.h"

#include <cfloat>
#include <cmath>

#include "app/app.h"
#include "platform/platform.h"

namespace {
constexpr float kSlopCss = 10.0f;       // a finger that moves less than this is still
constexpr double kLongPressMs = 450.0;  // as Android and iOS wait before selecting
float dist(ImVec2 a, ImVec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }
}  // namespace

bool Touch::active() const { return mode_ != Mode::None || tap_frames_ > 0; }

void Touch::feed_imgui(App& app) {
  ImGuiIO& io = ImGui::GetIO();
  // The real mouse moved (GLFW reports a new position): it is in charge again.
  if (io.MousePos.x != mouse_seen_.x || io.MousePos.y != mouse_seen_.y) {
    if (io.MousePos.x > -FLT_MAX) touch_mode_ = false;
    mouse_seen_ = io.MousePos;
  }
  for (const platform::TouchEvent& e : platform::take_touch_events()) {
    touch_mode_ = true;
    const ImVec2 p(e.x * app.dpr, e.y * app.dpr);
    if (e.phase == platform::TouchEvent::Down) {
      finger_down(app, e.id, p, e.ms);
    } else if (e.id == id_) {
      if (e.phase == platform::TouchEvent::Move) finger_move(app, p, e.ms);
      else if (e.phase == platform::TouchEvent::Up) finger_up(app, p, e.ms);
      else mode_ = Mode::None;  // cancelled: nothing happens
    }
  }
  if (!touch_mode_) return;
  // What ImGui sees of the fingers: a tap as press then release, a drag over the panel as
  // the wheel, nothing at all while the article is handled here (no hover there).
  if (tap_frames_ > 0) {
    io.MousePos = tap_pos_;
    io.MouseDown[0] = tap_frames_ == 2;
    --tap_frames_;
  } else if (hover_ && mode_ != Mode::None) {
    io.MousePos = pos_;
    io.MouseDown[0] = false;
  } else {
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = false;
  }
  io.MouseWheel += wheel_;
  wheel_ = 0;
}

void Touch::finger_down(App& app, int id, ImVec2 p, double ms) {
  if (mode_ != Mode::None) {  // a second finger: the first one's gesture is over
    mode_ = Mode::None;
    return;
  }
  id_ = id;
  mode_ = Mode::Undecided;
  start_ = pos_ = last_ = p;
  start_ms_ = last_ms_ = ms;
  velocity_ = 0;
  over_text_ = app.reading.contains(p) && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  hover_ = !over_text_;
  handle_ = over_text_ ? app.reading.handle_at(app.state, p, &grab_) : 0;
  if (handle_) mode_ = Mode::Handle;
}

void Touch::finger_move(App& app, ImVec2 p, double ms) {
  if (mode_ == Mode::None) return;
  const float slop = kSlopCss * app.dpr;
  if (mode_ == Mode::Undecided && dist(p, start_) > slop) {
    mode_ = over_text_ ? Mode::ScrollText : Mode::ScrollPanel;
  }
  const float dy = p.y - last_.y;
  if (mode_ == Mode::ScrollText) {
    app.reading.scroll_by(-dy);
    if (ms > last_ms_) velocity_ = 0.7f * velocity_ + 0.3f * static_cast<float>(dy / (ms - last_ms_));
  } else if (mode_ == Mode::ScrollPanel) {
    // ImGui scrolls a window five lines per wheel notch.
    wheel_ += dy / (5.0f * ImGui::GetFontSize());
  } else if (mode_ == Mode::Select) {
    app.reading.extend_selection_to(app.state, p);
  } else if (mode_ == Mode::Handle) {
    app.reading.drag_handle(app.state, handle_, ImVec2(p.x - grab_.x, p.y - grab_.y));
  }
  last_ = pos_ = p;
  last_ms_ = ms;
}

void Touch::finger_up(App& app, ImVec2 p, double ms) {
  // A finger lifted where it went down is a tap; on the panel however long it stayed (a
  // long press means something only on the article).
  if (mode_ == Mode::Undecided && (!over_text_ || ms - start_ms_ < kLongPressMs)) {
    tap_frames_ = 2;  // a tap: a click where the finger was
    tap_pos_ = start_;
  } else if (mode_ == Mode::ScrollText && ms - last_ms_ < 80) {
    app.reading.fling(-velocity_ * 1000.0f);
  }
  (void)p;
  mode_ = Mode::None;
}

void Touch::apply(App& app) {
  // A finger held still on the text: select the word under it.
  if (mode_ == Mode::Undecided && over_text_ && platform::now_ms() - start_ms_ >= kLongPressMs) {
    mode_ = Mode::Select;
    app.reading.select_word_at(app.state, start_);
  }
  // Handles belong to selections made by touch; a mouse selects without them.
  app.reading.show_handles = touch_mode_;
}

