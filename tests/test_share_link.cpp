// test_share_link.cpp - share links (core/share_link.h): base64url both ways (RFC 4648 test
// vectors), the fragment read strictly with plain reasons, which payload a link carries
// and the length rules, and what an arriving payload means.
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/annotation.h"
#include "core/article.h"
#include "core/selection.h"
#include "core/share_link.h"

using nlohmann::json;

namespace {
core::Article article(const std::string& text, const std::string& url = "") {
  return *core::make_article(text, "", url).article;
}
}  // namespace

TEST_SUITE("share_link") {
  TEST_CASE("base64url: RFC 4648 vectors without padding, and back") {
    const std::pair<const char*, const char*> vectors[] = {
        {"", ""}, {"f", "Zg"}, {"fo", "Zm8"}, {"foo", "Zm9v"}, {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"},
        {"foobar", "Zm9vYmFy"}};
    for (const auto& [plain, coded] : vectors) {
      CHECK(core::base64url_encode(plain) == coded);
      std::string back;
      REQUIRE(core::base64url_decode(coded, back));
      CHECK(back == plain);
    }
    // The URL-safe alphabet: 0xFB 0xFF -> "-_8" (standard base64 would write "+/8=").
    const std::string bytes("\xFB\xFF", 2);
    CHECK(core::base64url_encode(bytes) == "-_8");
    std::string back;
    REQUIRE(core::base64url_decode("-_8", back));
    CHECK(back == bytes);
    // Every byte value survives.
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    REQUIRE(core::base64url_decode(core::base64url_encode(all), back));
    CHECK(back == all);
  }

  TEST_CASE("base64url: padding, the standard alphabet, spaces and impossible lengths are refused") {
    std::string out, why;
    CHECK_FALSE(core::base64url_decode("Zg==", out, &why));
    CHECK(why.find("padding") != std::string::npos);
    CHECK_FALSE(core::base64url_decode("+/8", out, &why));
    CHECK(why.find("position 1") != std::string::npos);
    CHECK_FALSE(core::base64url_decode("Zm9v Yg", out, &why));
    CHECK(why.find("position 5") != std::string::npos);
    CHECK_FALSE(core::base64url_decode("Zm9vY", out, &why));
    CHECK(why.find("length") != std::string::npos);
    CHECK(out.empty());
  }

  TEST_CASE("the link: the page's address without its old fragment, #share=v1., base64url") {
    CHECK(core::share_link("https://a.example/app/", "foo") == "https://a.example/app/#share=v1.Zm9v");
    CHECK(core::share_link("https://a.example/app/?x=1#share=v1.old", "foo") ==
          "https://a.example/app/?x=1#share=v1.Zm9v");
  }

  TEST_CASE("reading a fragment: good, foreign, newer, cut and damaged ones") {
    const std::string link = core::share_link("http://h/", std::string("\x01\x02\xFF", 3));
    for (const std::string& form : {link, link.substr(link.find('#')), link.substr(link.find('#') + 1)}) {
      const core::ShareFragment f = core::parse_share_fragment(form);
      REQUIRE(f.ok);
      CHECK(f.bytes == std::string("\x01\x02\xFF", 3));
    }
    CHECK(core::is_share_fragment("#share=garbage"));
    CHECK_FALSE(core::is_share_fragment("#section-2"));

    core::ShareFragment f = core::parse_share_fragment("#section-2");
    CHECK_FALSE(f.ok);
    CHECK(f.error == "the address does not hold a share link");
    f = core::parse_share_fragment("#share=v2.Zm9v");
    CHECK_FALSE(f.ok);
    CHECK(f.error.find("newer version") != std::string::npos);
    CHECK(f.error.find("v2") != std::string::npos);
    f = core::parse_share_fragment("#share=Zm9v");
    CHECK_FALSE(f.ok);
    CHECK(f.error.find("#share=v1.") != std::string::npos);
    f = core::parse_share_fragment("#share=v1.");
    CHECK_FALSE(f.ok);
    CHECK(f.error.find("cut short") != std::string::npos);
    f = core::parse_share_fragment("#share=v1.Zm9v%2Yg");
    CHECK_FALSE(f.ok);
    CHECK(f.error.find("damaged") != std::string::npos);
    CHECK(f.detail.find("position 5") != std::string::npos);
    CHECK(f.bytes.empty());
  }

  TEST_CASE("which link: with the article up to 32 kB, else annotations only; warned above 8,000; refused above 2 MB") {
    const std::string base = "https://a.example/";
    // Small: the article goes along.
    core::ShareChoice c = core::choose_share(base, std::string(3000, 'x'), std::string(300, 'y'));
    CHECK(c.kind == core::ShareKind::Full);
    CHECK(c.length == c.link.size());
    CHECK(c.length == base.size() + 1 + 9 + 4000);
    CHECK_FALSE(c.warn);
    // 7,000 bytes -> 9,334 characters: still with the article, but warned.
    c = core::choose_share(base, std::string(7000, 'x'), std::string(300, 'y'));
    CHECK(c.kind == core::ShareKind::Full);
    CHECK(c.warn);
    // Over 32 kB of link: the annotations only.
    c = core::choose_share(base, std::string(30000, 'x'), std::string(300, 'y'));
    CHECK(c.kind == core::ShareKind::Lean);
    CHECK(c.full_length > core::kShareFullLimit);
    CHECK(c.length < 500);
    CHECK_FALSE(c.warn);
    // Even the annotations pass 2 MB: no link.
    c = core::choose_share(base, std::string(3000000, 'x'), std::string(1600000, 'y'));
    CHECK(c.kind == core::ShareKind::TooLong);
    CHECK(c.link.empty());
    CHECK(c.length > core::kShareMaxLength);
  }

  TEST_CASE("payloads: the full one carries the text, the lean one its title, URL and SHA-256 only") {
    const core::Article a = article("Budget\n\nThe council approved 42 new homes.", "https://news.example/budget");
    core::Annotation ann = core::make_annotation(a, 8, 20, "claim");
    ann.note = "Check the minutes.";
    const core::SharePayloads p = core::share_payloads(a, {ann});
    const json full = json::parse(p.full), lean = json::parse(p.lean);
    CHECK(full["article"]["text"] == a.text);
    CHECK_FALSE(lean["article"].contains("text"));
    CHECK(lean["article"]["sha256"] == core::article_sha256(a));
    CHECK(lean["article"]["url"] == "https://news.example/budget");
    CHECK(lean["article"]["title"] == "Budget");

    core::SharePayload got = core::read_share_payload(p.full);
    REQUIRE(got.ok);
    CHECK(got.has_article);
    REQUIRE(got.file.article);
    CHECK(got.file.article->text == a.text);
    REQUIRE(got.file.annotations.size() == 1);
    CHECK(got.file.annotations[0].note == "Check the minutes.");

    got = core::read_share_payload(p.lean);
    REQUIRE(got.ok);
    CHECK_FALSE(got.has_article);
    CHECK(got.sha256 == core::article_sha256(a));
    CHECK(got.url == "https://news.example/budget");
    CHECK(got.title == "Budget");
    CHECK(got.file.annotations.size() == 1);
  }

  TEST_CASE("payloads that are not annotation files, or do not say whose annotations they are, are refused") {
    core::SharePayload p = core::read_share_payload("not json at all");
    CHECK_FALSE(p.ok);
    CHECK(p.error.find("damaged") != std::string::npos);
    p = core::read_share_payload("[1, 2, 3]");
    CHECK_FALSE(p.ok);
    p = core::read_share_payload(R"({"type": "AnnotationCollection", "items": [{"type": "Annotation", "target": 5}]})");
    CHECK_FALSE(p.ok);
    CHECK_FALSE(p.detail.empty());
    p = core::read_share_payload(R"({"type": "AnnotationCollection", "items": []})");
    CHECK_FALSE(p.ok);
    CHECK(p.error.find("which article") != std::string::npos);
  }
}
