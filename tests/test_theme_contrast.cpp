// test_theme_contrast.cpp - text and secondary text (hints, counts, scores) reach WCAG's
// 4.5:1 on every background they are drawn on, in both themes.
#include <doctest/doctest.h>

#include <string>

#include "app/theme_colors.h"
#include "core/contrast.h"

TEST_SUITE("theme_contrast") {
  TEST_CASE("the WCAG formula") {
    CHECK(core::contrast_ratio(0x000000, 0xffffff) == doctest::Approx(21.0));
    CHECK(core::contrast_ratio(0x777777, 0xffffff) == doctest::Approx(4.48).epsilon(0.01));
    CHECK(core::contrast_ratio(0x123456, 0x123456) == doctest::Approx(1.0));
  }

  TEST_CASE("text and hints on every background, light and dark") {
    const theme_colors::Scheme* schemes[] = {&theme_colors::kLight, &theme_colors::kDark};
    for (const theme_colors::Scheme* s : schemes) {
      CAPTURE(s == &theme_colors::kDark);
      for (uint32_t bg : {s->page, s->panel, s->popup, s->frame, s->row_selected, s->row_hovered, s->button}) {
        CAPTURE(bg);
        CHECK(core::contrast_ratio(s->text, bg) >= 7.0);
        CHECK(core::contrast_ratio(s->hint, bg) >= 4.5);
      }
      // Hints still look secondary next to the text.
      CHECK(core::contrast_ratio(s->text, s->panel) > core::contrast_ratio(s->hint, s->panel) * 1.4);
    }
  }

  TEST_CASE("high contrast: every text 10:1 or more on every background") {
    const theme_colors::Scheme& s = theme_colors::kHighContrast;
    for (uint32_t bg : {s.page, s.panel, s.popup, s.frame, s.row_selected, s.row_hovered, s.button}) {
      CAPTURE(bg);
      CHECK(core::contrast_ratio(s.text, bg) >= 12.0);
      CHECK(core::contrast_ratio(s.hint, bg) >= 10.0);
    }
    CHECK(core::contrast_ratio(s.text, s.page) == doctest::Approx(21.0));
  }
}
