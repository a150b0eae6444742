// layout.h - the reading view's text layout: wraps the article with the current fonts into
// lines once per article, width or font change (core/text_layout does the arithmetic) and
// answers "where is this code point" and "which code point is here" in column coordinates
// (x from the column's left edge, y from the top of the text).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/article.h"
#include "core/text_layout.h"

struct Fonts;

struct Layout {
  core::TextLayout lines;
  std::vector<core::FontMetrics> styles;  // 0 body, 1 title, 2 heading
  bool title_line = false;                // the first line is set as the title
  size_t heading_blocks = 0;              // lines of text set as headings

  // Re-wraps when the article, the fonts or the width changed; true when it did.
  bool update(const core::Article& a, uint64_t article_generation, const Fonts& fonts, float width);

  float x_of(size_t cp) const;  // on the line holding cp
  float x_in(const core::LayoutLine& l, size_t cp) const;  // on line l (cp clamped to it)
  const core::FontMetrics& style_of(const core::LayoutLine& l) const;
  float y_of(size_t cp) const;  // top of the line holding cp
  size_t hit(float x, float y) const;
  // The character drawn under (x, y), if any (hit() gives the nearest caret position).
  std::optional<size_t> char_at(float x, float y) const;
  float height() const { return lines.height; }
  uint64_t article_generation() const { return generation_; }

 private:
  const core::Article* article_ = nullptr;
  uint64_t generation_ = 0;
  int font_generation_ = -1;
  float width_ = -1.0f;
};
