// theme.h - light and dark looks of the app: ImGui's style (scaled for the screen's pixel
// ratio) and the palette the reading view draws with, including one colour per category.
#pragma once

#include <string_view>

#include <imgui.h>

struct Palette {
  ImU32 page, text, muted, title, selection, caret, panel, border, accent, suggestion;
  bool dark = false;
  bool high_contrast = false;
};

// Applies the theme to ImGui's style; `scale` is the pixel ratio. High contrast (white on
// black, yellow focus and caret, heavier borders) wins over dark.
void apply_theme(bool dark, float scale, bool high_contrast = false);
const Palette& palette();

// A category's colour (the same for built-in categories in both themes, a stable colour
// derived from the name for others); `alpha` 0..1.
ImU32 category_color(std::string_view category, float alpha = 1.0f);
ImVec4 category_color_vec(std::string_view category);

// For the browser tests: the style's text and background colours, as ui_probe texts.
void probe_theme();

// A small disc in the category's colour, laid out like a glyph (the fonts have no bullet).
void category_dot(std::string_view category);
