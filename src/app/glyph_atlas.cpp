// glyph_atlas.cpp - see glyph_atlas.h.
#include "app/glyph_atlas.h"

#include <cmath>
#include <memory>

// ImGui compiles stb_truetype privately (static) into imgui_draw.cpp; this file takes its own
// static copy of the same header to rasterise glyphs by index.
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <imstb_truetype.h>

namespace {
bool init_font(stbtt_fontinfo* info, std::string_view file) {
  if (file.empty()) return false;
  const auto* data = reinterpret_cast<const unsigned char*>(file.data());
  const int offset = stbtt_GetFontOffsetForIndex(data, 0);
  return offset >= 0 && stbtt_InitFont(info, data, offset) != 0;
}
}  // namespace

float em_for_pixel_height(std::string_view font_file, float pixel_height) {
  stbtt_fontinfo info;
  if (!init_font(&info, font_file)) return pixel_height;
  return stbtt_ScaleForPixelHeight(&info, pixel_height) / stbtt_ScaleForMappingEmToPixels(&info, 1.0f);
}

void GlyphAtlas::set_styles(std::vector<Style> styles) {
  styles_ = std::move(styles);
  entries_.clear();
  dirty_ = false;
}

const GlyphAtlas::Entry* GlyphAtlas::find(int style, int font, uint32_t glyph) const {
  auto it = entries_.find(key(style, font, glyph));
  return it == entries_.end() || it->second.rect >= 0 ? nullptr : &it->second;
}

void GlyphAtlas::want(int style, int font, uint32_t glyph) {
  if (style < 0 || style >= static_cast<int>(styles_.size())) return;
  if (entries_.emplace(key(style, font, glyph), Entry{}).second) dirty_ = true;
}

void GlyphAtlas::add_rects(ImFontAtlas* atlas) {
  std::vector<std::vector<stbtt_fontinfo>> infos(styles_.size());
  std::vector<std::vector<char>> ok(styles_.size());
  for (size_t s = 0; s < styles_.size(); ++s) {
    infos[s].resize(styles_[s].files.size());
    ok[s].resize(styles_[s].files.size());
    for (size_t f = 0; f < styles_[s].files.size(); ++f) ok[s][f] = init_font(&infos[s][f], styles_[s].files[f]);
  }
  for (auto& [k, e] : entries_) {
    const int s = static_cast<int>(k >> 56), f = static_cast<int>((k >> 32) & 0xFFFF);
    const int g = static_cast<int>(k & 0xFFFFFFFF);
    e = Entry{};
    if (f >= static_cast<int>(infos[s].size()) || !ok[s][f]) continue;  // drawn as nothing
    stbtt_fontinfo& info = infos[s][f];
    const float scale = stbtt_ScaleForMappingEmToPixels(&info, styles_[s].em_px);
    int x0, y0, x1, y1;
    stbtt_GetGlyphBitmapBox(&info, g, scale, scale, &x0, &y0, &x1, &y1);
    if (x1 <= x0 || y1 <= y0) continue;  // a space: nothing to draw
    e.x0 = static_cast<float>(x0);
    e.y0 = static_cast<float>(y0);
    e.w = static_cast<float>(x1 - x0);
    e.h = static_cast<float>(y1 - y0);
    e.rect = atlas->AddCustomRectRegular(x1 - x0, y1 - y0);
  }
}

void GlyphAtlas::rasterise(ImFontAtlas* atlas) {
  unsigned char* pixels = nullptr;
  int tw = 0, th = 0;
  atlas->GetTexDataAsAlpha8(&pixels, &tw, &th);
  std::vector<std::vector<stbtt_fontinfo>> infos(styles_.size());
  for (size_t s = 0; s < styles_.size(); ++s) {
    infos[s].resize(styles_[s].files.size());
    for (size_t f = 0; f < styles_[s].files.size(); ++f) init_font(&infos[s][f], styles_[s].files[f]);
  }
  for (auto& [k, e] : entries_) {
    if (e.rect < 0) continue;
    const int s = static_cast<int>(k >> 56), f = static_cast<int>((k >> 32) & 0xFFFF);
    const int g = static_cast<int>(k & 0xFFFFFFFF);
    const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(e.rect);
    if (pixels && r->IsPacked()) {
      stbtt_fontinfo& info = infos[s][f];
      const float scale = stbtt_ScaleForMappingEmToPixels(&info, styles_[s].em_px);
      stbtt_MakeGlyphBitmap(&info, pixels + r->X + r->Y * tw, r->Width, r->Height, tw, scale, scale, g);
      atlas->CalcCustomRectUV(r, &e.uv0, &e.uv1);
    }
    e.rect = -1;
  }
  dirty_ = false;
}
