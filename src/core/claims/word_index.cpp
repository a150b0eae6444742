// word_index.cpp - the fingerprint table of word_index.h (linear probing).
#include "core/claims/word_index.h"

#include <stdexcept>

namespace core::claims {
namespace {

constexpr int kPlaceBits = 20;
constexpr uint64_t kPlaceMask = (uint64_t(1) << kPlaceBits) - 1;

// FNV-1a (64 bits), mixed so that the low bits pick a slot and the high bits fingerprint.
uint64_t hash_of(std::string_view word) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : word) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// The slot's fingerprint: 44 bits, never 0 (0 marks an empty slot).
uint64_t fingerprint(uint64_t h) {
  const uint64_t f = h >> kPlaceBits;
  return f ? f : 1;
}

}  // namespace

std::vector<std::string_view> split_words(const char* words, size_t count) {
  std::vector<std::string_view> out;
  out.reserve(count);
  for (const char* p = words; out.size() < count; p += out.back().size() + 1) out.emplace_back(p);
  return out;
}

uint32_t word_table_fingerprint(const std::vector<std::string_view>& words, const uint16_t* values) {
  uint32_t h = 2166136261u;
  const auto add = [&h](unsigned char c) { h = (h ^ c) * 16777619u; };
  for (size_t i = 0; i < words.size(); ++i) {
    for (unsigned char c : words[i]) add(c);
    add(0);
    add(values[i] & 0xFF);
    add(values[i] >> 8);
  }
  return h;
}

WordIndex::WordIndex(const std::vector<std::string_view>& words) {
  if (words.size() > kPlaceMask) throw std::length_error("WordIndex: too many words");
  size_t size = 1024;
  while (size < 2 * words.size()) size *= 2;
  slots_.assign(size, 0);
  for (size_t i = 0; i < words.size(); ++i) {
    const uint64_t h = hash_of(words[i]);
    size_t at = h & (size - 1);
    while (slots_[at]) at = (at + 1) & (size - 1);
    slots_[at] = fingerprint(h) << kPlaceBits | i;
  }
}

int WordIndex::find(std::string_view word) const {
  if (slots_.empty()) return -1;
  const uint64_t h = hash_of(word), f = fingerprint(h);
  const size_t mask = slots_.size() - 1;
  for (size_t at = h & mask; slots_[at]; at = (at + 1) & mask)
    if (slots_[at] >> kPlaceBits == f) return static_cast<int>(slots_[at] & kPlaceMask);
  return -1;
}

}  // namespace core::claims
