// anchor_rules.h - the rules of anchoring in one place: when a place counts as the quote's
// (so that a quote that is gone stays orphaned instead of landing on a lookalike), and the
// bounds that keep the work per annotation small whatever a file holds. Internal to
// src/core/anchor*.cpp; docs/FORMAT.md ("Anchoring") states them for readers.
#pragma once

#include <cstddef>

namespace core::anchor_rules {

// [SECTION] Verbatim copies ------------------------------------------------------------------
// A copy this long is evidence by itself (a moved paragraph may change both contexts of a
// whole-sentence quote), and so is the only copy of a quote at least kUniqueEvidentLength
// long (a moved headline). Shorter quotes ("council") need more.
constexpr size_t kSelfEvidentLength = 32;
constexpr size_t kUniqueEvidentLength = 16;
// Rewording the sentence around a quote moves it by tens of code points: a copy this close
// to the recorded position is where the selector points.
constexpr size_t kNearPosition = 64;

// [SECTION] Context ----------------------------------------------------------------------------
// A side agrees when within a quarter of its length in edits...
constexpr size_t kContextBudgetDivisor = 4;
// ...or when its part inside the quote's paragraph (up to a line break, which moved
// paragraphs change) is at least this long and agrees.
constexpr size_t kMinParagraphContext = 8;
// A side cut shorter than this by the text's start or end tells nothing either way (unless
// the whole recorded side was that short).
constexpr size_t kMinInformativeContext = 8;
// Of several verbatim copies, the one whose context beats every other copy's by the margin
// below is taken when that context is also closer than chance on every side that can tell:
// unrelated English differs from a context side in 60-75% of its length (edit distance with
// one end free; 1 pair in 100 below 55-60%, measured on the Brown Corpus article of the
// benchmark), so at most 3/5 of a side in edits. A lone copy gets no such benefit of the
// doubt, nor does a copy with one recorded side close and the other not: phrases recur with
// part of their context ("State Controller Arthur Levitt"), and the benchmark's deleted
// short quotes landed on such copies.
constexpr size_t kChanceNumerator = 3, kChanceDenominator = 5;
// "Clearly closer": at least this many fewer edits, plus one per kMarginPerEdit code points
// compared (differences between unrelated contexts grow with their length).
constexpr size_t kMarginEdits = 2;
constexpr size_t kMarginPerEdit = 16;
// Context evidence of a side, in code points: compared - kEditWeight * errors. Zero at the
// agreement budget; a side cut short by the text's edge weighs less than a whole one.
constexpr long kEditWeight = 4;

// [SECTION] Approximate matches ----------------------------------------------------------------
// A fuzzy match may differ from the quote by at most a quarter of its length with one
// context side agreeing, a third with both (the quote edited in place, its surroundings
// intact), a quarter when the selector has no context at all (nothing can support it, nothing
// can contradict it). Without an agreeing side, a near copy is a lookalike, not the quote.
constexpr size_t kFuzzyBudgetDivisor = 4;
constexpr size_t kBothSidesBudgetDivisor = 3;
constexpr size_t kNoContextBudgetDivisor = 4;
// The edit budget never exceeds this, however long the quote (as in Hypothesis's matcher).
constexpr size_t kMaxFuzzyErrors = 256;

// [SECTION] Bounds on the work -----------------------------------------------------------------
// Texts this short are searched whole.
constexpr size_t kWholeTextSearch = 4096;
// Seeds (q-grams of context and quote) found more often than this point nowhere in particular.
constexpr size_t kMaxSeedHits = 64;
// Total seed hits examined per quote, rarest seeds first (the place of a quote whose context
// survived gets a vote from nearly every rare q-gram; more hits only add stray votes).
constexpr size_t kSeedHitBudget = 256;
// How many seed clusters get a search window, and how much weaker than the strongest one a
// cluster may be (in votes) and still get one.
constexpr size_t kMaxClusters = 8;
constexpr size_t kWeakClusterDivisor = 4;
// A quote whose rarest q-gram occurs more often than this (or a quote shorter than a q-gram)
// is looked for near its recorded position and where its context points, not everywhere.
constexpr size_t kMaxVerifiedHits = 4096;
// A q-gram of the quote found at most this often is rare enough to verify its places (no
// need to look up the quote's other q-grams for a rarer one).
constexpr size_t kFewHits = 8;
// Verifying candidate copies costs up to hits x quote length; beyond this, one linear scan.
constexpr size_t kMaxVerifyWork = size_t{1} << 22;
// Code points searched on each side of the recorded position for a quote that is everywhere.
constexpr size_t kHintWindow = 256;
// A search near the recorded position and the context's seeds stops after this many copies
// (more than a hint window can hold).
constexpr size_t kMaxCopiesSeen = 1024;
// Of many verbatim copies, only these many are scored: half the best by a quick check of
// their context, half the nearest to the recorded position.
constexpr size_t kMaxScoredOccurrences = 32;
// Quotes longer than this are matched approximately piece by piece (kQuotePiece code points
// at a time), so the work grows with the quote's length, not with its square.
constexpr size_t kLongQuote = 2048;
constexpr size_t kQuotePiece = 1024;

}  // namespace core::anchor_rules
