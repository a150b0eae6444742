// anchor.cpp - re-anchoring quote selectors on an edited article: exact at the recorded
// position, moved (the quote found elsewhere), fuzzy (approximate match supported by its
// context) or orphaned.
//
// [SECTION] Evidence rules     - when a place counts as the quote's (lookalikes stay orphaned)
// [SECTION] Anchorer::Impl     - the text, its UTF-16 map and q-gram index
// [SECTION] Exact stage        - recorded position, then every exact occurrence
// [SECTION] Fuzzy stage        - seeds from the q-gram index, Myers on small windows
// [SECTION] Public functions
#include "core/anchor.h"

#include <algorithm>
#include <utility>

#include "core/anchor_qgram_index.h"
#include "core/approx_match.h"
#include "core/utf8.h"

namespace core {

// [SECTION] Evidence rules ------------------------------------------------------------------
namespace {

// An exact occurrence this long is evidence by itself (a moved paragraph may change both
// contexts of a whole-sentence quote), and so is the only occurrence of one at least
// kUniqueEvidentLength long (a moved headline); others need a context side to agree.
constexpr size_t kSelfEvidentLength = 32;
constexpr size_t kUniqueEvidentLength = 16;
// A fuzzy match may differ from the quote by at most a quarter of its length with one
// context side agreeing, a third with both agreeing (the quote edited in place, its
// surroundings intact); a selector recorded without any context must be within an eighth.
constexpr size_t kFuzzyBudgetDivisor = 4;
constexpr size_t kBothSidesBudgetDivisor = 3;
constexpr size_t kStrictBudgetDivisor = 8;
// A context side agrees when within a quarter of its length in edits...
constexpr size_t kContextBudgetDivisor = 4;
// ...or when its part inside the quote's paragraph (up to a line break, which moved
// paragraphs change) is at least this long and agrees.
constexpr size_t kMinParagraphContext = 8;
// Seeds (q-grams) found more often than this are too common to point anywhere.
constexpr size_t kMaxSeedHits = 64;
// Total seed hits examined per quote, rarest seeds first.
constexpr size_t kSeedHitBudget = 1024;
// How many seed clusters get a Myers window.
constexpr size_t kMaxClusters = 8;
// The edit budget never exceeds this, however long the quote (as in Hypothesis's matcher):
// a very long quote stays cheap to search and to align.
constexpr size_t kMaxFuzzyErrors = 256;
// Texts this short are searched whole by the fuzzy stage.
constexpr size_t kWholeTextSearch = 4096;
// Many exact occurrences: only these many, the best by a quick context check, are scored.
constexpr size_t kMaxScoredOccurrences = 256;

struct Candidate {
  size_t start = 0, end = 0;
  int errors = 0;          // edits between the quote and text[start, end)
  int context_errors = 0;  // edits in the prefix and suffix sides
  int sides_ok = 0;        // context sides that agree (0, 1 or 2)
  size_t occurrences = 1;  // exact stage: how often the quote occurs verbatim
  size_t distance = 0;     // from the recorded position (0 when none)
};

size_t abs_diff(size_t a, size_t b) { return a > b ? a - b : b - a; }

// A selector prepared for matching: bit-parallel patterns of the quote and of each context
// side, whole and cut at the line break nearest the quote.
struct Probe {
  const QuoteSelector& sel;
  ApproxPattern quote, prefix, suffix, prefix_tail, suffix_head;

  static std::u32string tail_of(const std::u32string& prefix) {
    const size_t nl = prefix.find_last_of(U'\n');
    if (nl == std::u32string::npos || prefix.size() - nl < kMinParagraphContext) return {};
    return prefix.substr(nl);
  }
  static std::u32string head_of(const std::u32string& suffix) {
    const size_t nl = suffix.find(U'\n');
    if (nl == std::u32string::npos || nl + 1 < kMinParagraphContext) return {};
    return suffix.substr(0, nl + 1);
  }
  explicit Probe(const QuoteSelector& s)
      : sel(s), quote(s.exact), prefix(s.prefix), suffix(s.suffix),
        prefix_tail(tail_of(s.prefix)), suffix_head(head_of(s.suffix)) {}

