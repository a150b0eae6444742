// reading_view.h - the article in a reading column: draws only the visible lines with the
// highlights under them, scrolls smoothly (wheel, keys, scrollbar), and turns the mouse and
// keyboard into selections (drag, double-click word, triple-click paragraph, shift-click,
// Shift+arrows) and into clicks on annotations.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/layout.h"

class AppState;
struct Fonts;

struct ReadingView {
  Layout layout;

  void Draw(AppState& app, const Fonts& fonts, float dpr);
  bool animating() const { return scroll_ != target_ || dragging_; }

  // Scrolls so that [start, end) is in view (now, without animation) and returns the box of
  // its first line in framebuffer pixels: x, y, width, height. Used by the scripting API.
  ImVec4 reveal(AppState& app, const Fonts& fonts, size_t start, size_t end);
  // Moves the view by dy pixels at once (the benchmark scrolls with it).
  void scroll_by(float dy) { scroll_ = target_ = scroll_ + dy; }
  // Touch (app/touch.cpp); points in framebuffer pixels, as ImGui's.
  bool contains(ImVec2 p) const;  // over the article's column (not its scrollbar)
  void select_word_at(AppState& app, ImVec2 p);
  void extend_selection_to(AppState& app, ImVec2 p);  // by words from the one selected
  // Which selection handle is under p (1 start, 2 end, 0 none); `grab` gets the offset from
  // p to the point on the text the handle stands for.
  int handle_at(const AppState& app, ImVec2 p, ImVec2* grab) const;
  void drag_handle(AppState& app, int which, ImVec2 text_point);
  void fling(float velocity);  // pixels per second, positive moves down the article
  bool show_handles = false;   // the selection was made by touch: draw its handles
  bool caret_mode() const { return caret_mode_; }
  bool reduce_motion = false;  // the system asks for no animations: scrolls jump
  void start_caret(AppState& app);  // the keyboard came to the article (caret.cpp)

  // Index of the suggestion the reader clicked or stepped to with J or K this frame (the
  // suggestions panel shows it), or -1.
  int clicked_suggestion = -1;
  double last_layout_ms = 0;  // the last re-wrap of the article into lines (benchmark)
  int hovered_suggestion = -1;

 private:
  void handle_mouse(AppState& app, float dpr);
  void handle_keys(AppState& app);
  // The keyboard caret (caret.cpp): true when a key was taken.
  bool handle_caret_keys(AppState& app);
  void place_caret_in_view(AppState& app);
  void draw_caret(const AppState& app, float dpr);
  void scroll_into_view(size_t cp, bool center);
  float page_down_from(float top) const;
  float page_up_from(float top) const;
  void draw_lines(AppState& app, const Fonts& fonts, float dpr);
  void draw_tooltip(AppState& app, size_t cp);
  bool outlined(AppState& app, size_t suggestion);  // among the strongest: drawn, clickable
  void draw_handles(const AppState& app, float dpr);
  // Where a selection handle stands: the caret's foot (x, line bottom) and its line height.
  bool handle_point(const AppState& app, int which, ImVec2* foot, float* line_h) const;
  ImVec2 to_column(ImVec2 screen) const;
  void probe(const AppState& app) const;

  float scroll_ = 0, target_ = 0;
  float view_h_ = 600, content_h_ = 0, pad_top_ = 40;
  ImVec2 view_min_{0, 0}, view_max_{0, 0};
  float column_x_ = 0;  // screen x of the column's left edge
  float column_w_ = 0;
  float dpr_ = 1;
  bool dragging_ = false;
  int clicks_ = 0;
  double last_click_time_ = -1;
  ImVec2 last_click_pos_{0, 0};
  size_t press_cp_ = 0;
  bool press_moved_ = false;
  size_t unit_start_ = 0, unit_end_ = 0;  // the word or paragraph a double/triple click took
  float caret_x_ = -1;                    // remembered x for Up/Down
  bool caret_mode_ = false;               // the keyboard moves a caret (caret.cpp)
  std::vector<bool> outline_;             // per suggestion: outlined (core/strongest_claims.h)
  uint64_t outline_generation_ = 0;
  uint64_t outline_version_ = UINT64_MAX;
  std::string outline_kind_;
  uint64_t outline_revision_ = UINT64_MAX;
  std::vector<core::text::Box> boxes_;    // scratch: a range's boxes on one line
  std::vector<int> lanes_;                // per annotation: which underline lane
  uint64_t lanes_revision_ = UINT64_MAX, lanes_generation_ = 0;
};
