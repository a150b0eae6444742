// test_w3c_export.cpp - the W3C Web Annotation writer: the exact bytes for a small article,
// byte-identical re-export after import, IRIs for targets, options, kept properties.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "core/json_util.h"
#include "core/selection.h"
#include "core/w3c_format.h"
#include "test_files.h"

namespace {

core::Article small_article(std::string url = {}) {
  return *core::make_article("Prices\n\nIt rose 5% in 2025.", "", std::move(url)).article;
}

core::Annotation small_annotation(const core::Article& a) {
  core::Annotation x = core::make_annotation(a, 16, 18, "statistic");
  x.id = "urn:uuid:00000000-0000-4000-8000-000000000001";
  x.created = "2026-11-26T22:31:09Z";
  x.modified = "2026-11-26T23:00:00Z";
  x.verdict = core::Verdict::True;
  x.note = "Matches \"the\" table.";
  x.links = {"https://stats.example.org/cpi"};
  x.author = "Ada";
  return x;
}

// Export -> import -> export must reproduce the bytes.
void check_round_trip(const std::string& exported) {
  const core::ImportResult r = core::import_w3c(exported);
  REQUIRE_MESSAGE(r.ok, (r.errors.empty() ? std::string() : r.errors[0]));
  REQUIRE(r.article.has_value());
  core::ExportOptions o;
  o.extra = r.extra;
  CHECK(core::export_w3c(*r.article, r.annotations, o) == exported);
}

const char* const kSmallExport = R"json({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  "id": "urn:uuid:32f9bcf4-3616-8785-a827-fb67059630e2",
  "type": "AnnotationCollection",
  "label": "Prices",
  "formatVersion": 1,
  "generator": {
    "type": "Software",
    "name": "article-annotator"
  },
  "total": 1,
  "article": {
    "title": "Prices",
    "sha256": "14ebbed4f9a2c9acba0b85501b30311f7e811f5caf88934c805a028d84c11c6e",
    "text": "Prices\n\nIt rose 5% in 2025."
  },
  "first": {
    "id": "urn:uuid:0fdc66a7-b6ea-8eb2-b0bd-4d9b9126f1bb",
    "type": "AnnotationPage",
    "startIndex": 0,
    "items": [
      {
        "id": "urn:uuid:00000000-0000-4000-8000-000000000001",
        "type": "Annotation",
        "created": "2026-11-26T22:31:09Z",
        "modified": "2026-11-26T23:00:00Z",
        "creator": {
          "type": "Person",
          "name": "Ada"
        },
        "body": [
          {
            "type": "TextualBody",
            "purpose": "tagging",
            "value": "statistic"
          },
          {
            "type": "TextualBody",
            "purpose": "assessing",
            "value": "true"
          },
          {
            "type": "TextualBody",
            "purpose": "commenting",
            "value": "Matches \"the\" table.",
            "format": "text/plain"
          },
          {
            "type": "SpecificResource",
            "purpose": "linking",
            "source": "https://stats.example.org/cpi"
          }
        ],
        "target": {
          "source": "urn:sha256:14ebbed4f9a2c9acba0b85501b30311f7e811f5caf88934c805a028d84c11c6e",
          "selector": [
            {
              "type": "TextQuoteSelector",
              "exact": "5%",
              "prefix": "Prices\n\nIt rose ",
              "suffix": " in 2025."
            },
            {
              "type": "TextPositionSelector",
              "start": 16,
              "end": 18
            }
          ]
        }
      }
    ]
  }
}
)json";

// The example of docs/FORMAT.md, kept as tests/data/w3c_export_sample.json (which passes the
// W3C test suite's MUST assertions). Run with ANNOTATOR_WRITE_GOLDEN=1 to rewrite the file
// after a deliberate format change.
std::string sample_export() {
  const core::Article a =
      *core::make_article(
           "City budget \xE2\x80\x9C" "cut\xE2\x80\x9D by 12% in 2025\n\n"
           "The council said spending on parks fell by a third. \xE2\x80\x9CWe had no "
           "choice,\xE2\x80\x9D the mayor told reporters on 3 March.\n\n"
           "Critics call the plan short-sighted.\n",
           "", "https://news.example.org/2025/budget")
           .article;
  std::vector<core::Annotation> anns;
  core::Annotation x = core::make_annotation(a, 21, 24, "statistic");
  x.id = "urn:uuid:3f2b8c1e-5d7a-4e90-9b1c-0a6d2e4f8b17";
  x.created = "2026-11-26T22:31:09Z";
  x.modified = "2026-11-26T22:40:00Z";
  x.verdict = core::Verdict::Misleading;
  x.note = "The 12% is nominal; adjusted for inflation the cut is about 15%.";
  x.links = {"https://stats.example.org/city-budget-2025", "https://council.example.gov/minutes/2025-03-03"};
  x.author = "Ada";
  anns.push_back(x);
  core::Annotation q = core::make_annotation(a, 86, 105, "quote");
  q.id = "urn:uuid:8a4e0f3d-1c2b-4d5e-8f60-71829304a5b6";
  q.created = q.modified = "2026-11-26T22:35:12Z";
  q.verdict = core::Verdict::True;
  q.author = "Ada";
  anns.push_back(q);
  core::Annotation o = core::make_annotation(a, 166, 179, "opinion");
  o.id = "urn:uuid:c0ffee00-1234-4abc-9def-0123456789ab";
  o.created = o.modified = "2026-11-26T22:36:40Z";
  anns.push_back(o);
  return core::export_w3c(a, anns);
}

}  // namespace

