// word_index.cpp - the open-addressing index of word_index.h (linear probing).
#include "core/claims/word_index.h"

namespace core::claims {
namespace {

// The first slot of a word's hash.
uint32_t spread(uint32_t hash) { return hash ^ (hash >> 16); }

}  // namespace

std::vector<std::string_view> split_words(const char* words, size_t count) {
  std::vector<std::string_view> out;
  out.reserve(count);
  for (const char* p = words; out.size() < count; p += out.back().size() + 1) out.emplace_back(p);
  return out;
}

WordIndex::WordIndex(std::vector<std::string_view> words) : words_(std::move(words)) {
  size_t size = 1024;
  while (size < 2 * words_.size()) size *= 2;
  slots_.assign(size, 0);
  for (size_t i = 0; i < words_.size(); ++i) {
    size_t at = spread(fnv1a(words_[i])) & (size - 1);
    while (slots_[at]) at = (at + 1) & (size - 1);
    slots_[at] = static_cast<uint32_t>(i + 1);
  }
}

int WordIndex::find(std::string_view word, uint32_t hash) const {
  if (slots_.empty()) return -1;
  const size_t mask = slots_.size() - 1;
  for (size_t at = spread(hash) & mask; slots_[at]; at = (at + 1) & mask) {
    const uint32_t i = slots_[at] - 1;
    if (words_[i] == word) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace core::claims
