// utf8.cpp - see utf8.h.
#include "core/utf8.h"

#include <algorithm>

namespace utf8 {
namespace {

// Length of the valid sequence starting at s[i], or 0 when it is invalid.
size_t valid_sequence_length(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  size_t len;
  char32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  char32_t cp = b0 & (0xFF >> (len + 1));
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

std::optional<size_t> find_invalid(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t len = valid_sequence_length(bytes, i);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

std::u32string decode(std::string_view bytes) {
  // Written through a pointer into a buffer of the largest size (one code point per byte)
  // and cut to length at the end: push_back's checks per character took 25 ns a byte in
  // WebAssembly, an eighth of a second for a 5 MB article.
  std::u32string out(bytes.size(), U'\0');
  char32_t* o = out.data();
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char b0 = p[i];
    if (b0 < 0x80) {
      *o++ = b0;
      ++i;
      continue;
    }
    const size_t len = valid_sequence_length(bytes, i);
    if (len == 0) {
      *o++ = 0xFFFD;
      ++i;
      continue;
    }
    char32_t cp = b0 & (0xFF >> (len + 1));
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (p[i + k] & 0x3F);
    *o++ = cp;
    i += len;
  }
  out.resize(static_cast<size_t>(o - out.data()));
  return out;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string encode(std::u32string_view cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t cp : cps) append(out, cp);
  return out;
}

size_t count_code_points(std::string_view bytes) {
  size_t n = 0;
  for (char c : bytes) n += !is_continuation(static_cast<unsigned char>(c));
  return n;
}

size_t byte_offset(std::string_view bytes, size_t cp_index) {
  size_t cp = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (is_continuation(static_cast<unsigned char>(bytes[i]))) continue;
    if (cp == cp_index) return i;
    ++cp;
  }
  return bytes.size();
}

size_t cp_index_of_byte(std::string_view bytes, size_t byte_offset) {
  byte_offset = std::min(byte_offset, bytes.size());
  size_t cp = 0;
  for (size_t i = 0; i < byte_offset; ++i)
    cp += !is_continuation(static_cast<unsigned char>(bytes[i]));
  // Inside a multi-byte sequence: the lead byte was counted, step back onto it.
  if (byte_offset < bytes.size() && is_continuation(static_cast<unsigned char>(bytes[byte_offset])) && cp > 0)
    --cp;
  return cp;
}

size_t utf16_length(std::u32string_view cps) {
  size_t n = 0;
  for (char32_t cp : cps) n += utf16_units(cp);
  return n;
}

Utf16Index::Utf16Index(std::u32string_view cps) : size_(cps.size()) {
  for (size_t i = 0; i < cps.size(); ++i)
    if (cps[i] >= 0x10000) astral_.push_back(i);
}

size_t Utf16Index::to_utf16(size_t cp) const {
  cp = std::min(cp, size_);
  const size_t before = std::lower_bound(astral_.begin(), astral_.end(), cp) - astral_.begin();
  return cp + before;
}

std::optional<size_t> Utf16Index::from_utf16(size_t unit) const {
  // cp + (astral code points before cp) == unit; search the smallest cp whose end passes unit.
  size_t lo = 0, hi = size_;
  if (unit > to_utf16(size_)) return std::nullopt;
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (to_utf16(mid + 1) <= unit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

}  // namespace utf8
