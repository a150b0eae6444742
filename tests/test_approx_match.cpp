// test_approx_match.cpp - the bit-parallel matcher against a plain dynamic-programming
// edit distance on random strings, including patterns longer than one 64-bit block.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/approx_match.h"

namespace {

// Last row of the semi-global edit-distance matrix: entry j is the fewest edits turning the
// pattern into some substring of text ending at j.
std::vector<int> brute_end_scores(const std::u32string& text, const std::u32string& pat) {
  std::vector<int> prev(text.size() + 1, 0), cur(text.size() + 1);
  for (size_t i = 1; i <= pat.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= text.size(); ++j) {
      const int sub = prev[j - 1] + (pat[i - 1] == text[j - 1] ? 0 : 1);
      cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
    }
    std::swap(prev, cur);
  }
  return prev;
}

int brute_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// Random text over a small alphabet (so matches with few errors occur), mixing ASCII with
// code points that take the hashed path: accented Latin, CJK and an emoji.
std::u32string random_text(std::mt19937& rng, size_t n) {
  static const char32_t alphabet[] = {U'a', U'b', U'c', U'd', U'\u00E9', U'\u4E2D', U'\U0001F600'};
  std::uniform_int_distribution<int> pick(0, 6);
  std::u32string s;
  for (size_t i = 0; i < n; ++i) s.push_back(alphabet[pick(rng)]);
  return s;
}

// A copy of `s` with `edits` random substitutions, insertions and deletions.
std::u32string mutate(std::mt19937& rng, std::u32string s, int edits) {
  for (int e = 0; e < edits && !s.empty(); ++e) {
    const size_t at = rng() % s.size();
    switch (rng() % 3) {
      case 0: s[at] = U'x'; break;
      case 1: s.insert(s.begin() + static_cast<std::ptrdiff_t>(at), U'y'); break;
      default: s.erase(at, 1); break;
    }
  }
  return s;
}

}  // namespace

