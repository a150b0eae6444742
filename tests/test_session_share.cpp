// test_session_share.cpp - share links in the session (session/share.h) and the import rules
// the app follows: a link with its article becomes a new document of the receiver's library
// (nothing replaced, undoable); a link with annotations only waits for its article and
// anchors when it is opened (found by SHA-256 or address); a damaged link is a notice and
// changes nothing. An import never silently replaces an annotation with the same id; several
// files go in at once with their notices; notes on the whole page are listed by their note.
#include <doctest/doctest.h>

#include "core/share_link.h"
#include "core/utf8.h"
#include "core/w3c_format.h"
#include "session/export_as.h"
#include "session/share.h"
#include "session_harness.h"

using harness::FakeStorage;
using harness::Tab;
using nlohmann::json;

namespace {
const char* kStory =
    "Budget row\n\nThe council approved 42 new homes on Tuesday.\n\nCritics say the plan costs 3 million pounds more.";

// The sender: a tab with the story open and two annotations.
std::string sender_payload(bool lean, std::string url = "https://news.example/budget") {
  FakeStorage st;
  Tab t(st);
  t.boot();
  REQUIRE(t.s.load_article_text(kStory, "", url).empty());
  const std::string a = t.annotate("42 new homes", "statistic");
  t.annotate("3 million pounds more", "claim");
  core::Annotation ann = *t.s.store().find(a);
  ann.note = "Minutes say 40.";
  t.s.update_annotation(ann);
  session::Shares sh;
  const core::SharePayloads p = sh.payloads(t.s);
  return lean ? p.lean : p.full;
}

size_t notices_before(const session::Session& s) { return s.notices.size(); }
}  // namespace

