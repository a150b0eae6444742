// test_text_size.cpp - Ctrl + and Ctrl - move the reading text in steps of about 10 %.
#include <doctest/doctest.h>

#include "core/text_size.h"

TEST_SUITE("text_size") {
  TEST_CASE("steps of about ten per cent, both ways, from the default") {
    float px = core::kDefaultTextPx;
    int presses = 0;
    while (px < 33.0f) {
      const float next = core::larger_text(px);
      CHECK(next / px >= 1.05f);
      CHECK(next / px <= 1.13f);
      px = next;
      ++presses;
    }
    CHECK(presses == 6);  // 19 -> 34 px in six presses (one pixel a press took fourteen to 33)
    // Back down retraces the same steps.
    for (int i = 0; i < presses; ++i) px = core::smaller_text(px);
    CHECK(px == core::kDefaultTextPx);
  }

  TEST_CASE("stays within 12 and 36 px, and steps from a size between two steps") {
    CHECK(core::larger_text(36) == 36);
    CHECK(core::smaller_text(12) == 12);
    CHECK(core::larger_text(20) == 21);  // a size saved by an older version
    CHECK(core::smaller_text(20) == 19);
  }

  TEST_CASE("the size as a percentage of the default") {
    CHECK(core::text_size_percent(19) == 100);
    CHECK(core::text_size_percent(21) == 111);
    CHECK(core::text_size_percent(17) == 89);
  }
}
