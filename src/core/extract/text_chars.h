// text_chars.h - the white-space test the extractor shares: JavaScript's \s (ASCII white
// space, no-break space, the Unicode space separators, line/paragraph separators, BOM),
// read straight from UTF-8 so no decoding pass is needed.
#pragma once

#include <cstddef>
#include <string_view>

namespace core::extract {

// Byte length of the white-space character starting at s[i], or 0 when s[i] starts
// anything else.
inline size_t space_length(std::string_view s, size_t i) {
  const auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  const unsigned char c = at(0);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && at(1) == 0xA0) return 2;                                     // U+00A0
  if (c == 0xE1 && at(1) == 0x9A && at(2) == 0x80) return 3;                    // U+1680
  if (c == 0xE2 && at(1) == 0x80 && (at(2) <= 0x8A || at(2) == 0xA8 || at(2) == 0xA9 || at(2) == 0xAF))
    return at(2) >= 0x80 ? 3 : 0;                                               // U+2000-200A, 2028, 2029, 202F
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;                    // U+205F
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;                    // U+3000
  if (c == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return 3;                    // U+FEFF
  return 0;
}

}  // namespace core::extract
