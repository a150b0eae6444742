// test_line_layout.cpp - the reading view's layout in any script: wrapping (UAX #14), visual
// runs (UAX #9), shaped glyphs, and the mappings between screen and logical offsets, on
// mixed paragraphs: Arabic with numbers and Latin names, Hebrew, English with CJK, emoji.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/text/line_layout.h"
#include "core/utf8.h"
#include "text_fonts.h"

namespace {
using core::text::BaseDirection;
using core::text::Box;
using core::text::LineLayout;

core::FontMetrics fixed(float w, float lh) {
  core::FontMetrics m;
  m.advance.assign(0x3000, w);
  m.fallback = w;
  m.line_height = lh;
  return m;
}

// Metrics of a real font as the app would give them (advances by code point at px).
core::FontMetrics metrics_of(const core::text::Font& f, float px) {
  core::FontMetrics m;
  m.advance.resize(0x3000);
  for (char32_t c = 0; c < 0x3000; ++c) {
    m.advance[c] = f.advance_units(f.glyph_of(c)) * px / static_cast<float>(f.units_per_em());
  }
  m.fallback = px * 0.5f;
  m.line_height = std::round(px * 1.5f);
  return m;
}

LineLayout lay_fixed(const std::u32string& t, float width) {
  core::text::LineLayoutInput in;
  in.text = t;
  in.blocks = {{0, t.size()}};
  in.width = width;
  in.styles = {{nullptr, 10.0f, fixed(10, 20)}};
  return core::text::layout_lines(in);
}

struct Real {
  core::text::FontSet fonts = test_fonts::all();
  LineLayout lay;
  void run(const std::u32string& t, float width, BaseDirection d = BaseDirection::Auto) {
    core::text::LineLayoutInput in;
    in.text = t;
    in.blocks = {{0, t.size()}};
    in.width = width;
    in.styles = {{&fonts, 20.0f, metrics_of(fonts[0], 20.0f)}};
    in.direction = d;
    lay = core::text::layout_lines(in);
  }
};

std::u32string line_text(const LineLayout& lay, const std::u32string& t, size_t i) {
  return t.substr(lay.lines[i].start, lay.lines[i].end - lay.lines[i].start);
}

// Every code point of each line is in exactly one of its runs.
void check_runs_cover_lines(const LineLayout& lay) {
  size_t pos = 0;
  for (const auto& l : lay.lines) {
    CHECK(l.start == pos);
    std::vector<int> seen(l.end - l.start, 0);
    for (auto* r = lay.runs_begin(l); r != lay.runs_end(l); ++r) {
      for (size_t i = r->start; i < r->end; ++i) ++seen[i - l.start];
    }
    for (int s : seen) CHECK(s == 1);
    pos = l.end;
  }
}
}  // namespace

