// test_word_bounds.cpp - what double-click, triple-click and Ctrl+arrows select.
#include <doctest/doctest.h>

#include <string>

#include "core/word_bounds.h"

namespace {
std::u32string sub(const std::u32string& t, std::pair<size_t, size_t> r) {
  return t.substr(r.first, r.second - r.first);
}
}  // namespace

TEST_SUITE("word_bounds") {
  TEST_CASE("double-click selects the word, apostrophes and number separators included") {
    const std::u32string t = U"China\u2019s 1,234.5 \u201cdear friend\u201d \u041f\u0443\u0442\u0438\u043d.";
    CHECK(sub(t, core::word_at(t, 2)) == U"China\u2019s");
    CHECK(sub(t, core::word_at(t, 10)) == U"1,234.5");
    CHECK(sub(t, core::word_at(t, 19)) == U"dear");
    CHECK(sub(t, core::word_at(t, 32)) == U"\u041f\u0443\u0442\u0438\u043d");
    CHECK(sub(t, core::word_at(t, t.size() - 1)) == U"\u041f\u0443\u0442\u0438\u043d");  // on the full stop just after a word: that word
  }

  TEST_CASE("a comma between words does not join them") {
    const std::u32string t = U"Moscow,Beijing";
    CHECK(sub(t, core::word_at(t, 1)) == U"Moscow");
  }

  TEST_CASE("spaces and punctuation select their own run") {
    const std::u32string t = U"a  !? b";
    CHECK(core::word_at(t, 2) == std::pair<size_t, size_t>{1, 3});  // the two spaces
    CHECK(sub(t, core::word_at(t, 4)) == U"!?");
    CHECK(core::word_at(U"", 0) == std::pair<size_t, size_t>{0, 0});
  }

  TEST_CASE("word-wise caret movement") {
    const std::u32string t = U"one two, three";
    CHECK(core::next_word_end(t, 0) == 3);
    CHECK(core::next_word_end(t, 3) == 7);
    CHECK(core::next_word_end(t, 7) == 14);
    CHECK(core::next_word_end(t, 14) == 14);
    CHECK(core::prev_word_start(t, 14) == 9);
    CHECK(core::prev_word_start(t, 9) == 4);
    CHECK(core::prev_word_start(t, 2) == 0);
  }

  TEST_CASE("triple-click selects the paragraph, or the gap between two") {
    const std::vector<std::pair<size_t, size_t>> p = {{2, 10}, {12, 20}};
    CHECK(core::paragraph_at(p, 5) == std::pair<size_t, size_t>{2, 10});
    CHECK(core::paragraph_at(p, 10) == std::pair<size_t, size_t>{2, 10});
    CHECK(core::paragraph_at(p, 11) == std::pair<size_t, size_t>{10, 12});
    CHECK(core::paragraph_at(p, 0) == std::pair<size_t, size_t>{0, 2});
    CHECK(core::paragraph_at(p, 15) == std::pair<size_t, size_t>{12, 20});
    CHECK(core::paragraph_at(p, 25) == std::pair<size_t, size_t>{20, 20});
  }
}
