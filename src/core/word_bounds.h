// word_bounds.h - word and paragraph boundaries for selecting text: double-click selects a
// word, triple-click a paragraph, Ctrl+Shift+arrows extend by words. Works on code points
// without a Unicode database: letters of Latin, Greek, Cyrillic and other scripts, digits,
// and apostrophes or number separators between them form words; an amount keeps its
// currency sign and its per cent sign ("£1.2bn", "5€", "12%").
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace core {

bool is_word_char(char32_t c);

// The word around `pos` ([start, end)); on a space or punctuation, the run of that same
// kind of character (so double-clicking a space selects the spaces). Empty text -> {0, 0}.
std::pair<size_t, size_t> word_at(std::u32string_view text, size_t pos);

// Caret movement by words: the end of the next word after `pos`, the start of the word
// before `pos` (as Ctrl+Right / Ctrl+Left do in text editors).
size_t next_word_end(std::u32string_view text, size_t pos);
size_t prev_word_start(std::u32string_view text, size_t pos);

// The paragraph holding `pos`: one of `paragraphs` (sorted [start, end) ranges), or the
// gap between two of them when `pos` falls between paragraphs.
std::pair<size_t, size_t> paragraph_at(const std::vector<std::pair<size_t, size_t>>& paragraphs,
                                       size_t pos);

}  // namespace core