TEST_SUITE("line_layout") {
  TEST_CASE("Latin takes the fast path and wraps as before: spaces hang, long words split") {
    const std::u32string t = U"aaa bbb ccc dd";
    LineLayout lay = lay_fixed(t, 75.0f);
    REQUIRE(lay.lines.size() == 2);
    CHECK(line_text(lay, t, 0) == U"aaa bbb ");
    CHECK(lay.lines[0].simple);
    CHECK(lay.glyphs.empty());
    CHECK(lay.hit_test(14, 5) == 1);
    CHECK(lay.hit_test(500, 5) == 7);   // past a wrapped line: before its trailing space
    CHECK(lay.hit_test(36, 25) == 12);
    CHECK(lay.caret_x(10) == doctest::Approx(20));
    const std::u32string w = U"abcdefghij";
    lay = lay_fixed(w, 40.0f);
    REQUIRE(lay.lines.size() == 3);
    CHECK(line_text(lay, w, 2) == U"ij");
    const std::u32string h = U"well-known fact";
    lay = lay_fixed(h, 70.0f);
    CHECK(line_text(lay, h, 0) == U"well-");
  }

  TEST_CASE("ideographs wrap between each other, closing punctuation stays on the line") {
    const std::u32string t = U"\u4e2d\u56fd\u7684\u4e00\u5e26\u4e00\u8def\u5021\u8bae";
    LineLayout lay = lay_fixed(t, 40.0f);  // four ideographs a line
    REQUIRE(lay.lines.size() == 3);
    CHECK(line_text(lay, t, 0) == U"\u4e2d\u56fd\u7684\u4e00");
    CHECK(line_text(lay, t, 2) == U"\u8bae");
    // "。" may not start a line: the ideograph before it moves down with it.
    const std::u32string p = U"\u4e2d\u56fd\u7684\u3002\u4e00\u5e26";
    lay = lay_fixed(p, 30.0f);
    REQUIRE(lay.lines.size() == 3);
    CHECK(line_text(lay, p, 0) == U"\u4e2d\u56fd");
    CHECK(line_text(lay, p, 1) == U"\u7684\u3002\u4e00");
  }

  TEST_CASE("Arabic with a number and a Latin name: right-aligned, right to left, logical offsets") {
    Real r;
    // "قال Putin إن 123 دولة" : said Putin that 123 countries
    const std::u32string t = U"\u0642\u0627\u0644 Putin \u0625\u0646 123 \u062f\u0648\u0644\u0629";
    r.run(t, 600.0f);
    const LineLayout& lay = r.lay;
    REQUIRE(lay.lines.size() == 1);
    const auto& l = lay.lines[0];
    CHECK(l.rtl);
    CHECK_FALSE(l.simple);
    check_runs_cover_lines(lay);
    // Right-aligned: the rightmost run ends at the column's edge, and it is the first word.
    const auto* last = lay.runs_end(l) - 1;
    CHECK(last->x + last->width == doctest::Approx(600.0f));
    CHECK(last->start == 0);
    CHECK(last->rtl());
    // The first logical character lies to the right of the last one.
    const Box first = lay.first_box(0, 1), end = lay.first_box(t.size() - 1, t.size());
    CHECK(first.x0 > end.x0);
    // "Putin" and "123" read left to right inside.
    CHECK(lay.caret_x(4) < lay.caret_x(8));
    CHECK(lay.caret_x(13) < lay.caret_x(15));
    // ... and "Putin" sits right of "123" (it comes first in reading order).
    CHECK(lay.caret_x(4) > lay.caret_x(15));
    // The Arabic came from the Arabic font, shaped; Latin and digits by the fast path.
    bool arabic_shaped = false, latin_simple = false;
    for (auto* run = lay.runs_begin(l); run != lay.runs_end(l); ++run) {
      if (run->start == 0) arabic_shaped = !run->simple && run->font == 1;
      if (run->start == 4) latin_simple = run->simple && !run->rtl();
    }
    CHECK(arabic_shaped);
    CHECK(latin_simple);
    // Clicks map back to logical offsets: the middle of each character's box hits it.
    for (size_t i : {size_t(0), size_t(5), size_t(10), size_t(14), t.size() - 1}) {
      const Box b = lay.first_box(i, i + 1);
      CHECK(lay.char_at((b.x0 + b.x1) / 2, 5) == i);
      const size_t caret = lay.hit_test((b.x0 + b.x1) / 2, 5);
      CHECK((caret == i || caret == i + 1));
    }
  }

  TEST_CASE("a range across a direction change is drawn as its visual runs") {
    Real r;
    const std::u32string t = U"\u0642\u0627\u0644 Putin \u0625\u0646 123 \u062f\u0648\u0644\u0629";
    r.run(t, 600.0f);
    std::vector<Box> boxes;
    r.lay.range_boxes(2, 6, boxes);  // "ل Pu": the end of the Arabic word and "Pu"
    REQUIRE(boxes.size() == 2);
    CHECK(boxes[0].x1 < boxes[1].x0);  // "Pu" on the left, then (after "tin") "ل "
    CHECK(boxes[0].start == 4);
    CHECK(boxes[1].start == 2);
    // rangeRect: the box of the run holding the range's first code point.
    const Box fb = r.lay.first_box(2, 6);
    CHECK(fb.start == 2);
    CHECK(fb.x0 == doctest::Approx(boxes[1].x0));
  }

  TEST_CASE("caret keys move on screen: Left goes forward in right-to-left text") {
    Real r;
    const std::u32string t = U"\u0645\u0631\u062d\u0628\u0627 abc";
    r.run(t, 600.0f, BaseDirection::RTL);
    const LineLayout& lay = r.lay;
    CHECK(lay.move_visual(0, -1) == 1);
    CHECK(lay.move_visual(1, +1) == 0);
    CHECK(lay.caret_x(1) < lay.caret_x(0));
    // Every caret stop is reached walking left from the line's right end.
    size_t cp = 0, steps = 0;
    std::vector<size_t> seen;
    while (steps++ < 20) {
      const size_t next = lay.move_visual(cp, -1);
      if (next == cp) break;
      seen.push_back(next);
      cp = next;
    }
    // 1..5 through the Arabic word, 6 after the space, then "abc" from its right end.
    CHECK(seen == std::vector<size_t>{1, 2, 3, 4, 5, 9, 8, 7, 6});
  }

  TEST_CASE("lam-alef: a caret inside the ligature lies between its edges") {
    Real r;
    r.fonts = core::text::FontSet();
    r.fonts.add(test_fonts::serif());
    r.fonts.add(test_fonts::load(test_fonts::noto("NotoSansArabic-Regular.ttf")));
    const std::u32string t = U"\u0644\u0627";
    r.run(t, 600.0f);
    REQUIRE(r.lay.glyphs.size() == 1);
    const float x0 = r.lay.caret_x(0), x1 = r.lay.caret_x(1), x2 = r.lay.x_on_line(0, 2);
    CHECK(x0 > x1);
    CHECK(x1 > x2);
    // From inside the ligature the caret moves to its edges, not to another line.
    CHECK(r.lay.move_visual(1, -1) == 2);
    CHECK(r.lay.move_visual(1, +1) == 0);
  }

  TEST_CASE("a Hebrew paragraph wraps into right-aligned lines, wrapped before reordering") {
    Real r;
    std::u32string t;
    for (int i = 0; i < 12; ++i) t += U"\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd ";
    r.run(t, 200.0f);
    REQUIRE(r.lay.lines.size() > 2);
    check_runs_cover_lines(r.lay);
    for (const auto& l : r.lay.lines) {
      CHECK(l.rtl);
      // The line's first logical character is at its right end.
      CHECK(r.lay.caret_x(l.start) == doctest::Approx(200.0f).epsilon(0.02));
    }
    CHECK(r.lay.lines.back().end == t.size());
  }

  TEST_CASE("English with Chinese: Latin on the fast path, ideographs from the CJK font") {
    Real r;
    const std::u32string t =
        U"The Belt and Road (\u4e00\u5e26\u4e00\u8def) initiative, \u4e2d\u56fd\u7684\u5021\u8bae\u4e0e"
        U"\u5408\u4f5c\u4f19\u4f34\u5171\u540c\u63a8\u8fdb\u3002";
    r.run(t, 200.0f);
    check_runs_cover_lines(r.lay);
    REQUIRE(r.lay.lines.size() >= 2);
    bool cjk_font = false;
    for (const auto& run : r.lay.runs) {
      if (run.start <= 19 && run.end > 19) cjk_font = !run.simple && run.font == 5;
    }
    CHECK(cjk_font);
    // Some line ends between two ideographs (no space there).
    bool ideograph_break = false;
    for (const auto& l : r.lay.lines) {
      if (l.end < t.size() && t[l.end] >= 0x4E00 && t[l.end - 1] >= 0x4E00) ideograph_break = true;
    }
    CHECK(ideograph_break);
    CHECK(r.fonts.missing(t).empty());
  }

  TEST_CASE("emoji come from the symbol font, one cluster each") {
    Real r;
    const std::u32string t = U"Fact check \U0001F50E done \u2705!";
    r.run(t, 600.0f);
    check_runs_cover_lines(r.lay);
    int emoji_runs = 0;
    for (const auto& run : r.lay.runs) {
      if (!run.simple && run.font == 6) ++emoji_runs;
    }
    CHECK(emoji_runs == 2);
    CHECK(r.lay.char_at(r.lay.first_box(11, 12).x0 + 1, 5) == 11);
    CHECK(r.fonts.missing(t).empty());
  }

  TEST_CASE("a long mixed paragraph: every code point in one run, lines continuous") {
    Real r;
    std::u32string t;
    for (int i = 0; i < 30; ++i) {
      t += U"\u0642\u0627\u0644 Putin (2024) \u0625\u0646 \u0661\u0662\u0663 \u062f\u0648\u0644\u0629\u060c ";
      t += U"\u05e9\u05dc\u05d5\u05dd \u0928\u092e\u0938\u094d\u0924\u0947 \u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35 ";
    }
    r.run(t, 250.0f);
    REQUIRE(r.lay.lines.size() > 10);
    check_runs_cover_lines(r.lay);
    CHECK(r.lay.lines.back().end == t.size());
    for (const auto& run : r.lay.runs) {
      CHECK(run.x >= -1.0f);
      CHECK(run.x + run.width <= 250.0f + 40.0f);  // only trailing spaces may hang
    }
  }

  TEST_CASE("byte ranges of lines and runs slice the UTF-8 text the app draws from") {
    Real r;
    const std::u32string t =
        U"Title \u2019quoted\u2019\n\n\u0642\u0627\u0644 Putin \u05e9\u05dc\u05d5\u05dd 12 \u4e2d\u56fd \U0001F50E";
    const std::string bytes = utf8::encode(t);
    core::text::LineLayoutInput in;
    in.text = t;
    in.blocks = {{0, 14, 1}, {15, 15, 0}, {16, t.size(), 0}};  // title, blank line, body
    in.width = 600.0f;
    const core::FontMetrics m = metrics_of(r.fonts[0], 20.0f);
    core::FontMetrics title = metrics_of(r.fonts[0], 30.0f);
    in.styles = {{&r.fonts, 20.0f, m}, {&r.fonts, 30.0f, title}};
    const LineLayout lay = core::text::layout_lines(in);
    REQUIRE(lay.lines.size() == 3);
    CHECK(lay.lines[0].style == 1);
    CHECK(lay.lines[0].height == doctest::Approx(45.0f));
    CHECK(lay.lines[1].start == lay.lines[1].end);  // the blank line: no runs
    CHECK(lay.lines[1].run_begin == lay.lines[1].run_end);
    for (const auto& l : lay.lines) {
      CHECK(bytes.substr(l.byte_start, l.byte_end - l.byte_start) ==
            utf8::encode(t.substr(l.start, l.end - l.start)));
      for (auto* run = lay.runs_begin(l); run != lay.runs_end(l); ++run) {
        CHECK(bytes.substr(run->byte_start, run->byte_end - run->byte_start) ==
              utf8::encode(t.substr(run->start, run->end - run->start)));
      }
    }
  }
}
