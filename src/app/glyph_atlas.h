// glyph_atlas.h - shaped glyphs (by glyph index, not code point) in ImGui's font atlas.
// Dear ImGui 1.86 rasterises fonts by code point only; text the engine shapes (Arabic,
// Devanagari, CJK, emoji... src/core/text) arrives as glyph indices of a font. Each
// (style, font, glyph) the reading view needs gets a custom rectangle of the atlas, rasterised
// with the stb_truetype that ImGui ships, when Fonts rebuilds the atlas.
//
// How to use (Fonts does the first part; the reading view the rest):
//   atlas.add_rects(io.Fonts);            // before ImFontAtlas::Build: reserve rectangles
//   io.Fonts->Build();
//   atlas.rasterise(io.Fonts);            // after Build, before the texture is uploaded
//   if (const GlyphAtlas::Entry* e = atlas.find(style, font, glyph)) draw quad
//   else atlas.want(style, font, glyph);  // the next rebuild has it (dirty() says one is due)
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <imgui.h>

struct ImFontAtlas;

class GlyphAtlas {
 public:
  struct Entry {
    ImVec2 uv0, uv1;
    float x0 = 0, y0 = 0, w = 0, h = 0;  // bitmap box from the pen position on the baseline (y down)
    int rect = -1;                        // custom rect index until rasterised
  };
  // Where a style's fonts come from: each font of the style's FontSet as file bytes, and the
  // em size in framebuffer pixels.
  struct Style {
    std::vector<std::string_view> files;  // index = FontSet index
    float em_px = 16;
  };

  // Styles change with the text size and with fonts loaded: clears every glyph.
  void set_styles(std::vector<Style> styles);
  const Entry* find(int style, int font, uint32_t glyph) const;
  void want(int style, int font, uint32_t glyph);
  bool dirty() const { return dirty_; }
  size_t size() const { return entries_.size(); }

  void add_rects(ImFontAtlas* atlas);
  void rasterise(ImFontAtlas* atlas);

 private:
  static uint64_t key(int style, int font, uint32_t glyph) {
    return (uint64_t(uint8_t(style)) << 56) | (uint64_t(uint16_t(font)) << 32) | glyph;
  }
  std::vector<Style> styles_;
  std::unordered_map<uint64_t, Entry> entries_;
  bool dirty_ = false;
};

// The em size in pixels of a font that ImGui builds at `pixel_height` (ImGui sizes fonts by
// ascent minus descent, HarfBuzz by the em).
float em_for_pixel_height(std::string_view font_file, float pixel_height);