TEST_SUITE("session share links") {
  TEST_CASE("a link with its article opens as a new document with the same annotations; undo takes it back") {
    const std::string payload = sender_payload(false);
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string sample = t.s.current_id();
    session::Shares sh;
    CHECK(sh.open_payload(t.s, payload).empty());
    t.settle();
    CHECK(t.s.current_id() != sample);
    CHECK(t.s.documents().size() == 2);
    CHECK(t.s.article().title == "Budget row");
    REQUIRE(t.s.store().size() == 2);
    size_t placed = 0;
    for (const core::Annotation& a : t.s.store().annotations()) placed += a.anchor == core::AnchorStatus::Exact;
    CHECK(placed == 2);
    bool found_note = false;
    for (const core::Annotation& a : t.s.store().annotations()) found_note |= a.note == "Minutes say 40.";
    CHECK(found_note);
    REQUIRE(t.s.report);
    CHECK(t.s.report->exact == 2);
    REQUIRE(sh.opened);
    CHECK(sh.opened->annotations == 2);
    CHECK_FALSE(sh.opened->waiting);
    CHECK(sh.clear_fragment);
    CHECK_FALSE(sh.waiting());
    // Undo takes the annotations, then the document, back: the sample is open again.
    t.s.undo();
    t.s.undo();
    CHECK(t.s.current_id() == sample);
    CHECK(t.s.article().title == "A sample article");
  }

  TEST_CASE("opening the same link twice replaces nothing: the same annotations are imported once") {
    const std::string payload = sender_payload(false);
    FakeStorage st;
    Tab t(st);
    t.boot();
    session::Shares sh;
    sh.open_payload(t.s, payload);
    // The receiver edits a note, then opens the link again.
    core::Annotation edited = t.s.store().annotations()[0];
    edited.note = "My own note";
    t.s.update_annotation(edited);
    sh.open_payload(t.s, payload);
    t.settle();
    CHECK(t.s.documents().size() == 2);  // the same text: the document already there
    REQUIRE(t.s.store().find(edited.id));
    CHECK(t.s.store().find(edited.id)->note == "My own note");  // not replaced
    CHECK(t.s.store().size() == 3);  // the link's version beside it, under a new id
    REQUIRE(t.s.report);
    // One notice per id met again: the unchanged one imported once, the edited one beside it.
    REQUIRE(t.s.report->notices.size() == 2);
    size_t once = 0, beside = 0;
    for (const std::string& n : t.s.report->notices) {
      once += n.find("imported once") != std::string::npos;
      beside += n.find("also used by the document") != std::string::npos;
    }
    CHECK(once == 1);
    CHECK(beside == 1);
  }

  TEST_CASE("a link with annotations only waits for its article and anchors when it is opened") {
    const std::string payload = sender_payload(true, "");
    FakeStorage st;
    Tab t(st);
    t.boot();
    const size_t docs = t.s.documents().size();
    session::Shares sh;
    CHECK(sh.open_payload(t.s, payload).empty());
    CHECK(sh.waiting());
    REQUIRE(sh.opened);
    CHECK(sh.opened->waiting);
    CHECK(sh.opened->title == "Budget row");
    CHECK(t.s.documents().size() == docs);  // nothing added, nothing changed
    CHECK(t.s.store().size() == 0);
    CHECK_FALSE(sh.clear_fragment);
    // Another article opened: still waiting.
    REQUIRE(t.s.load_article_text("Something else\n\nEntirely.", "", "").empty());
    CHECK_FALSE(sh.adopt(t.s));
    CHECK(sh.waiting());
    // The article, pasted by the receiver (no address): found by its SHA-256.
    REQUIRE(t.s.load_article_text(kStory, "", "").empty());
    CHECK(sh.adopt(t.s));
    CHECK_FALSE(sh.waiting());
    CHECK(sh.opened->adopted);
    CHECK(sh.clear_fragment);
    REQUIRE(t.s.store().size() == 2);
    for (const core::Annotation& a : t.s.store().annotations()) CHECK(a.anchor == core::AnchorStatus::Exact);
    REQUIRE(t.s.report);
    CHECK(t.s.report->exact == 2);
    CHECK(t.s.report->source.find("share link") != std::string::npos);
  }

  TEST_CASE("annotations only: the library's copy of the article (same address) is opened for them") {
    const std::string payload = sender_payload(true, "https://news.example/budget");
    FakeStorage st;
    Tab t(st);
    t.boot();
    // The receiver had read another version of the article at the same address.
    const std::string other_version = std::string(kStory) + "\n\nA correction was added later.";
    REQUIRE(t.s.load_article_text(other_version, "", "https://news.example/budget").empty());
    const std::string story_id = t.s.current_id();
    t.s.open_sample();
    t.settle();
    CHECK(t.s.current_id() != story_id);
    session::Shares sh;
    sh.open_payload(t.s, payload);
    t.settle();
    sh.adopt(t.s);
    CHECK(t.s.current_id() == story_id);
    CHECK_FALSE(sh.waiting());
    CHECK(t.s.store().size() == 2);
  }

  TEST_CASE("damaged and foreign links are notices and change nothing") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string id = t.s.current_id();
    const size_t docs = t.s.documents().size();
    session::Shares sh;
    size_t n = notices_before(t.s);
    CHECK_FALSE(sh.open_fragment(t.s, "#share=v1.%%%"));
    REQUIRE(t.s.notices.size() == n + 1);
    CHECK(t.s.notices.back().find("This share link could not be opened") == 0);
    CHECK_FALSE(sh.open_fragment(t.s, "#share=v7.abc"));
    CHECK(t.s.notices.back().find("newer version") != std::string::npos);
    sh.decompress_failed(t.s, "TypeError: Decompression failed");
    CHECK(t.s.notices.back().find("cannot be unpacked") != std::string::npos);
    CHECK_FALSE(sh.open_payload(t.s, "{\"items\": 5}").empty());
    CHECK_FALSE(sh.open_payload(t.s, "\x89PNG").empty());
    CHECK(t.s.current_id() == id);
    CHECK(t.s.documents().size() == docs);
    CHECK(t.s.store().size() == 0);
    CHECK_FALSE(sh.waiting());
    CHECK_FALSE(sh.opened);
    const auto good = sh.open_fragment(t.s, core::share_link("http://h/", "raw"));
    REQUIRE(good);
    CHECK(*good == "raw");
  }
}

