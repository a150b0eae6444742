// unicode_props.cpp - lookups in the generated two-stage tables (see unicode_props.h).
#include "core/text/unicode_props.h"

#include <algorithm>
#include <cstddef>

namespace core::text {
namespace {
#include "core/text/unicode_tables.inc"  // generated in the build folder

constexpr uint8_t kEastAsianWide = 0x40;
constexpr uint8_t kPictographicCn = 0x80;

template <typename Index, typename Data, size_t N, size_t M>
uint8_t lookup(const Index (&index)[N], const Data (&data)[M], int shift, char32_t c) {
  if (c >= 0x110000) c = 0xFFFD;
  return data[(static_cast<size_t>(index[c >> shift]) << shift) | (c & ((1u << shift) - 1))];
}
template <size_t N>
uint8_t range_lookup(const uint32_t (&first)[N], const uint8_t (&value)[N], char32_t c) {
  const size_t i = static_cast<size_t>(std::upper_bound(first, first + N, static_cast<uint32_t>(c)) - first);
  return value[i - 1];  // first[0] is 0
}
uint8_t line_break_byte(char32_t c) {
  return lookup(kLineBreakIndex, kLineBreakData, kLineBreakShift, c);
}
}  // namespace

LineBreakClass line_break_class(char32_t c) {
  return static_cast<LineBreakClass>(line_break_byte(c) & 0x3F);
}
bool is_east_asian_wide(char32_t c) { return line_break_byte(c) & kEastAsianWide; }
bool is_unassigned_pictographic(char32_t c) { return line_break_byte(c) & kPictographicCn; }
bool is_complex_context(char32_t c) {
  return range_lookup(kComplexContextFirst, kComplexContextValue, c) != 0;
}

Script script_of(char32_t c) {
  return static_cast<Script>(range_lookup(kScriptFirst, kScriptValue, c));
}

const char* script_code(Script s) {
  const auto i = static_cast<size_t>(s);
  return i < sizeof kScriptCodes / sizeof kScriptCodes[0] ? kScriptCodes[i] : "Zzzz";
}

}  // namespace core::text
