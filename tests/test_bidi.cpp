// test_bidi.cpp - the bidirectional algorithm: Unicode's two conformance files and the
// paragraphs an Arabic or Hebrew news article has (numbers, Latin names, brackets).
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/text/bidi.h"

namespace {
using core::text::BaseDirection;

// Levels and visual order of a whole text as one line.
struct Result {
  std::vector<uint8_t> levels;
  std::vector<uint32_t> visual;
  uint8_t base = 0;
};
Result run(std::u32string_view t, BaseDirection d) {
  core::text::BidiParagraph p;
  p.resolve(t, d);
  Result r;
  p.line(0, t.size(), r.levels, r.visual);
  r.base = p.base_level();
  return r;
}

// Compares with expected levels (-1 = removed by rule X9, not checked) and the expected
// visual order of the characters that are not removed.
bool matches(const Result& r, const std::vector<int>& levels, const std::vector<uint32_t>& order) {
  for (size_t i = 0; i < levels.size(); ++i) {
    if (levels[i] >= 0 && r.levels[i] != levels[i]) return false;
  }
  std::vector<uint32_t> shown;
  for (uint32_t v : r.visual) {
    if (levels[v] >= 0) shown.push_back(v);
  }
  return shown == order;
}

std::vector<int> parse_levels(const std::string& s) {
  std::vector<int> out;
  std::istringstream in(s);
  std::string tok;
  while (in >> tok) out.push_back(tok == "x" ? -1 : std::stoi(tok));
  return out;
}
std::vector<uint32_t> parse_order(const std::string& s) {
  std::vector<uint32_t> out;
  std::istringstream in(s);
  uint32_t v;
  while (in >> v) out.push_back(v);
  return out;
}
std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string f;
  std::istringstream in(s);
  while (std::getline(in, f, sep)) out.push_back(f);
  return out;
}
}  // namespace

