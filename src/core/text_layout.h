// text_layout.h - wraps an article's code points into lines for a reading column, once per
// width or font change, and maps between positions on screen and code points. Pure
// arithmetic on glyph advances: the app fills FontMetrics from its font, tests from numbers.
//
// How to use:
//   core::TextLayoutInput in{text, blocks, width, {body, title}};
//   core::TextLayout lay = core::layout_text(in);
//   size_t i = lay.line_at_y(scroll_y);              // first visible line
//   size_t cp = core::hit_test(lay, in.text, metrics, x, y);
//   float x = core::x_of(lay.lines[i], in.text, metrics, cp);
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace core {

// Advance widths of one font at one size; code points beyond the table use `fallback`.
struct FontMetrics {
  std::vector<float> advance;  // indexed by code point
  float fallback = 8.0f;
  float line_height = 20.0f;   // distance between baselines of consecutive lines
  float advance_of(char32_t cp) const {
    return cp < advance.size() ? advance[cp] : fallback;
  }
};

// A run of text laid out with one style, starting on a new line. `gap_before` is extra
// space above it (paragraph spacing).
struct LayoutBlock {
  size_t start = 0, end = 0;  // code points, end exclusive, no '\n' inside
  uint8_t style = 0;          // index into TextLayoutInput::styles
  float gap_before = 0.0f;
  uint32_t paragraph = 0;     // which paragraph of the article it belongs to
};

struct LayoutLine {
  size_t start = 0, end = 0;   // code points drawn on this line (trailing spaces included)
  size_t byte_start = 0;       // UTF-8 byte offset of `start` (to draw without re-encoding)
  size_t byte_end = 0;
  float y = 0.0f;              // top of the line
  float height = 0.0f;
  uint8_t style = 0;
  uint32_t paragraph = 0;
};

struct TextLayout {
  std::vector<LayoutLine> lines;
  float width = 0.0f;   // the width it was wrapped to
  float height = 0.0f;  // total height
  // Index of the line at vertical position y (clamped to the first/last line); 0 if none.
  size_t line_at_y(float y) const;
  // Index of the line holding code point `cp` (a position at a line's end belongs to it).
  size_t line_of(size_t cp) const;
};

struct TextLayoutInput {
  std::u32string_view text;
  std::vector<LayoutBlock> blocks;
  float width = 600.0f;
  std::vector<FontMetrics> styles;  // at least one
};

// Greedy wrapping: lines break after spaces and after dashes or hyphens; a word wider than
// the column is broken between characters. Trailing spaces hang past the column edge.
TextLayout layout_text(const TextLayoutInput& in);

// Blocks for an article: one per hard line of each paragraph (paragraph ranges are
// blank-line separated and contain no blank line); the first line is styled as the title
// (style 1) when `first_line_is_title`, the paragraphs flagged in `heading_paragraphs` as
// headings (style 2, with `heading_gap` above them). `paragraph_gap` is the space between
// paragraphs (applied through gap_before).
std::vector<LayoutBlock> article_blocks(std::u32string_view text,
                                        const std::vector<std::pair<size_t, size_t>>& paragraphs,
                                        bool first_line_is_title, float paragraph_gap,
                                        float title_gap,
                                        const std::vector<bool>& heading_paragraphs = {},
                                        float heading_gap = 0.0f);

// Horizontal offset of code point `cp` within `line` (cp clamped to the line).
float x_of(const LayoutLine& line, std::u32string_view text, const FontMetrics& m, size_t cp);

// The code point boundary nearest to (x, y): the caret position a click there means.
size_t hit_test(const TextLayout& layout, std::u32string_view text,
                const std::vector<FontMetrics>& styles, float x, float y);

}  // namespace core
