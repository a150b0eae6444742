// test_font_manifest.cpp - which font files a document needs, from the manifest
// tools/make-script-fonts.sh writes.
#include <doctest/doctest.h>

#include "core/text/font_manifest.h"

TEST_SUITE("font_manifest") {
  const char* kManifest = R"({"version": 1, "fonts": [
    {"file": "arabic.ttf", "for": "Arabic", "bytes": 108864, "unicodes": "U+0600-06FF,U+FB50-FDFF,U+25CC"},
    {"file": "arabic-bold.ttf", "for": "Arabic titles", "bytes": 108716, "unicodes": "U+0600-06FF"},
    {"file": "cjk-1.ttf", "for": "CJK", "bytes": 2483852, "unicodes": "U+3000-30FF,U+4E00,U+4E2D,U+56FD"},
    {"file": "cjk-2.ttf", "for": "CJK rare", "bytes": 866580, "unicodes": "U+4E01-4E2C"}
  ]})";

  TEST_CASE("each missing code point fetches the first file that covers it, each file once") {
    std::string error;
    const auto m = core::text::FontManifest::parse(kManifest, &error);
    REQUIRE_MESSAGE(m, error);
    REQUIRE(m->files.size() == 4);
    CHECK(m->files[0].bytes == 108864);
    CHECK(m->files[2].covers(0x4E2D));
    CHECK_FALSE(m->files[2].covers(0x4E2E));
    // An Arabic article: only the regular Arabic font (the bold is asked for by titles).
    CHECK(m->files_for({0x0627, 0x0644, 0x25CC}) == std::vector<std::string>{"arabic.ttf"});
    // Chinese with one rarer character: the common slice and the slice that holds it.
    CHECK(m->files_for({0x4E2D, 0x56FD, 0x4E08}) ==
          std::vector<std::string>{"cjk-1.ttf", "cjk-2.ttf"});
    CHECK(m->files_for({U'a', 0x1F600}).empty());  // nothing covers them: nothing to fetch
  }

  TEST_CASE("titles find the bold cut of a script's font when the manifest has one") {
    std::string error;
    const auto m = core::text::FontManifest::parse(kManifest, &error);
    REQUIRE_MESSAGE(m, error);
    CHECK(m->bold_of("arabic.ttf") == "arabic-bold.ttf");
    CHECK(m->bold_of("cjk-1.ttf").empty());        // no bold cut: titles use the regular
    CHECK(m->bold_of("arabic-bold.ttf").empty());  // already bold
    CHECK(core::text::is_bold_cut("arabic-bold.ttf"));
    CHECK_FALSE(core::text::is_bold_cut("arabic.ttf"));
    CHECK_FALSE(core::text::is_bold_cut("-bold"));
  }

  TEST_CASE("a Japanese document takes the Japanese face for its kanji; other documents never do") {
    const char* manifest = R"({"version": 1, "fonts": [
      {"file": "cjk-ja-1.ttf", "for": "Japanese", "lang": "ja", "unicodes": "U+3000-30FF,U+4E00,U+9AA8"},
      {"file": "cjk-1.ttf", "for": "CJK", "unicodes": "U+3000-30FF,U+4E00,U+9AA8"},
      {"file": "cjk-2.ttf", "for": "CJK rare", "unicodes": "U+4E01-4E2C"}
    ]})";
    std::string error;
    const auto m = core::text::FontManifest::parse(manifest, &error);
    REQUIRE_MESSAGE(m, error);
    CHECK(m->lang_of("cjk-ja-1.ttf") == "ja");
    CHECK(m->lang_of("cjk-1.ttf").empty());
    // 骨 (bone) with kana: Japanese; a rarer character still comes from the shared slice.
    const std::vector<char32_t> ja = {0x9AA8, 0x306E, 0x4E08};
    CHECK(core::text::document_lang(ja) == "ja");
    CHECK(m->files_for(ja, "ja") == std::vector<std::string>{"cjk-ja-1.ttf", "cjk-2.ttf"});
    // The same character in Chinese text: the shared face.
    const std::vector<char32_t> zh = {0x9AA8, 0x4E08};
    CHECK(core::text::document_lang(zh).empty());
    CHECK(m->files_for(zh) == std::vector<std::string>{"cjk-1.ttf", "cjk-2.ttf"});
  }

  TEST_CASE("a file that is not a manifest is refused with a reason") {
    std::string error;
    CHECK_FALSE(core::text::FontManifest::parse("{", &error));
    CHECK(error == "not JSON");
    CHECK_FALSE(core::text::FontManifest::parse(R"({"version": 2, "fonts": []})", &error));
    CHECK_FALSE(core::text::FontManifest::parse(R"({"version": "1", "fonts": []})", &error));  // no throw
    CHECK(error == "not a font manifest of version 1");
    CHECK_FALSE(core::text::FontManifest::parse(
        R"({"version": 1, "fonts": [{"file": "a.ttf", "unicodes": "0600-06FF"}]})", &error));
    CHECK(error == "fonts[0].unicodes: not a list like U+0600-06FF,U+25CC");
  }
}
