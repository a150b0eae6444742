// test_text_layout.cpp - wrapping an article into lines and mapping points to code points.
#include <doctest/doctest.h>

#include <string>

#include "core/text_layout.h"

namespace {
// Every character 10 px wide, lines 20 px apart; the title style 20 px wide, 40 px lines.
core::FontMetrics fixed(float w, float lh) {
  core::FontMetrics m;
  m.advance.assign(0x3000, w);
  m.fallback = w;
  m.line_height = lh;
  return m;
}
std::u32string text_of(const core::TextLayout& lay, const std::u32string& t, size_t i) {
  return t.substr(lay.lines[i].start, lay.lines[i].end - lay.lines[i].start);
}
}  // namespace

TEST_SUITE("text_layout") {
  TEST_CASE("greedy wrapping breaks after spaces and keeps trailing spaces on the line") {
    const std::u32string t = U"aaa bbb ccc dd";
    core::TextLayoutInput in{t, {{0, t.size()}}, 75.0f, {fixed(10, 20)}};
    const core::TextLayout lay = core::layout_text(in);
    REQUIRE(lay.lines.size() == 2);
    CHECK(text_of(lay, t, 0) == U"aaa bbb ");
    CHECK(text_of(lay, t, 1) == U"ccc dd");
    CHECK(lay.lines[1].y == doctest::Approx(20));
    CHECK(lay.height == doctest::Approx(40));
  }

  TEST_CASE("a word wider than the column is broken between characters") {
    const std::u32string t = U"abcdefghij";
    core::TextLayoutInput in{t, {{0, t.size()}}, 40.0f, {fixed(10, 20)}};
    const core::TextLayout lay = core::layout_text(in);
    REQUIRE(lay.lines.size() == 3);
    CHECK(text_of(lay, t, 0) == U"abcd");
    CHECK(text_of(lay, t, 2) == U"ij");
  }

  TEST_CASE("lines break after dashes") {
    const std::u32string t = U"well\u2014known fact";
    core::TextLayoutInput in{t, {{0, t.size()}}, 70.0f, {fixed(10, 20)}};
    const core::TextLayout lay = core::layout_text(in);
    REQUIRE(lay.lines.size() >= 2);
    CHECK(text_of(lay, t, 0) == U"well\u2014");
  }

  TEST_CASE("byte offsets of lines follow multi-byte characters") {
    const std::u32string t = U"\u041f\u0443\u0442\u0438\u043d \u2019x\u2019";  // "Путин ’x’"
    core::TextLayoutInput in{t, {{0, t.size()}}, 60.0f, {fixed(10, 20)}};
    const core::TextLayout lay = core::layout_text(in);
    REQUIRE(lay.lines.size() == 2);
    CHECK(lay.lines[0].byte_start == 0);
    CHECK(lay.lines[0].byte_end == 11);  // 5 Cyrillic letters x 2 bytes + space
    CHECK(lay.lines[1].byte_start == 11);
    CHECK(lay.lines[1].byte_end == 11 + 3 + 1 + 3);
  }

  TEST_CASE("article blocks: title line, paragraph gaps, hard line breaks") {
    const std::u32string t = U"Title\n\nFirst para\nsecond line\n\nLast";
    const std::vector<std::pair<size_t, size_t>> paras = {{0, 5}, {7, 29}, {31, 35}};
    const auto blocks = core::article_blocks(t, paras, true, 10.0f, 30.0f);
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].style == 1);
    CHECK(blocks[1].style == 0);
    CHECK(blocks[1].gap_before == doctest::Approx(30));  // below the title
    CHECK(blocks[2].start == 18);                        // "second line": a hard break ...
    CHECK(blocks[2].gap_before == doctest::Approx(0));   // ... inside the paragraph
    CHECK(blocks[3].gap_before == doctest::Approx(10));
    CHECK(blocks[3].paragraph == 2);

    core::TextLayoutInput in{t, blocks, 1000.0f, {fixed(10, 20), fixed(20, 40)}};
    const core::TextLayout lay = core::layout_text(in);
    REQUIRE(lay.lines.size() == 4);
    CHECK(lay.lines[0].height == doctest::Approx(40));
    CHECK(lay.lines[1].y == doctest::Approx(70));  // 40 title + 30 gap
    CHECK(lay.lines[3].y == doctest::Approx(120)); // 70 + 20 + 20 + 10 gap
  }

  TEST_CASE("hit testing maps points to the nearest caret position and back") {
    const std::u32string t = U"aaa bbb ccc dd";
    const std::vector<core::FontMetrics> styles = {fixed(10, 20)};
    core::TextLayoutInput in{t, {{0, t.size()}}, 75.0f, styles};
    const core::TextLayout lay = core::layout_text(in);
    CHECK(core::hit_test(lay, t, styles, 0, 5) == 0);
    CHECK(core::hit_test(lay, t, styles, 14, 5) == 1);   // right half of 'a' -> after it
    CHECK(core::hit_test(lay, t, styles, 36, 25) == 12); // second line, 4th char
    CHECK(core::hit_test(lay, t, styles, 500, 5) == 7);  // past a wrapped line's end
    CHECK(core::hit_test(lay, t, styles, 500, 500) == t.size());
    CHECK(core::hit_test(lay, t, styles, 5, -50) == 0);
    CHECK(core::x_of(lay.lines[1], t, styles[0], 10) == doctest::Approx(20));
    CHECK(lay.line_of(8) == 1);
    CHECK(lay.line_of(7) == 0);
    CHECK(lay.line_at_y(19.5f) == 0);
    CHECK(lay.line_at_y(20.0f) == 1);
  }

  TEST_CASE("a long text lays out every character exactly once") {
    std::u32string t;
    for (int i = 0; i < 2000; ++i) t += U"word\u00e9 \u043f\u0440\u0438 ";
    core::TextLayoutInput in{t, {{0, t.size()}}, 300.0f, {fixed(7, 18)}};
    const core::TextLayout lay = core::layout_text(in);
    REQUIRE(!lay.lines.empty());
    size_t pos = 0;
    for (const auto& l : lay.lines) {
      CHECK(l.start == pos);
      pos = l.end;
    }
    CHECK(pos == t.size());
  }

  TEST_CASE("heading paragraphs get the heading style and more space above") {
    const std::u32string t = U"Title\n\nBody one.\n\nA heading\n\nBody two.";
    const std::vector<std::pair<size_t, size_t>> paras = {{0, 5}, {7, 16}, {18, 27}, {29, 38}};
    const auto blocks = core::article_blocks(t, paras, true, 10.0f, 12.0f, {false, false, true, false}, 20.0f);
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].style == 1);
    CHECK(blocks[1].style == 0);
    CHECK(blocks[2].style == 2);
    CHECK(blocks[2].gap_before == 20.0f);
    CHECK(blocks[3].style == 0);
    CHECK(blocks[3].gap_before == 10.0f);
  }
}
