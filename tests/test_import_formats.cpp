// test_import_formats.cpp - files written by other tools (Hypothesis's API, search responses,
// client export and JSON-LD; Recogito's text annotator; Apache Annotator), tags read through
// the tag table, and annotations whose selectors we cannot use: kept, orphaned, listed and
// written back unchanged. Fixtures and their origins: tests/data/README.md.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/anchor.h"
#include "core/tag_meaning.h"
#include "core/w3c_format.h"
#include "test_files.h"

using nlohmann::json;

namespace {

std::string fixture(const char* name) {
  const std::string bytes = test_files::read_source(std::string("tests/data/") + name);
  REQUIRE_MESSAGE(!bytes.empty(), name);
  return bytes;
}

core::ImportResult read(const std::string& bytes) {
  core::ImportResult r = core::import_w3c(bytes);
  INFO((r.errors.empty() ? std::string() : r.errors[0]));
  REQUIRE(r.ok);
  return r;
}

// The article every fixture annotates.
core::Article budget_article() {
  return *core::make_article(
              "Budget \xE2\x80\x9C" "cuts\xE2\x80\x9D rose by 12% in 2025.\n\nThe mayor said the "
              "parks budget fell by a third.\n",
              "", "https://news.example.org/budget")
              .article;
}

json exported_items(const core::ImportResult& r) {
  core::ExportOptions o;
  o.extra = r.extra;
  return json::parse(core::export_w3c(budget_article(), r.annotations, o))["first"]["items"];
}

}  // namespace

