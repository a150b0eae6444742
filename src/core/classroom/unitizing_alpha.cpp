// unitizing_alpha.cpp - alpha_U per category: observed disagreement from every pair of
// raters' segmentations (units and the gaps between them), expected disagreement from all
// possible placements of the units in the gaps. Doubles throughout (the sums are of whole
// numbers, exact below 2^53), in a fixed order, so native and WebAssembly print the same.
#include "core/classroom/unitizing_alpha.h"

#include <algorithm>
#include <cstdint>

namespace core::classroom {
namespace {

struct Interval {
  size_t begin, end;
  size_t rater;
};

// The units of one category: clipped to the continuum, and one rater's overlapping units
// merged (alpha_U assumes they do not overlap). Sorted by begin, end, rater.
std::vector<Interval> prepare(std::vector<Interval> units) {
  std::sort(units.begin(), units.end(), [](const Interval& x, const Interval& y) {
    if (x.rater != y.rater) return x.rater < y.rater;
    return x.begin != y.begin ? x.begin < y.begin : x.end < y.end;
  });
  std::vector<Interval> merged;
  for (const Interval& u : units) {
    if (!merged.empty() && merged.back().rater == u.rater && u.begin < merged.back().end)
      merged.back().end = std::max(merged.back().end, u.end);
    else
      merged.push_back(u);
  }
  std::sort(merged.begin(), merged.end(), [](const Interval& x, const Interval& y) {
    if (x.begin != y.begin) return x.begin < y.begin;
    return x.end != y.end ? x.end < y.end : x.rater < y.rater;
  });
  return merged;
}

// Observed disagreement, the sum part: DKPro walks every pair of raters' segmentations (units
// and the gaps between them) and adds Krippendorff's distance for every pair of segments
// that intersect: two overlapping units differ by (begin difference)² + (end difference)²,
// a unit lying inside the other rater's gap counts its length², anything else 0. A unit lies
// inside one of another rater's gaps exactly when none of that rater's units overlaps it, so
// the same sum is: over overlapping pairs of units of different raters, the squared
// differences; plus for each unit, length² times the raters (besides its own) with no unit
// overlapping it. One sweep over the units in order of begin finds the overlapping pairs,
// so a class of 1,000 costs what its overlaps cost, not a million pairs of raters.
double observed_sum(const std::vector<Interval>& units, size_t raters) {
  double sum = 0;
  std::vector<size_t> stamp(raters, SIZE_MAX);  // stamp[r] == i: rater r counted for unit i
  std::vector<size_t> active;                   // earlier units still open at this begin
  for (size_t i = 0; i < units.size(); ++i) {
    const Interval& u = units[i];
    stamp[u.rater] = i;
    size_t overlapping_raters = 0;
    size_t kept = 0;
    for (size_t a : active) {
      const Interval& v = units[a];
      if (v.end <= u.begin) continue;  // closed before u: drop it
      active[kept++] = a;
      if (v.rater == u.rater) continue;
      const double db = double(u.begin) - double(v.begin), de = double(u.end) - double(v.end);
      sum += db * db + de * de;
      if (stamp[v.rater] != i) {
        stamp[v.rater] = i;
        ++overlapping_raters;
      }
    }
    active.resize(kept);
    for (size_t j = i + 1; j < units.size() && units[j].begin < u.end; ++j)
      if (stamp[units[j].rater] != i) {
        stamp[units[j].rater] = i;
        ++overlapping_raters;
      }
    const double l = double(u.end - u.begin);
    sum += l * l * double(raters - 1 - overlapping_raters);
    active.push_back(i);
  }
  return sum;
}

CategoryAlpha category_alpha(const std::vector<Interval>& units, size_t raters, size_t lo, size_t hi) {
  const double R = double(raters), L = double(hi - lo);
  CategoryAlpha out;
  out.observed = 2.0 * observed_sum(units, raters) / (R * (R - 1) * L * L);

  // Expected: each unit against every other unit's length and every gap it would fit in
  // (the gaps of all raters' segmentations of the continuum).
  std::vector<std::vector<const Interval*>> by_rater(raters);
  for (const Interval& u : units) by_rater[u.rater].push_back(&u);  // in order of begin
  std::vector<double> gaps;
  double squared_lengths = 0;
  for (const auto& mine : by_rater) {
    size_t pos = lo;
    for (const Interval* u : mine) {
      if (u->begin > pos) gaps.push_back(double(u->begin - pos));
      pos = u->end;
    }
    if (pos < hi) gaps.push_back(double(hi - pos));
  }
  for (const Interval& u : units) {
    const double l = double(u.end - u.begin);
    squared_lengths += l * (l - 1);
  }
  std::sort(gaps.begin(), gaps.end());
  std::vector<double> suffix(gaps.size() + 1, 0.0);  // suffix[i] = sum of gaps[i..]
  for (size_t i = gaps.size(); i-- > 0;) suffix[i] = suffix[i + 1] + gaps[i];
  const double n = double(units.size());
  double expected = 0;
  for (const Interval& u : units) {
    const double l = double(u.end - u.begin);
    const double within_units = (n - 1.0) * (2.0 * l * l * l - 3.0 * l * l + l) / 3.0;
    // the sum over gaps g >= l of (g - l + 1): the places the unit could take in that gap
    const size_t first = size_t(std::lower_bound(gaps.begin(), gaps.end(), l) - gaps.begin());
    const double fits = suffix[first] - double(gaps.size() - first) * (l - 1.0);
    expected += within_units + l * l * fits;
  }
  const double total = R * L;
  out.expected = expected * (2.0 / L) / (total * (total - 1.0) - squared_lengths);

  if (out.observed == out.expected) out.alpha = 0.0;  // DKPro: "no better than chance"
  else if (out.expected > 0) out.alpha = 1.0 - out.observed / out.expected;
  return out;
}

}  // namespace

AlphaResult unitizing_alpha(const UnitizingStudy& study) {
  AlphaResult result;
  if (study.raters < 2 || study.length == 0) return result;
  const size_t lo = study.begin, hi = study.begin + study.length;
  std::map<std::string, std::vector<Interval>> by_category;
  for (const Unit& u : study.units) {
    if (u.length == 0 || u.rater >= study.raters) continue;
    const size_t b = std::max(u.begin, lo), e = std::min(u.begin + u.length, hi);
    std::vector<Interval>& list = by_category[u.category];  // the category exists even if clipped away
    if (b < e) list.push_back({b, e, u.rater});
  }
  if (by_category.empty()) return result;
  double observed = 0, expected = 0;
  for (auto& [category, units] : by_category) {
    const CategoryAlpha a = category_alpha(prepare(std::move(units)), study.raters, lo, hi);
    observed += a.observed;
    expected += a.expected;
    result.categories[category] = a;
  }
  observed /= double(by_category.size());
  expected /= double(by_category.size());
  if (observed == expected) result.overall = 0.0;
  else if (expected > 0) result.overall = 1.0 - observed / expected;
  return result;
}

}  // namespace core::classroom
