// font.cpp - HarfBuzz faces and font fallback by coverage (see font.h).
#include "core/text/font.h"

#include <hb.h>

#include <algorithm>
#include <array>

namespace core::text {

std::shared_ptr<Font> Font::load(std::string bytes, unsigned index) {
  std::shared_ptr<Font> f(new Font());
  f->bytes_ = std::move(bytes);
  hb_blob_t* blob = hb_blob_create(f->bytes_.data(), static_cast<unsigned>(f->bytes_.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, index);
  hb_blob_destroy(blob);
  if (hb_face_get_glyph_count(face) == 0) {
    hb_face_destroy(face);
    return nullptr;
  }
  f->font_ = hb_font_create(face);
  f->upem_ = std::max(1u, hb_face_get_upem(face));
  hb_font_set_scale(f->font_, static_cast<int>(f->upem_), static_cast<int>(f->upem_));
  hb_font_extents_t ext{};
  hb_font_get_h_extents(f->font_, &ext);
  f->ascender_ = ext.ascender;
  f->descender_ = ext.descender;
  // Which scripts the font is for: those of which it covers a good share of the letters
  // it has (a Latin font with a few Greek letters is not a Greek font).
  hb_set_t* cps = hb_set_create();
  hb_face_collect_unicodes(face, cps);
  std::array<unsigned, kScriptCount> count{};
  for (hb_codepoint_t c = HB_SET_VALUE_INVALID; hb_set_next(cps, &c);) {
    ++count[static_cast<size_t>(script_of(c))];
  }
  hb_set_destroy(cps);
  for (int s = 3; s < kScriptCount; ++s) {  // after Common, Inherited, Unknown
    if (count[s] >= 40) f->scripts_.push_back(static_cast<Script>(s));
  }
  hb_face_destroy(face);
  f->bmp_cover_.assign(0x10000, 0);
  return f;
}

Font::~Font() {
  if (font_) hb_font_destroy(font_);
}

bool Font::has_glyph(char32_t c) const {
  if (c < 0x10000) {
    uint8_t& v = bmp_cover_[c];
    if (v == 0) v = glyph_of(c) ? 2 : 1;
    return v == 2;
  }
  return glyph_of(c) != 0;
}

uint32_t Font::glyph_of(char32_t c) const {
  hb_codepoint_t g = 0;
  return hb_font_get_nominal_glyph(font_, c, &g) ? g : 0;
}

int32_t Font::advance_units(uint32_t glyph) const {
  return hb_font_get_glyph_h_advance(font_, glyph);
}

bool is_invisible(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || c == 0x034F || c == 0x061C ||
         (c >= 0x115F && c <= 0x1160) || (c >= 0x17B4 && c <= 0x17B5) ||
         (c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || c == 0x3164 ||
         (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0xFFA0 ||
         (c >= 0xFFF0 && c <= 0xFFF8) || (c >= 0x1BCA0 && c <= 0x1BCA3) ||
         (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE0FFF);
}

int FontSet::add(std::shared_ptr<Font> font) {
  if (!font) return -1;
  fonts_.push_back(std::move(font));
  return static_cast<int>(fonts_.size()) - 1;
}

int FontSet::font_for(char32_t c, Script script) const {
  if (script != Script::Common && script != Script::Inherited) {
    for (size_t i = 0; i < fonts_.size(); ++i) {
      const auto& s = fonts_[i]->scripts();
      if (std::find(s.begin(), s.end(), script) != s.end() && fonts_[i]->has_glyph(c)) {
        return static_cast<int>(i);
      }
    }
  }
  for (size_t i = 0; i < fonts_.size(); ++i) {
    if (fonts_[i]->has_glyph(c)) return static_cast<int>(i);
  }
  return -1;
}

std::vector<char32_t> FontSet::missing(std::u32string_view text) const {
  std::vector<char32_t> out;
  for (char32_t c : text) {
    if (is_invisible(c) || c == U' ') continue;
    bool found = false;
    for (const auto& f : fonts_) {
      if (f->has_glyph(c)) {
        found = true;
        break;
      }
    }
    if (!found) out.push_back(c);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace core::text
