// test_w3c_import.cpp - the W3C Web Annotation reader: every class of bad input with its
// exact message (and nothing half-imported), unknown properties kept and written again, the
// shapes other tools write (lone annotation, page, array, quote-only, position-only,
// Hypothesis-style), and a large file.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/selection.h"
#include "core/w3c_format.h"
#include "test_files.h"

using nlohmann::json;

namespace {

core::Article small_article() {
  return *core::make_article("Prices\n\nIt rose 5% in 2025.", "", "").article;
}

// Our own export of one annotation, as a JSON tree a test can break.
json base_document() {
  const core::Article a = small_article();
  core::Annotation x = core::make_annotation(a, 16, 18, "statistic");
  x.id = "urn:uuid:00000000-0000-4000-8000-000000000001";
  x.created = x.modified = "2026-11-26T22:31:09Z";
  x.note = "n";
  x.links = {"https://stats.example.org/cpi"};
  core::Annotation y = core::make_annotation(a, 8, 15, "claim");
  y.id = "urn:uuid:00000000-0000-4000-8000-000000000002";
  y.created = y.modified = "2026-11-26T22:31:09Z";
  return json::parse(core::export_w3c(a, {x, y}));
}

json& item(json& doc, size_t i) { return doc["first"]["items"][i]; }

// Imports a broken file and returns its errors, checking nothing else came back.
std::vector<std::string> errors_of(const std::string& bytes) {
  const core::ImportResult r = core::import_w3c(bytes);
  CHECK_FALSE(r.ok);
  CHECK(r.annotations.empty());
  CHECK_FALSE(r.article.has_value());
  CHECK(r.title.empty());
  return r.errors;
}
std::vector<std::string> errors_of(const json& doc) { return errors_of(doc.dump()); }
using Errors = std::vector<std::string>;

std::string read_fixture(const char* name) { return test_files::read_source(std::string("tests/data/") + name); }

}  // namespace

