// line_layout.h - an article laid out for reading in any script: lines wrapped at UAX #14
// break opportunities with real advances, each line's visual runs in bidi order (UAX #9)
// with HarfBuzz glyphs where a script needs shaping, and the mappings a reading view needs,
// all in LOGICAL code point offsets: hit test, caret x, boxes of a range as visual runs,
// caret movement left and right on screen.
//
// Text that needs neither shaping nor reordering (Latin, Greek, Cyrillic the primary font
// has) takes a fast path: no shaping, advances from the style's FontMetrics (the same
// per-code-point advances the app's glyph atlas draws with), one run per line, no glyphs
// stored; `Line::simple` tells the app it may draw the line's bytes as it always has.
//
// How to use:
//   core::text::LineLayoutInput in;
//   in.text = article.cps;
//   in.blocks = core::article_blocks(...);          // as for core::layout_text
//   in.width = column_width;
//   in.styles = {{&body_fonts, body_px, body_metrics}, {&title_fonts, title_px, title_metrics}};
//   in.direction = core::text::BaseDirection::Auto;  // or the page's dir="rtl"
//   core::text::LineLayout lay = core::text::layout_lines(in);
//   for (const auto& line : lay.lines)                // draw: line.simple ? bytes : runs
//     for (const auto& run : lay.runs_of(line)) ... lay.glyphs_of(run) ...
//   size_t cp = lay.hit_test(x, y);                   // click -> caret (logical)
//   lay.range_boxes(start, end, boxes);               // highlight, selection (visual runs)
//   core::text::Box b = lay.first_box(start, end);    // rangeRect: run holding `start`
//   cp = lay.move_visual(cp, +1);                     // Right arrow
// The layout keeps a view of `in.text` and copies of the styles' metrics: the text must
// outlive it, and fonts must stay loaded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/text/bidi.h"
#include "core/text/font.h"
#include "core/text_layout.h"  // FontMetrics, LayoutBlock, article_blocks

namespace core::text {

struct LayoutStyle {
  const FontSet* fonts = nullptr;  // null: every character takes the fast path (tests)
  float px = 16.0f;                // em size of the fonts, pixels
  core::FontMetrics metrics;       // advances by code point of fonts[0] as drawn; line height
};

struct LineLayoutInput {
  std::u32string_view text;
  std::vector<core::LayoutBlock> blocks;  // each block is one bidi paragraph
  float width = 600.0f;
  std::vector<LayoutStyle> styles;  // at least one
  BaseDirection direction = BaseDirection::Auto;
};

// A glyph placed on a line. x is the pen position from the column's left edge; the glyph is
// drawn at (x + dx, baseline - dy).
struct PlacedGlyph {
  uint32_t id = 0;
  uint32_t cluster = 0;  // the first code point (logical offset into the text) it draws
  float x = 0, advance = 0, dx = 0, dy = 0;
};

// A visual run: consecutive code points of one direction and one font, drawn left to right
// on screen in the order the runs of a line are listed.
struct Run {
  uint32_t start = 0, end = 0;  // logical code points [start, end)
  size_t byte_start = 0, byte_end = 0;  // their UTF-8 bytes (for drawing a simple run)
  float x = 0, width = 0;       // from the column's left edge
  uint32_t glyph_begin = 0, glyph_end = 0;  // into LineLayout::glyphs; empty when simple
  int16_t font = 0;             // index into the style's FontSet
  uint8_t level = 0;            // bidi embedding level; odd is right to left
  bool simple = true;           // no glyphs: draw text[start, end) by code point
  bool rtl() const { return level & 1; }
};

struct Line {
  size_t start = 0, end = 0;  // logical code points (trailing spaces included)
  size_t byte_start = 0, byte_end = 0;
  float y = 0, height = 0;    // top of the line, distance to the next baseline
  uint8_t style = 0;
  uint32_t paragraph = 0;
  bool rtl = false;     // the paragraph's direction (right-aligned lines)
  bool simple = true;   // one left-to-right simple run starting at x = 0
  uint32_t run_begin = 0, run_end = 0;
};

struct Box {
  float x0 = 0, x1 = 0, y = 0, height = 0;
  uint32_t start = 0, end = 0;  // the logical code points the box covers
};

class LineLayout {
 public:
  std::vector<Line> lines;
  std::vector<Run> runs;
  std::vector<PlacedGlyph> glyphs;
  float width = 0, height = 0;

  // Index of the line at height y (clamped to the first/last line); 0 if none.
  size_t line_at_y(float y) const;
  // Index of the line holding code point cp (a position at the start of a wrapped line
  // belongs to that line).
  size_t line_of(size_t cp) const;
  const Run* runs_begin(const Line& l) const { return runs.data() + l.run_begin; }
  const Run* runs_end(const Line& l) const { return runs.data() + l.run_end; }
  const PlacedGlyph* glyphs_begin(const Run& r) const { return glyphs.data() + r.glyph_begin; }
  const PlacedGlyph* glyphs_end(const Run& r) const { return glyphs.data() + r.glyph_end; }

  // The caret position (logical offset) a click at (x, y) means.
  size_t hit_test(float x, float y) const;
  // The code point drawn under (x, y), if any (its cluster's first code point).
  std::optional<size_t> char_at(float x, float y) const;
  // Screen x of the caret at logical offset cp, on the line holding it.
  float caret_x(size_t cp) const;
  // x of cp on line `li` (cp clamped to the line).
  float x_on_line(size_t li, size_t cp) const;
  // Boxes of [start, end) on one line, in visual order, adjacent ones merged; appended.
  void line_boxes(size_t li, size_t start, size_t end, std::vector<Box>& out) const;
  // Boxes of [start, end) over all its lines, top to bottom, each line in visual order.
  void range_boxes(size_t start, size_t end, std::vector<Box>& out) const;
  // The box of the visual run holding `start` (what rangeRect reports), clipped to the range.
  Box first_box(size_t start, size_t end) const;
  // The caret moved one position left (dir < 0) or right (dir > 0) on screen; past a line's
  // edge it goes to the neighbouring line in reading order.
  size_t move_visual(size_t cp, int dir) const;

 private:
  friend LineLayout layout_lines(const LineLayoutInput& in);
  float run_x(const Run& r, size_t cp) const;
  float advance_of(const Line& l, char32_t c) const;
  struct Stop { float x; size_t cp; };
  void caret_stops(size_t li, std::vector<Stop>& out) const;
  std::u32string_view text_;
  std::vector<core::FontMetrics> metrics_;
};

LineLayout layout_lines(const LineLayoutInput& in);

}  // namespace core::text
