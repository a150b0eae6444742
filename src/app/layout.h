// layout.h - the reading view's text layout: wraps the article with the current fonts into
// lines once per article, width or font change and answers "where is this code point" and
// "which code point is here" in column coordinates (x from the column's left edge, y from
// the top of the text).
//
// Two engines behind one face: an article the reading font draws as it is (Latin, Greek,
// Cyrillic: no shaping, nothing right to left) takes the fast arithmetic of core/text_layout;
// any other goes through the text engine (core/text/line_layout: UAX #14 breaks, bidi visual
// runs, HarfBuzz glyphs), and shaped() gives its runs and glyphs for drawing. `lines` holds
// the lines either way (same offsets, same y), so callers that walk lines need not care.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/article.h"
#include "core/text/line_layout.h"
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
  // Boxes of [start, end) on line l, left to right on screen (one per visual run piece):
  // what highlights and the selection fill. Appended to `out`.
  void boxes(const core::LayoutLine& l, size_t start, size_t end, std::vector<core::text::Box>& out) const;
  // The box of the visual run holding `start` on its line (window.annotator.rangeRect).
  core::text::Box first_box(size_t start, size_t end) const;
  // The caret moved one position left (dir < 0) or right (dir > 0) on screen: in
  // right-to-left text Left goes forward in the text.
  size_t move_visual(size_t cp, int dir, size_t n) const;
  // Whether the paragraph of line l reads right to left.
  bool rtl(const core::LayoutLine& l) const;
  float height() const { return lines.height; }
  uint64_t article_generation() const { return generation_; }
  // The text engine's layout, when this article needed it (else null: draw lines' bytes).
  const core::text::LineLayout* shaped() const { return engine_ ? &shaped_ : nullptr; }
  size_t index_of(const core::LayoutLine& l) const { return static_cast<size_t>(&l - lines.lines.data()); }

 private:
  const core::Article* article_ = nullptr;
  uint64_t generation_ = 0;
  int font_generation_ = -1;
  float width_ = -1.0f;
  bool engine_ = false;
  core::text::LineLayout shaped_;
};
