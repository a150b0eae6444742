// text_layout.cpp - greedy line wrapping and position mapping for the reading view.
#include "core/text_layout.h"

#include <algorithm>

namespace core {
namespace {

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x00A0 || c == 0x3000; }
// A line may break after these (hyphen, en and em dash, slash).
bool breaks_after(char32_t c) {
  return c == U'-' || c == 0x2010 || c == 0x2013 || c == 0x2014 || c == U'/';
}

size_t utf8_len(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

// Lays out one block, appending lines; returns the y below the last line.
float layout_block(const TextLayoutInput& in, const LayoutBlock& b, float y, size_t& byte_pos,
                   std::vector<LayoutLine>& out) {
  const FontMetrics& m = in.styles[std::min<size_t>(b.style, in.styles.size() - 1)];
  const float width = std::max(in.width, m.fallback * 2);
  size_t line_start = b.start;
  size_t line_byte = byte_pos;
  float x = 0.0f;
  // Last break opportunity on this line: the line may end just after it.
  size_t brk = 0;
  size_t brk_byte = 0;
  bool have_brk = false;
  auto emit = [&](size_t end, size_t end_byte) {
    out.push_back({line_start, end, line_byte, end_byte, y, m.line_height, b.style, b.paragraph});
    y += m.line_height;
    line_start = end;
    line_byte = end_byte;
  };
  size_t i = b.start;
  size_t bp = byte_pos;
  while (i < b.end) {
    const char32_t c = in.text[i];
    const float w = m.advance_of(c);
    if (!is_space(c) && x + w > width && i > line_start) {
      if (have_brk && brk > line_start) {
        emit(brk, brk_byte);
      } else {
        emit(i, bp);  // a word wider than the column: break inside it
      }
      // Re-measure what moved to the new line.
      x = 0.0f;
      size_t k = line_start;
      for (; k < i; ++k) x += m.advance_of(in.text[k]);
      have_brk = false;
    }
    x += w;
    bp += utf8_len(c);
    ++i;
    if (is_space(c) || breaks_after(c)) {
      // Spaces hang: the break goes after the whole run of spaces.
      while (i < b.end && is_space(in.text[i])) {
        bp += utf8_len(in.text[i]);
        x += m.advance_of(in.text[i]);
        ++i;
      }
      brk = i;
      brk_byte = bp;
      have_brk = true;
    }
  }
  emit(b.end, bp);
  byte_pos = bp;
  return y;
}

}  // namespace

size_t TextLayout::line_at_y(float y) const {
  if (lines.empty()) return 0;
  auto it = std::upper_bound(lines.begin(), lines.end(), y,
                             [](float v, const LayoutLine& l) { return v < l.y; });
  if (it == lines.begin()) return 0;
  return static_cast<size_t>(it - lines.begin()) - 1;
}

size_t TextLayout::line_of(size_t cp) const {
  if (lines.empty()) return 0;
  auto it = std::upper_bound(lines.begin(), lines.end(), cp,
                             [](size_t v, const LayoutLine& l) { return v < l.start; });
  if (it == lines.begin()) return 0;
  return static_cast<size_t>(it - lines.begin()) - 1;
}

TextLayout layout_text(const TextLayoutInput& in) {
  TextLayout lay;
  lay.width = in.width;
  if (in.styles.empty()) return lay;
  float y = 0.0f;
  size_t byte_pos = 0;
  size_t cp_pos = 0;
  for (const LayoutBlock& b : in.blocks) {
    if (b.start > b.end || b.end > in.text.size() || b.start < cp_pos) continue;
    for (; cp_pos < b.start; ++cp_pos) byte_pos += utf8_len(in.text[cp_pos]);
    y += b.gap_before;
    y = layout_block(in, b, y, byte_pos, lay.lines);
    cp_pos = b.end;
  }
  lay.height = y;
  return lay;
}

std::vector<LayoutBlock> article_blocks(std::u32string_view text,
                                        const std::vector<std::pair<size_t, size_t>>& paragraphs,
                                        bool first_line_is_title, float paragraph_gap,
                                        float title_gap, const std::vector<bool>& heading_paragraphs,
                                        float heading_gap) {
  std::vector<LayoutBlock> blocks;
  uint32_t index = 0;
  for (const auto& [start, end] : paragraphs) {
    size_t s = std::min(start, text.size());
    const size_t e = std::min(end, text.size());
    bool first_in_paragraph = true;
    while (s <= e) {
      size_t nl = s;
      while (nl < e && text[nl] != U'\n') ++nl;
      LayoutBlock b;
      b.start = s;
      b.end = nl;
      b.paragraph = index;
      const bool is_title = first_line_is_title && blocks.empty();
      const bool is_heading = !is_title && index < heading_paragraphs.size() && heading_paragraphs[index];
      b.style = is_title ? 1 : is_heading ? 2 : 0;
      if (!blocks.empty() && first_in_paragraph) {
        b.gap_before = blocks.back().style == 1 ? title_gap : is_heading ? std::max(heading_gap, paragraph_gap) : paragraph_gap;
      }
      blocks.push_back(b);
      first_in_paragraph = false;
      if (nl >= e) break;
      s = nl + 1;
      if (is_title && s < e) {
        // The rest of the first paragraph is body text set below the title.
        first_in_paragraph = true;
      }
    }
    ++index;
  }
  return blocks;
}

float x_of(const LayoutLine& line, std::u32string_view text, const FontMetrics& m, size_t cp) {
  const size_t end = std::min(std::max(cp, line.start), std::min(line.end, text.size()));
  float x = 0.0f;
  for (size_t i = line.start; i < end; ++i) x += m.advance_of(text[i]);
  return x;
}

size_t hit_test(const TextLayout& layout, std::u32string_view text,
                const std::vector<FontMetrics>& styles, float x, float y) {
  if (layout.lines.empty() || styles.empty()) return 0;
  if (y < layout.lines.front().y) return layout.lines.front().start;
  const LayoutLine& line = layout.lines[layout.line_at_y(y)];
  if (y >= line.y + line.height && &line == &layout.lines.back()) return line.end;
  const FontMetrics& m = styles[std::min<size_t>(line.style, styles.size() - 1)];
  float pos = 0.0f;
  const size_t end = std::min(line.end, text.size());
  for (size_t i = line.start; i < end; ++i) {
    const float w = m.advance_of(text[i]);
    if (x < pos + w * 0.5f) return i;
    pos += w;
  }
  // Past the end of a wrapped line: the caret goes before its trailing space, so a click
  // to the right of a line selects up to its last word, as text views do.
  if (end > line.start && end < text.size() && text[end] != U'\n' && is_space(text[end - 1])) {
    return end - 1;
  }
  return end;
}

}  // namespace core
