// shape.h - shaping one run of text (one font, one script, one direction) into positioned
// glyphs with HarfBuzz: Arabic joining forms and ligatures, marks placed on their bases,
// Indic reordering and conjuncts, Thai marks. Each glyph keeps the code point offset it came
// from (its cluster), so positions on screen map back to logical offsets.
//
// How to use:
//   std::vector<core::text::Glyph> glyphs;
//   core::text::shape(font, 20.0f, paragraph, run_start, run_end, Script::Arabic, true, glyphs);
//   // glyphs are in visual order, left to right; x advances by glyphs[i].advance
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/text/font.h"

namespace core::text {

struct Glyph {
  uint32_t id = 0;       // glyph index in the font
  uint32_t cluster = 0;  // offset (in the text given to shape) of the first code point it draws
  float advance = 0;     // pixels
  float dx = 0, dy = 0;  // offset from the pen position, pixels (y up, as fonts measure)
};

// Shapes text[start, end); the rest of `text` is context (letters joining across the run's
// edges). Appends to `out`, in visual order. `px` is the font size in pixels (the em).
void shape(const Font& font, float px, std::u32string_view text, size_t start, size_t end,
           Script script, bool rtl, std::vector<Glyph>& out);

}  // namespace core::text
