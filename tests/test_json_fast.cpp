// test_json_fast.cpp - the fast JSON reader (core/json_fast_sax.h) against nlohmann's: the
// same inputs accepted, the same trees built, and for refused input nlohmann's located
// message (through core::json_stream). Edge cases by hand, then thousands of mutations of
// real annotation files.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_fast_sax.h"
#include "core/json_stream.h"

namespace {

using json = nlohmann::json;

// Builds a tree with nlohmann's own DOM builder, driven by the fast reader.
bool fast_parse(std::string_view s, json& out) {
  out = json();
  nlohmann::detail::json_sax_dom_parser<json> dom(out, false);
  return core::json_fast::sax_parse(s, dom);
}

// nlohmann's answer: the tree, or discarded on error.
bool slow_parse(std::string_view s, json& out) {
  out = json::parse(s.begin(), s.end(), nullptr, false);
  return !out.is_discarded();
}

// Same answer, and the same tree when accepted (floats compared by their bits: NaN cannot
// come from JSON, infinity can).
void check_same(const std::string& s) {
  json fast, slow;
  const bool f = fast_parse(s, fast);
  const bool n = slow_parse(s, slow);
  INFO("input: " << json(s).dump(-1, ' ', true, json::error_handler_t::replace));
  REQUIRE(f == n);
  if (f) CHECK(fast == slow);
  if (f) CHECK(fast.dump() == slow.dump());  // also the kinds of numbers
}

const char* const kCases[] = {
    "", " ", "{}", "[]", "[ ]", "{ }", " [1] ", "null", "true", "false", "nul", "tru", "truex",
    "0", "-0", "01", "-01", "1.", ".5", "1.5", "-1.5e3", "1e", "1e+", "1E-7", "1.0e+300", "1e400",
    "-1e400", "18446744073709551615", "18446744073709551616", "9223372036854775807",
    "-9223372036854775808", "-9223372036854775809", "+1", "0x10", "1 2", "[1,]", "[,1]", "[1 2]",
    "{\"a\":1,}", "{\"a\" 1}", "{\"a\":}", "{a:1}", "{\"a\":1 \"b\":2}", "{\"a\":1,\"a\":2}",
    "\"\\u00e9\"", "\"\\u00E9\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83dx\"",
    "\"\\ud83d\\u0041\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\x\"", "\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"",
    "\"\\u0000\"", "\"a\tb\"", "\"a\nb\"", "\"\x7f\"", "\"caf\xc3\xa9\"", "\"\xc3\"", "\"\xc0\xaf\"",
    "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "\"\xe2\x82\"", "\xef\xbb\xbf[1]", "\xef\xbb[1]",
    "[1]\xef\xbb\xbf", "\"unterminated", "[\"a\"", "{\"a\":[1,{\"b\":null}]}", "[[[[[]]]]]",
    "[1]]", "{}}", "/* c */ 1", "[1] // c", "\"\xe4\xb8\xad\xe6\x96\x87\"", "[true,false,null]",
    "{\"\":\"\"}", "[\"\\u20ac\",\"\\uD834\\uDD1E\"]", "-", "--1", "1.5.5", "[1e5,2E+5,3e-5]",
};

std::string sample_file() {
  json items = json::array();
  for (int i = 0; i < 20; ++i) {
    items.push_back({{"type", "Annotation"},
                     {"id", "urn:uuid:" + std::to_string(i)},
                     {"body", {{{"type", "TextualBody"}, {"value", "note \u00e9 \"quoted\" \\ line\nnext"}, {"purpose", "commenting"}}}},
                     {"target", {{"selector", {{{"type", "TextPositionSelector"}, {"start", i * 10}, {"end", i * 10 + 7}},
                                               {{"type", "TextQuoteSelector"}, {"exact", "\u4e2d\u6587 text"}, {"prefix", "a"}, {"suffix", "b"}}}}}},
                     {"score", -1.25 * i},
                     {"flag", i % 2 == 0},
                     {"none", nullptr}});
  }
  return json{{"@context", "http://www.w3.org/ns/anno.jsonld"}, {"type", "AnnotationCollection"},
              {"first", {{"type", "AnnotationPage"}, {"items", items}}}}
      .dump(1);
}

}  // namespace

TEST_SUITE("json: fast reader") {
  TEST_CASE("hand-picked inputs get nlohmann's answers and trees") {
    for (const char* c : kCases) check_same(c);
    // A control character and a NUL byte inside strings, which string literals above cannot hold.
    check_same(std::string("\"a\x01" "b\""));
    check_same(std::string("\"a\0b\"", 5));
    check_same(std::string("[1]\0", 4));
    check_same(std::string("[1]\0\xff garbage", 13));  // nothing after a NUL byte is read
    check_same(std::string("[1\0]", 4));
    check_same(std::string("\0", 1));
  }

  TEST_CASE("a real annotation file is read to the same tree") {
    check_same(sample_file());
    check_same(json::parse(sample_file()).dump());  // without white space
  }

  TEST_CASE("thousands of mutations of a file get nlohmann's answers") {
    const std::string base = sample_file();
    const std::string alphabet = "{}[]\":,\\ 0123456789-+.eEtrufalsn\x01\xc3\xa9\xff\xed\xa0u";
    std::mt19937 rng(20261130);
    int accepted = 0, refused = 0;
    for (int round = 0; round < 3000; ++round) {
      std::string s = base;
      const int edits = 1 + static_cast<int>(rng() % 3);
      for (int e = 0; e < edits; ++e) {
        const size_t at = rng() % s.size();
        switch (rng() % 4) {
          case 0: s.erase(at, 1 + rng() % 3); break;
          case 1: s.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
          case 2: s[at] = alphabet[rng() % alphabet.size()]; break;
          default: s = s.substr(0, at); break;  // cut short
        }
        if (s.empty()) s = " ";
      }
      json fast, slow;
      const bool f = fast_parse(s, fast);
      const bool n = slow_parse(s, slow);
      if (f != n || (f && fast.dump() != slow.dump())) {
        INFO("round " << round << ": " << json(s).dump(-1, ' ', true, json::error_handler_t::replace));
        CHECK(f == n);
        if (f && n) CHECK(fast.dump() == slow.dump());
        break;
      }
      (f ? accepted : refused)++;
    }
    // The mutations reach both sides of the line, else the test proves little.
    CHECK(accepted > 100);
    CHECK(refused > 1000);
  }

  TEST_CASE("a refused file gets nlohmann's located message through json_stream") {
    const std::string bad = "{\"a\": [1, 2,, 3]}";
    const auto r = core::json_stream::parse(bad, [](const json&, json&, const std::string&, size_t) { return false; });
    REQUIRE(r.error);
    try {
      const json accepted = json::parse(bad);
      CHECK(accepted.is_null());
      FAIL("nlohmann accepted it");
    } catch (const json::parse_error& e) {
      CHECK(r.error->what == e.what());
      CHECK(r.error->byte == e.byte);
    }
  }
}
