// word_bounds.cpp - see word_bounds.h.
#include "core/word_bounds.h"

#include <algorithm>

namespace core {
namespace {

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == 0x00A0; }

// Joins two word characters into one word: "China’s", "don't", "1,000.5".
bool is_joiner(char32_t c) {
  return c == U'\'' || c == 0x2019 || c == U'.' || c == U',' || c == 0x00B7;
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// $ ¢ £ ¤ ¥, the Currency Symbols block (€ ₹ ₽ ₿ ...) and the full-width forms.
bool is_currency(char32_t c) {
  return c == U'$' || (c >= 0xA2 && c <= 0xA5) || (c >= 0x20A0 && c <= 0x20CF) || c == 0xFE69 ||
         c == 0xFF04 || c == 0xFFE0 || c == 0xFFE1 || c == 0xFFE5 || c == 0xFFE6;
}

// Signs that belong to the number before them: 12%, 3‰, 30°.
bool is_number_suffix(char32_t c) { return c == U'%' || c == 0x2030 || c == 0x2031 || c == 0xB0; }

// 0 = space, 1 = word, 2 = other (punctuation, symbols)
int kind(std::u32string_view t, size_t i) {
  const char32_t c = t[i];
  if (is_space(c)) return 0;
  if (is_word_char(c)) return 1;
  // An amount is one word with its currency and its per cent sign: "£1.2bn", "5€", "12%".
  const bool digit_before = i > 0 && is_digit(t[i - 1]);
  const bool digit_after = i + 1 < t.size() && is_digit(t[i + 1]);
  if (is_currency(c) && (digit_before || digit_after)) return 1;
  if (is_number_suffix(c) && digit_before) return 1;
  if (is_joiner(c) && i > 0 && i + 1 < t.size() && is_word_char(t[i - 1]) &&
      is_word_char(t[i + 1])) {
    // A comma or full stop joins only digits ("1,000.5"); apostrophes join letters.
    if (c == U'.' || c == U',') {
      auto digit = [](char32_t d) { return d >= U'0' && d <= U'9'; };
      return digit(t[i - 1]) && digit(t[i + 1]) ? 1 : 2;
    }
    return 1;
  }
  return 2;
}

}  // namespace

bool is_word_char(char32_t c) {
  if (c < 0x80) {
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
           c == U'_';
  }
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;  // ª µ º
  if (c == 0xD7 || c == 0xF7) return false;                  // × ÷
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE6F) return false;  // compatibility punctuation
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c == 0x037E || c == 0x0387) return false;  // Greek question mark, ano teleia
  if (c >= 0x055A && c <= 0x055F) return false;  // Armenian punctuation
  return true;
}

std::pair<size_t, size_t> word_at(std::u32string_view text, size_t pos) {
  if (text.empty()) return {0, 0};
  if (pos >= text.size()) pos = text.size() - 1;
  // At a word's end (caret just after it), prefer that word to the space that follows.
  if (kind(text, pos) != 1 && pos > 0 && kind(text, pos - 1) == 1) --pos;
  const int k = kind(text, pos);
  if (k == 0 && text[pos] == U'\n') return {pos, pos + 1};
  size_t s = pos, e = pos + 1;
  while (s > 0 && kind(text, s - 1) == k && text[s - 1] != U'\n') --s;
  while (e < text.size() && kind(text, e) == k && text[e] != U'\n') ++e;
  return {s, e};
}

size_t next_word_end(std::u32string_view text, size_t pos) {
  size_t i = std::min(pos, text.size());
  while (i < text.size() && kind(text, i) != 1) ++i;
  while (i < text.size() && kind(text, i) == 1) ++i;
  return i;
}

size_t prev_word_start(std::u32string_view text, size_t pos) {
  size_t i = std::min(pos, text.size());
  while (i > 0 && kind(text, i - 1) != 1) --i;
  while (i > 0 && kind(text, i - 1) == 1) --i;
  return i;
}

std::pair<size_t, size_t> paragraph_at(const std::vector<std::pair<size_t, size_t>>& paragraphs,
                                       size_t pos) {
  if (paragraphs.empty()) return {pos, pos};
  auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), pos,
                             [](size_t p, const std::pair<size_t, size_t>& r) { return p < r.first; });
  if (it == paragraphs.begin()) return {0, paragraphs.front().first};
  const auto& r = *(it - 1);
  if (pos <= r.second) return r;  // the caret just after a paragraph still belongs to it
  if (it == paragraphs.end()) return {r.second, r.second};
  return {r.second, it->first};
}

}  // namespace core
