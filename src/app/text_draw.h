// text_draw.h - drawing the reading view's lines: the bytes of a line the reading font draws
// as it is, or the visual runs of a shaped line (src/core/text), left to right on screen,
// simple runs by code point and the others glyph by glyph from the glyph atlas.
#pragma once

#include <string>

#include <imgui.h>

#include "core/text_layout.h"

struct Fonts;
struct Layout;

// Draws line `l` with its top-left text corner at `pos` (the column's left edge, the text's
// top), in `font` at size `fs` (the line's style).
void draw_text_line(ImDrawList* dl, const Layout& layout, const core::LayoutLine& l, const std::string& text,
                    const Fonts& fonts, const ImFont* font, float fs, ImVec2 pos, ImU32 col);

// Asks the glyph atlas for every shaped glyph of the layout (after a new layout), so one
// rebuild of the atlas serves the whole article.
void want_glyphs(const Layout& layout, const Fonts& fonts);