TEST_SUITE("approx_match") {
  TEST_CASE("edit_distance agrees with the textbook examples") {
    CHECK(core::edit_distance(U"kitten", U"sitting") == 3);
    CHECK(core::edit_distance(U"", U"abc") == 3);
    CHECK(core::edit_distance(U"abc", U"") == 3);
    CHECK(core::edit_distance(U"same", U"same") == 0);
    CHECK(core::edit_distance(U"caf\u00E9 \U0001F600", U"cafe \U0001F600") == 1);
  }

  TEST_CASE("find_ends reports exactly the ends a DP finds, with the same error counts") {
    std::mt19937 rng(1234);
    const size_t lengths[] = {1, 2, 5, 17, 63, 64, 65, 100, 127, 128, 129, 200, 300};
    for (size_t m : lengths) {
      for (int round = 0; round < 6; ++round) {
        std::u32string text = random_text(rng, 400 + rng() % 300);
        std::u32string pat = random_text(rng, m);
        // Plant a mutated copy so that low-error matches exist.
        const std::u32string planted = mutate(rng, pat, static_cast<int>(m / 8));
        text.insert(rng() % text.size(), planted);
        const std::vector<int> truth = brute_end_scores(text, pat);
        const core::ApproxPattern ap(pat);
        for (int k : {0, static_cast<int>(m / 4), static_cast<int>(m / 2), static_cast<int>(m)}) {
          CAPTURE(m);
          CAPTURE(k);
          const auto ends = ap.find_ends(text, k);
          std::vector<std::pair<size_t, int>> got, want;
          for (const auto& e : ends) got.emplace_back(e.end, e.errors);
          for (size_t j = 1; j <= text.size(); ++j)
            if (truth[j] <= k) want.emplace_back(j, truth[j]);
          REQUIRE(got == want);
          // Every reported end has a start giving exactly that many edits.
          for (size_t i = 0; i < ends.size(); i += 1 + ends.size() / 8) {
            const size_t s = ap.find_start(text, ends[i].end, ends[i].errors);
            REQUIRE(s <= ends[i].end);
            CHECK(brute_distance(pat, text.substr(s, ends[i].end - s)) == ends[i].errors);
          }
        }
      }
    }
  }

  TEST_CASE("edit_distance matches the DP for short and multi-block strings") {
    std::mt19937 rng(99);
    for (int round = 0; round < 200; ++round) {
      const size_t n = 1 + rng() % 260;
      const std::u32string a = random_text(rng, n);
      const std::u32string b = round % 2 ? mutate(rng, a, 1 + static_cast<int>(rng() % 20))
                                         : random_text(rng, 1 + rng() % 260);
      CAPTURE(a.size());
      CAPTURE(b.size());
      REQUIRE(core::edit_distance(a, b) == brute_distance(a, b));
      REQUIRE(core::ApproxPattern(a).distance_to(b) == brute_distance(a, b));
    }
  }

  TEST_CASE("best_ends and best_starts give, in one pass, the best substring at every end or start") {
    std::mt19937 rng(11);
    for (int round = 0; round < 60; ++round) {
      const std::u32string pat = random_text(rng, 1 + rng() % 150);
      const std::u32string text = mutate(rng, random_text(rng, rng() % 60) + pat + random_text(rng, rng() % 60), 4);
      const core::ApproxPattern ap(pat);
      std::vector<int> ends, starts;
      ap.best_ends(text, ends);
      ap.best_starts(text, starts);
      REQUIRE(ends.size() == text.size() + 1);
      REQUIRE(starts.size() == text.size() + 1);
      CAPTURE(pat.size());
      CAPTURE(text.size());
      CHECK(ends == brute_end_scores(text, pat));
      for (size_t j = 0; j <= text.size(); ++j) {
        CAPTURE(j);
        REQUIRE(starts[j] == ap.distance_to_prefix(text.substr(j)));
      }
    }
  }

  TEST_CASE("distance_to_prefix and distance_to_suffix take the best free end") {
    std::mt19937 rng(7);
    for (int round = 0; round < 100; ++round) {
      const std::u32string pat = random_text(rng, 1 + rng() % 150);
      const std::u32string text = round % 2 ? mutate(rng, pat, 3) + random_text(rng, rng() % 40)
                                            : random_text(rng, rng() % 200);
      int best_prefix = static_cast<int>(pat.size()), best_suffix = best_prefix;
      for (size_t len = 0; len <= text.size(); ++len) {
        best_prefix = std::min(best_prefix, brute_distance(pat, text.substr(0, len)));
        best_suffix = std::min(best_suffix, brute_distance(pat, text.substr(text.size() - len)));
      }
      const core::ApproxPattern ap(pat);
      CAPTURE(pat.size());
      CAPTURE(text.size());
      REQUIRE(ap.distance_to_prefix(text) == best_prefix);
      REQUIRE(ap.distance_to_suffix(text) == best_suffix);
    }
    // An inserted word costs its length once.
    CHECK(core::ApproxPattern(U"De Sapio should").distance_to_prefix(U" small De Sapio should be") == 7);
  }

  TEST_CASE("approx_search finds a misspelt phrase with its start and error count") {
    const std::u32string text = U"The quick brown fox jumps over the lazy dog. A quick brwn fox.";
    const auto found = core::approx_search(text, U"quick brown fox", 2);
    REQUIRE(found.size() == 2);
    CHECK(text.substr(found[0].start, found[0].end - found[0].start) == U"quick brown fox");
    CHECK(found[0].errors == 0);
    CHECK(text.substr(found[1].start, found[1].end - found[1].start) == U"quick brwn fox");
    CHECK(found[1].errors == 1);
  }

  TEST_CASE("empty patterns and negative budgets find nothing") {
    CHECK(core::approx_search(U"abc", U"", 3).empty());
    CHECK(core::ApproxPattern(U"abc").find_ends(U"abc", -1).empty());
    CHECK(core::ApproxPattern(U"abc").find_ends(U"", 3).empty());
  }
}
