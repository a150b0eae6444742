// test_plain_order.cpp - right-to-left labels for interfaces that draw by code point.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/text/plain_order.h"

using core::text::plain_visual_order;

TEST_SUITE("plain_order") {
  TEST_CASE("left-to-right text comes back unchanged") {
    CHECK(plain_visual_order(U"Claim: 123 countries") == U"Claim: 123 countries");
    CHECK(plain_visual_order(U"中文 😀") == U"中文 😀");
  }

  TEST_CASE("Arabic letters take their joining forms, in visual order") {
    // بيت (house): beh initial, yeh medial, teh final; shown right to left.
    CHECK(plain_visual_order(U"\u0628\u064A\u062A") == U"\uFE96\uFEF4\uFE91");
    // دار: dal isolated (joins only on its right), alef final? No: dal does not join forward,
    // so alef is isolated, reh isolated.
    CHECK(plain_visual_order(U"\u062F\u0627\u0631") == U"\uFEAD\uFE8D\uFEA9");
  }

  TEST_CASE("lam-alef is one ligature") {
    // لا: isolated lam-alef; سلام: seen initial, lam-alef final, meem isolated.
    CHECK(plain_visual_order(U"\u0644\u0627") == U"\uFEFB");
    CHECK(plain_visual_order(U"\u0633\u0644\u0627\u0645") == U"\uFEE1\uFEFC\uFEB3");
  }

  TEST_CASE("mixed runs keep their order; brackets mirror in right-to-left runs") {
    // Hebrew then a number: the number stays left to right, to the left of the Hebrew.
    CHECK(plain_visual_order(U"\u05E9\u05DC\u05D5\u05DD 2024") == U"2024 \u05DD\u05D5\u05DC\u05E9");
    // (ב) in a Hebrew paragraph: the brackets swap so they still enclose on screen.
    CHECK(plain_visual_order(U"\u05D0 (\u05D1)") == U"(\u05D1) \u05D0");
  }

  TEST_CASE("a mark stays after its letter") {
    // بَ (beh with fatha), isolated: the letter, then its mark.
    CHECK(plain_visual_order(U"\u0628\u064E") == U"\uFE8F\u064E");
  }

  TEST_CASE("UTF-8, line by line") {
    CHECK(core::text::plain_visual_order_utf8("\xD7\x90\xD7\x91\nab") == "\xD7\x91\xD7\x90\nab");
  }

  TEST_CASE("a wrapped right-to-left note: first words on the first line, each line in visual order") {
    using core::text::plain_wrapped_lines;
    const auto count = [](std::u32string_view t) { return static_cast<float>(t.size()); };
    // Hebrew words א-words "אא בב גג דד" (four words of two letters): three per 8 columns.
    const std::u32string he = U"\u05D0\u05D0 \u05D1\u05D1 \u05D2\u05D2 \u05D3\u05D3";
    auto lines = plain_wrapped_lines(he, 8, count);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].rtl);
    CHECK(lines[1].rtl);
    // Line 1 holds the first three words in reading order, shown right to left.
    CHECK(lines[0].text == U"\u05D2\u05D2 \u05D1\u05D1 \u05D0\u05D0");
    CHECK(lines[1].text == U"\u05D3\u05D3");
    // The whole paragraph on one line when it fits: the same as plain_visual_order.
    lines = plain_wrapped_lines(he, 100, count);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].text == plain_visual_order(he));
    // Left-to-right text wraps the same way and stays in order.
    lines = plain_wrapped_lines(U"one two three four", 10, count);
    REQUIRE(lines.size() == 2);
    CHECK_FALSE(lines[0].rtl);
    CHECK(lines[0].text == U"one two");
    CHECK(lines[1].text == U"three four");
    // A word wider than the line is cut; an empty paragraph is one empty line.
    lines = plain_wrapped_lines(U"abcdefghij kl", 4, count);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].text == U"abcd");
    CHECK(lines[2].text == U"ij");
    CHECK(lines[3].text == U"kl");
    // Only the lines asked for are made: a one-line label stops after its first.
    lines = plain_wrapped_lines(U"abcdefghij kl", 4, count, 1);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].text == U"abcd");
    lines = plain_wrapped_lines(U"", 10, count);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].text.empty());
    // Arabic is measured as drawn (joining forms, lam-alef one glyph): "سلام سلام" is 3 + 1 + 3.
    lines = plain_wrapped_lines(U"\u0633\u0644\u0627\u0645 \u0633\u0644\u0627\u0645", 7, count);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].text == U"\uFEE1\uFEFC\uFEB3 \uFEE1\uFEFC\uFEB3");
  }

  TEST_CASE("a left-to-right note with a right-to-left phrase: a phrase cut by the wrap keeps its words in order") {
    using core::text::plain_wrapped_lines;
    const auto count = [](std::u32string_view t) { return static_cast<float>(t.size()); };
    // "see אא בב here": wrapped after "see אא", the Hebrew's first word ends line 1.
    auto lines = plain_wrapped_lines(U"see \u05D0\u05D0 \u05D1\u05D1 here", 6, count);
    REQUIRE(lines.size() == 3);
    CHECK_FALSE(lines[0].rtl);
    CHECK(lines[0].text == U"see \u05D0\u05D0");
    CHECK(lines[1].text == U"\u05D1\u05D1");
    CHECK(lines[2].text == U"here");
  }

  TEST_CASE("wrapping keeps every letter once, in reading order, and no line wider than asked") {
    using core::text::plain_wrapped_lines;
    const auto count = [](std::u32string_view t) { return static_cast<float>(t.size()); };
    const std::u32string alphabet = U"ab \u05D0\u05D1\u05D2 12 ";  // Latin, Hebrew, digits, spaces
    uint32_t seed = 12345;
    const auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    for (int round = 0; round < 2000; ++round) {
      std::u32string text;
      const size_t n = next() % 40;
      for (size_t i = 0; i < n; ++i) text.push_back(alphabet[next() % alphabet.size()]);
      const float width = 1 + next() % 12;
      const auto lines = plain_wrapped_lines(text, width, count);
      REQUIRE(!lines.empty());
      // Each line is in visual order, so compare the letters as multisets; text without
      // Hebrew must also keep its order exactly.
      std::u32string letters, got;
      for (char32_t c : text)
        if (c != U' ') letters.push_back(c);
      for (const auto& l : lines) {
        CHECK(l.text.size() <= static_cast<size_t>(width));
        for (char32_t c : l.text)
          if (c != U' ') got.push_back(c);
      }
      if (text.find_first_of(U"\u05D0\u05D1\u05D2") == std::u32string::npos) CHECK(letters == got);
      std::sort(letters.begin(), letters.end());
      std::sort(got.begin(), got.end());
      CHECK(letters == got);
    }
  }
}
