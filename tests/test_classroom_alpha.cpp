// test_classroom_alpha.cpp - Krippendorff's alpha for unitized data: the published example
// (Krippendorff 2004, p. 254, as DKPro Agreement's tests use it), a second DKPro case worked
// by hand, and the degenerate cases.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "core/classroom/unitizing_alpha.h"

using namespace core::classroom;

namespace {

// |value - expected| <= tolerance, absolute (doctest's Approx is relative to 1 + |value|).
bool near(double value, double expected, double tolerance) {
  return std::fabs(value - expected) <= tolerance;
}

// Krippendorff (2004): continuum B = 150, L = 300, two raters; units as (begin, length).
UnitizingStudy krippendorff_2004() {
  UnitizingStudy s;
  s.raters = 2;
  s.begin = 150;
  s.length = 300;
  s.units = {{0, 225, 70, "c"}, {0, 370, 30, "c"}, {0, 180, 60, "k"}, {0, 300, 50, "k"},
             {1, 220, 80, "c"}, {1, 355, 20, "c"}, {1, 400, 20, "c"}, {1, 180, 60, "k"},
             {1, 300, 50, "k"}};
  return s;
}

// DKPro's computation written out directly, for comparison: each pair of raters' segment
// lists walked side by side (observed), each unit against every gap (expected). Units of
// one rater and category must not overlap here.
struct Seg {
  double b, l;
  bool unit;
};
double dkpro_distance(const Seg& a, const Seg& b) {
  const double bd = a.b - b.b, ld = a.l - b.l;
  if (a.unit && b.unit && -a.l < bd && bd < b.l) return bd * bd + (bd + ld) * (bd + ld);
  if (a.unit && !b.unit && -ld >= bd && bd >= 0) return a.l * a.l;
  if (!a.unit && b.unit && -ld <= bd && bd <= 0) return b.l * b.l;
  return 0;
}
CategoryAlpha direct(const UnitizingStudy& s, const std::string& c) {
  const double L = double(s.length), R = double(s.raters);
  std::vector<std::vector<Seg>> segs(s.raters);
  std::vector<double> gaps, lengths;
  for (size_t r = 0; r < s.raters; ++r) {
    std::vector<Unit> mine;
    for (const Unit& u : s.units)
      if (u.rater == r && u.category == c) mine.push_back(u);
    std::sort(mine.begin(), mine.end(), [](const Unit& x, const Unit& y) { return x.begin < y.begin; });
    size_t pos = s.begin;
    for (const Unit& u : mine) {
      if (u.begin > pos) segs[r].push_back({double(pos), double(u.begin - pos), false});
      segs[r].push_back({double(u.begin), double(u.length), true});
      lengths.push_back(double(u.length));
      pos = u.begin + u.length;
    }
    if (pos < s.begin + s.length) segs[r].push_back({double(pos), double(s.begin + s.length - pos), false});
    for (const Seg& g : segs[r])
      if (!g.unit) gaps.push_back(g.l);
  }
  double sum = 0;
  for (size_t r1 = 0; r1 < s.raters; ++r1)
    for (size_t r2 = r1 + 1; r2 < s.raters; ++r2)
      for (const Seg& a : segs[r1])
        for (const Seg& b : segs[r2])
          if (a.b < b.b + b.l && b.b < a.b + a.l) sum += dkpro_distance(a, b);
  CategoryAlpha out;
  out.observed = 2 * sum / (R * (R - 1) * L * L);
  double e = 0, sq = 0;
  for (double l : lengths) {
    sq += l * (l - 1);
    double fits = 0;
    for (double g : gaps)
      if (g >= l) fits += g - l + 1;
    e += (double(lengths.size()) - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * fits;
  }
  out.expected = e * 2 / L / (R * L * (R * L - 1) - sq);
  return out;
}

}  // namespace

TEST_SUITE("classroom: unitizing alpha") {
  TEST_CASE("Krippendorff 2004: c 0.7286, k 1.0, overall 0.859") {
    const AlphaResult a = unitizing_alpha(krippendorff_2004());
    REQUIRE(a.categories.count("c") == 1);
    REQUIRE(a.categories.count("k") == 1);
    const CategoryAlpha& c = a.categories.at("c");
    // Observed, by hand: the c units 225+70 / 220+80 differ by 5 and 5 (5² + 5² = 50),
    // 370+30 / 355+20 by 15 and 25 (850), and rater 2's 400+20 lies in rater 1's gap (20² =
    // 400): 2 * 1300 / (2 * 1 * 300²) = 13/900.
    CHECK(near(c.observed, 13.0 / 900, 1e-15));
    CHECK(near(c.expected, 0.0532, 0.00005));
    REQUIRE(c.alpha.has_value());
    CHECK(near(*c.alpha, 0.7286, 0.00005));
    const CategoryAlpha& k = a.categories.at("k");
    CHECK(k.observed == 0.0);
    CHECK(near(k.expected, 0.0490, 0.00005));
    CHECK(*k.alpha == 1.0);
    REQUIRE(a.overall.has_value());
    CHECK(near(*a.overall, 0.859, 0.0005));
    // The overall figure is 1 - mean(D_o) / mean(D_e), not the mean of the two alphas.
    CHECK(*a.overall == doctest::Approx(1 - (c.observed + k.observed) / (c.expected + k.expected)));
    CHECK(*a.overall != doctest::Approx((*c.alpha + *k.alpha) / 2));
  }

  TEST_CASE("one long unit against three short ones: D_o 0.91 by hand, alpha -0.7003 (DKPro)") {
    // r0: -11111111-   r1: --1-1-1---   (L = 10)
    UnitizingStudy s;
    s.raters = 2;
    s.length = 10;
    s.units = {{0, 1, 8, "A"}, {1, 2, 1, "A"}, {1, 4, 1, "A"}, {1, 6, 1, "A"}};
    const CategoryAlpha a = unitizing_alpha(s).categories.at("A");
    // (1-2)² + (9-3)² = 37, (1-4)² + (9-5)² = 25, (1-6)² + (9-7)² = 29: 2 * 91 / (2 * 100)
    CHECK(near(a.observed, 0.91, 1e-15));
    // Expected, by hand: N = 4 units, gaps 1, 1 (r0) and 2, 1, 1, 3 (r1). The 8 long unit:
    // 3 * (2*512 - 3*64 + 8) / 3 = 840 and no gap holds it; each 1 long unit: 0 + 1 * (sum of
    // all gaps) = 9. (840 + 27) * 2/10 / (2*10 * 19 - 8*7) = 867/1620 (DKPro: 0.5351 +- 0.0001).
    CHECK(near(a.expected, 867.0 / 1620, 1e-15));
    CHECK(near(*a.alpha, 1 - 0.91 * 1620 / 867, 1e-12));
    CHECK(near(*a.alpha, -0.7003, 0.0001));
  }

  TEST_CASE("identical units agree perfectly; order of units does not matter") {
    UnitizingStudy s;
    s.raters = 3;
    s.length = 100;
    for (size_t r = 0; r < 3; ++r) {
      s.units.push_back({r, 40, 10, "claim"});
      s.units.push_back({r, 5, 20, "claim"});
    }
    const AlphaResult a = unitizing_alpha(s);
    CHECK(*a.overall == 1.0);
    UnitizingStudy reversed = s;
    std::reverse(reversed.units.begin(), reversed.units.end());
    reversed.units[0].begin = 41;  // and a real disagreement lowers it
    CHECK(*unitizing_alpha(reversed).overall < 1.0);
  }

  TEST_CASE("one rater's overlapping units count as their union") {
    UnitizingStudy overlapping;
    overlapping.raters = 2;
    overlapping.length = 50;
    overlapping.units = {{0, 0, 5, "x"}, {0, 3, 5, "x"}, {1, 2, 10, "x"}};
    UnitizingStudy merged = overlapping;
    merged.units = {{0, 0, 8, "x"}, {1, 2, 10, "x"}};
    CHECK(*unitizing_alpha(overlapping).overall == *unitizing_alpha(merged).overall);
  }

  TEST_CASE("the sweep over overlapping units equals DKPro's walk over every pair of raters") {
    uint64_t seed = 12345;
    auto next = [&](size_t n) {
      seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
      return size_t(seed >> 33) % n;
    };
    for (int round = 0; round < 200; ++round) {
      UnitizingStudy s;
      s.raters = 2 + next(6);
      s.begin = next(20);
      s.length = 50 + next(200);
      for (size_t r = 0; r < s.raters; ++r)
        for (const char* c : {"a", "b"}) {
          size_t pos = s.begin + next(10);
          while (true) {
            const size_t len = 1 + next(30);
            if (pos + len > s.begin + s.length) break;
            if (next(3) != 0) s.units.push_back({r, pos, len, c});
            pos += len + next(3) * next(15);  // sometimes touching, sometimes a gap
          }
        }
      const AlphaResult a = unitizing_alpha(s);
      for (const auto& [category, got] : a.categories) {
        CAPTURE(round);
        const CategoryAlpha want = direct(s, category);
        CHECK(got.observed == want.observed);  // whole-number sums: exact
        CHECK(got.expected == doctest::Approx(want.expected).epsilon(1e-12));
      }
    }
  }

  TEST_CASE("degenerate studies") {
    SUBCASE("no units at all: not defined") {
      UnitizingStudy s;
      s.raters = 3;
      s.length = 20;
      CHECK_FALSE(unitizing_alpha(s).overall.has_value());
      CHECK(unitizing_alpha(s).categories.empty());
    }
    SUBCASE("fewer than two raters: not defined") {
      UnitizingStudy s;
      s.raters = 1;
      s.length = 20;
      s.units = {{0, 0, 3, "x"}};
      CHECK_FALSE(unitizing_alpha(s).overall.has_value());
    }
    SUBCASE("a single unit among three raters: observed equals expected, alpha 0 (as DKPro)") {
      UnitizingStudy s;
      s.raters = 3;
      s.length = 20;
      s.units = {{0, 0, 1, "X"}};
      const AlphaResult a = unitizing_alpha(s);
      // D_o = 2 * (1 + 1) / (3 * 2 * 400); D_e = (2/20) * 59 / (3 * 20 * 59): both 1/600.
      CHECK(a.categories.at("X").observed == doctest::Approx(1.0 / 600));
      CHECK(a.categories.at("X").expected == doctest::Approx(1.0 / 600));
      CHECK(*a.overall == 0.0);
    }
  }
}
