// anchor_fuzzy.cpp - approximate matches: q-gram seeds of the quote and its context vote
// for places, Myers' algorithm runs on small windows there, the bounds are settled with the
// context's help, and long quotes are aligned piece by piece.
#include <algorithm>

#include "core/anchor_impl.h"
#include "core/anchor_rules.h"

namespace core {

using namespace anchor_rules;

// Seeds: the q-grams of prefix + quote + suffix; each hit of a rare one votes for a quote
// start, and clusters of votes (edits shift them by up to k) become ranges of likely starts.
std::vector<Anchorer::Impl::Range> Anchorer::Impl::seed_ranges(const Probe& pr, size_t k) const {
  std::vector<Range> out;
  const QgramIndex& idx = index();
  if (idx.empty()) return out;
  std::u32string probe;
  probe.reserve(pr.prefix.size() + pr.exact.size() + pr.suffix.size());
  probe.append(pr.prefix).append(pr.exact).append(pr.suffix);
  const long long P = static_cast<long long>(pr.prefix.size());
  struct Seed {
    size_t hits, offset;
    QgramIndex::Span span;
  };
  std::vector<Seed> seeds;
  for (size_t o = 0; o + QgramIndex::kQ <= probe.size(); ++o) {
    const QgramIndex::Span s = idx.lookup(QgramIndex::hash(probe.data() + o));
    if (s.size() > 0 && s.size() <= kMaxSeedHits) seeds.push_back({s.size(), o, s});
  }
  std::sort(seeds.begin(), seeds.end(), [](const Seed& a, const Seed& b) { return a.hits < b.hits; });
  std::vector<long long> votes;
  size_t budget = kSeedHitBudget;
  for (const Seed& s : seeds) {
    if (s.hits > budget) break;
    budget -= s.hits;
    // Not verified against the text: a bucket collision only adds a stray vote, and
    // skipping the random text reads is most of the stage's speed.
    for (const uint32_t* p = s.span.begin; p != s.span.end; ++p)
      votes.push_back(static_cast<long long>(*p) - (static_cast<long long>(s.offset) - P));
  }
  std::sort(votes.begin(), votes.end());
  struct Cluster {
    long long lo, hi;
    size_t votes;
  };
  std::vector<Cluster> clusters;
  const long long gap = static_cast<long long>(k) + 8;
  const long long max_span = 2 * static_cast<long long>(pr.exact.size()) + 64;
  for (long long v : votes) {
    if (!clusters.empty() && v - clusters.back().hi <= gap && v - clusters.back().lo <= max_span) {
      clusters.back().hi = v;
      ++clusters.back().votes;
    } else {
      clusters.push_back({v, v, 1});
    }
  }
  const size_t keep = std::min(kMaxClusters, clusters.size());
  std::partial_sort(clusters.begin(), clusters.begin() + static_cast<std::ptrdiff_t>(keep), clusters.end(),
                    [](const Cluster& a, const Cluster& b) { return a.votes > b.votes; });
  // Clusters far weaker than the strongest are stray shared q-grams, not the quote's place.
  const size_t top = keep > 0 ? clusters[0].votes : 0;
  const size_t min_votes = std::max<size_t>(seeds.size() >= 4 ? 2 : 1, top / kWeakClusterDivisor);
  for (size_t i = 0; i < keep; ++i)
    if (clusters[i].votes >= min_votes) out.push_back({clusters[i].lo, clusters[i].hi});
  return out;
}

// Sets the bounds of a match whose end Myers found: the start (guessed as end - m) and
// then the end move within the budget to where quote and context edits together are
// fewest; ties keep the guess. Fewest quote edits alone would drop a word inserted at the
// quote's edge ("a qunality public which" -> "y public which"); the context keeps it. The
// context's edits at every candidate bound come from one pass (best_ends/best_starts), so
// this costs the budget plus the context, not their product.
void Anchorer::Impl::refine_bounds(const Probe& pr, Candidate& c, size_t k) const {
  const std::u32string_view t(text);
  const ApproxPattern& quote = pr.quote();
  std::vector<int> quote_errors, context_errors;
  {
    // quote_errors[L]: edits between the quote and text[end - L, end), for every start.
    const size_t lo = c.start > k ? c.start - k : 0;
    const size_t hi = std::min(c.start + k, c.end);
    quote.distances_to_suffixes(t.substr(lo, c.end - lo), quote_errors);
    // context_errors[s - base]: edits of the recorded prefix ending at s (any start).
    const size_t reach = 2 * pr.prefix.size();
    const size_t base = lo > reach ? lo - reach : 0;
    const bool one_pass = !pr.prefix.empty() && lo >= pr.prefix.size();
    if (one_pass) pr.prefix_pat.best_ends(t.substr(base, hi - base), context_errors);
    auto cost = [&](size_t s) {
      const int ctx = one_pass ? context_errors[s - base] : match_prefix(pr, s).m.errors;
      return quote_errors[c.end - s] + ctx;
    };
    size_t best_s = c.start;
    int best = cost(c.start);
    for (size_t s = lo; s <= hi; ++s) {
      const int e = cost(s);
      if (e < best || (e == best && abs_diff(s, c.start) < abs_diff(best_s, c.start))) {
        best = e;
        best_s = s;
      }
    }
    c.start = best_s;
  }
  // quote_errors[L]: edits between the quote and text[start, start + L), for every end.
  const size_t hi = std::min(c.end + k, t.size());
  const size_t lo = std::max(c.start, c.end > k ? c.end - k : 0);
  quote.distances_to_prefixes(t.substr(c.start, hi - c.start), quote_errors);
  {
    // context_errors[e - lo]: edits of the recorded suffix starting at e (any end).
    const size_t reach = 2 * pr.suffix.size();
    const bool one_pass = !pr.suffix.empty() && t.size() - hi >= pr.suffix.size();
    if (one_pass) pr.suffix_pat.best_starts(t.substr(lo, hi + reach - lo), context_errors);
    auto cost = [&](size_t e) {
      const int ctx = one_pass ? context_errors[e - lo] : match_suffix(pr, e).m.errors;
      return quote_errors[e - c.start] + ctx;
    };
    size_t best_e = c.end;
    int best = cost(c.end);
    for (size_t e = lo; e <= hi; ++e) {
      const int err = cost(e);
      if (err < best || (err == best && abs_diff(e, c.end) < abs_diff(best_e, c.end))) {
        best = err;
        best_e = e;
      }
    }
    c.end = best_e;
  }
  c.errors = quote_errors[c.end - c.start];
}

bool Anchorer::Impl::supported_fuzzy(const Probe& pr, const Candidate& c) const {
  const size_t m = pr.exact.size();
  const size_t e = static_cast<size_t>(c.errors);
  if (pr.no_context()) return e * kNoContextBudgetDivisor <= m;
  if (c.sides_ok() == 2) return e * kBothSidesBudgetDivisor <= m;
  return c.sides_ok() == 1 && e * kFuzzyBudgetDivisor <= m;
}

namespace {

// The widest edit budget any acceptance rule allows (see supported_fuzzy).
size_t fuzzy_budget(const Probe& pr) {
  const size_t m = pr.exact.size();
  return std::min(kMaxFuzzyErrors, pr.no_context() ? m / kNoContextBudgetDivisor : m / kBothSidesBudgetDivisor);
}

// Agreeing sides, then near the recorded position, then fewest edits in quote and context,
// then the nearest.
bool better_fuzzy(const Candidate& c, const Candidate& best) {
  if (c.sides_ok() != best.sides_ok()) return c.sides_ok() > best.sides_ok();
  if (c.near != best.near) return c.near;
  const int total = c.errors + c.context_errors(), best_total = best.errors + best.context_errors();
  if (total != best_total) return total < best_total;
  return c.distance < best.distance;
}

}  // namespace

std::optional<Candidate> Anchorer::Impl::best_fuzzy(const Probe& pr, const Hint& hint) const {
  if (pr.long_quote()) return best_fuzzy_long(pr, hint);
  const std::u32string_view t(text);
  const size_t m = pr.exact.size();
  const size_t k = fuzzy_budget(pr);
  if (k == 0 || t.empty()) return std::nullopt;

  // Windows of the text worth a Myers pass, as ranges of likely quote starts.
  std::vector<Range> ranges;
  if (t.size() <= kWholeTextSearch) {
    ranges.push_back({0, static_cast<long long>(t.size())});
  } else {
    for (const auto& h : {hint.pos, hint.alt})
      if (h) ranges.push_back({static_cast<long long>(*h) - 32, static_cast<long long>(*h) + 32});
    const std::vector<Range> seeded = seed_ranges(pr, k);
    ranges.insert(ranges.end(), seeded.begin(), seeded.end());
  }

  // Text windows around the ranges, overlapping ones merged so no stretch is searched twice.
  const long long n = static_cast<long long>(t.size());
  const long long slack = static_cast<long long>(k) + 8;
  std::vector<std::pair<long long, long long>> windows;
  for (const Range& r : ranges) {
    const long long wlo = std::clamp(r.lo - slack, 0LL, n);
    const long long whi = std::clamp(r.hi + static_cast<long long>(m) + slack, 0LL, n);
    if (whi > wlo) windows.emplace_back(wlo, whi);
  }
  std::sort(windows.begin(), windows.end());
  std::vector<std::pair<long long, long long>> merged;
  for (const auto& w : windows) {
    if (!merged.empty() && w.first <= merged.back().second) merged.back().second = std::max(merged.back().second, w.second);
    else merged.push_back(w);
  }

  std::optional<Candidate> best;
  std::vector<std::pair<size_t, size_t>> seen;
  for (const auto& [wlo, whi] : merged) {
    const std::u32string_view window = t.substr(static_cast<size_t>(wlo), static_cast<size_t>(whi - wlo));
    const std::vector<ApproxMatch> ends = pr.quote().find_ends(window, static_cast<int>(k));
    // Local minima of the error count: each is one possible place (a window may hold
    // lookalikes as well as the quote). Equal counts: the first end; refine_bounds below
    // settles the exact bounds.
    size_t i = 0;
    while (i < ends.size()) {
      size_t pick = i, j = i + 1;
      while (j < ends.size() && ends[j].end - ends[j - 1].end < m) {
        if (ends[j].errors < ends[pick].errors) pick = j;
        ++j;
      }
      i = j;
      Candidate c;
      c.end = static_cast<size_t>(wlo) + ends[pick].end;
      // A first guess at the start; refine_bounds searches the budget around it, which
      // holds every start within k edits.
      c.start = c.end > m ? c.end - m : 0;
      c.errors = ends[pick].errors;
      if (std::find(seen.begin(), seen.end(), std::make_pair(c.start, c.end)) != seen.end()) continue;
      seen.emplace_back(c.start, c.end);
      refine_bounds(pr, c, k);
      score(pr, hint, c);
      if (!supported_fuzzy(pr, c)) continue;
      if (!best || better_fuzzy(c, *best)) best = c;
    }
  }
  return best;
}

// A long quote: its first piece (or, failing that, its last) is placed like a quote of its
// own, with the recorded context on its outer side and the quote's next words on the other;
// the rest is aligned piece by piece from there.
std::optional<Candidate> Anchorer::Impl::best_fuzzy_long(const Probe& pr, const Hint& hint) const {
  const std::u32string_view q = pr.exact;
  const size_t m = q.size();
  const int budget = static_cast<int>(fuzzy_budget(pr));
  std::optional<Candidate> c;
  AnchorReason why = AnchorReason::None;
  size_t occurrences = 0;
  {
    const Probe head(q.substr(0, kQuotePiece), pr.prefix, q.substr(kQuotePiece, kAnchorContextLimit));
    if (auto h = locate(head, hint, why, occurrences)) {
      int errors = 0;
      if (auto end = align_pieces(pr, h->start, true, budget, errors)) {
        c = Candidate{};
        c->start = h->start;
        c->end = *end;
        c->errors = errors;
      }
    }
  }
  if (!c) {
    const size_t from = m - kQuotePiece;
    const Probe tail(q.substr(from), q.substr(from - kAnchorContextLimit, kAnchorContextLimit), pr.suffix);
    if (auto tl = locate(tail, hint.shifted(from), why, occurrences)) {
      int errors = 0;
      if (auto start = align_pieces(pr, tl->end, false, budget, errors)) {
        c = Candidate{};
        c->start = *start;
        c->end = tl->end;
        c->errors = errors;
      }
    }
  }
  if (!c) return std::nullopt;
  score(pr, hint, *c);
  if (!supported_fuzzy(pr, *c)) return std::nullopt;
  return c;
}

// Aligns the whole quote, kQuotePiece code points at a time, starting at `from` (forward)
// or ending there (backward): each piece takes the length with the fewest edits (the last
// one counting the context's edits too, as refine_bounds does), ties the nearest to its own
// length. The sum of the pieces' edits is the match's edit count (at most a few more than
// one alignment of the whole would give); nothing when it exceeds `budget`.
std::optional<size_t> Anchorer::Impl::align_pieces(const Probe& pr, size_t from, bool forward, int budget,
                                                   int& errors) const {
  const std::u32string_view t(text), q(pr.exact);
  const size_t pieces = (q.size() + kQuotePiece - 1) / kQuotePiece;
  std::vector<int> d;
  size_t pos = from;
  errors = 0;
  for (size_t i = 0; i < pieces; ++i) {
    const size_t index = forward ? i : pieces - 1 - i;
    const size_t lo = index * kQuotePiece;
    const std::u32string_view piece = q.substr(lo, std::min(kQuotePiece, q.size() - lo));
    const size_t slack = static_cast<size_t>(budget - errors);
    const size_t len = piece.size();
    const ApproxPattern pat(piece);
    const bool outer = i + 1 == pieces;  // the piece next to the recorded context
    if (forward) pat.distances_to_prefixes(t.substr(pos, len + slack), d);
    else pat.distances_to_suffixes(t.substr(pos > len + slack ? pos - len - slack : 0, std::min(pos, len + slack)), d);
    size_t best_l = 0;
    int best = -1;
    for (size_t l = len > slack ? len - slack : 0; l < d.size(); ++l) {
      int cost = d[l];
      if (outer) cost += forward ? match_suffix(pr, pos + l).m.errors : match_prefix(pr, pos - l).m.errors;
      if (best < 0 || cost < best || (cost == best && abs_diff(l, len) < abs_diff(best_l, len))) {
        best = cost;
        best_l = l;
      }
    }
    if (best < 0) return std::nullopt;
    errors += d[best_l];
    if (errors > budget) return std::nullopt;
    pos = forward ? pos + best_l : pos - best_l;
  }
  return pos;
}

}  // namespace core
