// anchor_qgram_index.h - an index of every q-gram (run of kQ code points) of a text, so
// that anchoring finds candidate places for a quote without scanning the whole article.
// Built once per text in O(n); a lookup returns the positions whose q-gram hashes alike
// (callers verify: distinct q-grams may share a bucket).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace core {

class QgramIndex {
 public:
  static constexpr size_t kQ = 6;

  explicit QgramIndex(std::u32string_view text);

  // Hash of the q-gram starting at s[0] (s must hold kQ code points).
  static uint64_t hash(const char32_t* s);

  // Positions (ascending) whose q-gram falls in the same bucket as `gram_hash`.
  struct Span {
    const uint32_t* begin = nullptr;
    const uint32_t* end = nullptr;
    size_t size() const { return static_cast<size_t>(end - begin); }
  };
  Span lookup(uint64_t gram_hash) const;

  bool empty() const { return positions_.empty(); }

 private:
  size_t bucket(uint64_t h) const { return static_cast<size_t>((h * 0x9E3779B97F4A7C15ull) >> shift_); }

  unsigned shift_ = 64;
  std::vector<uint32_t> starts_;     // bucket b holds positions_[starts_[b], starts_[b+1])
  std::vector<uint32_t> positions_;
};

}  // namespace core
