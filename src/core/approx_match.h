// approx_match.h - approximate string matching with k differences (Levenshtein edits) by
// Myers' bit-parallel algorithm, with the pattern cut into blocks of 64 positions so that
// patterns of any length work, and Ukkonen's cut-off so only blocks that can still hold a
// match within the budget are computed. Text and pattern are code points.
//
// How to use:
//   core::ApproxPattern pat(U"quote");                   // preprocess once
//   auto ends = pat.find_ends(text, 2);                    // every end within 2 edits
//   size_t s = pat.find_start(text, ends[0].end, ends[0].errors);
//   auto best = core::approx_search(text, U"quote", 2);   // best matches with starts
//   int d = core::edit_distance(U"kitten", U"sitting");   // 3
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct ApproxMatch {
  size_t start = 0, end = 0;  // text[start, end) is the matched substring
  int errors = 0;             // edit distance between it and the pattern
};

// Not thread-safe: the first search in each direction prepares that direction's masks.
class ApproxPattern {
 public:
  explicit ApproxPattern(std::u32string_view pattern);

  size_t size() const { return size_; }

  // Every text position `end` where some substring of `text` ending at `end` (exclusive)
  // is within `max_errors` edits of the pattern, with the smallest such count (start is
  // left equal to end; use find_start). Empty for an empty pattern or max_errors < 0.
  std::vector<ApproxMatch> find_ends(std::u32string_view text, int max_errors) const;

  // The start of a substring ending at `end` that is `errors` edits from the pattern, as
  // reported by find_ends. Among equally good starts, the one giving the length closest to
  // the pattern's (then the longer). Returns `end` if no start within `errors` exists.
  size_t find_start(std::u32string_view text, size_t end, int errors) const;

  // Edit distance between the pattern and the whole of `text` (global alignment).
  int distance_to(std::u32string_view text) const;

  // out[L] = edit distance between the pattern and text[0, L), for L = 0..n (one pass).
  void distances_to_prefixes(std::u32string_view text, std::vector<int>& out) const;
  // out[L] = edit distance between the pattern and text[n - L, n), for L = 0..n.
  void distances_to_suffixes(std::u32string_view text, std::vector<int>& out) const;

  // out[j] = fewest edits between the pattern and a substring of `text` ending at j (any
  // start), for j = 0..n: one pass where asking distance_to_suffix at every j would be n.
  void best_ends(std::u32string_view text, std::vector<int>& out) const;
  // out[j] = fewest edits between the pattern and a substring of `text` starting at j (any
  // end), for j = 0..n.
  void best_starts(std::u32string_view text, std::vector<int>& out) const;

  // Fewest edits between the pattern and a prefix text[0, L) of `text`, over every L (the
  // pattern must start where the text starts; where it ends is free).
  int distance_to_prefix(std::u32string_view text) const;
  // Likewise for suffixes text[n - L, n): the pattern must end where the text ends.
  int distance_to_suffix(std::u32string_view text) const;

 private:
  // Bit masks of pattern positions holding a given code point, for one direction.
  struct Masks {
    std::vector<uint64_t> table;   // (distinct chars + 1) x blocks; row 0 is all zeros
    uint32_t ascii[128] = {};      // row for code points below 128
    std::vector<char32_t> keys;    // open-addressing hash of other code points -> row
    std::vector<uint32_t> rows;
    const uint64_t* row(char32_t c) const;
  };
  static void build(std::u32string_view pattern, size_t blocks, bool reversed, Masks& out);

  // Runs Myers over `text` (a string view, or a reversed view of one); calls
  // on_column(j, score) with the last row's value after column j when it is within
  // max_errors. Anchored: the match must start at text[0] (global start); otherwise it may
  // start anywhere (search) and Ukkonen's cut-off applies. Patterns of up to 8 blocks
  // (512 code points) run without allocating: anchoring calls this thousands of times per
  // quote with short context patterns.
  template <bool kAnchored, class Text, class OnColumn>
  void run(const Masks& masks, const Text& text, int max_errors, OnColumn&& on_column) const;

  // The masks for the pattern and for it reversed, each built on first use (anchoring
  // builds many short patterns and uses one direction of most of them).
  const Masks& fwd() const;
  const Masks& rev() const;

  std::u32string pattern_;
  size_t size_ = 0, blocks_ = 0;
  uint64_t last_bit_ = 0;  // bit of the pattern's last row inside the last block
  mutable Masks fwd_, rev_;
  mutable bool have_fwd_ = false, have_rev_ = false;
};

// The best matches of `pattern` in `text` within `max_errors`: the ends where the error
// count is a local minimum (ends closer than the pattern length share one match), each with
// its start.
std::vector<ApproxMatch> approx_search(std::u32string_view text, std::u32string_view pattern,
                                       int max_errors);

// Levenshtein distance (insertions, deletions, substitutions each cost 1).
int edit_distance(std::u32string_view a, std::u32string_view b);

}  // namespace core
