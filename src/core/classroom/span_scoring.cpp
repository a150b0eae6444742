// span_scoring.cpp - SemEval-2013 Task 9.1 span scoring as nervaluate computes it (its
// StrictEvaluation, ExactEvaluation, PartialEvaluation and EntityTypeEvaluation), with
// "overlap" meaning any shared code point. See span_scoring.h and docs/CLASSROOM.md.
#include "core/classroom/span_scoring.h"

#include <algorithm>
#include <iterator>
#include <numeric>

#include "core/classroom/trim_table.h"

namespace core::classroom {

bool is_trimmed_char(char32_t c) {
  const auto* begin = std::begin(detail::kTrimRanges);
  const auto* end = std::end(detail::kTrimRanges);
  const auto* it = std::upper_bound(begin, end, c, [](char32_t v, const detail::CodePointRange& r) {
    return v < r.first;
  });
  return it != begin && c <= std::prev(it)->last;
}

Range trim_span(std::u32string_view text, size_t start, size_t end) {
  end = std::min(end, text.size());
  start = std::min(start, end);
  while (start < end && is_trimmed_char(text[start])) ++start;
  while (end > start && is_trimmed_char(text[end - 1])) --end;
  return {start, end};
}

const char* to_string(Mode m) {
  switch (m) {
    case Mode::Strict: return "strict";
    case Mode::Exact: return "exact";
    case Mode::Partial: return "partial";
    case Mode::Type: return "type";
  }
  return "strict";
}

const char* to_string(Outcome o) {
  switch (o) {
    case Outcome::Cor: return "COR";
    case Outcome::Inc: return "INC";
    case Outcome::Par: return "PAR";
    case Outcome::Mis: return "MIS";
    case Outcome::Spu: return "SPU";
  }
  return "SPU";
}

namespace {

bool overlaps(const Span& a, const Span& b) { return a.start < b.end && b.start < a.end; }
bool same_bounds(const Span& a, const Span& b) { return a.start == b.start && a.end == b.end; }
size_t boundary_distance(const Span& a, const Span& b) {
  auto diff = [](size_t x, size_t y) { return x > y ? x - y : y - x; };
  return diff(a.start, b.start) + diff(a.end, b.end);
}

std::vector<size_t> article_order(const std::vector<Span>& spans) {
  std::vector<size_t> order(spans.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return spans[x].start != spans[y].start ? spans[x].start < spans[y].start
                                            : spans[x].end < spans[y].end;
  });
  return order;
}

// What one mark pairs with, given the key spans not yet paired (in article order).
struct Pairing {
  Outcome outcome = Outcome::Spu;
  std::optional<size_t> key;
};

Pairing pair_mark(Mode mode, const Span& mark, const std::vector<Span>& key,
                  const std::vector<size_t>& key_order, const std::vector<bool>& taken) {
  std::optional<size_t> fallback;  // the first overlapping key span: INC or PAR
  std::optional<size_t> best;      // type mode: same category, closest boundaries
  size_t best_distance = 0;
  for (size_t k : key_order) {
    if (taken[k]) continue;
    const Span& t = key[k];
    switch (mode) {
      case Mode::Strict:
      case Mode::Exact:
        // A perfect match wins at once; otherwise the first overlap is INC.
        if (same_bounds(mark, t) && (mode == Mode::Exact || mark.category == t.category))
          return {Outcome::Cor, k};
        if (overlaps(mark, t) && !fallback) fallback = k;
        break;
      case Mode::Partial:
        if (!overlaps(mark, t)) break;
        if (same_bounds(mark, t)) return {Outcome::Cor, k};
        if (!fallback) fallback = k;
        break;
      case Mode::Type:
        if (!overlaps(mark, t)) break;
        if (mark.category == t.category) {
          const size_t d = boundary_distance(mark, t);
          if (!best || d < best_distance) {
            best = k;
            best_distance = d;
          }
        } else if (!fallback) {
          fallback = k;
        }
        break;
    }
  }
  if (best) return {Outcome::Cor, best};
  if (fallback) return {mode == Mode::Partial ? Outcome::Par : Outcome::Inc, fallback};
  return {Outcome::Spu, std::nullopt};
}

void finish(Mode mode, ModeScore& s) {
  const size_t act = s.actual(), pos = s.possible();
  const double hits = mode == Mode::Partial || mode == Mode::Type
                          ? static_cast<double>(s.cor) + 0.5 * static_cast<double>(s.par)
                          : static_cast<double>(s.cor);
  s.precision = act > 0 ? hits / static_cast<double>(act) : 0.0;
  s.recall = pos > 0 ? hits / static_cast<double>(pos) : 0.0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
}

}  // namespace

SpanScores score_spans(const std::vector<Span>& key, const std::vector<Span>& marks) {
  const std::vector<size_t> key_order = article_order(key);
  const std::vector<size_t> mark_order = article_order(marks);
  SpanScores scores;
  for (Mode mode : kModes) {
    ModeScore& s = scores.modes[static_cast<size_t>(mode)];
    s.marks.assign(marks.size(), Outcome::Spu);
    s.matched_key.assign(marks.size(), std::nullopt);
    s.key_matched.assign(key.size(), false);
    for (size_t m : mark_order) {
      const Pairing p = pair_mark(mode, marks[m], key, key_order, s.key_matched);
      s.marks[m] = p.outcome;
      s.matched_key[m] = p.key;
      if (p.key) s.key_matched[*p.key] = true;
      switch (p.outcome) {
        case Outcome::Cor: ++s.cor; break;
        case Outcome::Inc: ++s.inc; break;
        case Outcome::Par: ++s.par; break;
        default: ++s.spu; break;
      }
    }
    for (bool paired : s.key_matched) s.mis += paired ? 0 : 1;
    finish(mode, s);
  }
  return scores;
}

}  // namespace core::classroom
