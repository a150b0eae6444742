// test_selection.cpp - new annotations from a selection: quote, context, clamping, ids.
#include <doctest/doctest.h>

#include <string>

#include "core/article.h"
#include "core/selection.h"

TEST_SUITE("selection") {
  TEST_CASE("quote and context come from the code point range") {
    auto r = core::make_article("The cost rose by 12% in 2025 (\xE2\x82\xAC" "5bn).", "T");
    REQUIRE(r.article);
    const core::Article& a = *r.article;
    const core::Annotation ann = core::make_annotation(a, 17, 20, "statistic");
    CHECK(ann.exact == "12%");
    CHECK(ann.prefix == "The cost rose by ");
    CHECK(ann.suffix == " in 2025 (\xE2\x82\xAC" "5bn).");
    CHECK(ann.category == "statistic");
    CHECK(ann.start == 17);
    CHECK(ann.end == 20);
    CHECK(ann.id.rfind("urn:uuid:", 0) == 0);
    CHECK(ann.id.size() == 45);
    CHECK(ann.created.size() == 20);
    CHECK(ann.created == ann.modified);
    CHECK(ann.verdict == core::Verdict::Unverified);
  }

  TEST_CASE("context is at most kContextLength code points each side") {
    std::string text(100, 'x');
    text.replace(50, 3, "abc");
    auto r = core::make_article(text, "T");
    REQUIRE(r.article);
    const core::Annotation ann = core::make_annotation(*r.article, 50, 53);
    CHECK(ann.exact == "abc");
    CHECK(ann.prefix == std::string(core::kContextLength, 'x'));
    CHECK(ann.suffix == std::string(core::kContextLength, 'x'));
    CHECK(ann.category == "claim");
  }

  TEST_CASE("ranges are clamped and reversed ranges swapped") {
    auto r = core::make_article("short text", "T");
    REQUIRE(r.article);
    core::Annotation ann = core::make_annotation(*r.article, 6, 999);
    CHECK(ann.start == 6);
    CHECK(ann.end == 10);
    CHECK(ann.exact == "text");
    CHECK(ann.suffix.empty());
    ann = core::make_annotation(*r.article, 5, 0);
    CHECK(ann.start == 0);
    CHECK(ann.end == 5);
    CHECK(ann.exact == "short");
    CHECK(ann.prefix.empty());
  }

  TEST_CASE("an empty category falls back to claim; two annotations get different ids") {
    auto r = core::make_article("abc", "T");
    REQUIRE(r.article);
    const auto a1 = core::make_annotation(*r.article, 0, 1, "");
    const auto a2 = core::make_annotation(*r.article, 0, 1, "my-tag");
    CHECK(a1.category == "claim");
    CHECK(a2.category == "my-tag");
    CHECK(a1.id != a2.id);
  }
}
