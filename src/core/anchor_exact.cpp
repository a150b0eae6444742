// anchor_exact.cpp - verbatim copies of the quote: finding them with bounded work, ranking
// them as a reader would (agreeing context, then position, then clearly closer context,
// then distance) and deciding whether the best one is supported.
#include <algorithm>

#include "core/anchor_impl.h"
#include "core/anchor_rules.h"

namespace core {

using namespace anchor_rules;

namespace {

// Calls found(start + offset) for every start of `quote` in `window` until it returns
// false. Linear in the window for long quotes (Knuth-Morris-Pratt), so a quote inside a run
// of one repeated letter costs no more than any other.
template <class Found>
void find_all(std::u32string_view window, std::u32string_view quote, size_t offset, Found&& found) {
  const size_t m = quote.size();
  if (m == 0 || m > window.size()) return;
  if (m < 16) {
    for (size_t p = window.find(quote); p != std::u32string_view::npos; p = window.find(quote, p + 1))
      if (!found(offset + p)) return;
    return;
  }
  std::vector<size_t> fail(m + 1, 0);  // fail[i]: longest proper border of quote[0, i)
  for (size_t i = 1, k = 0; i < m; ++i) {
    while (k > 0 && quote[i] != quote[k]) k = fail[k];
    if (quote[i] == quote[k]) ++k;
    fail[i + 1] = k;
  }
  for (size_t j = 0, k = 0; j < window.size(); ++j) {
    while (k > 0 && window[j] != quote[k]) k = fail[k];
    if (window[j] == quote[k]) ++k;
    if (k == m) {
      if (!found(offset + j + 1 - m)) return;
      k = fail[k];
    }
  }
}

// How many code points next to place p agree verbatim with the recorded context: a cheap
// stand-in for the edit distance when a quote has very many copies.
size_t agreement(std::u32string_view t, const Probe& pr, size_t p) {
  const size_t m = pr.exact.size();
  size_t a = 0;
  while (a < pr.prefix.size() && a < p && pr.prefix[pr.prefix.size() - 1 - a] == t[p - 1 - a]) ++a;
  size_t b = 0;
  while (b < pr.suffix.size() && p + m + b < t.size() && pr.suffix[b] == t[p + m + b]) ++b;
  return a + b;
}

// Edits by which one context must beat another to be clearly closer.
long margin(const Candidate& c) {
  const size_t compared = (c.before.informative ? c.before.m.compared : 0) +
                          (c.after.informative ? c.after.m.compared : 0);
  return kEditWeight * static_cast<long>(kMarginEdits + compared / kMarginPerEdit);
}

// Every side that can tell (and at least one) closer than chance to the recorded context.
bool closer_than_chance(const Candidate& c) {
  auto ok = [&](const SideMatch& s) {
    return !s.informative || static_cast<size_t>(s.m.errors) * kChanceDenominator <= s.m.compared * kChanceNumerator;
  };
  return c.informative() && ok(c.before) && ok(c.after);
}

}  // namespace

Anchorer::Impl::Occurrences Anchorer::Impl::occurrences(const Probe& pr, const Hint& hint) const {
  Occurrences occ;
  const std::u32string_view t(text), quote(pr.exact);
  const size_t m = quote.size();
  if (m == 0 || m > t.size()) return occ;
  auto keep = [&](size_t p) {
    occ.at.push_back(p);
    return true;
  };
  if (t.size() <= kWholeTextSearch) {
    find_all(t, quote, 0, keep);
    occ.count = occ.at.size();
    return occ;
  }
  const QgramIndex& idx = index();
  if (m >= QgramIndex::kQ && !idx.empty()) {
    // The positions of the quote's rarest q-gram (or of the first rare enough one), verified;
    // one linear scan instead when verifying them could cost more. Either way at most
    // kMaxVerifiedHits copies.
    size_t best_offset = 0;
    QgramIndex::Span best;
    for (size_t o = 0; o + QgramIndex::kQ <= m; ++o) {
      const QgramIndex::Span s = idx.lookup(QgramIndex::hash(quote.data() + o));
      if (s.size() == 0) return occ;  // a q-gram of the quote is nowhere in the text
      if (o == 0 || s.size() < best.size()) {
        best = s;
        best_offset = o;
      }
      if (best.size() <= kFewHits) break;
    }
    if (best.size() <= kMaxVerifiedHits) {
      if (best.size() * m <= kMaxVerifyWork) {
        for (const uint32_t* p = best.begin; p != best.end; ++p)
          if (*p >= best_offset && holds(*p - best_offset, quote)) occ.at.push_back(*p - best_offset);
      } else {
        find_all(t, quote, 0, keep);
      }
      occ.count = occ.at.size();
      return occ;
    }
  } else if (pr.no_context()) {
    // A short quote with nothing around it to look for: one pass over the text, keeping the
    // first copy and the nearest to each reading of the recorded position.
    std::optional<size_t> first, near_pos, near_alt;
    auto closer = [](std::optional<size_t>& best, const std::optional<size_t>& h, size_t p) {
      if (h && (!best || abs_diff(p, *h) < abs_diff(*best, *h))) best = p;
    };
    find_all(t, quote, 0, [&](size_t p) {
      if (!first) first = p;
      closer(near_pos, hint.pos, p);
      closer(near_alt, hint.alt, p);
      ++occ.count;
      return true;
    });
    for (const auto& p : {first, near_pos, near_alt})
      if (p) occ.at.push_back(*p);
    std::sort(occ.at.begin(), occ.at.end());
    occ.at.erase(std::unique(occ.at.begin(), occ.at.end()), occ.at.end());
    return occ;
  }
  // A quote that is everywhere (or too short for the index): near the recorded position and
  // where the context's rare q-grams point. How many copies the text holds stays unknown.
  occ.complete = false;
  const size_t limit = kMaxCopiesSeen;
  auto scan = [&](long long lo, long long hi) {  // starts in [lo, hi]
    const long long n = static_cast<long long>(t.size());
    lo = std::clamp(lo, 0LL, n);
    hi = std::clamp(hi + static_cast<long long>(m), 0LL, n);
    if (hi > lo)
      find_all(t.substr(static_cast<size_t>(lo), static_cast<size_t>(hi - lo)), quote,
               static_cast<size_t>(lo), [&](size_t p) {
                 occ.at.push_back(p);
                 return occ.at.size() < limit;
               });
  };
  const long long w = static_cast<long long>(kHintWindow);
  for (const auto& h : {hint.pos, hint.alt})
    if (h) scan(static_cast<long long>(*h) - w, static_cast<long long>(*h) + w);
  for (const Range& r : seed_ranges(pr, 0)) scan(r.lo - 8, r.hi + 8);
  std::sort(occ.at.begin(), occ.at.end());
  occ.at.erase(std::unique(occ.at.begin(), occ.at.end()), occ.at.end());
  occ.count = occ.at.size();
  return occ;
}

ExactChoice Anchorer::Impl::best_exact(const Probe& pr, const Hint& hint) const {
  ExactChoice choice;
  Occurrences occ = occurrences(pr, hint);
  choice.occurrences = occ.count;
  if (occ.at.empty()) return choice;
  const size_t m = pr.exact.size();
  const std::u32string_view t(text);

  if (occ.at.size() > kMaxScoredOccurrences) {
    // Many copies: score those whose surroundings agree longest verbatim, and those nearest
    // to the recorded position (half of the budget each).
    const size_t half = kMaxScoredOccurrences / 2;
    std::vector<std::pair<size_t, size_t>> by_agreement, by_distance;  // (key, place)
    for (size_t p : occ.at) {
      by_agreement.emplace_back(agreement(t, pr, p), p);
      by_distance.emplace_back(hint.distance(p), p);
    }
    std::partial_sort(by_agreement.begin(), by_agreement.begin() + half, by_agreement.end(),
                      [&](const auto& a, const auto& b) {
                        if (a.first != b.first) return a.first > b.first;
                        return a.second < b.second;
                      });
    std::partial_sort(by_distance.begin(), by_distance.begin() + half, by_distance.end());
    occ.at.clear();
    for (size_t i = 0; i < half; ++i) {
      occ.at.push_back(by_agreement[i].second);
      if (hint.pos) occ.at.push_back(by_distance[i].second);
    }
    std::sort(occ.at.begin(), occ.at.end());
    occ.at.erase(std::unique(occ.at.begin(), occ.at.end()), occ.at.end());
  }

  std::vector<Candidate> cands(occ.at.size());
  for (size_t i = 0; i < cands.size(); ++i) {
    cands[i].start = occ.at[i];
    cands[i].end = occ.at[i] + m;
    score(pr, hint, cands[i]);
    choice.nearest = i == 0 ? cands[i].distance : std::min(choice.nearest, cands[i].distance);
  }

  // Rank: most agreeing sides; then near the recorded position; then, among those whose
  // context is not clearly worse than the best one's, the nearest; then the better context;
  // then the first.
  int max_sides = 0;
  bool any_near = false;
  for (const Candidate& c : cands) max_sides = std::max(max_sides, c.sides_ok());
  for (const Candidate& c : cands) any_near |= c.sides_ok() == max_sides && c.near;
  std::vector<const Candidate*> pool;
  for (const Candidate& c : cands)
    if (c.sides_ok() == max_sides && (!any_near || c.near)) pool.push_back(&c);
  const Candidate* top = *std::max_element(pool.begin(), pool.end(), [](const Candidate* a, const Candidate* b) {
    return a->evidence() < b->evidence();
  });
  const long floor = top->evidence() - margin(*top);
  const Candidate* best = nullptr;
  for (const Candidate* c : pool) {
    if (c->evidence() < floor) continue;
    if (!best || c->distance < best->distance ||
        (c->distance == best->distance && c->evidence() > best->evidence()))
      best = c;
  }
  choice.best = *best;

  // Support, strongest first.
  const Candidate& b = *best;
  const bool alone = occ.count == 1;
  bool clearly_closest = true;
  for (const Candidate& c : cands)
    if (&c != best && b.evidence() - c.evidence() < margin(b)) clearly_closest = false;
  if (b.sides_ok() > 0) choice.reason = AnchorReason::Context;
  else if (b.near) choice.reason = AnchorReason::Position;
  else if (m >= kSelfEvidentLength) choice.reason = AnchorReason::LongQuote;
  else if (alone && occ.complete && m >= kUniqueEvidentLength) choice.reason = AnchorReason::OnlyOccurrence;
  else if (!b.informative()) choice.reason = AnchorReason::NothingToCompare;
  else if (!alone && clearly_closest && closer_than_chance(b))
    choice.reason = AnchorReason::ClosestContext;
  return choice;
}

}  // namespace core