TEST_SUITE("w3c_export") {
  TEST_CASE("the documented example (golden file) is exported byte for byte") {
    const std::string path = std::string(ANNOTATOR_SOURCE_DIR) + "/tests/data/w3c_export_sample.json";
    const std::string out = sample_export();
    if (std::getenv("ANNOTATOR_WRITE_GOLDEN")) std::ofstream(path, std::ios::binary) << out;
    CHECK(out == test_files::read(path));
    check_round_trip(out);
  }

  TEST_CASE("a small article exports to exactly these bytes") {
    const core::Article a = small_article();
    const std::string out = core::export_w3c(a, {small_annotation(a)});
    CHECK(out == kSmallExport);
    check_round_trip(out);
  }

  TEST_CASE("export is deterministic and re-export after import is byte-identical") {
    auto made = core::make_article(
        "Budget \xE2\x80\x9C" "cuts\xE2\x80\x9D rose by 12% in 2025.\n\nThe minister said "
        "\xF0\x9F\x98\x80 it was fine.\n",
        "Budget story", "https://news.example.org/budget story");
    REQUIRE(made.article);
    const core::Article& a = *made.article;
    std::vector<core::Annotation> anns;
    anns.push_back(core::make_annotation(a, 21, 24, "statistic"));
    anns.push_back(core::make_annotation(a, 37, 70, "my own category"));
    anns.push_back(core::make_annotation(a, 0, 6, "claim"));  // overlaps nothing, sorted later
    anns[0].links = {"https://a.example/x y", "example.org/no-scheme", "doi:10.1000/182"};
    anns[1].note = "Line one\nline two \xE2\x80\x94 with a tab\tand \\ backslash";
    anns[1].verdict = core::Verdict::MostlyTrue;
    anns[2].author = "Zo\xC3\xAB";
    anns[2].extra["motivation"] = "assessing";
    anns[2].extra["rights"] = "https://creativecommons.org/licenses/by/4.0/";
    anns[2].extra["x-score"] = 0.1;
    anns[2].extra["x-big"] = 12345678901234ull;
    const std::string out = core::export_w3c(a, anns);
    CHECK(out == core::export_w3c(a, anns));
    check_round_trip(out);
  }

  TEST_CASE("target source: the URL percent-encoded, else urn:sha256 of the text") {
    CHECK(core::article_source(small_article("https://x.example/a b\xC3\xA9")) ==
          "https://x.example/a%20b%C3%A9");
    CHECK(core::article_source(small_article()) ==
          "urn:sha256:14ebbed4f9a2c9acba0b85501b30311f7e811f5caf88934c805a028d84c11c6e");
    CHECK(core::article_source(small_article("not a url")) ==
          "urn:sha256:14ebbed4f9a2c9acba0b85501b30311f7e811f5caf88934c805a028d84c11c6e");
  }

  TEST_CASE("without the embedded text the file still names the article by hash") {
    const core::Article a = small_article("https://news.example.org/p");
    core::ExportOptions o;
    o.embed_article = false;
    o.generator = "";
    const std::string out = core::export_w3c(a, {}, o);
    CHECK(out.find("\"text\"") == std::string::npos);
    CHECK(out.find("\"generator\"") == std::string::npos);
    CHECK(out.find("\"sha256\": \"14ebbed4") != std::string::npos);
    CHECK(out.find("\"url\": \"https://news.example.org/p\"") != std::string::npos);
    CHECK(out.find("\"total\": 0") != std::string::npos);
    CHECK(out.find("\"items\": []") != std::string::npos);
    const core::ImportResult r = core::import_w3c(out);
    REQUIRE(r.ok);
    CHECK_FALSE(r.article.has_value());
    CHECK(r.article_sha256 == "14ebbed4f9a2c9acba0b85501b30311f7e811f5caf88934c805a028d84c11c6e");
    CHECK(r.title == "Prices");
  }

  TEST_CASE("a web page's direction travels with the article as textDirection") {
    core::Article a = small_article("https://news.example.org/ar");
    a.dir = "rtl";
    const std::string out = core::export_w3c(a, {small_annotation(a)}, {});
    CHECK(out.find("\"textDirection\": \"rtl\"") != std::string::npos);
    const core::ImportResult r = core::import_w3c(out);
    REQUIRE(r.ok);
    REQUIRE(r.article.has_value());
    CHECK(r.article->dir == "rtl");
    check_round_trip(out);
    // A plain text has no direction of its own: nothing is written, nothing is read back.
    const std::string plain = core::export_w3c(small_article(), {}, {});
    CHECK(plain.find("textDirection") == std::string::npos);
    CHECK(core::import_w3c(plain).article->dir.empty());
    // "auto" is the default; anything else is named as the error it is.
    std::string automatic = out, wrong = out;
    automatic.replace(automatic.find("\"rtl\""), 5, "\"auto\"");
    const core::ImportResult ra = core::import_w3c(automatic);
    REQUIRE(ra.ok);
    CHECK(ra.article->dir.empty());
    wrong.replace(wrong.find("\"rtl\""), 5, "\"sideways\"");
    const core::ImportResult rw = core::import_w3c(wrong);
    CHECK_FALSE(rw.ok);
    REQUIRE_FALSE(rw.errors.empty());
    CHECK(rw.errors[0].find("article.textDirection") != std::string::npos);
    CHECK(rw.errors[0].find("sideways") != std::string::npos);
    // A file without the text keeps the direction for the next export.
    core::ExportOptions bare;
    bare.embed_article = false;
    const std::string no_text = core::export_w3c(a, {}, bare);
    const core::ImportResult rn = core::import_w3c(no_text);
    REQUIRE(rn.ok);
    core::ExportOptions again = bare;
    again.extra = rn.extra;
    CHECK(core::export_w3c(small_article("https://news.example.org/ar"), {}, again).find("\"textDirection\": \"rtl\"") !=
          std::string::npos);
  }

  TEST_CASE("a quote-only annotation (position unknown) is written without a position") {
    const core::Article a = small_article();
    core::Annotation x = small_annotation(a);
    x.start = x.end = 0;
    x.anchor = core::AnchorStatus::Orphaned;
    const std::string out = core::export_w3c(a, {x});
    CHECK(out.find("TextPositionSelector") == std::string::npos);
    CHECK(out.find("\"exact\": \"5%\"") != std::string::npos);
  }

  TEST_CASE("a position with no quote gets its quote from the text; an empty one has none") {
    const core::Article a = small_article();
    core::Annotation x = small_annotation(a);
    x.exact.clear();
    x.prefix.clear();
    x.suffix.clear();
    std::string out = core::export_w3c(a, {x});
    CHECK(out.find("\"exact\": \"5%\",\n              \"prefix\": \"Prices\\n\\nIt rose \"") !=
          std::string::npos);
    CHECK(out.find("\"start\": 16") != std::string::npos);
    x.start = x.end = 4;
    out = core::export_w3c(a, {x});
    CHECK(out.find("TextQuoteSelector") == std::string::npos);
    CHECK(out.find("\"start\": 4") != std::string::npos);
    check_round_trip(out);
  }

  TEST_CASE("collection properties given in the options are written; the collection id is kept") {
    const core::Article a = small_article();
    core::ExportOptions o;
    o.extra = {{"id", "https://annotations.example/c/7"}, {"x-note", "kept"}, {"items", "ignored"}};
    const std::string out = core::export_w3c(a, {}, o);
    CHECK(out.find("  \"id\": \"https://annotations.example/c/7\",\n  \"type\": \"AnnotationCollection\"") !=
          std::string::npos);
    CHECK(out.find("\"x-note\": \"kept\"\n}") != std::string::npos);  // last, after "first"
    CHECK(out.find("ignored") == std::string::npos);
  }

  TEST_CASE("whatever is in memory exports to a file that reads back and re-exports the same") {
    const core::Article a = small_article();  // 27 code points
    std::vector<core::Annotation> anns(7, small_annotation(a));
    anns[0].category.clear();                     // written as "claim"
    anns[1].id = "plain-id";                      // not an IRI
    anns.push_back(small_annotation(a));
    anns.push_back(small_annotation(a));
    anns[7].id = "urn:x\xFF";                     // broken UTF-8: would collide with
    anns[8].id = "urn:x\xFE";                     //   this one once written
    anns[2].id.clear();                           // no id
    anns[3].id = anns[4].id = "urn:uuid:same";    // a repeated id
    anns[4].links = {"", "https://ok.example"};   // an empty link is skipped
    anns[5].created = "yesterday";                // not a date-time: left out
    anns[5].start = 40;                           // an orphan recorded on a longer text:
    anns[5].end = 45;                             //   its quote travels, its position not
    anns[6].exact.clear();                        // no quote and past the end: clamped
    anns[6].start = 30;
    anns[6].end = 50;
    const std::string out = core::export_w3c(a, anns);
    CHECK(out.find("\"plain-id\"") == std::string::npos);
    CHECK(out.find("yesterday") == std::string::npos);
    check_round_trip(out);
    const core::ImportResult r = core::import_w3c(out);
    REQUIRE(r.ok);
    CHECK(r.annotations[0].category == "claim");
    CHECK(r.annotations[1].id == core::json_util::uuid_from_name("annotation id plain-id"));
    CHECK(r.annotations[2].id.rfind("urn:uuid:", 0) == 0);
    CHECK(r.annotations[3].id == "urn:uuid:same");
    CHECK(r.annotations[4].id != "urn:uuid:same");
    CHECK(r.annotations[4].links == std::vector<std::string>{"https://ok.example"});
    CHECK(r.annotations[5].created.empty());
    CHECK(r.annotations[5].anchor == core::AnchorStatus::Orphaned);
    CHECK(r.annotations[5].exact == "5%");
    CHECK(r.annotations[6].start == 27);
    CHECK(r.annotations[6].end == 27);
    CHECK(core::export_w3c(a, anns) == out);  // derived ids: deterministic
  }

  TEST_CASE("an id that equals one we would derive still gives unique ids") {
    const core::Article a = small_article();
    std::vector<core::Annotation> anns(3, small_annotation(a));
    anns[0].id = core::json_util::uuid_from_name("annotation id 7");
    anns[1].id = "7";                     // derives anns[0]'s id
    anns[2].id = anns[0].id;              // and a plain repeat
    const std::string out = core::export_w3c(a, anns);
    const core::ImportResult r = core::import_w3c(out);
    REQUIRE_MESSAGE(r.ok, (r.errors.empty() ? std::string() : r.errors[0]));
    CHECK(r.annotations[0].id == anns[0].id);
    CHECK(r.annotations[1].id != r.annotations[0].id);
    CHECK(r.annotations[2].id != r.annotations[0].id);
    CHECK(r.annotations[2].id != r.annotations[1].id);
    check_round_trip(out);
  }

  TEST_CASE("json_util: date-times, derived ids, IRIs") {
    using namespace core::json_util;
    CHECK(is_date_time("2026-11-26T22:31:09Z"));
    CHECK(is_date_time("2017-06-05T18:12:32.134516+00:00"));
    CHECK(is_date_time("2017-06-05T18:12:32-05:30"));
    CHECK_FALSE(is_date_time("2017-06-05T18:12:32"));        // no time zone
    CHECK_FALSE(is_date_time("2017-06-05 18:12:32Z"));       // space
    CHECK_FALSE(is_date_time("2017-13-05T18:12:32Z"));       // month 13
    CHECK_FALSE(is_date_time("2017-06-05T18:12:32.Z"));      // empty fraction
    CHECK_FALSE(is_date_time("2017-06-05T18:12:32+0000"));
    CHECK_FALSE(is_date_time(""));
    const std::string u = uuid_from_name("x");
    CHECK(u == uuid_from_name("x"));
    CHECK(u != uuid_from_name("y"));
    REQUIRE(u.size() == 45);
    CHECK(u[23] == '8');                                       // version 8
    CHECK(std::string("89ab").find(u[28]) != std::string::npos);  // RFC 4122 variant
    CHECK(has_scheme("urn:uuid:1"));
    CHECK(has_scheme("https://x"));
    CHECK_FALSE(has_scheme("example.org/x"));
    CHECK_FALSE(has_scheme("1http://x"));
    CHECK_FALSE(has_scheme("mailto:"));
    CHECK(is_usable_id("urn:uuid:1"));
    CHECK_FALSE(is_usable_id("urn:a b"));
    CHECK_FALSE(is_usable_id("urn:\xFF"));
    CHECK_FALSE(is_usable_id("42"));
    CHECK(encode_iri("https://x/a b\"<>%41\xC3\xA9") == "https://x/a%20b%22%3C%3E%41%C3%A9");
  }

  TEST_CASE("hand-built invalid UTF-8 in a field does not throw") {
    const core::Article a = small_article();
    core::Annotation x = small_annotation(a);
    x.note = "bad \xFF byte";
    std::string out;
    CHECK_NOTHROW(out = core::export_w3c(a, {x}));
    CHECK(out.find("bad \xEF\xBF\xBD byte") != std::string::npos);  // U+FFFD
  }
}
