// test_session_library.cpp - the library of documents in the session model: every article
// opened becomes a document and stays; opening never discards; the same text opens the
// document already there; delete and undo; undo and redo across documents; the history is
// bounded (and lets documents go) and leaves no state of one document on another.
#include <doctest/doctest.h>

#include "core/w3c_format.h"
#include "session_harness.h"

using harness::FakeStorage;
using harness::Tab;
using nlohmann::json;

namespace {
core::Article article(const std::string& text) { return *core::make_article(text).article; }

std::vector<std::string> titles(const session::Session& s) {
  std::vector<std::string> out;
  for (const auto& d : s.documents()) out.push_back(d.title);
  return out;
}
}  // namespace

TEST_SUITE("session library") {
  TEST_CASE("a first start opens the sample as a document and saves it") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    REQUIRE(t.s.ready());
    CHECK(t.s.article().title == "A sample article");
    REQUIRE(t.s.documents().size() == 1);
    CHECK(t.s.documents()[0].source == "sample");
    CHECK(t.s.documents()[0].open);
    CHECK(st.documents_stored() == 1);
    CHECK(st.get("text:" + t.s.current_id()).has_value());
  }

  TEST_CASE("opening another article keeps the first with its annotations, asks nothing, and undo takes it back") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string first = t.s.current_id();
    t.annotate("42 new homes");
    t.s.paste_text("Second article\n\nIt says 7 things.");
    CHECK_FALSE(t.s.confirm.has_value());
    CHECK(t.s.article().title == "Second article");
    CHECK(t.s.documents().size() == 2);
    t.settle();
    CHECK(st.documents_stored() == 2);

    t.s.undo();  // the paste: the second document leaves the library again
    CHECK(t.s.current_id() == first);
    CHECK(t.s.store().size() == 1);
    CHECK(t.s.documents().size() == 1);
    t.settle();
    CHECK(st.documents_stored() == 1);
    t.s.redo();
    CHECK(t.s.article().title == "Second article");
    t.settle();
    CHECK(st.documents_stored() == 2);

    // Reload: both are still there, the second one open.
    Tab again(st);
    again.boot();
    CHECK(again.s.documents().size() == 2);
    CHECK(again.s.article().title == "Second article");
    REQUIRE(again.s.open_document(first));
    again.settle();
    CHECK(again.s.current_id() == first);
    CHECK(again.s.store().size() == 1);
  }

  TEST_CASE("the same text opens the document already in the library; a file's annotations join it in one undo step") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string sample = t.s.current_id();
    const std::string kept = t.annotate("42 new homes");
    t.s.paste_text("Other\n\nText.");
    t.settle();

    session::NewDocument again{article(harness::kSample), {}, "sample.txt", json::object()};
    core::Annotation extra = core::make_annotation(again.article, 5, 11, "quote");
    extra.id = "urn:uuid:11111111-1111-4111-8111-111111111111";
    again.annotations.push_back(extra);
    again.extra = json{{"x:collection", "from the file"}};
    CHECK(t.s.add_document(std::move(again)) == sample);
    CHECK(t.s.current_id() == sample);
    CHECK(t.s.documents().size() == 2);
    CHECK(t.s.store().size() == 2);
    CHECK(t.s.store().find(kept) != nullptr);
    CHECK(t.s.export_json().find("\"x:collection\": \"from the file\"") != std::string::npos);
    t.s.undo();  // one step: back to "Other", and the sample without the file's annotation
    CHECK(t.s.article().title == "Other");
    REQUIRE(t.s.open_document(sample));
    CHECK(t.s.store().size() == 1);
  }

  TEST_CASE("the same text not in memory is read first, then opened with the new annotations") {
    FakeStorage st;
    {
      Tab t(st);
      t.boot();
      t.annotate("42 new homes");
      t.s.paste_text("Other\n\nText.");
      t.settle();
    }
    Tab t(st);
    t.boot();
    REQUIRE(t.s.article().title == "Other");
    session::NewDocument again{article(harness::kSample), {}, "again", json::object()};
    again.annotations.push_back(core::make_annotation(again.article, 5, 11, "quote"));
    t.s.add_document(std::move(again));
    CHECK(t.s.opening());
    t.settle();
    CHECK(t.s.article().title == "A sample article");
    CHECK(t.s.store().size() == 2);
    CHECK(t.s.documents().size() == 2);
  }

  TEST_CASE("an article of the same length but another text is a document of its own, also when not in memory") {
    FakeStorage st;
    {
      Tab t(st);
      t.boot();
      t.s.paste_text("Article A\n\nBody A.");
      t.settle();
    }
    Tab t(st);
    t.boot();
    t.s.open_sample();  // the sample opens; "Article A" is only in storage now
    t.settle();
    t.s.paste_text("Article B\n\nBody B.");  // the same length: read and compared first
    t.settle();
    CHECK(t.s.article().title == "Article B");
    CHECK(t.s.documents().size() == 3);
    t.s.paste_text("Article A\n\nBody A.");  // the same text: that document opens
    t.settle();
    CHECK(t.s.article().title == "Article A");
    CHECK(t.s.documents().size() == 3);
  }

  TEST_CASE("delete a document, undo brings it back with everything; storage follows") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string sample = t.s.current_id();
    t.annotate("42 new homes");
    t.s.paste_text("Other\n\nText.");
    const std::string other = t.s.current_id();
    t.settle();
    REQUIRE(st.documents_stored() == 2);

    REQUIRE(t.s.delete_document(other));  // the open one: the sample opens in its place
    CHECK(t.s.current_id() == sample);
    CHECK(titles(t.s) == std::vector<std::string>{"A sample article"});
    t.settle();
    CHECK(st.documents_stored() == 1);
    CHECK_FALSE(st.get("text:" + other).has_value());

    t.s.undo();
    CHECK(t.s.current_id() == other);
    CHECK(t.s.documents().size() == 2);
    t.settle();
    CHECK(st.documents_stored() == 2);
    CHECK(st.get("text:" + other).has_value());

    // A document not in memory is read before it is deleted, so undo can bring it back.
    Tab u(st);
    u.boot();
    REQUIRE(u.s.current_id() == other);
    REQUIRE(u.s.delete_document(sample));
    u.settle();
    CHECK(u.s.documents().size() == 1);
    CHECK(st.documents_stored() == 1);
    u.s.undo();
    u.settle();
    CHECK(st.documents_stored() == 2);
    REQUIRE(u.s.open_document(sample));
    CHECK(u.s.store().size() == 1);
  }

  TEST_CASE("deleting the last document opens a fresh sample") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string only = t.s.current_id();
    t.annotate("42 new homes");
    REQUIRE(t.s.delete_document(only));
    REQUIRE(t.s.ready());
    CHECK(t.s.current_id() != only);
    CHECK(t.s.store().size() == 0);
    CHECK(t.s.documents().size() == 1);
    t.s.undo();
    CHECK(t.s.current_id() == only);
    CHECK(t.s.store().size() == 1);
  }

  TEST_CASE("undo across documents forgets the other document's current suggestion and selection") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    t.s.paste_text("Second\n\nThe mayor said 300 people came, up from 12 last year.");
    t.s.show_suggestions = true;
    REQUIRE_FALSE(t.s.suggestions().empty());
    t.s.current_suggestion = 0;
    t.s.selection = {3, 6};
    t.s.undo();
    CHECK(t.s.article().title == "A sample article");
    CHECK(t.s.current_suggestion == -1);
    CHECK(t.s.selection.empty());
    t.s.current_suggestion = 0;
    t.s.redo();
    CHECK(t.s.current_suggestion == -1);
  }

  TEST_CASE("the history is bounded: old documents leave memory, never the library") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    for (int i = 0; i < 30; ++i) {
      t.s.paste_text("Article " + std::to_string(i) + "\n\nBody " + std::to_string(i) + ".");
      t.settle();
    }
    CHECK(t.s.documents().size() == 31);
    CHECK(st.documents_stored() == 31);
    // Undo reaches back at most kMaxDocuments documents, then stops.
    int undone = 0;
    while (t.s.can_undo() && undone < 100) {
      t.s.undo();
      ++undone;
    }
    CHECK(undone < 30);
    CHECK(undone >= static_cast<int>(session::History::kMaxDocuments) - 2);
    t.settle();
    // What undo took back left the library; everything older stayed.
    CHECK(t.s.documents().size() == static_cast<size_t>(31 - undone));
    CHECK(st.documents_stored() == static_cast<size_t>(31 - undone));
  }

  TEST_CASE("export any document of the library, read from storage when needed") {
    FakeStorage st;
    {
      Tab t(st);
      t.boot();
      t.annotate("42 new homes");
      t.s.paste_text("Other\n\nText.");
      t.settle();
    }
    Tab t(st);
    t.boot();
    std::string sample_id;
    for (const auto& d : t.s.documents())
      if (d.title == "A sample article") sample_id = d.id;
    REQUIRE_FALSE(sample_id.empty());
    t.s.export_document(sample_id);
    t.settle();
    REQUIRE(t.downloads.size() == 1);
    CHECK(t.downloads[0].filename == "a-sample-article.annotations.json");
    core::ImportResult r = core::import_w3c(t.downloads[0].bytes);
    REQUIRE(r.ok);
    CHECK(r.annotations.size() == 1);
    REQUIRE(r.article);
    CHECK(r.article->title == "A sample article");
    CHECK(t.s.article().title == "Other");  // exporting does not open it
  }

  TEST_CASE("an import keeps the file's collection properties (the browser dropped them)") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string file = R"({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      "type": "AnnotationCollection",
      "id": "https://example.org/collections/7",
      "x:reviewedBy": {"name": "Desk 3"},
      "items": [{"type": "Annotation", "body": [],
                 "target": {"selector": {"type": "TextQuoteSelector", "exact": "42 new homes"}}}]
    })";
    std::string error;
    REQUIRE(t.s.import_json(file, "f.json", &error));
    const json out = json::parse(t.s.export_json());
    CHECK(out["id"] == "https://example.org/collections/7");
    CHECK(out["x:reviewedBy"]["name"] == "Desk 3");
    // ... and after a reload, from the stored document.
    t.settle();
    Tab again(st);
    again.boot();
    const json stored = json::parse(again.s.export_json());
    CHECK(stored["x:reviewedBy"]["name"] == "Desk 3");
  }

  TEST_CASE("the file's own article opens as a document of its own; the open one keeps its annotations") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string sample = t.s.current_id();
    core::Article edited = article(std::string(harness::kSample) + "\n\nAn added paragraph.");
    core::Annotation a = core::make_annotation(edited, 5, 11, "quote");
    const std::string file = core::export_w3c(edited, {a});
    std::string error;
    auto r = t.s.import_json(file, "edited.json", &error);
    REQUIRE(r);
    REQUIRE(r->file_article);
    CHECK(t.s.store().size() == 1);
    t.s.open_file_article(*r);
    CHECK(t.s.current_id() != sample);
    CHECK(t.s.documents().size() == 2);
    CHECK(t.s.store().size() == 1);
    REQUIRE(t.s.open_document(sample));
    CHECK(t.s.store().size() == 1);  // the import into it stayed
  }
}
