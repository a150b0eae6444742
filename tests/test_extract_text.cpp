// test_extract_text.cpp - how a page's markup becomes text: paragraphs, headings, lists,
// quotes, captions, tables, line breaks, white space, character references, and markup too
// broken to parse cleanly (these replace the tests of the old html_to_text).
#include <doctest/doctest.h>

#include "core/article_file.h"
#include "core/extract/extract.h"
#include "extract_test_pages.h"

namespace {

// The article text of a page without <title>, so that no headline is added in front.
std::string text_of(const std::string& html) {
  const core::ExtractResult r = core::extract_article(html);
  REQUIRE_MESSAGE(r.page, r.error);
  return r.page->text;
}

}  // namespace

TEST_SUITE("extract: text") {
  TEST_CASE("paragraphs are kept and separated by a blank line, white space collapses") {
    CHECK(text_of("<html><body><p>First  para\n graph.</p><p>Second.</p></body></html>") ==
          "First para graph.\n\nSecond.");
  }

  TEST_CASE("scripts, styles, comments and navigation are dropped; the title leads") {
    const core::ExtractResult r = core::extract_article(
        R"(<head><title>Talks resume</title><style>p{color:red}</style>
        <script>var x = "<p>not text</p>";</script></head>
        <body><nav><a href="/">Home</a></nav><!-- <p>hidden</p> --><p>Kept.</p>
        <SCRIPT type="text/javascript">alert(1)</SCRIPT><noscript>Enable JavaScript</noscript>
        <template><p>Template text</p></template></body>)");
    REQUIRE(r.page);
    CHECK(r.page->title == "Talks resume");
    CHECK(r.page->text == "Talks resume\n\nKept.");
  }

  TEST_CASE("character references are decoded; no-break spaces are spaces, soft hyphens go") {
    CHECK(text_of("<p>Russia&rsquo;s &ldquo;dear friend&rdquo; &amp; co &#8211; &#x2014; "
                  "caf&eacute; a&nbsp;b re&shy;port</p>") ==
          "Russia\xE2\x80\x99s \xE2\x80\x9C" "dear friend\xE2\x80\x9D & co \xE2\x80\x93 "
          "\xE2\x80\x94 caf\xC3\xA9 a b report");
  }

  TEST_CASE("invisible leftovers make no paragraph: a stray byte order mark, ideographic spaces") {
    // Found by the fuzzer: a BOM between two blocks became a paragraph of its own, and the
    // article then started with a blank line once make_article dropped the "leading" BOM.
    CHECK(text_of("<p>One.</p>\xEF\xBB\xBF<table><tr><td>Two</td></tr></table>") == "One.\n\nTwo");
    CHECK(text_of("<p>\xE3\x80\x80\xE3\x80\x80</p><p>Three.</p>") == "Three.");
    CHECK(text_of("<p>in\xEF\xBB\xBFside</p>") == "inside");
  }

  TEST_CASE("unknown references and a lone ampersand stay literal") {
    CHECK(text_of("<p>AT&T &bogus; 5 &lt 6</p>") == "AT&T &bogus; 5 &lt 6");
  }

  TEST_CASE("headings, list items and line breaks") {
    CHECK(text_of("<h2>Big <b>news</b></h2><ul><li>one</li><li>two</li></ul><p>a<br>b</p>") ==
          "Big news\n\n\xE2\x80\xA2 one\n\n\xE2\x80\xA2 two\n\na\nb");
  }

  TEST_CASE("ordered lists are numbered from their start") {
    CHECK(text_of("<ol start=\"3\"><li>three</li><li>four</li></ol><ol><li>one</li></ol>") ==
          "3. three\n\n4. four\n\n1. one");
  }

  TEST_CASE("block quotes, figure captions and preformatted text") {
    CHECK(text_of("<blockquote><p>We will not resign.</p></blockquote>"
                  "<figure><img src=x.jpg alt=\"ignored\"><figcaption>The minister, on Monday."
                  "</figcaption></figure><pre>line 1\n  line 2</pre>") ==
          "We will not resign.\n\nThe minister, on Monday.\n\nline 1\n  line 2");
  }

  TEST_CASE("a data table keeps one row per line, cells separated by a bar") {
    const std::string table =
        "<table><caption>Results</caption><thead><tr><th>Party</th><th>Seats</th></tr></thead>"
        "<tbody><tr><td>Greens</td><td>12</td></tr><tr><td>Liberals</td><td>9</td></tr></tbody>"
        "</table>";
    CHECK(text_of(test_pages::article_paragraphs() + table).find(
              "Results\n\nParty | Seats\nGreens | 12\nLiberals | 9") != std::string::npos);
  }

  TEST_CASE("inline elements do not break paragraphs and attributes may hold '>'") {
    CHECK(text_of(R"(<p>The <a href="x" title="a > b">ICC</a> <em>issued</em> a warrant.</p>)") ==
          "The ICC issued a warrant.");
  }

  TEST_CASE("runs of <br> split a paragraph, a single <br> breaks the line") {
    CHECK(text_of("<div>First part.<br><br>Second part,<br>same paragraph.</div>") ==
          "First part.\n\nSecond part,\nsame paragraph.");
  }

  TEST_CASE("malformed markup never hangs or throws") {
    CHECK(text_of("<p>unterminated <b") == "unterminated");
    CHECK(text_of("a < b and c<") == "a < b and c<");
    CHECK(text_of("<div><p>one<div>two</p></span></div>three") == "one\n\ntwo\n\nthree");
    CHECK(text_of("<table><tr><td>cell<td>next</table>") == "cell\n\nnext");
    // Nothing readable: an error that says so, not an empty article.
    for (const char* page : {"<script>never closed", "<!-- open comment", "", "   \n",
                             "<html><body></body></html>", "<img src=a.png>"}) {
      const core::ExtractResult r = core::extract_article(page);
      CHECK_FALSE(r.page);
      CHECK(r.error == "no text found in the page");
    }
  }

  TEST_CASE("a headline in any script leads once: the <h1> repeating the title is not shown twice") {
    const std::string body =
        "<p>\u0623\u0639\u0644\u0646\u062A \u0627\u0644\u062D\u0643\u0648\u0645\u0629 \u0627\u0644\u064A\u0648\u0645 "
        "\u0639\u0646 \u062E\u0637\u0629 \u062C\u062F\u064A\u062F\u0629 \u0644\u062F\u0639\u0645 \u0627\u0644\u062A\u0639\u0644\u064A\u0645 "
        "\u0641\u064A \u0627\u0644\u0645\u062F\u0627\u0631\u0633 \u0627\u0644\u062D\u0643\u0648\u0645\u064A\u0629 "
        "\u0641\u064A \u062C\u0645\u064A\u0639 \u0623\u0646\u062D\u0627\u0621 \u0627\u0644\u0628\u0644\u0627\u062F.</p>";
    for (const std::string& title : {std::string("\u062E\u0637\u0629 \u062C\u062F\u064A\u062F\u0629 \u0644\u0644\u0645\u062F\u0627\u0631\u0633"),
                                    std::string("\u041D\u043E\u0432\u044B\u0439 \u043F\u043B\u0430\u043D \u0434\u043B\u044F \u0448\u043A\u043E\u043B"),
                                    std::string("New plan for schools")}) {
      const std::string html = "<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>" +
                               title + "</h1>" + body + body + body + "</article></body></html>";
      const std::string text = text_of(html);
      CHECK_MESSAGE(text.rfind(title + "\n\n", 0) == 0, text);
      CHECK_MESSAGE(text.find(title, title.size()) == std::string::npos, "shown twice: " << text);
    }
  }

  TEST_CASE("headings are reported, and a page's article sets them as headings") {
    const core::ExtractResult r = core::extract_article(
        "<html><body><article><h1>Budget  cut</h1><p>The city cut the budget by a third on Monday, "
        "the council said after a long meeting that ran into the night.</p><h2>What the <em>mayor</em> "
        "said</h2><p>No comment, the mayor said, and left the building by a side door.</p>"
        "<p>Nobody else was there.</p></article></body></html>");
    REQUIRE_MESSAGE(r.page, r.error);
    CHECK(r.page->headings == std::vector<std::string>{"Budget cut", "What the mayor said"});

    const core::ArticleFileResult f = core::read_article_file("story.html",
        "<html><body><article><h1>Budget cut</h1><p>The city cut the budget by a third on Monday.</p>"
        "<h2>What the mayor said</h2><p>No comment, the mayor said.</p></article></body></html>");
    REQUIRE_MESSAGE(f.file, f.error);
    const core::Article& a = f.file->article;
    REQUIRE(a.headings.size() == 2);
    CHECK(core::slice(a, a.headings[0].start, a.headings[0].end) == "Budget cut");
    CHECK(core::slice(a, a.headings[1].start, a.headings[1].end) == "What the mayor said");
    // A text file has none, even when a line looks like a heading.
    const core::ArticleFileResult t = core::read_article_file("story.txt", "Budget cut\n\nThe city cut it.");
    REQUIRE(t.file);
    CHECK(t.file->article.headings.empty());
  }
}
