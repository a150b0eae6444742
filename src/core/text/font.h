// font.h - font files for shaping and measuring (HarfBuzz faces), and the ordered set of
// fonts a style draws with: the reading font first, then fonts for other scripts, then
// symbols and emoji. The set answers which font draws a code point (coverage, preferring a
// font meant for the code point's script) and which code points no font can draw.
//
// How to use:
//   core::text::FontSet set;
//   set.add(core::text::Font::load(bytes_of("NotoSerif-Regular.ttf")));   // index 0: primary
//   set.add(core::text::Font::load(bytes_of("NotoNaskhArabic-Regular.ttf")));
//   int f = set.font_for(0x0627, core::text::Script::Arabic);             // 1, or -1 if none
//   std::vector<char32_t> missing = set.missing(article_text);
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/unicode_props.h"

struct hb_font_t;

namespace core::text {

class Font {
 public:
  // A font from a file's bytes (TrueType/OpenType, or face `index` of a collection); null
  // when the bytes hold no font with glyphs.
  static std::shared_ptr<Font> load(std::string bytes, unsigned index = 0);
  ~Font();
  Font(const Font&) = delete;
  Font& operator=(const Font&) = delete;

  bool has_glyph(char32_t c) const;
  uint32_t glyph_of(char32_t c) const;  // 0 (.notdef) when the font has none
  // In font units; multiply by px / units_per_em() for pixels.
  int32_t advance_units(uint32_t glyph) const;
  unsigned units_per_em() const { return upem_; }
  float ascender(float px) const { return ascender_ * px / upem_; }
  float descender(float px) const { return descender_ * px / upem_; }  // negative
  const std::vector<Script>& scripts() const { return scripts_; }
  hb_font_t* hb() const { return font_; }

 private:
  Font() = default;
  std::string bytes_;
  hb_font_t* font_ = nullptr;
  unsigned upem_ = 1000;
  int32_t ascender_ = 0, descender_ = 0;
  std::vector<Script> scripts_;             // scripts it has many glyphs for
  mutable std::vector<uint8_t> bmp_cover_;  // 0 unknown, 1 no, 2 yes (cache of cmap look-ups)
};

class FontSet {
 public:
  // Appends a font; returns its index (-1 for a null font). Index 0 is the primary font.
  int add(std::shared_ptr<Font> font);
  size_t size() const { return fonts_.size(); }
  const Font& operator[](size_t i) const { return *fonts_[i]; }

  // The font that draws c in a run of `script`: the first font made for that script that
  // has the glyph, else the first font that has it; -1 when none has.
  int font_for(char32_t c, Script script) const;
  // The same for a code point on its own (its own script).
  int font_for(char32_t c) const { return font_for(c, script_of(c)); }
  // Code points of `text` that no font of the set can draw (sorted, each once); characters
  // that are never drawn (controls, joiners, direction marks, variation selectors) excluded.
  std::vector<char32_t> missing(std::u32string_view text) const;

 private:
  std::vector<std::shared_ptr<Font>> fonts_;
};

// Characters that take no glyph of their own (Default_Ignorable_Code_Point, controls).
bool is_invisible(char32_t c);

}  // namespace core::text
