// utf8.h - UTF-8 validation and conversions between code points, UTF-8 bytes and
// UTF-16 code units. Offsets in the rest of the core are Unicode code points (as the W3C
// TextPositionSelector requires); these helpers are the only place that counts bytes.
//
// How to use:
//   auto bad = utf8::find_invalid(bytes);        // std::nullopt when valid, else byte offset
//   std::u32string cps = utf8::decode(bytes);     // requires valid input
//   std::string s = utf8::encode(cps.substr(a, n));
//   size_t units = utf8::utf16_length(cps.substr(0, k));  // UTF-16 code units before cp k
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace utf8 {

// Byte offset of the first invalid sequence (overlong, surrogate, > U+10FFFF, truncated,
// stray continuation byte), or nullopt when the whole input is valid UTF-8.
std::optional<size_t> find_invalid(std::string_view bytes);

// Decodes valid UTF-8. Invalid sequences become U+FFFD (one per bad byte) so callers that
// did not validate still get a usable string; validate first where that matters.
std::u32string decode(std::string_view bytes);

std::string encode(std::u32string_view cps);
void append(std::string& out, char32_t cp);

// Number of code points in valid UTF-8.
size_t count_code_points(std::string_view bytes);

// UTF-8 byte offset of code point index `cp_index` (clamped to the end).
size_t byte_offset(std::string_view bytes, size_t cp_index);

// Code point index of the code point containing byte `byte_offset` (a byte inside a
// sequence maps to the code point it belongs to, so a range never splits a code point).
size_t cp_index_of_byte(std::string_view bytes, size_t byte_offset);

inline size_t utf16_units(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }
size_t utf16_length(std::u32string_view cps);

// Maps code point offsets to UTF-16 code unit offsets and back in O(log n) after an O(n)
// build. Used to recognise positions written by tools that count UTF-16 units.
class Utf16Index {
 public:
  explicit Utf16Index(std::u32string_view cps);
  size_t to_utf16(size_t cp) const;
  // Code point whose UTF-16 range holds `unit`; a unit inside a surrogate pair maps to
  // that pair's code point. Returns nullopt past the end.
  std::optional<size_t> from_utf16(size_t unit) const;
  bool has_astral() const { return !astral_.empty(); }

 private:
  std::vector<size_t> astral_;  // code point indexes of characters above U+FFFF
  size_t size_ = 0;
};

}  // namespace utf8