TEST_SUITE("import_formats") {
  TEST_CASE("the tag table") {
    CHECK(core::tag_meaning("Pants on Fire").verdict == core::Verdict::False);
    CHECK(core::tag_meaning("  mostly_TRUE ").verdict == core::Verdict::MostlyTrue);
    CHECK(core::tag_meaning("verdict:false").verdict == core::Verdict::False);
    CHECK(core::tag_meaning("Stats").category == "statistic");
    CHECK(core::tag_meaning("organization").category == "person-org");
    CHECK(core::tag_meaning("category: quote").category == "quote");
    // A prefix says which of the two is meant; a word means at most one thing.
    CHECK_FALSE(core::tag_meaning("category:false").verdict.has_value());
    CHECK_FALSE(core::tag_meaning("category:false").category.has_value());
    CHECK_FALSE(core::tag_meaning("economy").category.has_value());
    CHECK_FALSE(core::tag_meaning("economy").verdict.has_value());
    CHECK_FALSE(core::tag_meaning("truest").verdict.has_value());
  }

  TEST_CASE("a Hypothesis API annotation") {
    const core::ImportResult r = read(fixture("hypothesis_api_annotation.json"));
    CHECK(r.format == "Hypothesis API");
    REQUIRE(r.annotations.size() == 1);
    const core::Annotation& a = r.annotations[0];
    CHECK(a.id == "https://hypothes.is/a/Qx7hR2bGEe-budget1");  // its W3C id, from links.html
    CHECK(a.note == "The council's own table says **9%**, not 12%.");
    CHECK(a.category == "statistic");          // "Statistic" through the table
    CHECK(a.verdict == core::Verdict::False);  // "Pants on Fire"
    CHECK(a.author == "Ada Lovelace");         // user_info.display_name
    CHECK(a.created == "2025-03-04T09:15:02.113244+00:00");
    CHECK(a.modified == "2025-03-04T09:20:41.000001+00:00");  // "updated"
    CHECK(a.exact == "12%");
    CHECK(a.start == 22);
    CHECK(a.end == 25);
    CHECK(r.source == "https://news.example.org/budget");  // "uri"
    CHECK(a.extra["group"] == "__world__");
    CHECK(a.extra["document"]["title"][0] == "Budget \xE2\x80\x9C" "cuts\xE2\x80\x9D rose by 12% in 2025");
    CHECK_FALSE(a.extra.contains("uri"));  // the same as the target's source

    // Written as W3C: the tags all survive, the verdict is an assessing body, Hypothesis's
    // own RangeSelector became the W3C form h itself serves.
    const json it = exported_items(r)[0];
    CHECK(it["creator"] == json{{"type", "Person"}, {"name", "Ada Lovelace"}, {"id", "acct:ada_checks@hypothes.is"}});
    std::vector<std::string> tags;
    for (const json& b : it["body"])
      if (b.value("purpose", "") == "tagging") tags.push_back(b["value"]);
    CHECK(tags == std::vector<std::string>{"statistic", "Statistic", "Pants on Fire", "budget-2025"});
    CHECK(it["body"][1] == json{{"type", "TextualBody"}, {"purpose", "assessing"}, {"value", "false"}});
    CHECK(it["body"][2]["format"] == "text/markdown");
    const json& legacy = it["target"]["selector"][2];
    CHECK(legacy == json{{"type", "XPathSelector"},
                         {"value", "/main[1]/p[1]"},
                         {"refinedBy", {{"type", "TextPositionSelector"}, {"start", 22}, {"end", 25}}}});
  }

  TEST_CASE("the same annotation in Hypothesis's JSON-LD reads the same") {
    const core::Annotation api = read(fixture("hypothesis_api_annotation.json")).annotations[0];
    const core::ImportResult ld = read(fixture("hypothesis_jsonld.json"));
    CHECK(ld.format == "W3C Web Annotation");
    const core::Annotation& a = ld.annotations[0];
    CHECK(a.id == api.id);
    CHECK(a.note == api.note);
    CHECK(a.category == api.category);
    CHECK(a.verdict == api.verdict);
    CHECK((a.start == api.start && a.end == api.end && a.exact == api.exact && a.prefix == api.prefix));
    CHECK(a.created == api.created);
    CHECK(a.modified == api.modified);
    CHECK(a.author == "acct:ada_checks@hypothes.is");  // JSON-LD carries only the account
  }

  TEST_CASE("a Hypothesis search response: rows, a page note, XPath only, a reply") {
    const core::ImportResult r = read(fixture("hypothesis_api_search.json"));
    CHECK(r.format == "Hypothesis search response");
    REQUIRE(r.annotations.size() == 3);  // the reply is folded into its thread's root
    const core::Annotation& root = r.annotations[0];
    CHECK(root.note ==
          "The council's own table says **9%**, not 12%.\n\nReply from Bea (2025-03-04):\n"
          "Agreed, the table is on page 14.");
    REQUIRE(root.extra["replies"].size() == 1);
    CHECK(root.extra["replies"][0]["id"] == "Rr1reply000-budget4");  // kept whole

    const core::Annotation& page_note = r.annotations[1];
    CHECK(page_note.anchor == core::AnchorStatus::Orphaned);
    CHECK(page_note.exact.empty());
    CHECK(page_note.note == "Page note: the article never links the council's budget.");
    CHECK(page_note.author == "acct:bea@hypothes.is");  // display_name null: the account
    const core::Annotation& xpath_only = r.annotations[2];
    CHECK(xpath_only.anchor == core::AnchorStatus::Orphaned);
    CHECK(xpath_only.category == "question");
    CHECK(r.unplaced == 2);
    CHECK(r.item_paths == std::vector<std::string>{"rows[0]", "rows[1]", "rows[2]"});
    CHECK(r.notices ==
          std::vector<std::string>{
              "replies[0]: a reply to rows[0]; its text is added to that annotation's note (the "
              "reply is kept under \"replies\")",
              "rows[1]: kept but not placed: no selector (a note on the whole document); it is "
              "written back unchanged",
              "rows[2]: kept but not placed: only XPathSelector selectors, which this program "
              "cannot place; it is written back unchanged",
              "the search found 5 annotations; this file holds 3 of them (the others are on "
              "further pages of the search)"});

    // Anchoring leaves the unplaced ones alone, and they are written back as they came.
    std::vector<core::Annotation> anns = r.annotations;
    const core::AnchorSummary sum = core::anchor_annotations(budget_article().cps, anns);
    CHECK(sum.exact == 1);
    CHECK(sum.orphaned == 2);
    core::ImportResult anchored = r;
    anchored.annotations = anns;
    const json items = exported_items(anchored);
    CHECK(items[1]["target"] == json::array({{{"source", "https://news.example.org/budget"}}}));
    CHECK(items[2]["target"][0]["selector"][0]["type"] == "XPathSelector");
    CHECK(items[2]["target"][0]["selector"].size() == 1);
    // And read back, they are still kept, still unplaced: nothing was invented for them.
    const core::ImportResult again = read(core::export_w3c(budget_article(), anns));
    CHECK(again.unplaced == 2);
    CHECK(exported_items(again)[1]["target"] == items[1]["target"]);
  }

  TEST_CASE("a JSON array of Hypothesis API annotations, a reply among them") {
    const json search = json::parse(fixture("hypothesis_api_search.json"));
    json rows = search["rows"];
    rows.push_back(search["replies"][0]);
    const core::ImportResult r = read(rows.dump());
    CHECK(r.format == "Hypothesis API");
    REQUIRE(r.annotations.size() == 3);
    CHECK(r.item_paths == std::vector<std::string>{"[0]", "[1]", "[2]"});
    CHECK(r.annotations[0].note.find("Reply from Bea (2025-03-04):") != std::string::npos);
    CHECK(r.notices[0] == "[3]: a reply to [0]; its text is added to that annotation's note (the reply is "
                          "kept under \"replies\")");
    // A reply whose thread is not in the file is imported on its own, references kept.
    const core::ImportResult alone = read(search["replies"][0].dump());
    REQUIRE(alone.annotations.size() == 1);
    CHECK(alone.annotations[0].note == "Agreed, the table is on page 14.");
    CHECK(alone.annotations[0].extra["references"] == json::array({"Qx7hR2bGEe-budget1"}));
    CHECK(alone.unplaced == 1);
  }

  TEST_CASE("the Hypothesis client's export") {
    const core::ImportResult r = read(fixture("hypothesis_client_export.json"));
    CHECK(r.format == "Hypothesis export");
    REQUIRE(r.annotations.size() == 1);
    CHECK(r.annotations[0].verdict == core::Verdict::False);
    CHECK(r.item_paths[0] == "annotations[0]");
    CHECK(r.extra["export_userid"] == "acct:ada_checks@hypothes.is");
  }

  TEST_CASE("Hypothesis fields of the wrong type are located in the file") {
    json h = json::parse(fixture("hypothesis_api_search.json"));
    h["rows"][0]["tags"][1] = 3;
    h["rows"][2]["updated"] = "last week";
    h["rows"][1]["text"] = json::array();
    const core::ImportResult r = core::import_w3c(h.dump());
    CHECK_FALSE(r.ok);
    CHECK(r.errors == std::vector<std::string>{
                          "rows[0].tags[1]: expected a string",
                          "rows[1].text: expected a string",
                          "rows[2].updated: expected a date-time like 2026-11-26T22:31:09Z, found \"last week\""});
  }

  // As for our own files (test_w3c_import.cpp): every value of the tree replaced by a value
  // of each other type, and no message may come from the "internal error" safety net.
  TEST_CASE("damaged files of other tools get located messages, never an internal error") {
    const std::vector<json> replacements = {nullptr, true, -1, 2.5, "x", json::array(), json::object()};
    size_t tried = 0;
    for (const char* name : {"hypothesis_api_search.json", "recogito_text_annotator.json", "apache_annotator.json"}) {
      const json doc = json::parse(fixture(name));
      const json flat = doc.flatten();
      for (auto leaf = flat.begin(); leaf != flat.end(); ++leaf) {
        for (std::string at = leaf.key(); !at.empty(); at = at.substr(0, at.rfind('/'))) {
          for (const json& r : replacements) {
            json bad = doc;
            bad[json::json_pointer(at)] = r;
            const core::ImportResult res = core::import_w3c(bad.dump());
            ++tried;
            CHECK(res.ok == res.errors.empty());
            for (const std::string& e : res.errors) {
              INFO(std::string(name) << " " << at << ": " << e);
              CHECK(e.find("internal error") == std::string::npos);
            }
          }
        }
      }
    }
    CHECK(tried > 2000);
  }

  TEST_CASE("Recogito's text annotator: several ranges in one annotation") {
    const core::ImportResult r = read(fixture("recogito_text_annotator.json"));
    REQUIRE(r.annotations.size() == 2);
    const core::Annotation& a = r.annotations[0];
    CHECK(a.id == "urn:uuid:5f6b3c2e-8f0a-4b8e-9d2c-1a7e4b9c0d11");  // a bare UUID, as an IRI
    CHECK(a.exact == "12%");  // the first range is shown
    CHECK(a.category == "statistic");
    CHECK(a.note == "Both figures come from the same press release.");
    CHECK(a.author == "Carla");
    CHECK(r.notices == std::vector<std::string>{"[0]: 1 further range is kept and written back, but only the first is shown"});
    const json it = exported_items(r)[0];
    REQUIRE(it["target"].is_array());
    CHECK(it["target"][0]["id"] == "range-1");
    CHECK(it["target"][1]["selector"][0]["exact"] == "fell by a third");
    CHECK(it["body"][2]["created"] == "2025-03-06T14:02:11.512Z");  // the note body's own fields
    CHECK(r.annotations[1].note.empty());
    CHECK(r.annotations[1].category == "claim");
  }

  TEST_CASE("Apache Annotator: a refined quote is used, a range of quotes is kept") {
    const core::ImportResult r = read(fixture("apache_annotator.json"));
    REQUIRE(r.annotations.size() == 3);
    const core::Annotation& refined = r.annotations[0];
    CHECK(refined.exact == "fell by a third");  // from the CssSelector's refinedBy
    CHECK(refined.note == "Says who?");
    CHECK(r.without_position == 1);
    std::vector<core::Annotation> anns = r.annotations;
    core::anchor_annotations(budget_article().cps, anns);
    CHECK(anns[0].anchor == core::AnchorStatus::Moved);  // found by its quote
    CHECK(anns[0].start == 68);
    CHECK(anns[1].anchor == core::AnchorStatus::Orphaned);
    CHECK(r.notices == std::vector<std::string>{
                           "items[1]: kept but not placed: only RangeSelector selectors, which this "
                           "program cannot place; it is written back unchanged"});
    CHECK(anns[2].start == 36);
    CHECK(r.extra["id"] == "https://annotations.example/apache-annotator/page1");
    const json items = exported_items(r);
    CHECK(items[1]["target"] == json::parse(fixture("apache_annotator.json"))["items"][1]["target"]);
    CHECK(items[0]["target"]["selector"][1]["type"] == "CssSelector");  // kept beside our quote
  }

  TEST_CASE("a whole-document target and an XPath-only one are kept, not refused") {
    json page = {{"type", "AnnotationPage"},
                 {"items", json::array({
                               {{"type", "Annotation"}, {"bodyValue", "On the whole story"}, {"target", "https://news.example.org/budget"}},
                               {{"type", "Annotation"},
                                {"target", {{"source", "https://news.example.org/budget"},
                                            {"selector", {{"type", "XPathSelector"}, {"value", "/p[2]"}}}}}},
                           })}};
    const core::ImportResult r = read(page.dump());
    CHECK(r.unplaced == 2);
    CHECK(r.annotations[0].note == "On the whole story");
    CHECK(r.notices[0] == "items[0]: kept but not placed: the target is a whole document "
                          "(https://news.example.org/budget), no selector; it is written back unchanged");
    const json items = exported_items(r);
    CHECK(items[0]["target"] == "https://news.example.org/budget");
    CHECK(items[1]["target"] == page["items"][1]["target"]);
  }

  TEST_CASE("our own files keep their first tag as the category, whatever the word") {
    // A user-defined category named like a verdict: our files say the verdict in an
    // assessing body, so the tag table is not used.
    json a = {{"type", "Annotation"},
              {"body", json::array({{{"type", "TextualBody"}, {"purpose", "tagging"}, {"value", "false"}},
                                    {{"type", "TextualBody"}, {"purpose", "assessing"}, {"value", "true"}}})},
              {"target", {{"selector", {{"type", "TextPositionSelector"}, {"start", 0}, {"end", 1}}}}}};
    const core::ImportResult r = read(a.dump());
    CHECK(r.annotations[0].category == "false");
    CHECK(r.annotations[0].verdict == core::Verdict::True);
  }
}