  bool no_context() const { return sel.prefix.empty() && sel.suffix.empty(); }
};

// Whether a context side agrees: within a quarter of its length in edits.
bool within_context_budget(const ApproxPattern& p, int errors) {
  return static_cast<size_t>(errors) * kContextBudgetDivisor <= p.size();
}

}  // namespace

// [SECTION] Anchorer::Impl ------------------------------------------------------------------
struct Anchorer::Impl {
  std::u32string text;
  utf8::Utf16Index utf16;
  QgramIndex index;

  explicit Impl(std::u32string_view t) : text(t), utf16(text), index(text) {}

  bool holds(size_t pos, std::u32string_view quote) const {
    return pos <= text.size() && text.size() - pos >= quote.size() &&
           std::u32string_view(text).substr(pos, quote.size()) == quote;
  }

  // Where the selector says the quote was, in code points: `pos`, and whether the quote's
  // own length showed it counted in UTF-16 units; when that cannot be told (no astral
  // character in the quote) and the text has astral characters, `alt` is the position read
  // as UTF-16 units. Nothing when the selector has no usable position.
  struct Hint {
    std::optional<size_t> pos, alt;
    bool utf16 = false;
    size_t distance(size_t p) const {
      if (!pos) return 0;
      return alt ? std::min(abs_diff(p, *pos), abs_diff(p, *alt)) : abs_diff(p, *pos);
    }
    // The UTF-16 reading fits a place found at p better than the code point one.
    bool utf16_at(size_t p) const { return utf16 || (alt && abs_diff(p, *alt) < abs_diff(p, *pos)); }
  };
  Hint hint_of(const QuoteSelector& sel) const;

  int prefix_errors(const Probe& pr, size_t start, bool* agrees) const;
  int suffix_errors(const Probe& pr, size_t end, bool* agrees) const;
  void score_context(const Probe& pr, Candidate& c) const;
  void refine_bounds(const Probe& pr, Candidate& c, size_t k) const;
  bool supported_exact(const Probe& pr, const Candidate& c) const;
  bool supported_fuzzy(const Probe& pr, const Candidate& c) const;

  std::vector<size_t> exact_occurrences(std::u32string_view quote) const;
  std::optional<Candidate> best_exact(const Probe& pr, const Hint& hint) const;
  std::optional<Candidate> best_fuzzy(const Probe& pr, const Hint& hint) const;

