// text_chars.h - code point classes the claim finder needs (letters, case, digits, spaces,
// quotation marks, dashes). Approximate outside Latin, Greek and Cyrillic on purpose: the
// rules only need to know "is this a letter" and "does it look capitalised".
#pragma once

namespace core::claims {

inline bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
         c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

inline bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

inline bool is_upper(char32_t c) {
  if (c >= U'A' && c <= U'Z') return true;
  if (c < 0xC0) return false;
  if (c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return c % 2 == 0;  // Latin Extended-A alternates
  if (c >= 0x391 && c <= 0x3A9) return true;        // Greek
  if (c >= 0x400 && c <= 0x42F) return true;        // Cyrillic
  return false;
}

inline bool is_lower(char32_t c) {
  if (c >= U'a' && c <= U'z') return true;
  if (c < 0xDF) return false;
  if (c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return c % 2 == 1;
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

// Letters of any script: ASCII, then everything from Latin-1 up that is not a known block
// of punctuation, symbols or emoji.
inline bool is_letter(char32_t c) {
  if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return true;
  if (c < 0xC0) return false;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, currency, arrows, maths
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE6F) return false;
  if (c >= 0xFF00 && c <= 0xFF20) return false;
  if (c >= 0x1F000) return false;                // emoji and pictographs
  return c != 0xFEFF;
}

inline bool is_alnum(char32_t c) { return is_digit(c) || is_letter(c); }

inline bool is_open_double_quote(char32_t c) { return c == 0x201C || c == 0x201E || c == 0xAB; }
inline bool is_close_double_quote(char32_t c) { return c == 0x201D || c == 0xBB; }
inline bool is_straight_double_quote(char32_t c) { return c == U'"'; }
inline bool is_double_quote(char32_t c) {
  return is_open_double_quote(c) || is_close_double_quote(c) || is_straight_double_quote(c);
}
inline bool is_apostrophe(char32_t c) { return c == U'\'' || c == 0x2019; }
inline bool is_single_quote(char32_t c) { return c == U'\'' || c == 0x2018 || c == 0x2019; }
inline bool is_dash(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2011 || c == 0x2013 || c == 0x2014; }
inline bool is_currency(char32_t c) {
  return c == U'$' || c == 0xA3 || c == 0xA5 || c == 0x20AC || c == 0x20B9 || c == 0x20BD;
}
// Characters that may follow a sentence-final mark and still belong to the sentence.
inline bool is_closer(char32_t c) {
  return is_close_double_quote(c) || is_straight_double_quote(c) || c == 0x2019 ||
         c == U'\'' || c == U')' || c == U']' || c == 0xBB;
}
// a == b for a NUL-terminated word list entry, without measuring b first (the word lists
// are compared against every word).
inline bool same_word(const char* a, size_t a_len, const char* b) {
  size_t i = 0;
  for (; i < a_len; ++i)
    if (a[i] != b[i] || b[i] == '\0') return false;
  return b[i] == '\0';
}

inline bool is_terminal(char32_t c) {
  return c == U'.' || c == U'!' || c == U'?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
         c == 0xFF1F ||
         c == 0x061F || c == 0x06D4 ||  // Arabic question mark, Arabic (Urdu) full stop
         c == 0x0964 || c == 0x0965;     // Devanagari danda, double danda
}

}  // namespace core::claims
