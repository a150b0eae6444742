// fonts.h - the fonts of the app: a serif for reading (or OpenDyslexic when chosen), a bold
// serif for the title, a sans for the interface. The page fetches the font files and hands
// their bytes over ("font" host calls); Fonts builds ImGui's glyph atlas from them at the
// reader's size times the screen's pixel ratio, so text is sharp on HiDPI screens.
#pragma once

#include <string>
#include <string_view>

#include "core/text_layout.h"

struct ImFont;

struct FontSizes {
  float body_px = 19.0f;   // CSS pixels; the reader changes it with Ctrl +/-
  bool dyslexic = false;
  float dpr = 1.0f;
  bool operator==(const FontSizes& o) const {
    return body_px == o.body_px && dyslexic == o.dyslexic && dpr == o.dpr;
  }
};

struct Fonts {
  ImFont* body = nullptr;
  ImFont* title = nullptr;
  ImFont* ui = nullptr;
  ImFont* ui_small = nullptr;
  FontSizes built;       // what the atlas holds now
  int generation = 0;    // changes at every rebuild (layouts depend on it)

  // Keeps a font file's bytes; `name` is its file name (e.g. "NotoSerif-Regular.ttf").
  void add_file(std::string_view name, std::string_view bytes);
  bool has_dyslexic() const { return !dyslexic_.empty(); }
  bool ready() const { return !serif_.empty() && !sans_.empty(); }

  // Rebuilds the atlas and the GPU texture when `want` differs from what is built. Call
  // between frames (not between NewFrame and Render).
  void ensure(const FontSizes& want);

  // Advance widths of the reading fonts for layout (index 0 body, 1 title), in pixels.
  const core::FontMetrics& body_metrics() const { return body_metrics_; }
  const core::FontMetrics& title_metrics() const { return title_metrics_; }
  // Headings inside the article: the title's bold face, drawn smaller (heading_px).
  const core::FontMetrics& heading_metrics() const { return heading_metrics_; }
  float heading_px() const { return heading_px_; }

 private:
  std::string serif_, serif_bold_, sans_, dyslexic_;
  core::FontMetrics body_metrics_, title_metrics_, heading_metrics_;
  float heading_px_ = 0;
};

float title_scale();
// How much larger than its default the interface font is for a reading size (1 at 19 px).
float interface_scale(float body_px);
