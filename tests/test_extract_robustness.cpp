// test_extract_robustness.cpp - pages built to hurt: deep nesting, floods of stray end
// tags, huge text, and the end-tag filter that keeps libxml2's work linear. Each gives a
// result or a clear message (timing is the benchmark's business, not the tests').
#include <doctest/doctest.h>

#include <string>

#include "core/extract/end_tag_filter.h"
#include "core/extract/extract.h"
#include "core/extract/html_parse.h"
#include "extract_test_pages.h"

using core::extract::drop_unmatched_end_tags;

namespace {

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_SUITE("extract: robustness") {
  TEST_CASE("end tags that close nothing are dropped, the rest is kept byte for byte") {
    size_t dropped = 0;
    CHECK(drop_unmatched_end_tags("<div><b>x</b></b></i></div></div>", dropped) == "<div><b>x</b></div>");
    CHECK(dropped == 3);
    // </p>, </br>, </body>, </html> mean something to libxml2 even when nothing is open.
    CHECK(drop_unmatched_end_tags("</p></br></body></html>", dropped) == "</p></br></body></html>");
    CHECK(dropped == 0);
    // Script text, comments and quoted attributes are not tags.
    const std::string tricky =
        "<script>if (a</b) x = '</div>';</script><!-- </span> --><a title=\"</a>\">x</a>";
    CHECK(drop_unmatched_end_tags(tricky, dropped) == tricky);
    CHECK(dropped == 0);
    // Void and self-closed elements open nothing.
    CHECK(drop_unmatched_end_tags("<br><img src=x></img><span/></span>", dropped) == "<br><img src=x><span/>");
    CHECK(drop_unmatched_end_tags("<p>a", dropped) == "<p>a");
  }

  TEST_CASE("a flood of stray end tags under a deep stack gives the text") {
    const std::string html = "<html><body>" + repeat("<div>", 200) + "<p>Still here.</p>" +
                             repeat("</b>", 200000) + "<p>And here.</p>";
    const core::ExtractResult r = core::extract_article(html);
    REQUIRE(r.page);
    CHECK(r.page->text == "Still here.\n\nAnd here.");
  }

  TEST_CASE("nesting past the DOM depth limit keeps the text") {
    const int depth = core::extract::kMaxDepth + 40;  // below the parser's limit
    REQUIRE(depth < core::extract::kParseDepthLimit);
    const std::string html = "<html><body>" + repeat("<div>", depth) + "<p>Deep text.</p>" +
                             repeat("</div>", depth) + "<p>After.</p>";
    const core::ExtractResult r = core::extract_article(html);
    REQUIRE(r.page);
    CHECK(r.page->text == "Deep text.\n\nAfter.");
    CHECK(r.page->warning.empty());
  }

  TEST_CASE("nesting past the parser's limit stops reading there, and says so") {
    const std::string html = "<html><body><p>Before.</p>\n" + repeat("<span>", 100000) + "lost";
    const core::ExtractResult r = core::extract_article(html);
    REQUIRE(r.page);
    CHECK(r.page->text == "Before.");
    CHECK(r.page->warning == "the page nests elements more than 256 deep at line 2; the rest of the page was not read");
    // With no text before the limit, the error carries the reason.
    const core::ExtractResult none = core::extract_article(repeat("<div>", 300) + "lost");
    CHECK(none.error == "no text found: the page nests elements more than 256 deep at line 1; the rest of "
                        "the page was not read");
  }

  TEST_CASE("a very long paragraph and many paragraphs come through whole") {
    const std::string words = repeat("word ", 400000);  // 2 MB in one text node
    const core::ExtractResult one = core::extract_article("<p>" + words + "</p>");
    REQUIRE(one.page);
    CHECK(one.page->text.size() == words.size() - 1);
    const std::string paragraph = "Paragraph with some words, and a comma, long enough to count.";
    const core::ExtractResult many = core::extract_article("<body>" + repeat("<p>" + paragraph + "</p>", 20000));
    REQUIRE(many.page);
    CHECK(many.page->text == repeat(paragraph + "\n\n", 20000).substr(0, 20000 * (paragraph.size() + 2) - 2));
  }

  TEST_CASE("pages larger than the limit are refused before parsing") {
    const std::string huge(core::kMaxPageBytes + 1, ' ');
    const core::ExtractResult r = core::extract_article(huge);
    CHECK_FALSE(r.page);
    CHECK(r.error == "the page is 64 MB; pages up to 64 MB can be opened");
  }
}
