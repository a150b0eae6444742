// text_fonts.h - Debian's fonts for the text engine's tests, loaded once from their install
// paths (build-wasm.sh installs fonts-noto-core, fonts-noto-cjk and fonts-symbola).
#pragma once

#include <map>
#include <memory>
#include <string>

#include "core/text/font.h"
#include "test_files.h"

namespace test_fonts {

inline std::shared_ptr<core::text::Font> load(const std::string& path, unsigned index = 0) {
  static std::map<std::string, std::shared_ptr<core::text::Font>> cache;
  auto& f = cache[path];
  if (!f) f = core::text::Font::load(test_files::read(path), index);
  return f;
}

inline std::string noto(const std::string& name) {
  return "/usr/share/fonts/truetype/noto/" + name;
}
inline std::shared_ptr<core::text::Font> serif() { return load(noto("NotoSerif-Regular.ttf")); }
inline std::shared_ptr<core::text::Font> arabic() { return load(noto("NotoNaskhArabic-Regular.ttf")); }
inline std::shared_ptr<core::text::Font> hebrew() { return load(noto("NotoSansHebrew-Regular.ttf")); }
inline std::shared_ptr<core::text::Font> devanagari() {
  return load(noto("NotoSansDevanagari-Regular.ttf"));
}
inline std::shared_ptr<core::text::Font> thai() { return load(noto("NotoSansThai-Regular.ttf")); }
inline std::shared_ptr<core::text::Font> cjk() {
  return load("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0);  // the Japanese face
}
inline std::shared_ptr<core::text::Font> symbols() {
  return load("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf");
}

// The reading font first, then one font per script, then CJK, then symbols and emoji.
inline core::text::FontSet all() {
  core::text::FontSet set;
  for (auto f : {serif(), arabic(), hebrew(), devanagari(), thai(), cjk(), symbols()}) set.add(f);
  return set;
}

}  // namespace test_fonts
