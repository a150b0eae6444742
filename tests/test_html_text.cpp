// test_html_text.cpp - turning saved news pages into readable article text.
#include <doctest/doctest.h>

#include "core/article.h"
#include "core/html_text.h"

using core::html_to_text;

TEST_SUITE("html_text") {
  TEST_CASE("paragraphs are kept and separated by a blank line") {
    const auto page = html_to_text("<html><body><p>First  para\n graph.</p><p>Second.</p></body></html>");
    CHECK(page.text == "First para graph.\n\nSecond.");
  }

  TEST_CASE("scripts, styles, comments and navigation are dropped") {
    const auto page = html_to_text(R"(<head><title>T</title><style>p{color:red}</style>
      <script>var x = "<p>not text</p>";</script></head>
      <body><nav><a href="/">Home</a></nav><!-- <p>hidden</p> --><p>Kept.</p>
      <SCRIPT type="text/javascript">alert(1)</SCRIPT></body>)");
    CHECK(page.text == "Kept.");
    CHECK(page.title == "T");
  }

  TEST_CASE("character references are decoded") {
    const auto page = html_to_text("<p>Russia&rsquo;s &ldquo;dear friend&rdquo; &amp; co &#8211; &#x2014; caf&eacute; a&nbsp;b</p>");
    CHECK(page.text == "Russia\xE2\x80\x99s \xE2\x80\x9C" "dear friend\xE2\x80\x9D & co \xE2\x80\x93 \xE2\x80\x94 caf\xC3\xA9 a b");
  }

  TEST_CASE("unknown or unterminated references stay literal") {
    CHECK(html_to_text("<p>AT&T &bogus; &#xZZ; 5 &lt 6</p>").text == "AT&T &bogus; &#xZZ; 5 &lt 6");
  }

  TEST_CASE("headings, list items and line breaks") {
    const auto page = html_to_text("<h1>Big <b>news</b></h1><ul><li>one</li><li>two</li></ul><p>a<br>b</p>");
    CHECK(page.text == "Big news\n\none\n\ntwo\n\na\nb");
    CHECK(page.title == "Big news");  // no <title>: the first heading
  }

  TEST_CASE("inline elements do not break paragraphs and attributes may hold '>'") {
    const auto page = html_to_text(R"(<p>The <a href="x" title="a > b">ICC</a> <em>issued</em> a warrant.</p>)");
    CHECK(page.text == "The ICC issued a warrant.");
  }

  TEST_CASE("malformed markup never hangs or throws") {
    CHECK(html_to_text("<p>unterminated <b").text == "unterminated");
    CHECK(html_to_text("<script>never closed").text.empty());
    CHECK(html_to_text("a < b and c<").text == "a < b and c<");
    CHECK(html_to_text("").text.empty());
    CHECK(html_to_text("<!-- open comment").text.empty());
  }

  TEST_CASE("looks_like_html tells pages from plain text") {
    CHECK(core::looks_like_html("<!DOCTYPE html><html>"));
    CHECK(core::looks_like_html("  <p>Hello</p>"));
    CHECK_FALSE(core::looks_like_html("Putin visits Xi.\n\nThe 123 countries < 130."));
  }

  TEST_CASE("headings are reported so that the article can set them as headings") {
    const auto page = html_to_text("<h1>Budget  cut</h1><p>The city cut it.</p><h2>What the <em>mayor</em> said</h2><p>No.</p>");
    CHECK(page.headings == std::vector<std::string>{"Budget cut", "What the mayor said"});
    auto r = core::make_article(page.text, page.title);
    REQUIRE(r.article);
    core::mark_headings(*r.article, page.headings);
    REQUIRE(r.article->headings.size() == 2);
    CHECK(core::slice(*r.article, r.article->headings[1].start, r.article->headings[1].end) == "What the mayor said");
  }
}