TEST_SUITE("session import rules") {
  // With their dates, as files written by annotation tools have them (the store dates an
  // annotation that comes without).
  const std::string kOne = R"({"type": "Annotation", "id": "urn:x:1", "bodyValue": "first",
    "created": "2026-11-01T10:00:00Z", "modified": "2026-11-01T10:00:00Z",
    "target": {"selector": {"type": "TextQuoteSelector", "exact": "42 new homes"}}})";
  const std::string kOneChanged = R"({"type": "Annotation", "id": "urn:x:1", "bodyValue": "changed",
    "created": "2026-11-01T10:00:00Z", "modified": "2026-11-02T10:00:00Z",
    "target": {"selector": {"type": "TextQuoteSelector", "exact": "42 new homes"}}})";

  TEST_CASE("a single import never silently replaces an annotation with the same id") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    std::string error;
    REQUIRE(t.s.import_json(kOne, "a.json", &error));
    CHECK(t.s.store().size() == 1);
    // The same annotation again: imported once, and said.
    auto r = t.s.import_json(kOne, "a.json", &error);
    REQUIRE(r);
    CHECK(t.s.store().size() == 1);
    REQUIRE(r->notices.size() == 1);
    CHECK(r->notices[0].find("imported once") != std::string::npos);
    // A different one with that id: kept beside it, and said.
    r = t.s.import_json(kOneChanged, "b.json", &error);
    REQUIRE(r);
    REQUIRE(t.s.store().size() == 2);
    CHECK(t.s.store().find("urn:x:1")->note == "first");
    REQUIRE(r->notices.size() == 1);
    CHECK(r->notices[0].find("b.json") == 0);
    CHECK(r->notices[0].find("which says something else") != std::string::npos);
    const json j = json::parse(r->to_json());
    CHECK(j["notices"].size() == 1);
  }

  TEST_CASE("several files at once: one undo step, ids met twice reported, a bad file named") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string two = R"({"type": "Annotation", "id": "urn:x:2", "bodyValue": "second",
      "target": {"selector": {"type": "TextQuoteSelector", "exact": "3 million pounds"}}})";
    auto r = t.s.import_many({{"a.json", kOne}, {"b.json", kOneChanged}, {"c.json", two}, {"bad.json", "{"}});
    REQUIRE(r);
    CHECK(t.s.store().size() == 3);
    CHECK(r->source == "4 files");
    CHECK(r->exact + r->moved + r->fuzzy + r->orphaned == 3);
    bool named_bad = false, named_twice = false;
    for (const std::string& n : r->notices) {
      named_bad |= n.find("bad.json: not imported") == 0;
      named_twice |= n.find("b.json") == 0 && n.find("urn:x:1") != std::string::npos;
    }
    CHECK(named_bad);
    CHECK(named_twice);
    REQUIRE(t.s.report);
    t.s.undo();
    CHECK(t.s.store().size() == 0);
    // Nothing readable: a notice, nothing changed.
    const size_t n = t.s.notices.size();
    CHECK_FALSE(t.s.import_many({{"x.json", "nope"}, {"y.json", "[}"}}));
    CHECK(t.s.notices.size() == n + 1);
    CHECK(t.s.store().size() == 0);
  }

  TEST_CASE("several files made on another version of the article: that version is offered with their annotations") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const core::Article older = *core::make_article(
        "A sample article\n\nThe council approved 40 new homes on Monday, the mayor said.\n\n"
        "Critics say the plan will cost 3 million pounds more than promised.").article;
    const core::Article other = *core::make_article("Another story\n\nNothing alike here.").article;
    const auto on = [](const core::Article& a, const char* quote, const char* id) {
      const size_t at = a.cps.find(utf8::decode(quote));
      REQUIRE(at != std::u32string::npos);
      core::Annotation x = core::make_annotation(a, at, at + utf8::decode(quote).size(), "claim");
      x.id = id;
      return core::export_w3c(a, {x});
    };
    const std::string a = on(older, "40 new homes", "urn:x:a"), b = on(older, "3 million pounds", "urn:x:b"),
                      c = on(other, "Nothing alike", "urn:x:c");
    auto r = t.s.import_many({{"ada.json", a}, {"story.json", c}, {"ben.json", b}});
    REQUIRE(r);
    REQUIRE(r->file_article);
    CHECK(r->file_article->text == older.text);  // the version two of the three carry
    CHECK(r->file_source == "ada.json, ben.json");
    REQUIRE(r->file_annotations.size() == 2);
    CHECK(r->file_annotations[0].id == "urn:x:a");
    CHECK(r->file_annotations[1].id == "urn:x:b");
    CHECK(json::parse(r->to_json())["articleDiffers"] == true);
    const size_t docs = t.s.documents().size();
    t.s.open_file_article(*r);
    CHECK(t.s.documents().size() == docs + 1);
    CHECK(t.s.article().text == older.text);
    CHECK(t.s.store().size() == 2);
    CHECK(t.s.store().find("urn:x:a")->anchor == core::AnchorStatus::Exact);
    bool named = false;
    for (const auto& d : t.s.documents()) named |= d.open && d.source == "ada.json, ben.json";
    CHECK(named);
    // Files on the open article offer nothing.
    const std::string same = core::export_w3c(t.s.article(), {});
    r = t.s.import_many({{"x.json", same}, {"y.json", same}});
    REQUIRE(r);
    CHECK_FALSE(r->file_article);
  }

  TEST_CASE("the report lists a note on the whole page by its note, not as an empty quote") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string page_note = R"({"type": "Annotation", "id": "urn:x:9", "bodyValue": "Page note: the headline oversells it",
      "target": "https://news.example/budget"})";
    std::string error;
    auto r = t.s.import_json(page_note, "h.json", &error);
    REQUIRE(r);
    CHECK(r->orphaned == 1);
    CHECK(r->orphan_quotes.empty());
    REQUIRE(r->orphan_notes.size() == 1);
    CHECK(r->orphan_notes[0] == "Page note: the headline oversells it");
  }
}

