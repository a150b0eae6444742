// test_shape.cpp - shaping with HarfBuzz and Debian's Noto fonts: Arabic joining, lam-alef,
// harakat, Hebrew, Devanagari, Thai; font fallback by coverage and missing glyphs.
#include <doctest/doctest.h>

#include "core/text/shape.h"
#include "text_fonts.h"

namespace {
using core::text::Glyph;
using core::text::Script;

std::vector<Glyph> shaped(const core::text::Font& f, std::u32string_view t, Script s, bool rtl) {
  std::vector<Glyph> g;
  core::text::shape(f, 20.0f, t, 0, t.size(), s, rtl, g);
  return g;
}
}  // namespace

TEST_SUITE("shape") {
  TEST_CASE("the test fonts load from Debian's packages") {
    REQUIRE_MESSAGE(test_fonts::serif(), "fonts-noto-core is missing");
    REQUIRE(test_fonts::arabic());
    REQUIRE(test_fonts::hebrew());
    REQUIRE(test_fonts::devanagari());
    REQUIRE(test_fonts::thai());
    REQUIRE_MESSAGE(test_fonts::cjk(), "fonts-noto-cjk is missing");
    REQUIRE_MESSAGE(test_fonts::symbols(), "fonts-symbola is missing");
    CHECK(test_fonts::arabic()->scripts().size() >= 1);
    CHECK(core::text::Font::load("not a font") == nullptr);
  }

  TEST_CASE("Arabic letters take their joining forms, right to left") {
    const auto& f = *test_fonts::arabic();
    const std::u32string t = U"\u0628\u0628\u0628";  // three beh: initial, medial, final
    const auto g = shaped(f, t, Script::Arabic, true);
    REQUIRE(g.size() == 3);
    // Visual order: the last letter (final form) is leftmost.
    CHECK(g[0].cluster == 2);
    CHECK(g[2].cluster == 0);
    const uint32_t isolated = f.glyph_of(0x0628);
    CHECK(g[0].id != isolated);
    CHECK(g[1].id != isolated);
    CHECK(g[2].id != isolated);
    CHECK(g[0].id != g[1].id);
    CHECK(g[1].id != g[2].id);
    // Alone, the same letter is its isolated form.
    CHECK(shaped(f, U"\u0628", Script::Arabic, true)[0].id == isolated);
  }

  TEST_CASE("lam followed by alef takes the lam-alef form") {
    // Noto Sans Arabic draws it as one ligature glyph for two code points; Noto Naskh as two
    // glyphs made for each other, unlike the forms lam and alef take next to other letters.
    const auto one = shaped(*test_fonts::load(test_fonts::noto("NotoSansArabic-Regular.ttf")),
                            U"\u0644\u0627", Script::Arabic, true);
    REQUIRE(one.size() == 1);
    CHECK(one[0].cluster == 0);
    CHECK(one[0].advance > 0);
    const auto& naskh = *test_fonts::arabic();
    const auto la = shaped(naskh, U"\u0644\u0627", Script::Arabic, true);
    const auto lb = shaped(naskh, U"\u0644\u0628", Script::Arabic, true);  // lam, beh
    const auto ba = shaped(naskh, U"\u0628\u0627", Script::Arabic, true);  // beh, alef
    REQUIRE(la.size() == 2);
    CHECK(la[1].id != lb[1].id);  // lam (rightmost) is not its usual initial form
    CHECK(la[0].id != ba[0].id);  // alef (leftmost) is not its usual final form
  }

  TEST_CASE("harakat sit on their letter without advancing") {
    // beh + fatha, then beh + kasra: marks above and below.
    const auto g = shaped(*test_fonts::arabic(), U"\u0628\u064e\u0628\u0650", Script::Arabic, true);
    REQUIRE(g.size() == 4);
    int marks = 0;
    for (const Glyph& x : g) {
      if (x.advance == 0) {
        ++marks;
        CHECK(x.dy != doctest::Approx(0.0f));  // raised or lowered onto the letter
      }
    }
    CHECK(marks == 2);
    // Each mark keeps the cluster of its own code point.
    CHECK((g[0].cluster == 2 || g[0].cluster == 3));
  }

  TEST_CASE("Hebrew runs right to left, points on their letters") {
    const auto g = shaped(*test_fonts::hebrew(), U"\u05e9\u05b8\u05dc\u05d5\u05b9\u05dd",
                          Script::Hebrew, true);
    REQUIRE(g.size() >= 4);
    CHECK(g.front().cluster == 5);  // final mem leftmost
    CHECK(g.back().cluster == 0);   // shin rightmost
  }

  TEST_CASE("Devanagari: the i sign is drawn before the consonant it follows") {
    // "कि" (ka + sign i): logically ka first, visually the sign first.
    const auto g = shaped(*test_fonts::devanagari(), U"\u0915\u093f", Script::Devanagari, false);
    REQUIRE(g.size() == 2);
    CHECK(g[1].id == test_fonts::devanagari()->glyph_of(0x0915));  // ka on the right
    CHECK(g[0].cluster == 0);  // one grapheme: both glyphs map to its start
    CHECK(g[1].cluster == 0);
    // "क्ष" (ka virama ssa) forms one conjunct glyph.
    CHECK(shaped(*test_fonts::devanagari(), U"\u0915\u094d\u0937", Script::Devanagari, false)
              .size() == 1);
  }

  TEST_CASE("Thai tone marks stack without advancing") {
    const auto g = shaped(*test_fonts::thai(), U"\u0e17\u0e35\u0e48", Script::Thai, false);
    REQUIRE(g.size() == 3);
    CHECK(g[0].advance > 0);
    CHECK(g[1].advance == doctest::Approx(0.0f));
    CHECK(g[2].advance == doctest::Approx(0.0f));
  }

  TEST_CASE("context outside the run still joins: a letter before the run shapes its first") {
    const auto& f = *test_fonts::arabic();
    const std::u32string t = U"\u0628\u0628";
    std::vector<Glyph> g;
    core::text::shape(f, 20.0f, t, 1, 2, Script::Arabic, true, g);
    REQUIRE(g.size() == 1);
    CHECK(g[0].cluster == 1);
    CHECK(g[0].id != f.glyph_of(0x0628));  // final form, not isolated
  }

  TEST_CASE("font fallback picks a font that has the glyph, preferring the script's own") {
    const core::text::FontSet set = test_fonts::all();
    CHECK(set.font_for(U'a', Script::Latin) == 0);
    CHECK(set.font_for(0x0627, Script::Arabic) == 1);
    CHECK(set.font_for(0x05D0, Script::Hebrew) == 2);
    CHECK(set.font_for(0x0915, Script::Devanagari) == 3);
    CHECK(set.font_for(0x0E01, Script::Thai) == 4);
    CHECK(set.font_for(0x4E2D, Script::Han) == 5);
    CHECK(set.font_for(0xAC00, Script::Hangul) == 5);
    CHECK(set.font_for(0x1F600, Script::Common) == 6);  // 😀 in Symbola
    CHECK(set.font_for(0x10D0) == -1);                   // Georgian: no font loaded for it
    CHECK(set.font_for(0x05D0) == 2);
    // Digits in an Arabic run come from the Arabic font when it has them.
    CHECK(set.font_for(U'1', Script::Arabic) >= 0);
  }

  TEST_CASE("missing glyphs: none for a mixed article, the unknown ones listed once") {
    const core::text::FontSet set = test_fonts::all();
    const std::u32string mixed =
        U"China \u4e2d\u56fd \u65e5\u672c\u8a9e \ud55c\uad6d\uc5b4 \U0001F600 \u0391\u03b8\u03ae\u03bd\u03b1 "
        U"\u041c\u043e\u0441\u043a\u0432\u0430 \u0928\u092e\u0938\u094d\u0924\u0947 \u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35 "
        U"\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd\u200d\n";
    CHECK(set.missing(mixed).empty());
    const auto miss = set.missing(U"a\U000E0100b\U0010FFFD\U0010FFFD");
    REQUIRE(miss.size() == 1);  // the variation selector is invisible; the private use
    CHECK(miss[0] == 0x10FFFD);  // character has no glyph anywhere, counted once
  }
}