TEST_SUITE("bidi") {
  TEST_CASE("BidiCharacterTest.txt: levels and visual order of every case") {
    std::ifstream in("/usr/share/unicode/BidiCharacterTest.txt");
    REQUIRE_MESSAGE(in.good(), "install Debian's unicode-data (build-wasm.sh deps does)");
    std::string line, first_failure;
    size_t cases = 0, ok = 0;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const auto f = split(line, ';');
      REQUIRE(f.size() >= 5);
      std::u32string text;
      {
        std::istringstream cps(f[0]);
        std::string h;
        while (cps >> h) text += static_cast<char32_t>(std::stoul(h, nullptr, 16));
      }
      const int dir = std::stoi(f[1]);
      const Result r = run(text, dir == 0 ? BaseDirection::LTR
                                 : dir == 1 ? BaseDirection::RTL
                                            : BaseDirection::Auto);
      ++cases;
      if (r.base == std::stoi(f[2]) && matches(r, parse_levels(f[3]), parse_order(f[4]))) {
        ++ok;
      } else if (first_failure.empty()) {
        first_failure = line;
      }
    }
    REQUIRE(cases > 90000);
    MESSAGE("UAX #9 BidiCharacterTest.txt: " << ok << "/" << cases << " cases"
            << std::string(first_failure.empty() ? "" : "; first failure: ") << first_failure);
    CHECK(ok == cases);
  }

  TEST_CASE("BidiTest.txt: every class sequence at every paragraph level it lists") {
    std::ifstream in("/usr/share/unicode/BidiTest.txt");
    REQUIRE(in.good());
    // One representative character per bidirectional class.
    const std::map<std::string, char32_t> sample = {
        {"L", U'a'},     {"R", 0x05D0},   {"AL", 0x0627},  {"EN", U'1'},    {"ES", U'+'},
        {"ET", U'$'},    {"AN", 0x0660},  {"CS", U','},    {"NSM", 0x0300}, {"BN", 0x00AD},
        {"B", 0x2029},   {"S", U'\t'},    {"WS", U' '},    {"ON", U'!'},    {"LRE", 0x202A},
        {"LRO", 0x202D}, {"RLE", 0x202B}, {"RLO", 0x202E}, {"PDF", 0x202C}, {"LRI", 0x2066},
        {"RLI", 0x2067}, {"FSI", 0x2068}, {"PDI", 0x2069}};
    std::vector<int> levels;
    std::vector<uint32_t> order;
    std::string line, first_failure;
    size_t cases = 0, ok = 0;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      if (line.rfind("@Levels:", 0) == 0) {
        levels = parse_levels(line.substr(8));
        continue;
      }
      if (line.rfind("@Reorder:", 0) == 0) {
        order = parse_order(line.substr(9));
        continue;
      }
      if (line[0] == '@') continue;
      const auto f = split(line, ';');
      std::u32string text;
      {
        std::istringstream cls(f[0]);
        std::string c;
        while (cls >> c) text += sample.at(c);
      }
      const int bits = std::stoi(f[1]);
      const BaseDirection dirs[] = {BaseDirection::Auto, BaseDirection::LTR, BaseDirection::RTL};
      for (int k = 0; k < 3; ++k) {
        if (!(bits & (1 << k))) continue;
        ++cases;
        if (matches(run(text, dirs[k]), levels, order)) {
          ++ok;
        } else if (first_failure.empty()) {
          first_failure = line + " (paragraph " + std::to_string(k) + ")";
        }
      }
    }
    REQUIRE(cases > 490000);
    MESSAGE("UAX #9 BidiTest.txt: " << ok << "/" << cases << " cases"
            << std::string(first_failure.empty() ? "" : "; first failure: ") << first_failure);
    CHECK(ok == cases);
  }

  TEST_CASE("Arabic with a number and a Latin name: digits and Latin keep their order") {
    // "قال Putin إن 123 دولة" (said Putin that 123 countries)
    const std::u32string t = U"\u0642\u0627\u0644 Putin \u0625\u0646 123 \u062f\u0648\u0644\u0629";
    core::text::BidiParagraph p;
    p.resolve(t, BaseDirection::Auto);
    CHECK(p.rtl());
    CHECK_FALSE(p.is_simple());
    std::vector<uint8_t> lv;
    std::vector<uint32_t> vis;
    p.line(0, t.size(), lv, vis);
    CHECK(lv[0] == 1);
    CHECK(lv[4] == 2);   // P of Putin
    CHECK(lv[13] == 2);  // 1 of 123
    // Visually from the left: دولة, 123, إن, Putin, قال
    CHECK(vis.front() == t.size() - 1);  // the last Arabic letter is leftmost
    CHECK(vis.back() == 0);              // the first is rightmost
    std::vector<core::text::BidiRun> runs;
    core::text::visual_runs(0, lv, vis, runs);
    REQUIRE(runs.size() == 5);
    CHECK(runs[1].start == 13);  // "123", left to right inside
    CHECK(runs[1].end == 16);
    CHECK(runs[3].start == 4);   // "Putin"
    CHECK(runs[3].end == 9);
    CHECK(runs[4].start == 0);
    CHECK(runs[4].rtl());
  }

  TEST_CASE("paragraph direction: from the first strong letter, or given") {
    core::text::BidiParagraph p;
    p.resolve(U"123 \u05e9\u05dc\u05d5\u05dd abc", BaseDirection::Auto);  // Hebrew first
    CHECK(p.rtl());
    p.resolve(U"Reuters: \u05e9\u05dc\u05d5\u05dd", BaseDirection::Auto);
    CHECK_FALSE(p.rtl());
    p.resolve(U"Reuters", BaseDirection::RTL);  // the page said dir="rtl"
    CHECK(p.rtl());
    CHECK_FALSE(p.is_simple());
    p.resolve(U"plain English, 2024", BaseDirection::Auto);
    CHECK(p.is_simple());
  }

  TEST_CASE("trailing spaces of a wrapped line take the paragraph level (rule L1)") {
    const std::u32string t = U"abc \u05d0\u05d1 def";
    core::text::BidiParagraph p;
    p.resolve(t, BaseDirection::RTL);
    std::vector<uint8_t> lv;
    std::vector<uint32_t> vis;
    p.line(0, 7, lv, vis);  // "abc אב " : the space at 6 ends the line
    CHECK(lv[6] == 1);
    CHECK(lv[3] == 1);      // between Latin and Hebrew in an RTL paragraph
    CHECK(vis.front() == 6);  // the trailing space sits at the line's far (left) end
  }
}
