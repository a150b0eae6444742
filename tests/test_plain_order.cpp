// test_plain_order.cpp - right-to-left labels for interfaces that draw by code point.
#include <doctest/doctest.h>

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
}