TEST_SUITE("session export as") {
  TEST_CASE("every form of File > Export as, named after the article, with the note being typed") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    REQUIRE(t.s.load_article_text(kStory, "", "https://news.example/budget").empty());
    const std::string id = t.annotate("42 new homes", "statistic");
    core::Annotation a = *t.s.store().find(id);
    a.verdict = core::Verdict::MostlyTrue;
    t.s.update_annotation(a);
    t.annotate("3 million pounds more", "claim");  // unverified
    t.type_note(id, "typed, not yet committed");

    using session::ExportFormat;
    for (const char* name : {"w3c", "html", "csv", "markdown", "claimreview"}) {
      const auto f = session::export_format_from_name(name);
      REQUIRE(f);
      CHECK(std::string(session::export_format_name(*f)) == name);
    }
    CHECK_FALSE(session::export_format_from_name("pdf"));
    // Every form is offered once, in the CLI's order, with a label and a line on its use.
    std::vector<std::string> offered;
    for (const ExportFormat f : session::export_formats()) {
      offered.push_back(session::export_format_name(f));
      CHECK(std::string(session::export_format_label(f)).size() > 3);
      CHECK(std::string(session::export_format_hint(f)).size() > 10);
    }
    CHECK(offered == std::vector<std::string>{"w3c", "html", "csv", "markdown", "claimreview"});

    session::ExportOutcome o = session::export_as(t.s, ExportFormat::Csv);
    CHECK(o.file.filename == "budget-row.csv");
    CHECK(o.file.mime == "text/csv");
    CHECK(o.file.bytes.rfind("id,exact,prefix,suffix,start,end,category,verdict,note,links,creator,created,modified,anchor\r\n", 0) == 0);
    CHECK(o.file.bytes.find("typed, not yet committed") != std::string::npos);

    o = session::export_as(t.s, ExportFormat::Html, {}, "2026-11-30");
    CHECK(o.file.filename == "budget-row.report.html");
    CHECK(o.file.bytes.find("Content-Security-Policy") != std::string::npos);
    CHECK(o.file.bytes.find("2026-11-30") != std::string::npos);

    o = session::export_as(t.s, ExportFormat::Markdown);
    CHECK(o.file.filename == "budget-row.md");
    CHECK(o.file.bytes.find("42 new homes") != std::string::npos);

    o = session::export_as(t.s, ExportFormat::W3C);
    CHECK(o.file.filename == "budget-row.annotations.json");
    CHECK(core::import_w3c(o.file.bytes).annotations.size() == 2);

    o = session::export_as(t.s, ExportFormat::ClaimReview,
                           {"https://checks.example/budget", "Example Checks", "2026-11-30"});
    CHECK(o.file.filename == "budget-row.claimreview.jsonld");
    const json cr = json::parse(o.file.bytes);
    REQUIRE(cr.is_array());
    REQUIRE(cr.size() == 1);  // the verified one only
    CHECK(cr[0]["@type"] == "ClaimReview");
    CHECK(cr[0]["url"] == "https://checks.example/budget");
    CHECK(cr[0]["author"]["name"] == "Example Checks");
    CHECK(cr[0]["reviewRating"]["alternateName"] == "Mostly true");
    REQUIRE(o.warnings.size() == 1);
    CHECK(o.warnings[0].find("1 unverified annotation has no verdict") == 0);
    // Without the dialog's details the validator's complaints are said.
    o = session::export_as(t.s, ExportFormat::ClaimReview);
    CHECK(o.warnings.size() > 1);
  }
}
