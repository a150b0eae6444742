// tokens.cpp - splits a sentence into words, numbers, currency signs, quotation marks and
// other marks in one pass, and looks every word up in the lexicon.
#include "core/claims/tokens.h"

#include "core/claims/text_chars.h"

namespace core::claims {
namespace {

// Does the word continue through text[i] (a connector between two parts of one token)?
bool joins(std::u32string_view t, size_t i, size_t end) {
  const char32_t c = t[i];
  const bool next_alnum = i + 1 < end && is_alnum(t[i + 1]);
  const bool prev_alnum = i > 0 && is_alnum(t[i - 1]);
  if (!prev_alnum || !next_alnum) return false;
  const bool digits = is_digit(t[i - 1]) && is_digit(t[i + 1]);
  if (is_apostrophe(c)) return is_letter(t[i - 1]) && is_letter(t[i + 1]);
  if (c == U'-' || c == 0x2010 || c == 0x2011) return true;
  if (c == U'.') return true;  // U.S, a.m, 1.3
  if (c == 0x2013 || c == U':' || c == U'/') return digits;
  if (c == U',') {  // thousands separator: exactly three digits follow
    if (!digits || i + 3 >= end) return false;
    if (!is_digit(t[i + 2]) || !is_digit(t[i + 3])) return false;
    return i + 4 >= end || !is_digit(t[i + 4]);
  }
  return false;
}

void lowercase_into(std::u32string_view t, size_t s, size_t e, Token& tok) {
  size_t n = 0;
  auto put = [&](char c) {
    if (n < Token::kLowerMax) tok.lower_buf[n++] = c;
  };
  for (size_t i = s; i < e && n < Token::kLowerMax; ++i) {
    char32_t c = t[i];
    if (c == 0x2019) c = U'\'';
    if (c < 0x80) {
      put(static_cast<char>(c >= U'A' && c <= U'Z' ? c + 32 : c));
    } else if (c < 0x800) {  // UTF-8, unchanged: the lexicon is ASCII
      put(static_cast<char>(0xC0 | (c >> 6)));
      put(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      put('?');  // enough to keep non-ASCII words out of the lexicon
    }
  }
  tok.lower_len = static_cast<uint8_t>(n);
}

LexEntry lex_of(std::string_view w) {
  if (w.size() > 24) return {};
  LexEntry e = lookup(w);
  if (e.flags) return e;
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) {
    e = lookup(w.substr(0, w.size() - 2));
    e.flags &= ~(kFunction | kPhraseStart);
    if (e.flags) return e;
  }
  // Hyphenated words take the cues of their parts: "third-highest", "six-year".
  if (w.find('-') != std::string_view::npos) {
    size_t b = 0;
    while (b <= w.size()) {
      size_t h = w.find('-', b);
      if (h == std::string_view::npos) h = w.size();
      const LexEntry p = lookup(w.substr(b, h - b));
      e.flags |= p.flags & ~(kFunction | kPhraseStart | kStop | kAux | kPreNumber);
      if (p.strength > e.strength) e.strength = p.strength;
      b = h + 1;
    }
  }
  return e;
}

}  // namespace

void tokenize(std::u32string_view t, size_t start, size_t end, bool& in_quote,
              std::vector<Token>& out) {
  out.clear();
  bool next_initial = true;
  size_t i = start;
  while (i < end) {
    const char32_t c = t[i];
    if (is_space(c)) { ++i; continue; }
    Token tok;
    tok.start = i;
    if (is_alnum(c)) {
      size_t j = i + 1;
      while (j < end && (is_alnum(t[j]) || joins(t, j, end))) ++j;
      if (j < end && t[j] == U'%' && is_digit(t[j - 1])) ++j;
      tok.end = j;
      tok.kind = is_digit(c) ? TokKind::Number : TokKind::Word;
      size_t letters = 0, uppers = 0;
      for (size_t k = i; k < j; ++k) {
        if (is_digit(t[k])) tok.has_digit = true;
        if (is_letter(t[k])) { ++letters; if (is_upper(t[k])) ++uppers; }
      }
      tok.has_letter = letters > 0;
      tok.capitalised = is_upper(c);
      tok.all_caps = letters >= 2 && uppers == letters;
      lowercase_into(t, i, j, tok);
      if (tok.kind == TokKind::Word || tok.has_letter) tok.lex = lex_of(tok.lower());
      tok.initial = next_initial;
      next_initial = false;
      tok.in_quote = in_quote;
      i = j;
    } else {
      tok.end = i + 1;
      tok.mark = c;
      if (is_double_quote(c)) {
        tok.kind = TokKind::Quote;
        if (is_open_double_quote(c)) in_quote = true;
        else if (is_close_double_quote(c)) in_quote = false;
        else in_quote = !in_quote;
        if (in_quote) next_initial = true;
      } else if (is_currency(c)) {
        tok.kind = TokKind::Currency;
      } else {
        tok.kind = TokKind::Punct;
      }
      tok.in_quote = in_quote;
      ++i;
    }
    out.push_back(std::move(tok));
  }
}

}  // namespace core::claims
