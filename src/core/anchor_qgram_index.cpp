// anchor_qgram_index.cpp - counting-sort construction of the q-gram buckets.
#include "core/anchor_qgram_index.h"

namespace core {

namespace {
constexpr uint64_t kBase = 0x100000001B3ull;
// kBase^(kQ-1): the weight of a q-gram's first code point, dropped when the window rolls on.
constexpr uint64_t lead_weight() {
  uint64_t w = 1;
  for (size_t i = 1; i < QgramIndex::kQ; ++i) w *= kBase;
  return w;
}
}  // namespace

uint64_t QgramIndex::hash(const char32_t* s) {
  uint64_t h = 0;
  for (size_t i = 0; i < kQ; ++i) h = h * kBase + (static_cast<uint64_t>(s[i]) + 1);
  return h;
}

QgramIndex::QgramIndex(std::u32string_view text) {
  // Positions are stored as 32 bits; a text beyond 4 G code points is not indexed (the
  // anchorer then falls back to linear scans).
  if (text.size() < kQ || text.size() > 0xFFFFFFF0u) return;
  const size_t grams = text.size() - kQ + 1;
  // About four positions per bucket: a table small enough to stay in cache while it is
  // counted (this build is most of the anchoring time on a long article).
  unsigned bits = 10;
  while ((size_t{4} << bits) < grams && bits < 28) ++bits;
  shift_ = 64 - bits;
  std::vector<uint32_t> bucket_of(grams);
  starts_.assign((size_t{1} << bits) + 1, 0);
  // The same hash as hash(), rolled along the text: two multiplications per position.
  uint64_t h = hash(text.data());
  for (size_t i = 0; i < grams; ++i) {
    if (i > 0)
      h = (h - (static_cast<uint64_t>(text[i - 1]) + 1) * lead_weight()) * kBase +
          (static_cast<uint64_t>(text[i + kQ - 1]) + 1);
    const uint32_t b = static_cast<uint32_t>(bucket(h));
    bucket_of[i] = b;
    ++starts_[b + 1];
  }
  for (size_t b = 1; b < starts_.size(); ++b) starts_[b] += starts_[b - 1];
  positions_.resize(grams);
  std::vector<uint32_t> fill(starts_.begin(), starts_.end() - 1);
  for (size_t i = 0; i < grams; ++i) positions_[fill[bucket_of[i]]++] = static_cast<uint32_t>(i);
}

QgramIndex::Span QgramIndex::lookup(uint64_t gram_hash) const {
  if (positions_.empty()) return {};
  const size_t b = bucket(gram_hash);
  return {positions_.data() + starts_[b], positions_.data() + starts_[b + 1]};
}

}  // namespace core
