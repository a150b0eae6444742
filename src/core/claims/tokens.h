// tokens.h - the words, numbers and marks of one sentence, with their lexicon cues, as the
// claim rules see them. Offsets are code points into the whole text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/claims/lexicon.h"

namespace core::claims {

enum class TokKind : uint8_t { Word, Number, Currency, Quote, Punct };

struct Token {
  size_t start = 0, end = 0;
  TokKind kind = TokKind::Punct;
  char32_t mark = 0;          // the character of a Quote, Currency or Punct token
  bool in_quote = false;      // inside a quotation (double quotation marks)
  bool capitalised = false;   // first letter upper case
  bool all_caps = false;      // two or more letters, all upper case ("ICC", "U.S.")
  bool has_digit = false;
  bool has_letter = false;
  bool initial = false;       // first word of the sentence or of a quotation in it
  // Lowercase ASCII form (’ as '), for the lexicon; kept inline (no allocation per word)
  // and cut at kLowerMax bytes, longer than any lexicon entry.
  static constexpr size_t kLowerMax = 28;
  char lower_buf[kLowerMax] = {};
  uint8_t lower_len = 0;
  std::string_view lower() const { return {lower_buf, lower_len}; }
  LexEntry lex;               // cues of the word (or of its parts, for hyphenated words)
};

// Tokenizes text[start, end). `in_quote` carries the quotation state across sentences of a
// paragraph (a quotation may run over several sentences); it is updated to the state at
// the end of the sentence. `out` is cleared and reused to avoid allocations.
void tokenize(std::u32string_view text, size_t start, size_t end, bool& in_quote,
              std::vector<Token>& out);

}  // namespace core::claims
