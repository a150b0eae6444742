// word_index.h - finds a lowercase word in a compiled-in word list (each word ended by '\0')
// through an open-addressing hash index built once. The word classes (word_classes.h) and
// the word vector scores (word_vectors.h) look words up through it.
//
// How to use:
//   WordIndex ix(split_words(table.words, table.count));
//   int i = ix.find("million", fnv1a("million"));   // its place in the list, or -1
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace core::claims {

// FNV-1a, as features.cpp hashes words.
constexpr uint32_t kFnvBasis = 2166136261u;
inline uint32_t fnv1a(uint32_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}
inline uint32_t fnv1a(std::string_view s) { return fnv1a(kFnvBasis, s); }

// The `count` words of a list of words each ended by '\0'.
std::vector<std::string_view> split_words(const char* words, size_t count);

class WordIndex {
 public:
  WordIndex() = default;
  explicit WordIndex(std::vector<std::string_view> words);
  // The word's place in the list, or -1. `hash` is fnv1a(word).
  int find(std::string_view word, uint32_t hash) const;
  const std::vector<std::string_view>& words() const { return words_; }

 private:
  std::vector<std::string_view> words_;
  std::vector<uint32_t> slots_;  // a power of two, at most half full: 1 + the word's place, 0 when empty
};

}  // namespace core::claims
