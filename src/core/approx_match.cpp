// approx_match.cpp - Myers' bit-vector algorithm (J. ACM 46(3), 1999) in its block-based
// form: column j of the edit-distance matrix is kept as vertical deltas, 64 rows per
// machine word; a column is advanced with a handful of word operations per block.
#include "core/approx_match.h"

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace core {

namespace {

constexpr size_t kWord = 64;
constexpr char32_t kNoKey = 0xFFFFFFFFu;  // never a code point

// Advances one block of the column by one text character. P/M hold the block's vertical
// deltas (+1/-1 bits), eq the rows equal to the character, hin the horizontal delta
// entering the block's top row (-1, 0 or +1); returns the delta leaving its `high` row.
inline int advance_block(uint64_t& P, uint64_t& M, uint64_t eq, int hin, uint64_t high) {
  const uint64_t hin_neg = hin < 0 ? 1 : 0;
  const uint64_t xv = eq | M;
  eq |= hin_neg;
  const uint64_t xh = (((eq & P) + P) ^ P) | eq;
  uint64_t ph = M | ~(xh | P);
  uint64_t mh = P & xh;
  const int hout = (ph & high) ? 1 : ((mh & high) ? -1 : 0);
  ph <<= 1;
  mh <<= 1;
  mh |= hin_neg;
  ph |= hin > 0 ? 1 : 0;
  P = mh | ~(xv | ph);
  M = ph & xv;
  return hout;
}

// `text` read back to front, without copying it.
struct Reversed {
  std::u32string_view text;
  size_t size() const { return text.size(); }
  char32_t operator[](size_t j) const { return text[text.size() - 1 - j]; }
};

// Column state of up to kInlineBlocks blocks on the stack, more on the heap.
constexpr size_t kInlineBlocks = 8;
struct Columns {
  uint64_t p_inline[kInlineBlocks], m_inline[kInlineBlocks];
  int score_inline[kInlineBlocks];
  std::vector<uint64_t> p_heap, m_heap;
  std::vector<int> score_heap;
  uint64_t* P;
  uint64_t* M;
  int* score;
  explicit Columns(size_t blocks) {
    if (blocks <= kInlineBlocks) {
      P = p_inline;
      M = m_inline;
      score = score_inline;
    } else {
      p_heap.resize(blocks);
      m_heap.resize(blocks);
      score_heap.resize(blocks);
      P = p_heap.data();
      M = m_heap.data();
      score = score_heap.data();
    }
    for (size_t b = 0; b < blocks; ++b) {
      P[b] = ~uint64_t{0};
      M[b] = 0;
    }
  }
};

}  // namespace

const uint64_t* ApproxPattern::Masks::row(char32_t c) const {
  if (c < 128) return &table[ascii[c]];
  if (keys.empty()) return &table[0];
  const size_t mask = keys.size() - 1;
  size_t i = (static_cast<uint32_t>(c) * 0x9E3779B1u) & mask;
  while (keys[i] != kNoKey) {
    if (keys[i] == c) return &table[rows[i]];
    i = (i + 1) & mask;
  }
  return &table[0];
}

// Rows are stored pre-multiplied by the block count, so row() returns a pointer directly.
// Two passes (number the distinct characters, then set their bits) so the table is
// allocated once: anchoring builds several patterns per quote. `reversed`: the masks of the
// pattern read back to front.
void ApproxPattern::build(std::u32string_view pattern, size_t blocks, bool reversed, Masks& out) {
  size_t other = 0;
  for (char32_t c : pattern)
    if (c >= 128) ++other;  // upper bound; duplicates only make the hash sparser
  if (other > 0) {
    size_t cap = 4;
    while (cap < 2 * other) cap <<= 1;
    out.keys.assign(cap, kNoKey);
    out.rows.assign(cap, 0);
  }
  // Row numbers: 0 for characters absent from the pattern, then 1, 2, ... in order of
  // first appearance.
  uint32_t next = 1;
  auto number = [&](char32_t c) -> uint32_t& {
    if (c < 128) return out.ascii[c];
    const size_t mask = out.keys.size() - 1;
    size_t i = (static_cast<uint32_t>(c) * 0x9E3779B1u) & mask;
    while (out.keys[i] != kNoKey && out.keys[i] != c) i = (i + 1) & mask;
    out.keys[i] = c;
    return out.rows[i];
  };
  for (char32_t c : pattern) {
    uint32_t& r = number(c);
    if (r == 0) r = next++;
  }
  if (blocks > 1) {
    for (uint32_t& r : out.ascii) r *= static_cast<uint32_t>(blocks);
    for (uint32_t& r : out.rows) r *= static_cast<uint32_t>(blocks);
  }
  out.table.assign(next * blocks, 0);
  const size_t n = pattern.size();
  for (size_t i = 0; i < n; ++i) {
    const uint32_t r = number(pattern[reversed ? n - 1 - i : i]);
    out.table[r + i / kWord] |= uint64_t{1} << (i % kWord);
  }
}

ApproxPattern::ApproxPattern(std::u32string_view pattern) : pattern_(pattern), size_(pattern.size()) {
  if (size_ == 0) return;
  blocks_ = (size_ + kWord - 1) / kWord;
  last_bit_ = uint64_t{1} << ((size_ - 1) % kWord);
}

const ApproxPattern::Masks& ApproxPattern::fwd() const {
  if (!have_fwd_) build(pattern_, blocks_, false, fwd_);
  have_fwd_ = true;
  return fwd_;
}

const ApproxPattern::Masks& ApproxPattern::rev() const {
  if (!have_rev_) build(pattern_, blocks_, true, rev_);
  have_rev_ = true;
  return rev_;
}

template <bool kAnchored, class Text, class OnColumn>
void ApproxPattern::run(const Masks& masks, const Text& text, int max_errors,
                        OnColumn&& on_column) const {
  const size_t B = blocks_;
  const size_t last = B - 1;
  const int k = max_errors;
  Columns columns(B);
  uint64_t* const P = columns.P;
  uint64_t* const M = columns.M;
  int* const score = columns.score;
  auto block_len = [&](size_t b) { return static_cast<int>(b < last ? kWord : size_ - kWord * last); };
  auto high = [&](size_t b) { return b < last ? uint64_t{1} << 63 : last_bit_; };
  // Column 0: D[i][0] = i (the pattern's first i characters all deleted).
  for (size_t b = 0; b < B; ++b) score[b] = static_cast<int>(kWord * b) + block_len(b);

  // Last active block: below it every cell is known to exceed k (Ukkonen's cut-off).
  size_t y = last;
  if (!kAnchored) y = k <= 0 ? 0 : std::min(last, static_cast<size_t>(k - 1) / kWord);

  for (size_t j = 0; j < text.size(); ++j) {
    const uint64_t* eq = masks.row(text[j]);
    // Top row: 0 everywhere when searching (a match may start anywhere), j when anchored.
    int carry = kAnchored ? 1 : 0;
    for (size_t b = 0; b <= y; ++b) {
      carry = advance_block(P[b], M[b], eq[b], carry, high(b));
      score[b] += carry;
    }
    if (!kAnchored) {
      if (y < last && score[y] - carry <= k && ((eq[y + 1] & 1) || carry < 0)) {
        // The next block may now hold cells within k: start it from "all above k".
        ++y;
        P[y] = ~uint64_t{0};
        M[y] = 0;
        const int h = advance_block(P[y], M[y], eq[y], carry, high(y));
        score[y] = score[y - 1] - carry + block_len(y) + h;
      } else {
        while (y > 0 && score[y] >= k + static_cast<int>(kWord)) --y;
      }
    }
    if (y == last && score[last] <= k) on_column(j, score[last]);
  }
}

std::vector<ApproxMatch> ApproxPattern::find_ends(std::u32string_view text, int max_errors) const {
  std::vector<ApproxMatch> out;
  if (size_ == 0 || max_errors < 0) return out;
  const int k = static_cast<int>(std::min<size_t>(static_cast<size_t>(max_errors), size_));
  run<false>(fwd(), text, k, [&](size_t j, int s) { out.push_back({j + 1, j + 1, s}); });
  return out;
}

size_t ApproxPattern::find_start(std::u32string_view text, size_t end, int errors) const {
  end = std::min(end, text.size());
  if (size_ == 0 || errors < 0) return end;
  const size_t reach = size_ + static_cast<size_t>(errors);
  const size_t lo = end > reach ? end - reach : 0;
  const Reversed window{text.substr(lo, end - lo)};
  // Reversed pattern anchored at the reversed end: the score after consuming `len`
  // characters is the distance between the pattern and text[end - len, end).
  size_t best_len = 0;
  int best_score = static_cast<int>(size_);  // len 0: the whole pattern deleted
  bool found = best_score <= errors;
  auto better = [&](int s, size_t len) {
    if (!found || s < best_score) return true;
    if (s > best_score) return false;
    const size_t d_new = len > size_ ? len - size_ : size_ - len;
    const size_t d_old = best_len > size_ ? best_len - size_ : size_ - best_len;
    return d_new < d_old || (d_new == d_old && len > best_len);
  };
  run<true>(rev(), window, INT_MAX / 2, [&](size_t j, int s) {
    if (s <= errors && better(s, j + 1)) {
      best_score = s;
      best_len = j + 1;
      found = true;
    }
  });
  return found ? end - best_len : end;
}

int ApproxPattern::distance_to(std::u32string_view text) const {
  if (size_ == 0) return static_cast<int>(text.size());
  if (text.empty()) return static_cast<int>(size_);
  int result = 0;
  run<true>(fwd(), text, INT_MAX / 2, [&](size_t j, int s) {
    if (j + 1 == text.size()) result = s;
  });
  return result;
}

void ApproxPattern::distances_to_prefixes(std::u32string_view text, std::vector<int>& out) const {
  out.resize(text.size() + 1);
  out[0] = static_cast<int>(size_);
  if (size_ == 0) {
    for (size_t l = 0; l <= text.size(); ++l) out[l] = static_cast<int>(l);
    return;
  }
  run<true>(fwd(), text, INT_MAX / 2, [&](size_t j, int s) { out[j + 1] = s; });
}

void ApproxPattern::distances_to_suffixes(std::u32string_view text, std::vector<int>& out) const {
  out.resize(text.size() + 1);
  out[0] = static_cast<int>(size_);
  if (size_ == 0) {
    for (size_t l = 0; l <= text.size(); ++l) out[l] = static_cast<int>(l);
    return;
  }
  run<true>(rev(), Reversed{text}, INT_MAX / 2, [&](size_t j, int s) { out[j + 1] = s; });
}

void ApproxPattern::best_ends(std::u32string_view text, std::vector<int>& out) const {
  const int m = static_cast<int>(size_);
  out.assign(text.size() + 1, m);  // the empty substring: every pattern character deleted
  if (size_ == 0) return;
  // Searching with a budget of m keeps every block active, so every column is reported.
  run<false>(fwd(), text, m, [&](size_t j, int s) { out[j + 1] = s; });
}

void ApproxPattern::best_starts(std::u32string_view text, std::vector<int>& out) const {
  const int m = static_cast<int>(size_);
  const size_t n = text.size();
  out.assign(n + 1, m);
  if (size_ == 0) return;
  // The reversed pattern over the reversed text: column j ends at text[n - 1 - j].
  run<false>(rev(), Reversed{text}, m, [&](size_t j, int s) { out[n - 1 - j] = s; });
}

int ApproxPattern::distance_to_prefix(std::u32string_view text) const {
  int best = static_cast<int>(size_);  // L = 0: the whole pattern deleted
  if (size_ == 0) return 0;
  run<true>(fwd(), text, INT_MAX / 2, [&](size_t, int s) { best = std::min(best, s); });
  return best;
}

int ApproxPattern::distance_to_suffix(std::u32string_view text) const {
  int best = static_cast<int>(size_);
  if (size_ == 0) return 0;
  // The reversed pattern against the reversed text, anchored at the text's end.
  run<true>(rev(), Reversed{text}, INT_MAX / 2, [&](size_t, int s) { best = std::min(best, s); });
  return best;
}

std::vector<ApproxMatch> approx_search(std::u32string_view text, std::u32string_view pattern,
                                       int max_errors) {
  std::vector<ApproxMatch> out;
  const ApproxPattern pat(pattern);
  const std::vector<ApproxMatch> ends = pat.find_ends(text, max_errors);
  size_t i = 0;
  while (i < ends.size()) {
    // One group: ends separated by less than the pattern length.
    size_t best = i, j = i + 1;
    while (j < ends.size() && ends[j].end - ends[j - 1].end < pattern.size()) {
      if (ends[j].errors < ends[best].errors) best = j;
      ++j;
    }
    ApproxMatch m = ends[best];
    m.start = pat.find_start(text, m.end, m.errors);
    out.push_back(m);
    i = j;
  }
  return out;
}

int edit_distance(std::u32string_view a, std::u32string_view b) {
  if (a.size() > b.size()) std::swap(a, b);  // the shorter one as the pattern: fewer blocks
  if (a.empty()) return static_cast<int>(b.size());
  return ApproxPattern(a).distance_to(b);
}

}  // namespace core
