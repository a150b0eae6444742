// unitizing_alpha.cpp - alpha_U per category: observed disagreement from every pair of
// raters' segmentations (units and the gaps between them), expected disagreement from all
// possible placements of the units in the gaps. Doubles throughout, summed in a fixed order,
// so native and WebAssembly builds print the same digits.
#include "core/classroom/unitizing_alpha.h"

#include <algorithm>

namespace core::classroom {
namespace {

// A stretch of one rater's continuum: a unit of the category, or a gap between units.
struct Segment {
  double begin = 0, length = 0;
  bool unit = false;
};

// Krippendorff's distance between two intersecting segments of two raters (DKPro's
// measureDistance): two overlapping units differ by the squares of their begin and end
// offsets; a unit lying inside the other rater's gap counts its squared length; else 0.
double distance(const Segment& a, const Segment& b) {
  const double begin_diff = a.begin - b.begin;
  const double length_diff = a.length - b.length;
  if (a.unit && b.unit && -a.length < begin_diff && begin_diff < b.length)
    return begin_diff * begin_diff + (begin_diff + length_diff) * (begin_diff + length_diff);
  if (a.unit && !b.unit && -length_diff >= begin_diff && begin_diff >= 0) return a.length * a.length;
  if (!a.unit && b.unit && -length_diff <= begin_diff && begin_diff <= 0) return b.length * b.length;
  return 0.0;
}

struct Interval {
  size_t begin, end;
};

// One rater's units of one category: clipped, sorted, overlapping ones merged.
std::vector<Interval> rater_units(const UnitizingStudy& study, size_t rater,
                                  const std::string& category) {
  const size_t lo = study.begin, hi = study.begin + study.length;
  std::vector<Interval> spans;
  for (const Unit& u : study.units) {
    if (u.rater != rater || u.category != category) continue;
    const size_t b = std::max(u.begin, lo), e = std::min(u.begin + u.length, hi);
    if (b < e) spans.push_back({b, e});
  }
  std::sort(spans.begin(), spans.end(),
            [](const Interval& x, const Interval& y) { return x.begin != y.begin ? x.begin < y.begin : x.end < y.end; });
  std::vector<Interval> merged;
  for (const Interval& s : spans) {
    if (!merged.empty() && s.begin < merged.back().end) merged.back().end = std::max(merged.back().end, s.end);
    else merged.push_back(s);
  }
  return merged;
}

// The whole continuum as units and gaps.
std::vector<Segment> segments_of(const std::vector<Interval>& units, size_t lo, size_t hi) {
  std::vector<Segment> out;
  size_t pos = lo;
  for (const Interval& u : units) {
    if (u.begin > pos) out.push_back({double(pos), double(u.begin - pos), false});
    out.push_back({double(u.begin), double(u.end - u.begin), true});
    pos = u.end;
  }
  if (pos < hi) out.push_back({double(pos), double(hi - pos), false});
  return out;
}

CategoryAlpha category_alpha(const UnitizingStudy& study, const std::string& category) {
  const size_t R = study.raters;
  const double L = double(study.length);
  const size_t lo = study.begin, hi = study.begin + study.length;
  std::vector<std::vector<Interval>> units(R);
  std::vector<std::vector<Segment>> segments(R);
  for (size_t r = 0; r < R; ++r) {
    units[r] = rater_units(study, r, category);
    segments[r] = segments_of(units[r], lo, hi);
  }

  // Observed: every pair of raters, every pair of their segments that intersect.
  double sum = 0;
  for (size_t r1 = 0; r1 < R; ++r1)
    for (size_t r2 = r1 + 1; r2 < R; ++r2) {
      const std::vector<Segment>& a = segments[r1];
      const std::vector<Segment>& b = segments[r2];
      size_t i = 0, j = 0;
      while (i < a.size() && j < b.size()) {
        sum += distance(a[i], b[j]);
        const double end_a = a[i].begin + a[i].length, end_b = b[j].begin + b[j].length;
        if (end_a <= end_b) ++i;
        if (end_b <= end_a) ++j;
      }
    }
  CategoryAlpha out;
  out.observed = 2.0 * sum / (double(R) * double(R - 1) * L * L);

  // Expected: each unit against every other unit's length and every gap it fits in.
  double n = 0, squared_lengths = 0;
  std::vector<double> gaps;
  for (size_t r = 0; r < R; ++r) {
    for (const Interval& u : units[r]) {
      const double l = double(u.end - u.begin);
      n += 1;
      squared_lengths += l * (l - 1);
    }
    for (const Segment& s : segments[r])
      if (!s.unit) gaps.push_back(s.length);
  }
  std::sort(gaps.begin(), gaps.end());
  std::vector<double> suffix(gaps.size() + 1, 0.0);  // suffix[i] = sum of gaps[i..]
  for (size_t i = gaps.size(); i-- > 0;) suffix[i] = suffix[i + 1] + gaps[i];
  double expected = 0;
  for (size_t r = 0; r < R; ++r)
    for (const Interval& u : units[r]) {
      const double l = double(u.end - u.begin);
      const double within_units = (n - 1.0) * (2.0 * l * l * l - 3.0 * l * l + l) / 3.0;
      // sum over gaps g >= l of (g - l + 1): the places the unit could take in that gap
      const size_t first = size_t(std::lower_bound(gaps.begin(), gaps.end(), l) - gaps.begin());
      const double fits = suffix[first] - double(gaps.size() - first) * (l - 1.0);
      expected += within_units + l * l * fits;
    }
  const double total = double(R) * L;
  out.expected = expected * (2.0 / L) / (total * (total - 1.0) - squared_lengths);

  if (out.observed == out.expected) out.alpha = 0.0;  // DKPro: "no better than chance"
  else if (out.expected > 0) out.alpha = 1.0 - out.observed / out.expected;
  return out;
}

}  // namespace

AlphaResult unitizing_alpha(const UnitizingStudy& study) {
  AlphaResult result;
  if (study.raters < 2 || study.length == 0) return result;
  std::vector<std::string> categories;
  for (const Unit& u : study.units)
    if (u.length > 0 && u.rater < study.raters) categories.push_back(u.category);
  std::sort(categories.begin(), categories.end());
  categories.erase(std::unique(categories.begin(), categories.end()), categories.end());
  if (categories.empty()) return result;
  double observed = 0, expected = 0;
  for (const std::string& c : categories) {
    const CategoryAlpha a = category_alpha(study, c);
    observed += a.observed;
    expected += a.expected;
    result.categories[c] = a;
  }
  observed /= double(categories.size());
  expected /= double(categories.size());
  if (observed == expected) result.overall = 0.0;
  else if (expected > 0) result.overall = 1.0 - observed / expected;
  return result;
}

}  // namespace core::classroom
