// test_strongest_claims.cpp - the reading view outlines the strongest suggestions only.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/article.h"
#include "core/strongest_claims.h"
#include "test_files.h"

namespace {
core::ClaimSuggestion at(size_t start, double score) {
  core::ClaimSuggestion s;
  s.start = start;
  s.end = start + 10;
  s.score = score;
  return s;
}
}  // namespace

TEST_SUITE("strongest_claims") {
  TEST_CASE("about one outline for every four paragraphs, never fewer than three") {
    CHECK(core::outline_budget(0) == 3);
    CHECK(core::outline_budget(8) == 3);
    CHECK(core::outline_budget(22) == 6);
    CHECK(core::outline_budget(10903) == 2726);
  }

  TEST_CASE("the highest scores win; ties go to the earlier; skipped ones make room") {
    const std::vector<core::ClaimSuggestion> all = {at(0, 0.6), at(20, 0.9), at(40, 0.7), at(60, 0.9), at(80, 0.55)};
    CHECK(core::strongest_claims(all, 2) == std::vector<bool>{false, true, false, true, false});
    CHECK(core::strongest_claims(all, 3) == std::vector<bool>{false, true, true, true, false});
    // The strongest was dismissed: the next one takes its place.
    CHECK(core::strongest_claims(all, 2, [](size_t i) { return i == 1; }) ==
          std::vector<bool>{false, false, true, true, false});
    CHECK(core::strongest_claims(all, 0) == std::vector<bool>(5, false));
  }

  TEST_CASE("the sample article: a handful outlined, not most of its paragraphs") {
    const core::ArticleResult r = core::make_article(test_files::read_source("assets/putin-xi-belt-and-road.txt"));
    REQUIRE(r.article);
    const auto all = core::suggest_claims(r.article->cps);
    const auto chosen = core::strongest_claims(all, core::outline_budget(r.article->paragraphs.size()));
    const size_t outlined = static_cast<size_t>(std::count(chosen.begin(), chosen.end(), true));
    CHECK(outlined <= r.article->paragraphs.size() / 3);
    CHECK(outlined >= 3);
  }
}