  AnchorResult anchor(const QuoteSelector& sel) const;
};

Anchorer::Impl::Hint Anchorer::Impl::hint_of(const QuoteSelector& sel) const {
  Hint h;
  if (!sel.start) return h;
  const size_t start = *sel.start;
  if (sel.end && *sel.end >= start && utf16.has_astral()) {
    // The span's length tells which unit the tool counted in.
    const size_t span = *sel.end - start;
    const size_t units = utf8::utf16_length(sel.exact);
    if (span == units && units != sel.exact.size()) {
      if (auto cp = utf16.from_utf16(start)) {
        h.pos = *cp;
        h.utf16 = true;
        return h;
      }
    }
  }
  h.pos = std::min(start, text.size());
  if (utf16.has_astral())
    if (auto cp = utf16.from_utf16(start); cp && *cp != *h.pos) h.alt = *cp;
  return h;
}

// Edits between the recorded prefix and the text ending at `start`, where the prefix may
// begin anywhere (an inserted word costs its length once, not twice). A side recorded
// empty counts as agreeing only at the start of the text.
int Anchorer::Impl::prefix_errors(const Probe& pr, size_t start, bool* agrees) const {
  const std::u32string_view t(text);
  if (pr.sel.prefix.empty()) {
    *agrees = start == 0;
    return 0;
  }
  auto before = [&](size_t len) {
    len = std::min(len + len / 2, start);
    return t.substr(start - len, len);
  };
  const int e = pr.prefix.distance_to_suffix(before(pr.prefix.size()));
  *agrees = within_context_budget(pr.prefix, e);
  if (!*agrees && pr.prefix_tail.size() > 0)
    *agrees = within_context_budget(pr.prefix_tail, pr.prefix_tail.distance_to_suffix(before(pr.prefix_tail.size())));
  return e;
}

int Anchorer::Impl::suffix_errors(const Probe& pr, size_t end, bool* agrees) const {
  const std::u32string_view t(text);
  if (pr.sel.suffix.empty()) {
    *agrees = end == t.size();
    return 0;
  }
  auto after = [&](size_t len) { return t.substr(end, len + len / 2); };
  const int e = pr.suffix.distance_to_prefix(after(pr.suffix.size()));
  *agrees = within_context_budget(pr.suffix, e);
  if (!*agrees && pr.suffix_head.size() > 0)
    *agrees = within_context_budget(pr.suffix_head, pr.suffix_head.distance_to_prefix(after(pr.suffix_head.size())));
  return e;
}

void Anchorer::Impl::score_context(const Probe& pr, Candidate& c) const {
  bool before = false, after = false;
  c.context_errors = prefix_errors(pr, c.start, &before) + suffix_errors(pr, c.end, &after);
  c.sides_ok = (before ? 1 : 0) + (after ? 1 : 0);
}

// Sets the bounds of a match whose end Myers found: the start (guessed as end - m) and
// then the end move within the budget to where quote and context edits together are
// fewest; ties keep the guess. Fewest quote edits alone would drop a word inserted at the
// quote's edge ("a qunality public which" -> "y public which"); the context keeps it.
void Anchorer::Impl::refine_bounds(const Probe& pr, Candidate& c, size_t k) const {
  const std::u32string_view t(text);
  std::vector<int> quote_errors;
  bool unused = false;
  {
    // quote_errors[L]: edits between the quote and text[end - L, end), for every start.
    const size_t lo = c.start > k ? c.start - k : 0;
    pr.quote.distances_to_suffixes(t.substr(lo, c.end - lo), quote_errors);
    auto cost = [&](size_t s) { return quote_errors[c.end - s] + prefix_errors(pr, s, &unused); };
    size_t best_s = c.start;
    int best = cost(c.start);
    for (size_t s = lo; s <= std::min(c.start + k, c.end); ++s) {
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
  pr.quote.distances_to_prefixes(t.substr(c.start, hi - c.start), quote_errors);
  {
    auto cost = [&](size_t e) { return quote_errors[e - c.start] + suffix_errors(pr, e, &unused); };
    size_t best_e = c.end;
    int best = cost(c.end);
    for (size_t e = std::max(c.start, c.end > k ? c.end - k : 0); e <= hi; ++e) {
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

bool Anchorer::Impl::supported_exact(const Probe& pr, const Candidate& c) const {
  const size_t m = pr.quote.size();
  return pr.no_context() || c.sides_ok > 0 || m >= kSelfEvidentLength ||
         (c.occurrences == 1 && m >= kUniqueEvidentLength);
}

bool Anchorer::Impl::supported_fuzzy(const Probe& pr, const Candidate& c) const {
  const size_t m = pr.quote.size();
  const size_t e = static_cast<size_t>(c.errors);
  if (pr.no_context()) return e * kStrictBudgetDivisor <= m;
  // Without a neighbour that agrees, a near copy is a lookalike, not the quote (a sentence
  // that was deleted often has similar sentences elsewhere).
  if (c.sides_ok == 2) return e * kBothSidesBudgetDivisor <= m;
  return c.sides_ok == 1 && e * kFuzzyBudgetDivisor <= m;
}

// [SECTION] Exact stage ---------------------------------------------------------------------
std::vector<size_t> Anchorer::Impl::exact_occurrences(std::u32string_view quote) const {
  std::vector<size_t> out;
  const std::u32string_view t(text);
  if (quote.empty() || quote.size() > t.size()) return out;
  if (quote.size() < QgramIndex::kQ || index.empty()) {
    for (size_t p = t.find(quote); p != std::u32string_view::npos; p = t.find(quote, p + 1))
      out.push_back(p);
    return out;
  }
  // Verify the positions of the quote's rarest q-gram.
  size_t best_offset = 0;
  QgramIndex::Span best;
  for (size_t o = 0; o + QgramIndex::kQ <= quote.size(); ++o) {
    const QgramIndex::Span s = index.lookup(QgramIndex::hash(quote.data() + o));
    if (s.size() == 0) return out;  // a q-gram of the quote is nowhere in the text
    if (o == 0 || s.size() < best.size()) {
      best = s;
      best_offset = o;
    }
  }
  for (const uint32_t* p = best.begin; p != best.end; ++p) {
    if (*p < best_offset) continue;
    const size_t start = *p - best_offset;
    if (holds(start, quote)) out.push_back(start);
  }
  return out;
}

std::optional<Candidate> Anchorer::Impl::best_exact(const Probe& pr, const Hint& hint) const {
  const QuoteSelector& sel = pr.sel;
  std::vector<size_t> occ = exact_occurrences(sel.exact);
  if (occ.empty()) return std::nullopt;
  const size_t occurrences = occ.size();
  const size_t m = sel.exact.size();
  if (occ.size() > kMaxScoredOccurrences) {
    // A very common quote: keep the occurrences whose immediate surroundings agree longest
    // with the recorded context (a cheap stand-in for the edit distance).
    const std::u32string_view t(text);
    auto agreement = [&](size_t p) {
      size_t a = 0;
      while (a < sel.prefix.size() && a < p && sel.prefix[sel.prefix.size() - 1 - a] == t[p - 1 - a]) ++a;
      size_t b = 0;
      while (b < sel.suffix.size() && p + m + b < t.size() && sel.suffix[b] == t[p + m + b]) ++b;
      return a + b;
    };
    std::vector<std::pair<size_t, size_t>> ranked;  // (-agreement, distance) as sort keys
    ranked.reserve(occ.size());
    for (size_t p : occ) ranked.emplace_back(agreement(p), p);
    std::partial_sort(ranked.begin(), ranked.begin() + kMaxScoredOccurrences, ranked.end(),
                      [&](const auto& a, const auto& b) {
                        if (a.first != b.first) return a.first > b.first;
                        return hint.distance(a.second) < hint.distance(b.second);
                      });
    occ.clear();
    for (size_t i = 0; i < kMaxScoredOccurrences; ++i) occ.push_back(ranked[i].second);
  }
  std::optional<Candidate> best;
  for (size_t p : occ) {
    Candidate c;
    c.start = p;
    c.end = p + m;
    c.distance = hint.distance(p);
    score_context(pr, c);
    // Nearest among those whose context agrees best; context edits break the last ties.
    if (!best || c.sides_ok > best->sides_ok ||
        (c.sides_ok == best->sides_ok &&
         (c.distance < best->distance ||
          (c.distance == best->distance && c.context_errors < best->context_errors))))
      best = c;
  }
  if (best) best->occurrences = occurrences;
  return best;
}

// [SECTION] Fuzzy stage ---------------------------------------------------------------------
std::optional<Candidate> Anchorer::Impl::best_fuzzy(const Probe& pr, const Hint& hint) const {
  const QuoteSelector& sel = pr.sel;
  const std::u32string_view t(text);
  const size_t m = sel.exact.size();
  // The widest budget any acceptance rule allows (see supported_fuzzy).
  const size_t k = std::min(kMaxFuzzyErrors, pr.no_context() ? m / kStrictBudgetDivisor : m / kBothSidesBudgetDivisor);
  if (k == 0 || t.empty()) return std::nullopt;
  const ApproxPattern& pattern = pr.quote;

  // Windows of the text worth a Myers pass, as ranges of likely quote starts.
  struct Range {
    long long lo, hi;
  };
  std::vector<Range> ranges;
  const long long P = static_cast<long long>(sel.prefix.size());
  if (t.size() <= kWholeTextSearch) {
    ranges.push_back({0, static_cast<long long>(t.size())});
  } else {
    for (const auto& h : {hint.pos, hint.alt})
      if (h) ranges.push_back({static_cast<long long>(*h) - 32, static_cast<long long>(*h) + 32});
    // Seeds: q-grams of prefix + quote + suffix; each hit votes for a quote start.
    std::u32string probe = sel.prefix + sel.exact + sel.suffix;
    struct Seed {
      size_t hits, offset;
      QgramIndex::Span span;
    };
    std::vector<Seed> seeds;
    for (size_t o = 0; o + QgramIndex::kQ <= probe.size(); ++o) {
      const QgramIndex::Span s = index.lookup(QgramIndex::hash(probe.data() + o));
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
    // Clusters of nearby votes (edits shift the diagonal by up to k).
    struct Cluster {
      long long lo, hi;
      size_t votes;
    };
    std::vector<Cluster> clusters;
    const long long gap = static_cast<long long>(k) + 8;
    const long long max_span = 2 * static_cast<long long>(m) + 64;
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
    const size_t min_votes = seeds.size() >= 4 ? 2 : 1;
    for (size_t i = 0; i < keep; ++i)
      if (clusters[i].votes >= min_votes) ranges.push_back({clusters[i].lo, clusters[i].hi});
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
    const std::vector<ApproxMatch> ends = pattern.find_ends(window, static_cast<int>(k));
    if (ends.empty()) continue;
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
      c.distance = hint.distance(c.start);
      score_context(pr, c);
      if (!supported_fuzzy(pr, c)) continue;
      const int total = c.errors + c.context_errors;
      const int best_total = best ? best->errors + best->context_errors : 0;
      if (!best || c.sides_ok > best->sides_ok ||
          (c.sides_ok == best->sides_ok &&
           (total < best_total || (total == best_total && c.distance < best->distance))))
        best = c;
    }
  }
  return best;
}

AnchorResult Anchorer::Impl::anchor(const QuoteSelector& sel) const {
  AnchorResult r;
  const size_t m = sel.exact.size();
  if (m == 0 || m > text.size()) return r;

  // 1. The recorded position, in code points, then (when the text has characters outside
  //    the BMP) in UTF-16 units.
  if (sel.start && sel.end && *sel.end >= *sel.start) {
    if (*sel.end - *sel.start == m && holds(*sel.start, sel.exact)) {
      r.status = AnchorStatus::Exact;
      r.start = *sel.start;
      r.end = *sel.end;
      return r;
    }
    if (utf16.has_astral()) {
      const auto s = utf16.from_utf16(*sel.start), e = utf16.from_utf16(*sel.end);
      if (s && e && *e >= *s && *e - *s == m && utf16.to_utf16(*s) == *sel.start &&
          utf16.to_utf16(*e) == *sel.end && holds(*s, sel.exact)) {
        r.status = AnchorStatus::Exact;
        r.start = *s;
        r.end = *e;
        r.utf16_positions = true;
        return r;
      }
    }
  }
  const Hint hint = hint_of(sel);
  const Probe probe(sel);

  // 2. The quote verbatim elsewhere.
  if (auto c = best_exact(probe, hint); c && supported_exact(probe, *c)) {
    r.status = AnchorStatus::Moved;
    r.start = c->start;
    r.end = c->end;
    r.utf16_positions = hint.utf16_at(c->start);
    return r;
  }
  // 3. An approximate match that its context supports.
  if (auto c = best_fuzzy(probe, hint)) {
    r.status = c->errors == 0 ? AnchorStatus::Moved : AnchorStatus::Fuzzy;
    r.start = c->start;
    r.end = c->end;
    r.errors = c->errors;
    r.utf16_positions = hint.utf16_at(c->start);
    return r;
  }
  return r;  // 4. Orphaned.
}

// [SECTION] Public functions ----------------------------------------------------------------
Anchorer::Anchorer(std::u32string_view text) : impl_(new Impl(text)) {}
Anchorer::~Anchorer() { delete impl_; }

AnchorResult Anchorer::anchor(const QuoteSelector& selector) const { return impl_->anchor(selector); }

AnchorResult anchor_quote(std::u32string_view text, const QuoteSelector& selector) {
  return Anchorer(text).anchor(selector);
}

AnchorSummary anchor_annotations(std::u32string_view text, std::vector<Annotation>& annotations) {
  AnchorSummary summary;
  if (annotations.empty()) return summary;
  const Anchorer anchorer(text);
  for (Annotation& a : annotations) {
    QuoteSelector sel;
    sel.exact = utf8::decode(a.exact);
    sel.prefix = utf8::decode(a.prefix);
    sel.suffix = utf8::decode(a.suffix);
    if (a.end > a.start) {
      sel.start = a.start;
      sel.end = a.end;
    }
    const AnchorResult r = anchorer.anchor(sel);
    a.anchor = r.status;
    a.anchor_errors = r.errors;
    switch (r.status) {
      case AnchorStatus::Exact: ++summary.exact; break;
      case AnchorStatus::Moved: ++summary.moved; break;
      case AnchorStatus::Fuzzy: ++summary.fuzzy; break;
      case AnchorStatus::Orphaned: ++summary.orphaned; continue;  // keeps its recorded fields
    }
    a.start = r.start;
    a.end = r.end;
    const size_t before = std::min(kContextLength, r.start);
    a.exact = utf8::encode(text.substr(r.start, r.end - r.start));
    a.prefix = utf8::encode(text.substr(r.start - before, before));
    a.suffix = utf8::encode(text.substr(r.end, kContextLength));
  }
  return summary;
}

}  // namespace core
