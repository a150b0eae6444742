// anchor.h - finds where a quote selector belongs in the article as it is now.
//
// How to use:
//   core::Anchorer anchorer(article_cps);            // preprocess the text once
//   core::AnchorResult r = anchorer.anchor(selector); // exact, moved, fuzzy or orphaned
//
// Order of attempts: the recorded position holds the quote -> Exact; the quote occurs
// elsewhere (the copy whose prefix/suffix agree best, then the nearest to the old
// position) -> Moved; an
// approximate match that tolerates typos and small edits in the quote and its context ->
// Fuzzy (with the edit count); else Orphaned (start/end meaningless). Positions counted in
// UTF-16 code units (Hypothesis, Recogito) are recognised when they match the quote so.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotation.h"

namespace core {

struct QuoteSelector {
  std::u32string exact, prefix, suffix;
  std::optional<size_t> start, end;  // TextPositionSelector, code points (or UTF-16 units)
};

struct AnchorResult {
  AnchorStatus status = AnchorStatus::Orphaned;
  size_t start = 0, end = 0;  // code points into the text, end exclusive
  int errors = 0;             // edit distance of a fuzzy match, else 0
  bool utf16_positions = false;  // the selector's positions were UTF-16 code units
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
  Impl* impl_;
};

// Convenience for a single quote.
AnchorResult anchor_quote(std::u32string_view text, const QuoteSelector& selector);

// Anchors every annotation to `text`, updating anchor/anchor_errors in place. Anchored ones
// (exact, moved, fuzzy) get start/end, exact, prefix and suffix from the text as it is now;
// orphaned ones keep their recorded start/end, exact, prefix and suffix.
struct AnchorSummary {
  size_t exact = 0, moved = 0, fuzzy = 0, orphaned = 0;
};
AnchorSummary anchor_annotations(std::u32string_view text, std::vector<Annotation>& annotations);

}  // namespace core
