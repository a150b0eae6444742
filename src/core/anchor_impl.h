// anchor_impl.h - what the anchoring stages share (internal to src/core/anchor*.cpp): a
// selector prepared for matching, a candidate place with its evidence, and the Anchorer's
// state with one method per stage.
//
//   anchor.cpp          order of the stages, exact vs approximate, public functions
//   anchor_context.cpp  comparing the recorded prefix and suffix with the text at a place
//   anchor_exact.cpp    verbatim copies: finding them (bounded), ranking, accepting
//   anchor_fuzzy.cpp    approximate matches: seeds, Myers windows, bounds, long quotes
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/anchor.h"
#include "core/anchor_qgram_index.h"
#include "core/approx_match.h"
#include "core/utf8.h"

namespace core {

inline size_t abs_diff(size_t a, size_t b) { return a > b ? a - b : b - a; }

// A selector prepared for matching: the context clamped to kAnchorContextLimit code points
// next to the quote, and bit-parallel patterns of the quote (unless it is long: long quotes
// are matched piece by piece) and of each context side, whole and cut at the line break
// nearest the quote.
struct Probe {
  std::u32string_view exact, prefix, suffix;
  ApproxPattern prefix_pat, suffix_pat, prefix_tail, suffix_head;

  Probe(std::u32string_view exact, std::u32string_view prefix, std::u32string_view suffix);
  bool no_context() const { return prefix.empty() && suffix.empty(); }
  bool long_quote() const;  // matched piece by piece, never as one pattern
  // The quote's pattern, built when first needed (a quote found verbatim never needs it).
  const ApproxPattern& quote() const;

 private:
  mutable std::optional<ApproxPattern> quote_;
};

// One context side at a candidate place (the public ContextMatch plus whether it could tell).
struct SideMatch {
  ContextMatch m;
  bool informative = false;  // compared over enough text to count for or against
  long evidence() const;     // compared - kEditWeight * errors when informative, else 0
};

struct Candidate {
  size_t start = 0, end = 0;
  int errors = 0;  // edits between the quote and text[start, end)
  SideMatch before, after;
  size_t distance = 0;  // from the recorded position (0 when none)
  bool near = false;    // within kNearPosition of it
  int sides_ok() const { return (before.m.agrees ? 1 : 0) + (after.m.agrees ? 1 : 0); }
  int context_errors() const { return before.m.errors + after.m.errors; }
  long evidence() const { return before.evidence() + after.evidence(); }
  bool informative() const { return before.informative || after.informative; }
};

// Where the selector says the quote was, in code points: `pos`, and whether the quote's own
// length showed it counted in UTF-16 units; when that cannot be told (no astral character
// in the quote) and the text has astral characters, `alt` is the position read as UTF-16
// units. Nothing when the selector has no usable position.
struct Hint {
  std::optional<size_t> pos, alt;
  bool utf16 = false;
  size_t distance(size_t p) const;
  bool near(size_t p) const;
  // The UTF-16 reading fits a place found at p better than the code point one.
  bool utf16_at(size_t p) const;
  Hint shifted(size_t delta) const;  // the hint for a place `delta` code points further on
};

// What the exact stage found: the best verbatim copy and why it is accepted (None: it is not).
struct ExactChoice {
  std::optional<Candidate> best;
  AnchorReason reason = AnchorReason::None;
  size_t occurrences = 0;
  size_t nearest = 0;  // distance of the copy nearest the recorded position
};

struct Anchorer::Impl {
  std::u32string text;
  utf8::Utf16Index utf16;

  explicit Impl(std::u32string_view t) : text(t), utf16(text) {}

  // The q-gram index, built on the first search: a file whose annotations all sit at their
  // recorded positions never pays for it.
  const QgramIndex& index() const;

  bool holds(size_t pos, std::u32string_view quote) const {
    return pos <= text.size() && text.size() - pos >= quote.size() &&
           std::u32string_view(text).substr(pos, quote.size()) == quote;
  }
  std::optional<AnchorResult> at_recorded_position(const QuoteSelector& sel) const;
  Hint hint_of(const QuoteSelector& sel) const;

  // anchor_context.cpp
  SideMatch match_prefix(const Probe& pr, size_t start) const;
  SideMatch match_suffix(const Probe& pr, size_t end) const;
  void score(const Probe& pr, const Hint& hint, Candidate& c) const;

  // anchor_exact.cpp
  struct Occurrences {
    std::vector<size_t> at;  // ascending: the copies worth scoring
    size_t count = 0;        // copies seen (every copy in the text when complete)
    bool complete = true;    // else only those near the hints and where the context points
  };
  Occurrences occurrences(const Probe& pr, const Hint& hint) const;
  ExactChoice best_exact(const Probe& pr, const Hint& hint) const;

  // anchor_fuzzy.cpp
  struct Range {
    long long lo, hi;  // likely quote starts
  };
  std::vector<Range> seed_ranges(const Probe& pr, size_t k) const;
  void refine_bounds(const Probe& pr, Candidate& c, size_t k) const;
  bool supported_fuzzy(const Probe& pr, const Candidate& c) const;
  std::optional<Candidate> best_fuzzy(const Probe& pr, const Hint& hint) const;
  std::optional<Candidate> best_fuzzy_long(const Probe& pr, const Hint& hint) const;
  std::optional<size_t> align_pieces(const Probe& pr, size_t from, bool forward, int budget,
                                     int& errors) const;

  // anchor.cpp
  // The place for a prepared selector without the recorded-position shortcut: verbatim
  // copy or approximate match, as the rules in anchor.h decide. `why` gets the reason.
  std::optional<Candidate> locate(const Probe& pr, const Hint& hint, AnchorReason& why,
                                  size_t& occurrences) const;
  AnchorResult anchor(const QuoteSelector& sel) const;

 private:
  mutable std::unique_ptr<QgramIndex> index_;
};

}  // namespace core
