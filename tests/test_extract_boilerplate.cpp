// test_extract_boilerplate.cpp - finding the article and leaving the rest of the page out:
// each test puts one kind of boilerplate around (or inside) the same article and checks
// that the article is all there and the boilerplate is gone.
#include <doctest/doctest.h>

#include "core/extract/extract.h"
#include "extract_test_pages.h"

using test_pages::article_paragraphs;
using test_pages::news_page;

namespace {

std::string extract_text(const std::string& html) {
  const core::ExtractResult r = core::extract_article(html);
  REQUIRE_MESSAGE(r.page, r.error);
  return r.page->text;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Every paragraph of the article is in the text.
void check_article_kept(const std::string& text) {
  CHECK(has(text, "The city council voted on Tuesday to expand the bus network"));
  CHECK(has(text, "although critics said the figures had not been checked independently."));
  CHECK(has(text, "The project will cost 48 million euros over four years"));
  CHECK(has(text, "and that similar schemes elsewhere had run over budget."));
  CHECK(has(text, "once the depot is finished and drivers have been hired and trained."));
}

}  // namespace

TEST_SUITE("extract: boilerplate") {
  TEST_CASE("a plain news page: headline and article, no menu or footer") {
    const std::string text = extract_text(news_page(article_paragraphs()));
    check_article_kept(text);
    CHECK(text.rfind("Council expands bus network\n\nThe city council", 0) == 0);
    CHECK_FALSE(has(text, "Sport"));
    CHECK_FALSE(has(text, "All rights reserved"));
  }

  TEST_CASE("a sidebar of most-read links and a related-articles list are dropped") {
    const std::string sidebar =
        "<aside class=\"sidebar\"><h3>Most read</h3><ol><li><a href=\"/a\">Mayor resigns after "
        "audit</a></li><li><a href=\"/b\">Storm closes schools</a></li></ol></aside>";
    const std::string related =
        "<div class=\"related-links\"><h3>Related</h3><ul><li><a href=\"/c\">Tram line delayed "
        "again</a></li><li><a href=\"/d\">Parking fees to rise</a></li></ul></div>";
    const std::string text = extract_text(news_page(article_paragraphs() + related, sidebar));
    check_article_kept(text);
    CHECK_FALSE(has(text, "Mayor resigns"));
    CHECK_FALSE(has(text, "Tram line delayed"));
  }

  TEST_CASE("a list of links inside the article goes, a list of points stays") {
    const std::string links =
        "<ul><li><a href=\"/1\">Read more: budget</a></li><li><a href=\"/2\">Read more: "
        "depot</a></li><li><a href=\"/3\">Read more: union</a></li></ul>";
    const std::string points =
        "<ul><li>Twelve new routes, three of them at night</li><li>A depot in the northern "
        "district</li></ul>";
    const std::string text = extract_text(news_page(article_paragraphs() + links + points));
    check_article_kept(text);
    CHECK_FALSE(has(text, "Read more"));
    CHECK(has(text, "\xE2\x80\xA2 Twelve new routes, three of them at night"));
  }

  TEST_CASE("share buttons, comments, cookie and newsletter notices, ads are dropped") {
    const std::string inside =
        "<div class=\"share-tools\"><a href=\"#fb\">Share on Facebook</a> <a href=\"#tw\">Tweet"
        "</a></div>" + article_paragraphs() +
        "<div class=\"newsletter-signup\"><p>Get our morning briefing, every day.</p>"
        "<input type=\"email\"><button>Sign up</button></div>"
        "<div class=\"ad-slot\"><div>Advertisement</div></div>";
    const std::string around =
        "<section id=\"comments\"><h2>42 comments</h2><p>Great news, finally!</p></section>"
        "<div class=\"cookie-banner\"><p>We use cookies to improve your experience.</p>"
        "<button>Accept all</button></div>";
    const std::string text = extract_text(news_page(inside, around));
    check_article_kept(text);
    CHECK_FALSE(has(text, "Share on Facebook"));
    CHECK_FALSE(has(text, "morning briefing"));
    CHECK_FALSE(has(text, "Sign up"));
    CHECK_FALSE(has(text, "Advertisement"));
    CHECK_FALSE(has(text, "42 comments"));
    CHECK_FALSE(has(text, "We use cookies"));
  }

  TEST_CASE("hidden elements are dropped, however they are hidden") {
    const std::string hidden =
        "<p hidden>Hidden by attribute.</p>"
        "<p aria-hidden=\"true\">Hidden from screen readers.</p>"
        "<p style=\"color: red; display: none\">Hidden by display.</p>"
        "<p style=\"visibility:hidden !important\">Hidden by visibility.</p>"
        "<p style=\"display:block\">Shown with a style.</p>";
    const std::string text = extract_text(news_page(article_paragraphs() + hidden));
    check_article_kept(text);
    CHECK_FALSE(has(text, "Hidden"));
    CHECK(has(text, "Shown with a style."));
  }

  TEST_CASE("a form that wraps the whole page does not swallow the article") {
    // ASP.NET pages put everything in one <form>.
    const std::string html = test_pages::page(
        "<title>Council expands bus network</title>",
        "<form id=\"aspnetForm\" action=\"/page.aspx\" method=\"post\">"
        "<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\">"
        "<div id=\"main\">" + article_paragraphs() + "</div></form>");
    check_article_kept(extract_text(html));
  }

  TEST_CASE("the article is the dense text, not the longer list of short teasers") {
    std::string teasers = "<div class=\"teasers\">";
    for (int i = 0; i < 30; ++i)
      teasers += "<div class=\"teaser\"><a href=\"/t" + std::to_string(i) + "\">Teaser headline number " +
                 std::to_string(i) + "</a></div>";
    teasers += "</div>";
    const std::string html = test_pages::page(
        "<title>Council expands bus network</title>",
        teasers + "<div class=\"story\">" + article_paragraphs() + "</div>");
    const std::string text = extract_text(html);
    check_article_kept(text);
    CHECK_FALSE(has(text, "Teaser headline"));
  }

  TEST_CASE("class and id hints: an article body beats a comment thread of similar length") {
    const std::string comments =
        "<div class=\"comment-list\"><p>I ride these buses, every single day, and frankly, the "
        "delays, the crowding, the heat, are all worse than the council admits.</p><p>Another "
        "waste of money, as usual, with no proof, no audit, no plan, nothing.</p></div>";
    const std::string html = test_pages::page(
        "<title>Council expands bus network</title>",
        "<div id=\"article-body\">" + article_paragraphs() + "</div>" + comments);
    const std::string text = extract_text(html);
    check_article_kept(text);
    CHECK_FALSE(has(text, "I ride these buses"));
  }

  TEST_CASE("paragraphs split across sibling blocks are joined") {
    // Ads between parts of the article are common; the parts are siblings of one parent.
    const std::string html = test_pages::page(
        "<title>Council expands bus network</title>",
        "<div class=\"wrap\"><div class=\"text\"><p>The city council voted on Tuesday to expand "
        "the bus network, adding twelve routes, three night lines and a new depot in the "
        "northern district, officials said.</p><p>Supporters of the plan, including the "
        "transport union and several business groups, argued that the change would cut "
        "commuting times by a fifth, although critics said the figures had not been checked "
        "independently.</p></div><div class=\"ad\"></div><div class=\"text\"><p>The project "
        "will cost 48 million euros over four years, according to the budget published last "
        "month, and will be paid for partly by a regional grant, partly by higher parking fees "
        "in the centre.</p><p>Opposition members, who abstained, said the council had ignored a "
        "report from its own auditors, which warned in March that ridership forecasts were too "
        "optimistic, and that similar schemes elsewhere had run over budget.</p><p>The first new "
        "routes are expected to open in September, the mayor said, with the remaining lines "
        "following next spring, once the depot is finished and drivers have been hired and "
        "trained.</p></div></div>");
    check_article_kept(extract_text(html));
  }

  TEST_CASE("a short page keeps what text it has") {
    // Under 500 characters Readability's rules relax one by one; the longest result wins.
    const std::string text = extract_text(
        "<html><body><div class=\"sidebar\"><p>Only this short note, in a sidebar.</p></div>"
        "</body></html>");
    CHECK(text == "Only this short note, in a sidebar.");
  }
}
