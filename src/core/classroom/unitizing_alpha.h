// unitizing_alpha.h - Krippendorff's alpha for unitized data (alpha_U; Krippendorff 1995,
// 2004), computed as DKPro Agreement's KrippendorffAlphaUnitizingAgreement does (the measure
// INCEpTION reports as "Krippendorff's Alpha (unitizing)"). docs/CLASSROOM.md has the
// formulas.
//
// How to use:
//   classroom::UnitizingStudy study;
//   study.raters = 2; study.begin = 0; study.length = article.cps.size();
//   study.units.push_back({/*rater*/ 0, /*begin*/ 10, /*length*/ 25, "claim"});
//   classroom::AlphaResult a = classroom::unitizing_alpha(study);
//   if (a.overall) show(*a.overall);   // nullopt: not defined (no units, fewer than 2 raters)
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core::classroom {

struct Unit {
  size_t rater = 0;
  size_t begin = 0, length = 0;  // on the continuum; length 0 is ignored
  std::string category;
};

// Raters are numbered 0..raters-1; a rater without units still counts (all gap).
struct UnitizingStudy {
  size_t raters = 0;
  size_t begin = 0, length = 0;  // the continuum [begin, begin + length)
  std::vector<Unit> units;
};

struct CategoryAlpha {
  double observed = 0, expected = 0;  // D_o and D_e
  std::optional<double> alpha;        // 1 - D_o / D_e; 0 when D_o == D_e; nullopt when D_e = 0 < D_o
};

struct AlphaResult {
  // Over all categories: 1 - mean(D_o) / mean(D_e), as DKPro's calculateAgreement().
  // nullopt when there are no units or fewer than two raters.
  std::optional<double> overall;
  std::map<std::string, CategoryAlpha> categories;  // every category that has a unit
};

// Units are clipped to the continuum. One rater's units of one category must not overlap for
// alpha_U; overlapping ones (a student who marked a passage twice) are merged into their
// union first. Touching units stay separate.
AlphaResult unitizing_alpha(const UnitizingStudy& study);

}  // namespace core::classroom
