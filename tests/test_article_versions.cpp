// test_article_versions.cpp - telling two versions of an article apart for the import report.
#include <doctest/doctest.h>

#include "core/article_versions.h"

TEST_SUITE("article_versions") {
  TEST_CASE("same title, an added paragraph: lengths and the first difference tell them apart") {
    const auto a = core::make_article("Budget cut\n\nThe city cut its budget by 12%.\n\nThe mayor spoke.");
    const auto b = core::make_article(
        "Budget cut\n\nEditor\u2019s note: updated on Friday.\n\nThe city cut its budget by 12%.\n\nThe mayor spoke.");
    REQUIRE(a.article);
    REQUIRE(b.article);
    const core::VersionDifference d = core::compare_versions(*a.article, *b.article);
    CHECK(d.same_title);
    CHECK_FALSE(d.same_text);
    CHECK(d.words_a == 12);
    CHECK(d.words_b == 17);
    CHECK(d.paragraph == 2);
    CHECK(d.excerpt_a == "The city cut its budget by 12%.");
    CHECK(d.excerpt_b == "Editor\u2019s note: updated on Friday.");
  }

  TEST_CASE("a changed word deep in a long paragraph: the excerpt starts near it") {
    std::string long_para = "Intro\n\n";
    for (int i = 0; i < 30; ++i) long_para += "word ";
    const auto a = core::make_article(long_para + "alpha end");
    const auto b = core::make_article(long_para + "beta end");
    const core::VersionDifference d = core::compare_versions(*a.article, *b.article, 30);
    CHECK(d.paragraph == 2);
    CHECK(d.excerpt_a.rfind("\u2026", 0) == 0);  // starts with an ellipsis: not from the start
    CHECK(d.excerpt_a.find("alpha") != std::string::npos);
    CHECK(d.excerpt_b.find("beta") != std::string::npos);
  }

  TEST_CASE("one more paragraph at the end") {
    const auto a = core::make_article("T\n\nOne.");
    const auto b = core::make_article("T\n\nOne.\n\nTwo.");
    const core::VersionDifference d = core::compare_versions(*a.article, *b.article);
    CHECK(d.paragraph == 3);
    CHECK(d.excerpt_a.empty());
    CHECK(d.excerpt_b == "Two.");
  }
}
