// test_extract_metadata.cpp - what a page says about its article: title (without the
// site's name), byline, publication time, site name, canonical URL, language, direction,
// from JSON-LD, OpenGraph and other meta tags.
#include <doctest/doctest.h>

#include "core/extract/extract.h"
#include "core/extract/title.h"
#include "extract_test_pages.h"

using core::extract::strip_site_name;
using test_pages::article_paragraphs;
using test_pages::page;

namespace {

core::ExtractedPage extract(const std::string& html) {
  core::ExtractResult r = core::extract_article(html);
  REQUIRE_MESSAGE(r.page, r.error);
  return *r.page;
}

}  // namespace

TEST_SUITE("extract: metadata") {
  TEST_CASE("JSON-LD gives title, byline, time and site") {
    const auto p = extract(page(
        R"(<title>Bus plan | Herald</title>
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Council expands bus network", "datePublished": "2024-03-05T09:30:00Z",
          "author": [{"@type": "Person", "name": "Ana Lima"}, {"@type": "Person", "name": "Tom Berg"}],
          "publisher": {"@type": "Organization", "name": "City Herald"}}</script>)",
        article_paragraphs()));
    CHECK(p.title == "Council expands bus network");
    CHECK(p.byline == "Ana Lima, Tom Berg");
    CHECK(p.published == "2024-03-05T09:30:00Z");
    CHECK(p.site == "City Herald");
  }

  TEST_CASE("JSON-LD in a @graph, with a string author, is found") {
    const auto p = extract(page(
        R"(<script type="application/ld+json">{"@context": {"@vocab": "http://schema.org/"},
          "@graph": [{"@type": "WebSite", "name": "Herald"},
                     {"@type": ["ReportageNewsArticle"], "headline": "Depot opens", "author": "Ana Lima"}]}
        </script>)",
        article_paragraphs()));
    CHECK(p.title == "Depot opens");
    CHECK(p.byline == "Ana Lima");
  }

  TEST_CASE("broken or foreign JSON-LD is ignored, meta tags are used instead") {
    const auto p = extract(page(
        R"(<script type="application/ld+json">{"@context": "https://schema.org", "@type": </script>
        <script type="application/ld+json">{"@context": "https://example.org", "@type": "NewsArticle",
          "headline": "Wrong vocabulary"}</script>
        <meta property="og:title" content="Council expands bus network">
        <meta property="og:site_name" content="City Herald">
        <meta name="author" content="Ana Lima">
        <meta property="article:published_time" content="2024-03-05">)",
        article_paragraphs()));
    CHECK(p.title == "Council expands bus network");
    CHECK(p.site == "City Herald");
    CHECK(p.byline == "Ana Lima");
    CHECK(p.published == "2024-03-05");
  }

  TEST_CASE("a byline element in the page is used when no meta tag names the author") {
    const auto p = extract(page("<title>Council expands bus network</title>",
                                "<article><p class=\"byline\">By Ana Lima</p>" + article_paragraphs() +
                                    "</article>"));
    CHECK(p.byline == "Ana Lima");  // "By" is the page's wording, not the name
    CHECK(p.text.find("By Ana Lima") == std::string::npos);
  }

  TEST_CASE("the canonical URL, else og:url") {
    CHECK(extract(page("<link rel=\"canonical\" href=\"https://herald.example/bus\">"
                       "<meta property=\"og:url\" content=\"https://herald.example/og\">",
                       article_paragraphs()))
              .url == "https://herald.example/bus");
    CHECK(extract(page("<meta property=\"og:url\" content=\"https://herald.example/og\">", article_paragraphs()))
              .url == "https://herald.example/og");
    CHECK(extract(page("", article_paragraphs())).url.empty());
  }

  TEST_CASE("language and direction") {
    const auto p = extract("<html lang=\"ar\" dir=\"rtl\"><head><title>t</title></head><body>" +
                           article_paragraphs() + "</body></html>");
    CHECK(p.lang == "ar");
    CHECK(p.dir == "rtl");
    const auto q = extract("<html><body><div dir=\"RTL\">" + article_paragraphs() + "</div></body></html>");
    CHECK(q.dir == "rtl");  // the article's own direction, lowercased
    CHECK(extract(page("", article_paragraphs())).dir.empty());
  }

  TEST_CASE("the title loses the site's name, from <title> or from meta tags") {
    CHECK(extract(page("<title>Council expands bus network | City Herald</title>", article_paragraphs()))
              .title == "Council expands bus network");
    CHECK(extract(page("<meta property=\"og:title\" content=\"Council expands bus network - City Herald\">"
                       "<meta property=\"og:site_name\" content=\"City Herald\">",
                       article_paragraphs()))
              .title == "Council expands bus network");
  }

  TEST_CASE("strip_site_name: suffixes and prefixes naming the site or the host") {
    CHECK(strip_site_name("Storm closes schools | Herald", "Herald", "") == "Storm closes schools");
    CHECK(strip_site_name("Herald \xE2\x80\x94 Storm closes schools", "Herald", "") == "Storm closes schools");
    CHECK(strip_site_name("Storm closes schools - BBC News", "", "https://www.bbc.co.uk/news/1") ==
          "Storm closes schools");
    CHECK(strip_site_name("Storm closes all the schools | Herald", "", "") == "Storm closes all the schools");
    // A dash inside a headline stays when what follows does not name the site.
    CHECK(strip_site_name("Storm - the schools close", "Herald", "https://herald.example/a") ==
          "Storm - the schools close");
    CHECK(strip_site_name("Herald", "Herald", "") == "Herald");
  }

  TEST_CASE("the heading repeating the title is not repeated in the text") {
    const auto p = extract(page("<title>Council expands bus network | City Herald</title>",
                                "<article><h1>Council expands bus network</h1>" + article_paragraphs() +
                                    "</article>"));
    CHECK(p.text.rfind("Council expands bus network\n\nThe city council voted", 0) == 0);
    CHECK(p.text.find("Council expands bus network", 10) == std::string::npos);
  }

  TEST_CASE("entities escaped twice in meta content are decoded") {
    CHECK(extract(page("<meta property=\"og:title\" content=\"Mayor&amp;#39;s &amp;quot;plan&amp;quot;\">",
                       article_paragraphs()))
              .title == "Mayor's \"plan\"");
  }
}
