// test_classroom_scoring.cpp - SemEval-2013 Task 9.1 / nervaluate span scoring: a table of
// cases covering COR, INC, PAR, MIS and SPU in all four modes, one-to-one pairing, the
// type-mode tie-break, the empty cases, and trimming of white space and punctuation.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/classroom/span_scoring.h"
#include "core/utf8.h"

using namespace core::classroom;

namespace {

std::string outcomes(const ModeScore& s) {
  std::string out;
  for (Outcome o : s.marks) out += std::string(out.empty() ? "" : " ") + to_string(o);
  return out;
}

}  // namespace

TEST_SUITE("classroom: span scoring") {
  TEST_CASE("every outcome in every mode, with hand-worked counts and figures") {
    // key:   K1 [0,10) claim    K2 [20,30) statistic  K3 [40,50) claim
    //        K4 [60,70) claim   K5 [80,90) quote (no mark touches it: MIS)
    const std::vector<Span> key = {{0, 10, "claim"},  {20, 30, "statistic"}, {40, 50, "claim"},
                                   {60, 70, "claim"}, {80, 90, "quote"}};
    // marks: M1 = K1 exactly; M2 K2's bounds, wrong category; M3 inside K3, same category;
    //        M4 overlaps K4, other category; M5 and M6 touch nothing.
    const std::vector<Span> marks = {{0, 10, "claim"},  {20, 30, "claim"},      {42, 48, "claim"},
                                     {65, 75, "statistic"}, {100, 110, "claim"}, {120, 125, "opinion"}};
    const SpanScores s = score_spans(key, marks);

    const ModeScore& strict = s.mode(Mode::Strict);
    CHECK(outcomes(strict) == "COR INC INC INC SPU SPU");
    CHECK(strict.cor == 1);
    CHECK(strict.inc == 3);
    CHECK(strict.par == 0);
    CHECK(strict.mis == 1);
    CHECK(strict.spu == 2);
    CHECK(strict.possible() == 5);
    CHECK(strict.actual() == 6);
    CHECK(strict.precision == doctest::Approx(1.0 / 6));
    CHECK(strict.recall == doctest::Approx(1.0 / 5));
    CHECK(strict.f1 == doctest::Approx(2.0 / 11));  // 2 * (1/30) / (11/30)

    const ModeScore& exact = s.mode(Mode::Exact);
    CHECK(outcomes(exact) == "COR COR INC INC SPU SPU");
    CHECK(exact.precision == doctest::Approx(2.0 / 6));
    CHECK(exact.recall == doctest::Approx(2.0 / 5));
    CHECK(exact.f1 == doctest::Approx(4.0 / 11));

    const ModeScore& partial = s.mode(Mode::Partial);
    CHECK(outcomes(partial) == "COR COR PAR PAR SPU SPU");
    CHECK(partial.mis == 1);
    CHECK(partial.precision == doctest::Approx(3.0 / 6));  // (2 + 0.5 * 2) / 6
    CHECK(partial.recall == doctest::Approx(3.0 / 5));
    CHECK(partial.f1 == doctest::Approx(6.0 / 11));

    const ModeScore& type = s.mode(Mode::Type);
    CHECK(outcomes(type) == "COR INC COR INC SPU SPU");
    CHECK(type.precision == doctest::Approx(2.0 / 6));
    CHECK(type.recall == doctest::Approx(2.0 / 5));

    // Each mark is paired with the key span it concerns; K5 with none.
    CHECK(strict.matched_key[1] == 1u);
    CHECK(partial.matched_key[3] == 3u);
    CHECK_FALSE(partial.matched_key[4].has_value());
    CHECK(strict.key_matched == std::vector<bool>{true, true, true, true, false});
  }

  TEST_CASE("results do not depend on the order of the input") {
    const std::vector<Span> key = {{80, 90, "quote"}, {0, 10, "claim"}};
    const std::vector<Span> marks = {{85, 95, "quote"}, {0, 10, "claim"}};
    const SpanScores s = score_spans(key, marks);
    CHECK(outcomes(s.mode(Mode::Partial)) == "PAR COR");
    CHECK(s.mode(Mode::Partial).matched_key[0] == 0u);
    CHECK(s.mode(Mode::Partial).matched_key[1] == 1u);
  }

  TEST_CASE("a key span pairs with one mark only: a second mark on it is spurious") {
    const std::vector<Span> key = {{0, 10, "claim"}};
    const std::vector<Span> marks = {{2, 8, "claim"}, {0, 10, "claim"}};
    const SpanScores s = score_spans(key, marks);
    // Article order: [0,10) comes first and takes the key span; [2,8) finds it taken.
    CHECK(outcomes(s.mode(Mode::Partial)) == "SPU COR");
    CHECK(outcomes(s.mode(Mode::Strict)) == "SPU COR");
    CHECK(s.mode(Mode::Partial).possible() == 1);
    CHECK(s.mode(Mode::Partial).precision == doctest::Approx(0.5));
    CHECK(s.mode(Mode::Partial).recall == doctest::Approx(1.0));
  }

  TEST_CASE("type mode pairs a mark with the same-category key span of the closest boundaries") {
    const std::vector<Span> key = {{5, 15, "claim"}, {12, 20, "claim"}};
    const std::vector<Span> marks = {{10, 20, "claim"}};  // distances 5+5 = 10 and 2+0 = 2
    const SpanScores s = score_spans(key, marks);
    CHECK(s.mode(Mode::Type).matched_key[0] == 1u);
    CHECK(s.mode(Mode::Type).key_matched == std::vector<bool>{false, true});
    // The other modes take the first overlapping key span in article order.
    CHECK(s.mode(Mode::Partial).matched_key[0] == 0u);
    CHECK(s.mode(Mode::Strict).matched_key[0] == 0u);
  }

  TEST_CASE("spans that only touch do not overlap") {
    const SpanScores s = score_spans({{0, 10, "claim"}}, {{10, 20, "claim"}});
    CHECK(outcomes(s.mode(Mode::Partial)) == "SPU");
    CHECK(s.mode(Mode::Partial).mis == 1);
  }

  TEST_CASE("the empty cases: P is 0 without marks, R is 0 without key spans, F1 0 when both are") {
    SUBCASE("no key, no marks") {
      const SpanScores s = score_spans({}, {});
      for (Mode m : kModes) {
        CHECK(s.mode(m).possible() == 0);
        CHECK(s.mode(m).actual() == 0);
        CHECK(s.mode(m).precision == 0.0);
        CHECK(s.mode(m).recall == 0.0);
        CHECK(s.mode(m).f1 == 0.0);
      }
    }
    SUBCASE("marks but an empty key: all spurious") {
      const SpanScores s = score_spans({}, {{0, 5, "claim"}, {9, 12, "claim"}});
      CHECK(s.mode(Mode::Strict).spu == 2);
      CHECK(s.mode(Mode::Strict).precision == 0.0);
      CHECK(s.mode(Mode::Strict).recall == 0.0);
      CHECK(s.mode(Mode::Strict).f1 == 0.0);
    }
    SUBCASE("a key but no marks: all missed") {
      const SpanScores s = score_spans({{0, 5, "claim"}, {9, 12, "claim"}}, {});
      CHECK(s.mode(Mode::Partial).mis == 2);
      CHECK(s.mode(Mode::Partial).precision == 0.0);
      CHECK(s.mode(Mode::Partial).recall == 0.0);
    }
    SUBCASE("perfect") {
      const SpanScores s = score_spans({{0, 5, "claim"}}, {{0, 5, "claim"}});
      for (Mode m : kModes) CHECK(s.mode(m).f1 == 1.0);
    }
  }
}