TEST_SUITE("w3c_import") {
  TEST_CASE("our own file reads back completely") {
    const core::ImportResult r = core::import_w3c(base_document().dump());
    REQUIRE(r.ok);
    CHECK(r.errors.empty());
    REQUIRE(r.annotations.size() == 2);
    const core::Annotation& x = r.annotations[0];
    CHECK(x.id == "urn:uuid:00000000-0000-4000-8000-000000000001");
    CHECK(x.start == 16);
    CHECK(x.end == 18);
    CHECK(x.exact == "5%");
    CHECK(x.prefix == "Prices\n\nIt rose ");
    CHECK(x.suffix == " in 2025.");
    CHECK(x.category == "statistic");
    CHECK(x.verdict == core::Verdict::Unverified);
    CHECK(x.note == "n");
    CHECK(x.links == std::vector<std::string>{"https://stats.example.org/cpi"});
    CHECK(x.created == "2026-11-26T22:31:09Z");
    CHECK(x.anchor == core::AnchorStatus::Exact);
    CHECK(x.extra.empty());
    REQUIRE(r.article);
    CHECK(r.article->text == "Prices\n\nIt rose 5% in 2025.");
    CHECK(r.article->title == "Prices");
    CHECK(r.title == "Prices");
    CHECK(r.article_sha256 == "14ebbed4f9a2c9acba0b85501b30311f7e811f5caf88934c805a028d84c11c6e");
    CHECK(r.source == "urn:sha256:14ebbed4f9a2c9acba0b85501b30311f7e811f5caf88934c805a028d84c11c6e");
    CHECK(r.without_position == 0);
    CHECK(r.extra == json{{"id", "urn:uuid:32f9bcf4-3616-8785-a827-fb67059630e2"}});
  }

  TEST_CASE("bytes that are not a JSON document") {
    CHECK(errors_of(std::string()) == Errors{"the file is empty"});
    CHECK(errors_of(std::string(" \r\n\t ")) == Errors{"the file is empty"});
    CHECK(errors_of(std::string("\xEF\xBB\xBF")) == Errors{"the file is empty"});
    CHECK(errors_of(std::string("{\"a\": tru}")) ==
          Errors{"line 1, column 10: JSON syntax error while parsing value - invalid literal; "
                 "last read: '\"a\": tru}'"});
    CHECK(errors_of(std::string("{\n  \"items\": [\n    {\"x\": 1,}\n  ]\n}")) ==
          Errors{"line 3, column 13: JSON syntax error while parsing object key - unexpected '}'; "
                 "expected string literal"});
    CHECK(errors_of(std::string("[1, 2")) ==
          Errors{"line 1, column 6: JSON syntax error while parsing array - unexpected end of "
                 "input; expected ']'"});
    CHECK(errors_of(std::string("{\"label\": \"caf\xC3\xA9\n\xFF\"}")) ==
          Errors{"invalid UTF-8 at byte 17 (line 2, column 1)"});
    CHECK(errors_of(std::string(100, '[') + std::string(100, ']')) ==
          Errors{"line 1, column 65: brackets nest deeper than 64 levels"});
    CHECK(errors_of(std::string("42")) ==
          Errors{"the file holds a number; expected an Annotation, an AnnotationPage, an "
                 "AnnotationCollection or an array of annotations"});
    CHECK(errors_of(std::string("{\"hello\": 1}")) ==
          Errors{"expected an Annotation, an AnnotationPage, an AnnotationCollection or an array "
                 "of annotations (found an object without \"type\", \"items\", \"first\" or "
                 "\"target\")"});
  }

  TEST_CASE("values quoted in messages are cut to a readable length") {
    const Errors e = errors_of("[\"" + std::string(100000, 'x'));  // unterminated string
    REQUIRE(e.size() == 1);
    CHECK(e[0].rfind("line 1, column 100003: JSON syntax error while parsing value - invalid string", 0) == 0);
    CHECK(e[0].size() < 300);
    json doc = base_document();
    item(doc, 0)["body"][1]["value"] = std::string(5000, 'y');
    const Errors v = errors_of(doc);
    REQUIRE(v.size() == 1);
    CHECK(v[0] == "first.items[0].body[1].value: unknown verdict \"" + std::string(80, 'y') +
                      "...\", expected one of unverified, true, mostly-true, misleading, false, "
                      "unsupported");
  }

  TEST_CASE("a JSON syntax error in a long file names its line and column") {
    std::string text = base_document().dump(2);
    const size_t at = text.find("\"exact\": \"5%\"");
    REQUIRE(at != std::string::npos);
    text.insert(at + 13, " oops");
    const Errors e = errors_of(text);
    REQUIRE(e.size() == 1);
    CHECK(e[0] ==
          std::string{"line 41, column 29: JSON syntax error while parsing object - invalid literal; "
                 "last read: '\"5%\" o'; expected '}'"});
  }

  TEST_CASE("wrong types and missing fields name the item and field") {
    json doc = base_document();
    SUBCASE("exact not a string") {
      item(doc, 1)["target"]["selector"][0]["exact"] = 5;
      CHECK(errors_of(doc) == Errors{"first.items[1].target.selector[0].exact: expected a string"});
    }
    SUBCASE("a collection with plain items uses items[i] paths") {
      json flat = {{"type", "AnnotationCollection"}, {"items", doc["first"]["items"]}};
      flat["items"][1]["target"]["selector"][0]["exact"] = json::array();
      CHECK(errors_of(flat) == Errors{"items[1].target.selector[0].exact: expected a string"});
    }
    SUBCASE("missing exact, start and target") {
      item(doc, 0)["target"]["selector"][0].erase("exact");
      item(doc, 0)["target"]["selector"][1].erase("start");
      item(doc, 1).erase("target");
      CHECK(errors_of(doc) == Errors{"first.items[0].target.selector[0].exact: missing",
                                     "first.items[0].target.selector[1].start: missing",
                                     "first.items[1].target: missing"});
    }
    SUBCASE("positions that are not non-negative integers") {
      item(doc, 0)["target"]["selector"][1]["start"] = -1;
      item(doc, 1)["target"]["selector"][1]["end"] = 2.5;
      CHECK(errors_of(doc) ==
            Errors{"first.items[0].target.selector[1].start: expected a non-negative integer",
                   "first.items[1].target.selector[1].end: expected a non-negative integer"});
    }
    SUBCASE("an item that is not an object") {
      item(doc, 1) = "urn:uuid:x";
      CHECK(errors_of(doc) ==
            Errors{"first.items[1]: expected an object (an Annotation), found a string"});
    }
    SUBCASE("a body that is neither object nor string, a creator that is a number") {
      item(doc, 0)["body"][1] = 7;
      item(doc, 0)["creator"] = 7;
      CHECK(errors_of(doc) == Errors{"first.items[0].creator: expected an object or a string",
                                     "first.items[0].body[1]: expected an object or a string"});
    }
    SUBCASE("a note value of the wrong type, an unknown verdict, an empty category") {
      item(doc, 0)["body"][2]["value"] = true;
      item(doc, 0)["body"][1]["value"] = "pants-on-fire";
      item(doc, 0)["body"][0]["value"] = "";
      CHECK(errors_of(doc) ==
            Errors{"first.items[0].body[0].value: expected a category name, found an empty string",
                   "first.items[0].body[1].value: unknown verdict \"pants-on-fire\", expected one "
                   "of unverified, true, mostly-true, misleading, false, unsupported",
                   "first.items[0].body[2].value: expected a string"});
    }
    SUBCASE("type, id and dates") {
      item(doc, 0)["type"] = "Note";
      item(doc, 0)["created"] = "yesterday";
      item(doc, 0)["modified"] = "2026-13-01T00:00:00Z";
      item(doc, 1)["id"] = item(doc, 0)["id"];
      CHECK(errors_of(doc) ==
            Errors{"first.items[0].type: expected \"Annotation\"",
                   "first.items[0].created: expected a date-time like 2026-11-26T22:31:09Z, "
                   "found \"yesterday\"",
                   "first.items[0].modified: expected a date-time like 2026-11-26T22:31:09Z, "
                   "found \"2026-13-01T00:00:00Z\"",
                   "first.items[1].id: the same id as first.items[0]"});
    }
    SUBCASE("targets of the wrong type") {
      item(doc, 0)["target"] = 7;
      item(doc, 1)["target"] = nullptr;
      CHECK(errors_of(doc) == Errors{"first.items[0].target: expected an object or an array of objects",
                                     "first.items[1].target: expected an object or an array of objects"});
    }
    SUBCASE("selectors without a type or of the wrong shape") {
      item(doc, 0)["target"]["selector"][0].erase("type");
      item(doc, 1)["target"]["selector"] = 3;
      CHECK(errors_of(doc) ==
            Errors{"first.items[0].target.selector[0].type: missing",
                   "first.items[1].target.selector: expected an object or an array"});
    }
    SUBCASE("collection fields") {
      doc["label"] = 1;
      doc["total"] = 5;
      CHECK(errors_of(doc) == Errors{"label: expected a string",
                                     "total: says 5 annotations but the file holds 2; it may be cut short"});
    }
    SUBCASE("a newer format version is refused") {
      doc["formatVersion"] = 2;
      CHECK(errors_of(doc) == Errors{"formatVersion: the file is in format version 2; this program "
                                     "reads up to version 1 (a newer program wrote it)"});
    }
    SUBCASE("pages that are not in the file") {
      doc["first"] = "https://x.example/p1";
      CHECK(errors_of(doc) == Errors{"first: the first page is only linked (https://x.example/p1), "
                                     "not embedded; save the collection with its page embedded"});
      doc["first"] = {{"type", "AnnotationPage"}, {"items", json::array()}, {"next", "https://x.example/p2"}};
      CHECK(errors_of(doc) ==
            Errors{"first.next: the collection continues on further pages that are not in this "
                   "file; only a collection with a single embedded page can be read"});
      doc["first"] = {{"type", "AnnotationPage"}};
      CHECK(errors_of(doc) == Errors{"first.items: missing"});
    }
  }

  TEST_CASE("positions out of range") {
    json doc = base_document();
    SUBCASE("start after end") {
      item(doc, 0)["target"]["selector"][1]["start"] = 18;
      item(doc, 0)["target"]["selector"][1]["end"] = 16;
      CHECK(errors_of(doc) == Errors{"first.items[0].target.selector[1].start: 18 is after end 16"});
    }
    SUBCASE("beyond the embedded article") {
      item(doc, 1)["target"]["selector"][1]["end"] = 28;  // the text has 27 code points
      CHECK(errors_of(doc) == Errors{"first.items[1].target.selector[1].end: 28 is beyond the end "
                                     "of the embedded article (27 characters)"});
      item(doc, 1)["target"]["selector"][1]["end"] = 27;  // the very end is fine
      CHECK(core::import_w3c(doc.dump()).ok);
    }
    SUBCASE("without an embedded article only the order is checked") {
      doc.erase("article");
      item(doc, 1)["target"]["selector"][1]["end"] = 900;
      CHECK(core::import_w3c(doc.dump()).ok);
    }
  }

  TEST_CASE("the embedded article is checked against its hash") {
    json doc = base_document();
    SUBCASE("edited text") {
      doc["article"]["text"] = "Prices\n\nIt rose 6% in 2025.";
      const Errors e = errors_of(doc);
      REQUIRE(e.size() == 1);
      CHECK(e[0].rfind("article.sha256: does not match article.text (the text hashes to ", 0) == 0);
    }
    SUBCASE("malformed hash and wrong types") {
      doc["article"]["sha256"] = "ABC";
      doc["article"]["title"] = json::array();
      CHECK(errors_of(doc) == Errors{"article.title: expected a string",
                                     "article.sha256: expected 64 lowercase hexadecimal digits",
                                     "article.sha256: does not match article.text (the text hashes "
                                     "to 14ebbed4f9a2c9acba0b85501b30311f7e811f5caf88934c805a028d84c11c6e); "
                                     "the text or the hash was changed"});
    }
    SUBCASE("an article that is not an object") {
      doc["article"] = "Prices";
      CHECK(errors_of(doc) == Errors{"article: expected an object"});
    }
    SUBCASE("text without a hash is accepted and hashed") {
      doc["article"].erase("sha256");
      const core::ImportResult r = core::import_w3c(doc.dump());
      REQUIRE(r.ok);
      CHECK(r.article_sha256 == "14ebbed4f9a2c9acba0b85501b30311f7e811f5caf88934c805a028d84c11c6e");
    }
  }

  TEST_CASE("many errors are capped with a count of the rest") {
    json items = json::array();
    for (int i = 0; i < 30; ++i) items.push_back({{"type", "Annotation"}});
    const Errors e = errors_of(json{{"type", "AnnotationPage"}, {"items", items}});
    REQUIRE(e.size() == core::kMaxReportedErrors + 1);
    CHECK(e[0] == "items[0].target: missing");
    CHECK(e.back() == "... and 10 more errors");
  }

  TEST_CASE("unknown properties are kept everywhere and written again") {
    json doc = base_document();
    doc["x-collection"] = {{"b", 1}, {"a", json::array({1.5, nullptr, true})}};
    doc["article"]["language"] = "en";
    item(doc, 0)["motivation"] = "assessing";
    item(doc, 0)["audience"] = {{"type", "schema:Audience"}, {"name", "class 9b"}};
    item(doc, 0)["creator"] = {{"type", "Person"}, {"name", "Ada"}, {"email_sha1", "abc"}};
    item(doc, 0)["body"][0]["creator"] = "https://ada.example/";        // on the tagging body
    item(doc, 0)["body"][1]["language"] = "en";                         // on the assessing body
    item(doc, 0)["body"][2]["format"] = "text/markdown";                // on the note
    item(doc, 0)["body"][3]["title"] = "CPI table";                     // on a link
    item(doc, 0)["body"].push_back({{"type", "Image"}, {"id", "https://img.example/c.png"}});
    item(doc, 0)["target"]["styleClass"] = "red";
    item(doc, 0)["target"]["selector"][0]["x-q"] = 1;
    item(doc, 0)["target"]["selector"][1]["x-p"] = 2;
    item(doc, 0)["target"]["selector"].push_back({{"type", "CssSelector"}, {"value", "p:nth-child(2)"}});

    const core::ImportResult r = core::import_w3c(doc.dump());
    REQUIRE_MESSAGE(r.ok, (r.errors.empty() ? "" : r.errors[0]));
    const core::Annotation& x = r.annotations[0];
    CHECK(x.author == "Ada");
    CHECK(x.note == "n");
    CHECK(x.extra["motivation"] == "assessing");
    CHECK(x.extra["audience"]["name"] == "class 9b");
    CHECK(r.extra["x-collection"]["b"] == 1);

    core::ExportOptions o;
    o.extra = r.extra;
    const std::string out = core::export_w3c(*r.article, r.annotations, o);
    const json again = json::parse(out);
    // Everything that was added comes back, in its place.
    CHECK(again["x-collection"] == doc["x-collection"]);
    CHECK(again["article"]["language"] == "en");
    const json& it = again["first"]["items"][0];
    CHECK(it["motivation"] == "assessing");
    CHECK(it["audience"] == item(doc, 0)["audience"]);
    CHECK(it["creator"] == item(doc, 0)["creator"]);
    CHECK(it["body"] == item(doc, 0)["body"]);
    CHECK(it["target"] == item(doc, 0)["target"]);
    CHECK(again["first"]["items"][1] == item(doc, 1));
    // And the written file reads back to the same bytes again.
    const core::ImportResult r2 = core::import_w3c(out);
    REQUIRE(r2.ok);
    o.extra = r2.extra;
    CHECK(core::export_w3c(*r2.article, r2.annotations, o) == out);
  }

  TEST_CASE("a Hypothesis-style lone annotation") {
    const std::string bytes = read_fixture("hypothesis_style.json");
    REQUIRE_FALSE(bytes.empty());
    const core::ImportResult r = core::import_w3c(bytes);
    REQUIRE_MESSAGE(r.ok, (r.errors.empty() ? "" : r.errors[0]));
    REQUIRE(r.annotations.size() == 1);
    const core::Annotation& a = r.annotations[0];
    CHECK(a.id == "https://hypothes.example/a/Zx81Qe");
    CHECK(a.author == "acct:reader@hypothes.example");
    CHECK(a.note == "Source? The *agency* says otherwise.");
    CHECK(a.category == "economy");
    CHECK(a.start == 21);
    CHECK(a.end == 24);
    CHECK(a.exact == " 12");
    CHECK(a.prefix == "cuts\xE2\x80\x9D rose by");
    CHECK(a.created == "2017-06-05T18:12:32.134516+00:00");
    CHECK(a.extra["group"] == "__world__");
    CHECK(a.extra["motivation"] == "commenting");
    CHECK(r.source == "https://news.example.org/budget");
    CHECK(r.extra.empty());
    CHECK_FALSE(r.article.has_value());

    // Written again on our article: the second tag, the range selector, the markdown format
    // and the IRI creator survive.
    const core::Article art =
        *core::make_article("Budget \xE2\x80\x9C" "cuts\xE2\x80\x9D rose by 12% in 2025.", "B",
                            "https://news.example.org/budget").article;
    const json out = json::parse(core::export_w3c(art, r.annotations));
    const json& it = out["first"]["items"][0];
    CHECK(it["creator"] == "acct:reader@hypothes.example");
    CHECK(it["body"][2]["format"] == "text/markdown");
    CHECK(it["body"][3]["value"] == "to-check");
    CHECK(it["target"]["selector"][2]["type"] == "RangeSelector");
    CHECK(it["group"] == "__world__");
  }

  TEST_CASE("an AnnotationPage of quote-only items with bodyValue") {
    const core::ImportResult r = core::import_w3c(read_fixture("quote_only_page.json"));
    REQUIRE_MESSAGE(r.ok, (r.errors.empty() ? "" : r.errors[0]));
    REQUIRE(r.annotations.size() == 1);
    const core::Annotation& a = r.annotations[0];
    CHECK(a.note == "This number looks too round.");
    CHECK(a.exact == "12%");
    CHECK(a.start == 0);
    CHECK(a.end == 0);
    CHECK(a.anchor == core::AnchorStatus::Orphaned);  // to be placed by anchoring
    CHECK(a.category == "claim");
    CHECK(r.without_position == 1);
    CHECK(r.extra["id"] == "https://annotations.example/page/1");
  }

  TEST_CASE("a JSON array of position-only items; the embedded text fills in quotes") {
    const core::ImportResult r = core::import_w3c(read_fixture("position_only_array.json"));
    REQUIRE_MESSAGE(r.ok, (r.errors.empty() ? "" : r.errors[0]));
    REQUIRE(r.annotations.size() == 2);
    CHECK(r.annotations[0].verdict == core::Verdict::False);
    CHECK(r.annotations[0].start == 3);
    CHECK(r.annotations[0].end == 9);
    CHECK(r.annotations[0].exact.empty());  // no article in the file to quote from
    CHECK(r.annotations[1].category == "claim");

    json page = {{"type", "AnnotationCollection"},
                 {"article", {{"title", "T"}, {"text", "Hello \xF0\x9F\x98\x80 world"}}},
                 {"items", json::parse(read_fixture("position_only_array.json"))}};
    const core::ImportResult with_text = core::import_w3c(page.dump());
    REQUIRE(with_text.ok);
    CHECK(with_text.annotations[0].exact == "lo \xF0\x9F\x98\x80 w");  // code points 3..9
    CHECK(with_text.annotations[0].prefix == "Hel");
    CHECK(with_text.annotations[0].suffix == "orld");
    CHECK(with_text.annotations[1].exact == "He");
  }

  TEST_CASE("links: SpecificResource source, external id, or the URL as text") {
    json a = {{"type", "Annotation"},
              {"target", {{"selector", {{"type", "TextPositionSelector"}, {"start", 0}, {"end", 1}}}}},
              {"body", json::array({
                           {{"type", "SpecificResource"}, {"purpose", "linking"}, {"source", "https://a.example/1"}},
                           {{"purpose", "linking"}, {"id", "https://a.example/2"}},
                           {{"type", "TextualBody"}, {"purpose", "linking"}, {"value", "a.example/3"}},
                       })}};
    const core::ImportResult r = core::import_w3c(a.dump());
    REQUIRE(r.ok);
    REQUIRE(r.annotations.size() == 1);
    CHECK(r.annotations[0].links ==
          std::vector<std::string>{"https://a.example/1", "https://a.example/2", "a.example/3"});
    CHECK(r.annotations[0].id.rfind("urn:uuid:", 0) == 0);  // no id in the file: a fresh one
  }

  TEST_CASE("a second quote or position selector is dropped, not kept") {
    json doc = base_document();
    json& sel = item(doc, 0)["target"]["selector"];
    sel.push_back({{"type", "TextPositionSelector"}, {"start", 1}, {"end", 2}});
    sel.push_back({{"type", "TextQuoteSelector"}, {"exact", "other"}});
    const core::ImportResult r = core::import_w3c(doc.dump());
    REQUIRE(r.ok);
    CHECK(r.annotations[0].start == 16);
    CHECK(r.annotations[0].exact == "5%");
    CHECK_FALSE(r.annotations[0].extra.contains(core::kKeptKey));
    const json out = json::parse(core::export_w3c(*r.article, r.annotations));
    CHECK(out["first"]["items"][0]["target"]["selector"].size() == 2);
  }

  TEST_CASE("bare ids and plain creator names become what the W3C model wants") {
    json arr = json::array();
    for (const char* id : {"42", "43"})
      arr.push_back({{"id", id},
                     {"creator", "Ada"},
                     {"target", {{"selector", {{"type", "TextPositionSelector"}, {"start", 0}, {"end", 1}}}}}});
    const core::ImportResult r = core::import_w3c(arr.dump());
    REQUIRE(r.ok);
    const core::ImportResult again = core::import_w3c(arr.dump());
    REQUIRE(again.ok);
    CHECK(r.annotations[0].id.rfind("urn:uuid:", 0) == 0);
    CHECK(r.annotations[0].id == again.annotations[0].id);  // derived, so stable
    CHECK(r.annotations[0].id != r.annotations[1].id);
    CHECK(r.annotations[0].author == "Ada");
    const json out = json::parse(core::export_w3c(small_article(), r.annotations));
    CHECK(out["first"]["items"][0]["creator"] == json{{"type", "Person"}, {"name", "Ada"}});
  }

  TEST_CASE("a large file: 10,000 annotations on a 1 MB article") {
    std::string text;
    while (text.size() < 1'000'000) text += "Sentence with a number 42 and an \xC3\xA9 accent. ";
    const core::Article art = *core::make_article(text, "Big").article;
    std::vector<core::Annotation> anns;
    for (size_t i = 0; i < 10000; ++i) {
      core::Annotation x = core::make_annotation(art, i * 97, i * 97 + 20, "claim");
      x.note = "note " + std::to_string(i);
      anns.push_back(std::move(x));
    }
    const auto t0 = std::chrono::steady_clock::now();
    const std::string out = core::export_w3c(art, anns);
    const auto t1 = std::chrono::steady_clock::now();
    const core::ImportResult r = core::import_w3c(out);
    const auto t2 = std::chrono::steady_clock::now();
    REQUIRE(r.ok);
    CHECK(r.annotations.size() == 10000);
    CHECK(r.annotations[9999].note == "note 9999");
    MESSAGE("export " << out.size() / 1024 << " KiB in "
                      << std::chrono::duration<double, std::milli>(t1 - t0).count() << " ms, import in "
                      << std::chrono::duration<double, std::milli>(t2 - t1).count() << " ms");
  }

  // import_w3c catches anything thrown inside and reports it as an "internal error": so
  // "never throws" holds by construction. What can break is that a bad value reaches code
  // that throws (a type error on .get, an out-of-range access) instead of being reported
  // with its place: every message must come from a check, never from that safety net.
  TEST_CASE("damaged files get located messages, never an internal error") {
    auto expect_clean = [](const std::string& bytes) {
      const core::ImportResult r = core::import_w3c(bytes);
      CHECK(r.ok == r.errors.empty());
      if (!r.ok) CHECK(r.annotations.empty());
      for (const std::string& e : r.errors) {
        INFO(e);
        CHECK(e.find("internal error") == std::string::npos);
      }
      return r.ok;
    };
    const std::string good = base_document().dump();
    for (size_t cut = 0; cut < good.size(); cut += 7) CHECK_FALSE(expect_clean(good.substr(0, cut)));
    for (size_t i = 0; i < good.size(); i += 5) {
      std::string bad = good;
      bad[i] = "x\"{}[],:0\xFF"[i % 10];
      expect_clean(bad);
    }
    // Every value of the tree replaced by a value of each other type: the reader meets a
    // string where it wants an object, an array where it wants a number, and so on.
    const json doc = base_document();
    const std::vector<json> replacements = {nullptr, true, -1, 4294967301ull, 2.5, "x",
                                            json::array(), json::array({1}), json::object(),
                                            json{{"type", 7}}};
    size_t tried = 0;
    const json flat = doc.flatten();
    for (auto leaf = flat.begin(); leaf != flat.end(); ++leaf) {
      std::string at = leaf.key();
      while (!at.empty()) {  // the leaf and each of its parents
        for (const json& r : replacements) {
          json bad = doc;
          bad[json::json_pointer(at)] = r;
          expect_clean(bad.dump());
          ++tried;
        }
        at = at.substr(0, at.rfind('/'));
      }
    }
    CHECK(tried > 1000);
  }

  // import_w3c reads a collection's items while parsing (json_stream.h) and falls back to
  // the whole tree when the file is unusual; both ways must say exactly the same.
  TEST_CASE("reading items while parsing gives what reading the whole tree gives") {
    auto same = [](const std::string& bytes) {
      const core::ImportResult a = core::import_w3c(bytes);
      const core::ImportResult b = core::detail::import_w3c_whole_tree(bytes);
      INFO(bytes.substr(0, 200));
      CHECK(a.ok == b.ok);
      CHECK(a.errors == b.errors);
      CHECK(a.notices == b.notices);
      CHECK(a.item_paths == b.item_paths);
      CHECK(a.title == b.title);
      CHECK(a.extra == b.extra);
      CHECK(a.format == b.format);
      CHECK(a.article.has_value() == b.article.has_value());
      REQUIRE(a.annotations.size() == b.annotations.size());
      if (a.ok && a.article) CHECK(core::export_w3c(*a.article, a.annotations) == core::export_w3c(*b.article, b.annotations));
      for (size_t i = 0; i < a.annotations.size(); ++i) CHECK(a.annotations[i].extra == b.annotations[i].extra);
    };
    json doc = base_document();
    same(doc.dump());
    same(doc.dump(2));
    // Errors in items, then in the collection: the same messages in the same order.
    json bad = doc;
    item(bad, 0)["created"] = "soon";
    item(bad, 1)["target"]["selector"][1]["end"] = 99;
    bad["total"] = 7;
    same(bad.dump());
    // Outer problems found only after the items were read: the fallback says them alone.
    json context_last = json::object();
    for (auto it = doc.begin(); it != doc.end(); ++it)
      if (it.key() != "@context") context_last[it.key()] = it.value();
    std::string text = context_last.dump();
    text.insert(text.size() - 1, ",\"@context\":\"https://schema.org\"");  // after the items
    REQUIRE(text.find("@context") > text.find("\"items\""));
    same(text);
    CHECK(errors_of(text).size() == 1);
    std::string schema = doc.dump();
    schema.replace(schema.find("http://www.w3.org/ns/anno.jsonld"), 32, "https://schema.org");
    same(schema);
    json next = doc;
    next["first"]["next"] = "https://x.example/p2";
    same(next.dump());
    // An item that is not an object stops the hand-over; the rest is read from the tree.
    json mixed = doc;
    item(mixed, 1) = 5;
    mixed["first"]["items"].push_back(item(doc, 1));
    same(mixed.dump());
    // A syntax error after some items were read: only the syntax error.
    std::string cut = doc.dump();
    same(cut.substr(0, cut.size() - 20));
    for (const char* f : {"hypothesis_api_search.json", "recogito_text_annotator.json", "apache_annotator.json",
                          "quote_only_page.json", "w3c_export_sample.json"})
      same(read_fixture(f));
  }

  TEST_CASE("positions above 2^32 are refused on every build (wasm32 would wrap them)") {
    json doc = base_document();
    doc.erase("article");  // nothing to compare the range with: the number alone decides
    item(doc, 0)["target"]["selector"][1]["start"] = 4294967301ull;  // 2^32 + 5
    item(doc, 0)["target"]["selector"][1]["end"] = 4294967302ull;
    CHECK(errors_of(doc) ==
          Errors{"first.items[0].target.selector[1].start: 4294967301 is too large (positions go "
                 "up to 4294967295)",
                 "first.items[0].target.selector[1].end: 4294967302 is too large (positions go "
                 "up to 4294967295)"});
    item(doc, 0)["target"]["selector"][1]["start"] = 4294967295ull;  // the largest allowed
    item(doc, 0)["target"]["selector"][1]["end"] = 4294967295ull;
    const core::ImportResult r = core::import_w3c(doc.dump());
    REQUIRE(r.ok);
    CHECK(r.annotations[0].start == 4294967295ull);
  }

  TEST_CASE("an @context that is not the W3C annotation context is refused") {
    json doc = base_document();
    SUBCASE("another vocabulary on the collection") {
      doc["@context"] = "https://schema.org";
      CHECK(errors_of(doc) ==
            Errors{"@context: \"https://schema.org\" does not include "
                   "http://www.w3.org/ns/anno.jsonld; the file's terms may mean something else"});
    }
    SUBCASE("an item's own context without it") {
      item(doc, 1)["@context"] = json::array({"http://www.w3.org/ns/ldp.jsonld"});
      CHECK(errors_of(doc) ==
            Errors{"first.items[1].@context: an array without http://www.w3.org/ns/anno.jsonld; "
                   "the file's terms may mean something else"});
    }
    SUBCASE("a context object alone") {
      doc["@context"] = {{"body", "http://example.org/body"}};
      CHECK(errors_of(doc) ==
            Errors{"@context: an object without http://www.w3.org/ns/anno.jsonld; the file's "
                   "terms may mean something else"});
    }
    SUBCASE("accepted: the context in a list, over https, or no context at all") {
      doc["@context"] = json::array({"http://www.w3.org/ns/anno.jsonld", "http://www.w3.org/ns/ldp.jsonld"});
      CHECK(core::import_w3c(doc.dump()).ok);
      doc["@context"] = "https://www.w3.org/ns/anno.jsonld";
      CHECK(core::import_w3c(doc.dump()).ok);
      doc.erase("@context");
      CHECK(core::import_w3c(doc.dump()).ok);
      CHECK(core::import_w3c(doc["first"]["items"].dump()).ok);  // a bare array, as APIs give
    }
  }
}
