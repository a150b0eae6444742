// word_index.h - finds a word of a compiled-in word list (each word ended by '\0') through
// an open-addressing table of fingerprints built once: one 8-byte slot per probe, no string
// compared, so a lookup costs about one cache miss. The word classes (word_classes.h) and
// the word vector scores (word_vectors.h) look words up through it.
//
// A word is known by a 44-bit fingerprint of its bytes: a word outside the list is taken
// for one inside it with a chance of about n / 2^44 (under one in 500 million for 30,000
// words), which for a feature of the claim model is no risk worth a string compare.
//
// How to use:
//   WordIndex ix(split_words(table.words, table.count));
//   int i = ix.find("million");   // its place in the list, or -1
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace core::claims {

// The `count` words of a list of words each ended by '\0'.
std::vector<std::string_view> split_words(const char* words, size_t count);

// A hash (FNV-1a) of a word table: its words and each word's 16-bit value (a class, a score).
// A model records the hash of the tables it was trained with (ModelTable), so that a table
// regenerated without the model is caught.
uint32_t word_table_fingerprint(const std::vector<std::string_view>& words, const uint16_t* values);

class WordIndex {
 public:
  WordIndex() = default;
  explicit WordIndex(const std::vector<std::string_view>& words);  // at most 2^20 words
  // The word's place in the list (the first, for a word listed twice), or -1.
  int find(std::string_view word) const;

 private:
  std::vector<uint64_t> slots_;  // a power of two, at most half full: fingerprint << 20 | place, 0 when empty
};

}  // namespace core::claims
