// status_banner.h - a strip under the menu bar for what the reader must know but need not
// answer at once: work that cannot be saved (storage full or broken, with the way out) and
// news from another tab. It never takes the keyboard, so it can appear while someone types.
#pragma once

class AppState;

struct StatusBanner {
  // `top`: where the menu bar ends (framebuffer pixels).
  void Draw(AppState& app, float dpr, float top);

 private:
  bool hidden_ = false;  // the reader closed the saving problem (the menu bar still says it)
  bool was_failing_ = false;
};