TEST_SUITE("classroom: trimming span boundaries") {
  TEST_CASE("white space and punctuation go at both ends, never inside") {
    const std::u32string text = utf8::decode("He said: “123 countries, at least.” Then…\u00A0left");
    auto trimmed = [&](size_t start, size_t end) {
      const core::Range r = trim_span(text, start, end);
      return utf8::encode(text.substr(r.start, r.end - r.start));
    };
    CHECK(trimmed(7, 35) == "123 countries, at least");  // ": “" before, ".”" after
    CHECK(trimmed(35, 42) == "Then");                    // " Then…" and a no-break space
    CHECK(trimmed(0, text.size()) == "He said: “123 countries, at least.” Then…\u00A0left");
  }
  TEST_CASE("symbols stay, punctuation of every script goes") {
    CHECK_FALSE(is_trimmed_char(U'$'));
    CHECK_FALSE(is_trimmed_char(U'+'));
    CHECK_FALSE(is_trimmed_char(U'€'));
    CHECK_FALSE(is_trimmed_char(U'a'));
    CHECK_FALSE(is_trimmed_char(U'7'));
    CHECK(is_trimmed_char(U'%'));        // Po
    CHECK(is_trimmed_char(U'('));        // Ps
    CHECK(is_trimmed_char(0x2014));      // em dash, Pd
    CHECK(is_trimmed_char(0x00AB));      // «, Pi
    CHECK(is_trimmed_char(0x3002));      // ideographic full stop
    CHECK(is_trimmed_char(0x00A0));      // no-break space
    CHECK(is_trimmed_char(0x3000));      // ideographic space
    CHECK(is_trimmed_char(U'\n'));
  }
  TEST_CASE("a span of nothing but punctuation trims to empty; positions clamp to the text") {
    const std::u32string text = U"a -- b";
    const core::Range r = trim_span(text, 1, 5);
    CHECK(r.start == r.end);
    const core::Range c = trim_span(text, 4, 99);
    CHECK(c.start == 5);
    CHECK(c.end == 6);
  }
}
