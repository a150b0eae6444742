// test_article.cpp - building articles: UTF-8 validation with byte offsets, line endings,
// BOM, titles, paragraphs, code point slicing.
#include <doctest/doctest.h>

#include <string>

#include "core/article.h"
#include "core/sha256.h"

using core::make_article;

TEST_SUITE("article") {
  TEST_CASE("invalid UTF-8 is rejected with the byte offset and line") {
    auto r = make_article("ok\nline two \xC3\x28 bad", "T");
    CHECK_FALSE(r.article.has_value());
    CHECK(r.error == "invalid UTF-8 at byte 12 (line 2)");

    r = make_article("\xFF");
    CHECK(r.error == "invalid UTF-8 at byte 0 (line 1)");

    r = make_article("a\r\nb\rc\xED\xA0\x80");  // a surrogate, after CRLF and CR
    CHECK(r.error == "invalid UTF-8 at byte 6 (line 3)");

    r = make_article("truncated \xF0\x9F\x98");
    CHECK(r.error == "invalid UTF-8 at byte 10 (line 1)");
  }

  TEST_CASE("line endings are normalised and a BOM is dropped") {
    auto r = make_article("\xEF\xBB\xBFHead\r\n\r\nOne\rTwo\n", "T");
    REQUIRE(r.article);
    CHECK(r.article->text == "Head\n\nOne\nTwo\n");
    CHECK(r.article->cps == U"Head\n\nOne\nTwo\n");
    CHECK(r.error.empty());
  }

  TEST_CASE("title: given, or the first non-empty line, which stays in the text") {
    auto r = make_article("\n\n   My headline  \nBody text.", "", "https://example.org/a");
    REQUIRE(r.article);
    CHECK(r.article->title == "My headline");
    CHECK(r.article->url == "https://example.org/a");
    CHECK(r.article->text == "\n\n   My headline  \nBody text.");

    r = make_article("First line\nSecond", "Given");
    REQUIRE(r.article);
    CHECK(r.article->title == "Given");
    CHECK(r.article->url.empty());

    r = make_article("");
    REQUIRE(r.article);
    CHECK(r.article->title.empty());
    CHECK(r.article->paragraphs.empty());
  }

  TEST_CASE("offsets are code points: emoji, accents and CJK count as one") {
    auto r = make_article("a\xC3\xA9\xF0\x9F\x98\x80\xE4\xB8\xAD" "b", "T");  // a é 😀 中 b
    REQUIRE(r.article);
    const auto& a = *r.article;
    CHECK(a.cps.size() == 5);
    CHECK(core::slice(a, 1, 2) == "\xC3\xA9");
    CHECK(core::slice(a, 2, 3) == "\xF0\x9F\x98\x80");
    CHECK(core::slice(a, 3, 5) == "\xE4\xB8\xAD" "b");
    CHECK(core::slice(a, 4, 100) == "b");   // end clamped
    CHECK(core::slice(a, 9, 100) == "");    // start past the end
    CHECK(core::slice(a, 3, 1) == "");      // reversed is empty
  }

  TEST_CASE("paragraphs are blank-line separated, trimmed and non-empty") {
    auto r = make_article("Title\n\n  First para\nstill first.  \n \t \nSecond\n\n\n", "T");
    REQUIRE(r.article);
    const auto& a = *r.article;
    REQUIRE(a.paragraphs.size() == 3);
    CHECK(core::slice(a, a.paragraphs[0].start, a.paragraphs[0].end) == "Title");
    CHECK(core::slice(a, a.paragraphs[1].start, a.paragraphs[1].end) ==
          "First para\nstill first.");
    CHECK(core::slice(a, a.paragraphs[2].start, a.paragraphs[2].end) == "Second");

    CHECK(core::paragraph_at(a, 0) == 0u);
    CHECK(core::paragraph_at(a, a.paragraphs[1].start) == 1u);
    CHECK(core::paragraph_at(a, a.paragraphs[1].end) == 2u);  // between: the next one
    CHECK_FALSE(core::paragraph_at(a, a.cps.size()).has_value());
  }

  TEST_CASE("paragraphs with no trailing newline and no blank lines") {
    CHECK(core::find_paragraphs(U"one").size() == 1);
    CHECK(core::find_paragraphs(U"").empty());
    CHECK(core::find_paragraphs(U"\n\n \n").empty());
    const auto p = core::find_paragraphs(U"a\n\nb");
    REQUIRE(p.size() == 2);
    CHECK(p[1].start == 3);
    CHECK(p[1].end == 4);
  }

  TEST_CASE("article_sha256 hashes the normalised text") {
    auto r1 = make_article("x\r\ny", "T");
    auto r2 = make_article("x\ny", "T");
    REQUIRE(r1.article);
    REQUIRE(r2.article);
    CHECK(core::article_sha256(*r1.article) == core::sha256_hex("x\ny"));
    CHECK(core::article_sha256(*r1.article) == core::article_sha256(*r2.article));
  }

  TEST_CASE("mark_headings finds the headings' paragraphs in order and skips the missing") {
    auto r = core::make_article("Title\n\nIntro\n\nResults\n\nText about results.\n\nResults\n\nEnd");
    REQUIRE(r.article);
    core::mark_headings(*r.article, {"Results", "Not in the text", "Results"});
    REQUIRE(r.article->headings.size() == 2);
    CHECK(r.article->headings[0].start == r.article->paragraphs[2].start);
    CHECK(r.article->headings[1].start == r.article->paragraphs[4].start);
  }
}
