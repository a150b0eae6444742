// anchor.h - finds where a quote selector belongs in the article as it is now.
//
// How to use:
//   core::Anchorer anchorer(article_cps);            // holds the text; indexes it on first need
//   core::AnchorResult r = anchorer.anchor(selector); // exact, moved, fuzzy or orphaned
//   r.reason, r.prefix, r.suffix, r.distance         // why that place won (for reports)
//
// How a place is chosen, as a reader comparing the two versions would (docs/FORMAT.md,
// "Anchoring", has the numbers):
//   1. The recorded position holds the quote -> Exact. Positions counted in UTF-16 code
//      units (Hypothesis, Recogito) are recognised when they match the quote so.
//   2. The quote occurs verbatim: among its copies, the one whose prefix/suffix agree, then
//      the one near the recorded position, then the one whose context is clearly closest,
//      then the nearest -> Moved, when something supports it (context, position, a long or
//      unique quote, or a selector with no context that could contradict it).
//   3. Else an approximate match within an edit budget that its context supports -> Fuzzy.
//      A verbatim copy beats any approximate match unless both the context and the position
//      point to the approximate one.
//   4. Else Orphaned (start/end meaningless): a highlight in the wrong place is worse.
// Only the kAnchorContextLimit code points of prefix and suffix nearest the quote are used,
// so a crafted selector cannot make the work grow with the square of its context.
//
// Not thread-safe: an Anchorer builds its index on the first search.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotation.h"

namespace core {

// Code points of prefix and of suffix (those next to the quote) that anchoring compares;
// the rest of a longer recorded context is ignored.
constexpr size_t kAnchorContextLimit = 64;

struct QuoteSelector {
  std::u32string exact, prefix, suffix;
  std::optional<size_t> start, end;  // TextPositionSelector, code points (or UTF-16 units)
};

// Why the place was chosen.
enum class AnchorReason {
  None,              // orphaned
  RecordedPosition,  // the recorded position holds the quote
  Context,           // the recorded prefix or suffix agrees with the text around it
  Position,          // verbatim, within kNearPosition of the recorded position
  LongQuote,         // verbatim, and long enough to be evidence by itself
  OnlyOccurrence,    // the only verbatim copy of a quote long enough to be unlikely by chance
  ClosestContext,    // verbatim, its context clearly the closest of all copies
  NothingToCompare,  // the selector has no context the text could contradict
};
// "recorded position", "context", "position", "long quote", "only occurrence",
// "closest context", "nothing to compare", "none".
const char* to_string(AnchorReason r);

// One side of the recorded context compared with the text at the chosen place.
struct ContextMatch {
  size_t compared = 0;  // code points compared: 0 when none was recorded or the text ends there
  int errors = 0;       // edits between the two
  bool agrees = false;  // within a quarter of `compared`, or its part in the quote's paragraph is
};

struct AnchorResult {
  AnchorStatus status = AnchorStatus::Orphaned;
  size_t start = 0, end = 0;  // code points into the text, end exclusive
  int errors = 0;             // edit distance of a fuzzy match, else 0
  bool utf16_positions = false;  // the selector's positions were UTF-16 code units

  // Why: the evidence for the chosen place. Context is not compared for an Exact result.
  AnchorReason reason = AnchorReason::None;
  ContextMatch prefix, suffix;
  std::optional<size_t> distance;  // code points from the recorded position, when there is one
  size_t occurrences = 0;          // verbatim copies of the quote that were looked at
};

class Anchorer {
 public:
  explicit Anchorer(std::u32string_view text);
  ~Anchorer();
  Anchorer(const Anchorer&) = delete;
  Anchorer& operator=(const Anchorer&) = delete;

  AnchorResult anchor(const QuoteSelector& selector) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Convenience for a single quote.
AnchorResult anchor_quote(std::u32string_view text, const QuoteSelector& selector);

// Anchors every annotation to `text`, updating anchor/anchor_errors in place. Anchored ones
// (exact, moved, fuzzy) get start/end, exact, prefix and suffix from the text as it is now;
// orphaned ones keep their recorded start/end, exact, prefix and suffix. When `results` is
// given it receives each annotation's AnchorResult, in order (for reports).
struct AnchorSummary {
  size_t exact = 0, moved = 0, fuzzy = 0, orphaned = 0;
};
AnchorSummary anchor_annotations(std::u32string_view text, std::vector<Annotation>& annotations,
                                 std::vector<AnchorResult>* results = nullptr);

}  // namespace core
