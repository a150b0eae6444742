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

  TEST_CASE("an amount is one word with its currency sign and its per cent sign") {
    const std::u32string t = U"a \u00A31.2bn deal, up 12% (\u20AC5m or 5\u20AC); 3\u2030 and $1,000 at 30\u00B0C";
    auto word_of = [&](const std::u32string& w) {
      const size_t at = t.find(w);
      REQUIRE(at != std::u32string::npos);
      return sub(t, core::word_at(t, at + w.size() / 2));
    };
    CHECK(word_of(U"\u00A31.2bn") == U"\u00A31.2bn");
    CHECK(sub(t, core::word_at(t, 2)) == U"\u00A31.2bn");  // double-click on the pound sign itself
    CHECK(word_of(U"12%") == U"12%");
    CHECK(word_of(U"\u20AC5m") == U"\u20AC5m");  // not the bracket before it
    CHECK(word_of(U"5\u20AC") == U"5\u20AC");    // nor the one after
    CHECK(word_of(U"3\u2030") == U"3\u2030");
    CHECK(word_of(U"$1,000") == U"$1,000");
    CHECK(word_of(U"30\u00B0C") == U"30\u00B0C");
    // A sign without a number stays punctuation.
    const std::u32string alone = U"costs $ and % apply";
    CHECK(sub(alone, core::word_at(alone, 6)) == U"$");
    CHECK(sub(alone, core::word_at(alone, 2)) == U"costs");
    // Word-wise caret moves take the amount whole.
    CHECK(core::next_word_end(t, 1) == 8);  // just after "£1.2bn"
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
