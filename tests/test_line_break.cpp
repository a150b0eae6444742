// test_line_break.cpp - UAX #14 line breaking: Unicode's own conformance file and the cases
// a reader of a news article sees (spaces, hyphens, dashes, numbers, ideographs, emoji).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/text/line_break.h"
#include "core/text/unicode_props.h"

namespace {
using core::text::Break;

// The positions where a line may start, "|" marking them, e.g. "a |b" for "a b".
std::u32string marked(std::u32string_view t) {
  std::vector<Break> brk;
  core::text::line_breaks(t, brk);
  std::u32string out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (i > 0 && brk[i] != Break::None) out += U'|';
    out += t[i];
  }
  return out;
}
}  // namespace

TEST_SUITE("line_break") {
  TEST_CASE("LineBreakTest.txt: every pair of Unicode's conformance file") {
    // Debian's unicode-data package ships the file; the version must match our tables.
    std::ifstream in("/usr/share/unicode/auxiliary/LineBreakTest.txt");
    REQUIRE_MESSAGE(in.good(), "install Debian's unicode-data (build-wasm.sh deps does)");
    std::string line;
    size_t cases = 0, cases_ok = 0, pairs = 0, pairs_ok = 0;
    std::string first_failure;
    std::vector<Break> brk;
    while (std::getline(in, line)) {
      line = line.substr(0, line.find('#'));
      if (line.empty()) continue;
      std::istringstream fields(line);
      std::u32string text;
      std::vector<bool> expected;  // break before text[i]; one more entry for the end
      std::string tok;
      while (fields >> tok) {
        if (tok == "\xC3\xB7") expected.push_back(true);         // ÷
        else if (tok == "\xC3\x97") expected.push_back(false);   // ×
        else text += static_cast<char32_t>(std::stoul(tok, nullptr, 16));
      }
      REQUIRE(expected.size() == text.size() + 1);
      core::text::line_breaks(text, brk);
      bool ok = true;
      for (size_t i = 1; i <= text.size(); ++i) {  // position 0 (sot) is never a break
        const bool got = brk[i] != Break::None;
        ++pairs;
        if (got == expected[i]) ++pairs_ok;
        else ok = false;
      }
      ++cases;
      if (ok) ++cases_ok;
      else if (first_failure.empty()) first_failure = line;
    }
    REQUIRE(cases > 7000);
    MESSAGE("UAX #14 (Unicode " << std::string(core::text::kUnicodeVersion) << ") LineBreakTest.txt: "
            << cases_ok << "/" << cases << " cases, " << pairs_ok << "/" << pairs
            << " break positions" << std::string(first_failure.empty() ? "" : "; first failure: ")
            << first_failure);
    CHECK(cases_ok == cases);
    CHECK(pairs_ok == pairs);
  }

  TEST_CASE("spaces hang: a line may start only after the whole run of spaces") {
    CHECK(marked(U"one  two three") == U"one  |two |three");
    CHECK(marked(U"end. Next") == U"end. |Next");
  }

  TEST_CASE("hyphens and dashes allow a break after them, not before") {
    CHECK(marked(U"well-known") == U"well-|known");
    CHECK(marked(U"Belt\u2013Road") == U"Belt\u2013|Road");     // en dash (BA)
    CHECK(marked(U"won\u2014and") == U"won|\u2014|and");         // em dash (B2): both sides
    CHECK(marked(U"won\u2014\u2014and") == U"won|\u2014\u2014|and");  // not inside a pair
    CHECK(marked(U"a \u2014 b") == U"a |\u2014 |b");
  }

  TEST_CASE("numbers, prices and punctuation stay whole") {
    CHECK(marked(U"$1,234.50 (12%)") == U"$1,234.50 |(12%)");
    CHECK(marked(U"\u201cYes,\u201d he said.") == U"\u201cYes,\u201d |he |said.");
    CHECK(marked(U"-5") == U"-5");  // a minus before a digit is not a break
  }

  TEST_CASE("ideographs and kana break between each other, not before closing punctuation") {
    CHECK(marked(U"\u4e2d\u56fd\u7684\u4e00\u5e26\u4e00\u8def\u3002") ==
          U"\u4e2d|\u56fd|\u7684|\u4e00|\u5e26|\u4e00|\u8def\u3002");
    // Japanese: small kana (CJ) do not start a line in the default (strict) behaviour.
    CHECK(marked(U"\u30ad\u30e3\u30c3\u30c8") == U"\u30ad\u30e3\u30c3|\u30c8");
    // Korean: by default (as browsers do) a line may break between syllables too.
    CHECK(marked(U"\ud55c\uad6d \ubb38") == U"\ud55c|\uad6d |\ubb38");
  }

  TEST_CASE("emoji: modifiers and joiners stay with their base") {
    // thumbs up + skin tone, then family (man ZWJ woman ZWJ girl)
    CHECK(marked(U"\U0001F44D\U0001F3FD\U0001F468\u200D\U0001F469\u200D\U0001F467") ==
          U"\U0001F44D\U0001F3FD|\U0001F468\u200D\U0001F469\u200D\U0001F467");
    CHECK(marked(U"\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA") ==  // two flags
          U"\U0001F1EB\U0001F1F7|\U0001F1E9\U0001F1EA");
  }

  TEST_CASE("a hard line break is mandatory and the text's end too") {
    std::vector<Break> brk;
    core::text::line_breaks(U"a\nb", brk);
    REQUIRE(brk.size() == 4);
    CHECK(brk[0] == Break::None);
    CHECK(brk[2] == Break::Mandatory);
    CHECK(brk[3] == Break::Mandatory);
  }

  TEST_CASE("Arabic and Hebrew words break at spaces; Thai has no break inside a phrase") {
    CHECK(marked(U"\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645") ==
          U"\u0645\u0631\u062d\u0628\u0627 |\u0628\u0643\u0645");
    CHECK(core::text::is_complex_context(0x0E01));  // Thai: needs a dictionary
    CHECK(marked(U"\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35") == U"\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35");
  }
}
