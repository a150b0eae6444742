// test_article_file.cpp - the one decision on how a file becomes the article: by name,
// else by content; a page's article and metadata, or text as it is; clear errors.
#include <doctest/doctest.h>

#include "core/article_file.h"
#include "core/extract/extract.h"
#include "extract_test_pages.h"

using core::is_html_file;
using core::read_article_file;

TEST_SUITE("article_file") {
  TEST_CASE("the extension decides; without one, a leading tag means a web page") {
    CHECK(is_html_file("story.html", "plain words"));
    CHECK(is_html_file("dir.v2/STORY.HTM", "plain words"));
    CHECK(is_html_file("page.xhtml", ""));
    CHECK_FALSE(is_html_file("notes.txt", "<!DOCTYPE html><p>x</p>"));
    CHECK_FALSE(is_html_file("notes.md", "<p>x</p>"));
    CHECK(is_html_file("", "\xEF\xBB\xBF  <!-- saved --> <!DOCTYPE html><html>"));
    CHECK(is_html_file("clip", "<meta charset='utf-8'><p>Pasted</p>"));
    CHECK_FALSE(is_html_file("", "Putin visits Xi.\n\nThe 123 countries < 130."));
    CHECK_FALSE(is_html_file("", "<3 this story"));
    CHECK_FALSE(is_html_file("", "<unclosed tag without an end"));
  }

  TEST_CASE("text files are read as they are: same text, same offsets as make_article") {
    const std::string bytes = "Headline\r\n\r\nFirst paragraph.\n";
    const core::ArticleFileResult r = read_article_file("a.txt", bytes);
    REQUIRE(r.file);
    const core::ArticleResult made = core::make_article(bytes);
    CHECK(r.file->article.text == made.article->text);
    CHECK(r.file->article.title == "Headline");
    CHECK_FALSE(r.file->from_html);
  }

  TEST_CASE("a page gives its article, title, metadata and canonical URL") {
    const std::string html = test_pages::page(
        "<title>Council expands bus network | City Herald</title>"
        "<link rel=\"canonical\" href=\"https://herald.example/bus\"><meta name=\"author\" content=\"Ana Lima\">",
        "<nav><a href=\"/\">Home</a></nav>" + test_pages::article_paragraphs());
    const core::ArticleFileResult r = read_article_file("bus.html", html);
    REQUIRE(r.file);
    const core::ArticleFile& f = *r.file;
    CHECK(f.from_html);
    CHECK(f.article.title == "Council expands bus network");
    CHECK(f.article.url == "https://herald.example/bus");
    CHECK(f.article.text.rfind("Council expands bus network\n\nThe city council voted", 0) == 0);
    CHECK(f.article.text.find("Home") == std::string::npos);
    CHECK(f.byline == "Ana Lima");
    CHECK(f.lang == "en");
    // The text is exactly what extract_article gives, so every caller counts the same offsets.
    CHECK(f.article.text == core::extract_article(html).page->text);
  }

  TEST_CASE("a right-to-left page's direction goes with its article; a text file has none") {
    std::string html = test_pages::news_page(test_pages::article_paragraphs());
    html.replace(html.find("<html lang=\"en\">"), 17, "<html lang=\"ar\" dir=\"RTL\">");
    const core::ArticleFileResult r = read_article_file("page.html", html);
    REQUIRE(r.file);
    CHECK(r.file->dir == "rtl");
    CHECK(r.file->article.dir == "rtl");
    const core::ArticleFileResult t = read_article_file("a.txt", "Title\n\nText.");
    REQUIRE(t.file);
    CHECK(t.file->article.dir.empty());
  }

  TEST_CASE("the address a page was read from wins over its canonical URL") {
    const std::string html = test_pages::page("<link rel=\"canonical\" href=\"https://herald.example/bus\">",
                                              test_pages::article_paragraphs());
    const auto r = read_article_file("", html, "https://herald.example/bus?utm=x");
    REQUIRE(r.file);
    CHECK(r.file->article.url == "https://herald.example/bus?utm=x");
  }

  TEST_CASE("errors say what is wrong and where") {
    CHECK(read_article_file("a.txt", "").error == "the file is empty");
    CHECK(read_article_file("a.html", " \n\t").error == "the file holds only white space");
    CHECK(read_article_file("a.txt", "ok\n\xFF").error == "invalid UTF-8 at byte 3 (line 2)");
    CHECK(read_article_file("a.html", "<meta charset=utf-8><p>\xFF</p>").error.rfind("invalid UTF-8 at byte 23", 0) == 0);
    CHECK(read_article_file("a.html", "<html><body><img src=x></body></html>").error == "no text found in the page");
    CHECK_FALSE(read_article_file("a.txt", std::string(core::kMaxPageBytes + 1, 'x')).file);
  }
}
