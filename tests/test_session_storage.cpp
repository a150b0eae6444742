// test_session_storage.cpp - every way the session model could lose work through storage:
// a note typed before a reload (twice), a read that fails or finds damaged records, writes
// that fail (full, broken) and must neither jam nor lose the previous records, the move of
// the previous version's records into the library, two tabs writing the same document, and
// writes a closing page could not finish.
#include <doctest/doctest.h>

#include "core/annotation_merge.h"
#include "core/w3c_format.h"
#include "session_harness.h"

using harness::FakeStorage;
using harness::Tab;
using nlohmann::json;
using session::WriteFailure;

namespace {
bool any_notice(const session::Session& s, const std::string& part) {
  for (const auto* list : {&s.notices, &s.messages})
    for (const auto& n : *list)
      if (n.find(part) != std::string::npos) return true;
  return false;
}

size_t drafts_in(const FakeStorage& st) {
  size_t n = 0;
  for (const auto& kv : st.data) n += kv.first.rfind("draft:", 0) == 0;
  return n;
}

}  // namespace

TEST_SUITE("session storage") {
  TEST_CASE("a note typed before a reload survives the first and the second reload") {
    FakeStorage st;
    std::string id;
    {
      Tab t(st);
      t.boot();
      id = t.annotate("42 new homes");
      t.settle();
      t.type_note(id, "Checked against the council minutes");
      t.pump();  // the draft goes out at once; the note has not joined the annotation yet
      REQUIRE(drafts_in(st) == 1);
    }  // the tab closes
    {
      Tab t(st);
      t.hold_writes = true;  // and this one closes again before anything it writes lands
      t.boot();
      CHECK(t.note_of(id) == "Checked against the council minutes");
    }
    {
      Tab t(st);
      t.boot();
      CHECK(t.note_of(id) == "Checked against the council minutes");
      t.settle();
      // The note is in the document now, and the draft record went in the same write.
      CHECK(drafts_in(st) == 0);
    }
    Tab t(st);
    t.boot();
    CHECK(t.note_of(id) == "Checked against the council minutes");
  }

  TEST_CASE("theme choices survive a reload; until the reader chooses, the system decides") {
    FakeStorage st;
    {
      Tab t(st);
      t.boot();
      CHECK_FALSE(t.s.settings.theme_chosen);
      CHECK_FALSE(t.s.settings.high_contrast);
      t.s.settings.high_contrast = true;
      t.s.settings.theme_chosen = true;
      t.settle();
    }
    Tab t(st);
    t.boot();
    CHECK(t.s.settings.high_contrast);
    CHECK(t.s.settings.theme_chosen);
    CHECK_FALSE(t.s.settings.dark);
  }

  TEST_CASE("the suggestions list's length, order and kind survive a reload; a damaged UI record is ignored") {
    FakeStorage st;
    {
      Tab t(st);
      t.boot();
      t.s.show_suggestions = true;
      t.s.suggestions_listed = 25;
      t.s.suggestions_in_article_order = true;
      t.s.suggestions_kind = "quantity";
      t.settle();
    }
    {
      Tab t(st);
      t.boot();
      CHECK(t.s.show_suggestions);
      CHECK(t.s.suggestions_listed == 25);
      CHECK(t.s.suggestions_in_article_order);
      CHECK(t.s.suggestions_kind == "quantity");
    }
    // Wrong types and numbers out of range (another version, a damaged record): the
    // defaults, or the nearest allowed number, and the app still starts.
    json ui = json::parse(st.data.at("ui"));
    ui["dark"] = "yes";
    ui["suggestions"] = 1;
    ui["editorOpen"] = "no";
    ui["suggestionList"] = {{"strongest", 5000}, {"articleOrder", "true"}, {"kind", 7}};
    st.data["ui"] = ui.dump();
    Tab t(st);
    t.boot();
    REQUIRE(t.s.ready());
    CHECK_FALSE(t.s.settings.dark);
    CHECK_FALSE(t.s.show_suggestions);
    CHECK(t.s.suggestions_listed == session::Session::kMostListed);
    CHECK_FALSE(t.s.suggestions_in_article_order);
    CHECK(t.s.suggestions_kind.empty());
  }

  TEST_CASE("a committed note removes its draft record only with the write that carries the note") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string id = t.annotate("42 new homes");
    t.settle();
    t.type_note(id, "first words");
    t.pump();
    REQUIRE(drafts_in(st) == 1);
    t.hold_writes = true;
    t.s.commit_note_draft();
    t.pump();
    REQUIRE(t.held.size() == 1);  // the document with the note, removing the draft
    CHECK(drafts_in(st) == 1);    // not yet: a reload now still finds the draft
    t.hold_writes = false;
    t.release_held();
    CHECK(drafts_in(st) == 0);
    Tab again(st);
    again.boot();
    CHECK(again.note_of(id) == "first words");
  }

  TEST_CASE("leaving the page writes the last keystrokes at once") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string id = t.annotate("42 new homes");
    t.settle();
    t.type_note(id, "typed just before closing");
    session::Effects fx = t.s.take_effects(t.now + 1, true);  // 1 ms later, the page hides
    bool draft_written = false;
    for (const auto& w : fx.writes)
      for (const auto& p : w.puts) draft_written = draft_written || p.first.rfind("draft:", 0) == 0;
    CHECK(draft_written);
  }

  TEST_CASE("a failed read says so and writes nothing until the reader decides") {
    FakeStorage st;
    {
      Tab t(st);
      t.boot();
      t.annotate("42 new homes");
      t.settle();
    }
    const auto before = st.data;
    st.fail_reads = true;
    Tab t(st);
    t.boot();
    REQUIRE(t.s.ready());  // something to read meanwhile
    REQUIRE(t.s.confirm.has_value());
    CHECK(t.s.confirm->title == "Your saved work could not be read");
    CHECK(t.s.confirm->text.find("UnknownError") != std::string::npos);
    CHECK(t.s.save_status().blocked);
    t.annotate("3 million pounds");
    t.settle();
    t.pump(true);
    CHECK(st.data == before);  // the sample never went over the stored work

    SUBCASE("Try again reloads the page") {
      session::Confirm c = *t.s.confirm;
      t.s.confirm.reset();
      c.on_ok();
      CHECK(t.s.take_effects(t.now).reload_page);
    }
    SUBCASE("Continue without saving keeps not writing") {
      session::Confirm c = *t.s.confirm;
      t.s.confirm.reset();
      c.on_alt();
      t.settle();
      t.pump(true);
      CHECK(st.data == before);
      CHECK(t.s.save_status().blocked);
    }
  }

  TEST_CASE("a damaged record is listed, never opened and never written over") {
    FakeStorage st;
    std::string other;
    {
      Tab t(st);
      t.boot();
      t.s.paste_text("Other\n\nText.");
      other = t.s.current_id();
      t.settle();
    }
    st.data["meta:broken"] = "{not json";
    st.data["text:broken"] = "whatever";
    st.data["doc:" + other] = "{\"v\":1}\n{\"type\": \"AnnotationCollection\", \"items\": [{\"oops\"";
    Tab t(st);
    t.boot();
    CHECK(any_notice(t.s, "could not be read"));
    bool listed = false;
    for (const auto& d : t.s.documents())
      if (d.id == "broken") listed = !d.problem.empty();
    CHECK(listed);
    CHECK_FALSE(t.s.open_document("broken"));
    // The last one open has a damaged annotations record: it is not opened, not rewritten.
    CHECK(t.s.article().title == "A sample article");
    CHECK(any_notice(t.s, "could not be opened"));
    t.settle();
    CHECK(st.data["meta:broken"] == "{not json");
    CHECK(st.data["doc:" + other].find("oops") != std::string::npos);
  }

  TEST_CASE("a full storage: the reader is told the way out, the previous records stay, saving resumes") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    const std::string first = t.annotate("42 new homes");
    t.settle();
    const auto before = st.data;
    st.fail_writes = WriteFailure::Quota;
    const std::string second = t.annotate("3 million pounds");
    t.pump();
    const session::SaveStatus status = t.s.save_status();
    CHECK(status.failing);
    CHECK(status.quota);
    CHECK(status.detail.find("no room left") != std::string::npos);
    CHECK(status.detail.find("File > Library") != std::string::npos);
    CHECK(t.s.notices.empty());  // never a dialog that takes the keys from someone typing
    CHECK(st.data == before);
    for (int i = 0; i < 5; ++i) t.pump();
    CHECK(st.data == before);

    st.fail_writes.reset();
    t.pump();  // no change since: waits (a full storage does not empty itself)
    CHECK(st.data == before);
    t.s.paste_text("Other\n\nText.");  // any change (e.g. deleting a document) tries again
    t.settle();
    CHECK_FALSE(t.s.save_status().failing);
    Tab again(st);
    again.boot();
    bool found = false;
    for (const auto& d : again.s.documents()) {
      if (d.title != "A sample article") continue;
      again.s.open_document(d.id);
      again.settle();
      found = again.s.store().find(first) && again.s.store().find(second);
    }
    CHECK(found);
  }

  TEST_CASE("writes that fail, conflict or arrive late never jam the bookkeeping") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    t.settle();
    t.hold_writes = true;
    const std::string a = t.annotate("42 new homes");
    t.pump();
    const std::string b = t.annotate("3 million pounds");
    t.pump(true);  // leaving: chained behind the first
    REQUIRE(t.held.size() >= 2);
    st.fail_writes = WriteFailure::Other;
    t.hold_writes = false;
    t.release_held();
    CHECK(t.s.save_status().failing);
    st.fail_writes.reset();
    for (int i = 0; i < 10; ++i) t.pump();  // retried after a pause
    CHECK_FALSE(t.s.save_status().failing);
    CHECK_FALSE(t.s.save_status().pending);
    Tab again(st);
    again.boot();
    CHECK(again.s.store().find(a) != nullptr);
    CHECK(again.s.store().find(b) != nullptr);
  }

  TEST_CASE("the previous version's records move into the library untouched, once") {
    FakeStorage st;
    const core::Article art = *core::make_article(harness::kSample).article;
    core::Annotation ann = core::make_annotation(art, 29, 41, "statistic");
    ann.id = "urn:uuid:22222222-2222-4222-8222-222222222222";
    core::ExportOptions opt;
    opt.embed_article = false;
    st.legacy["article"] = json{{"version", 1}, {"title", art.title}, {"url", ""}, {"text", art.text}}.dump();
    st.legacy["annotations"] = core::export_w3c(art, {ann}, opt);
    st.legacy["dismissed"] = json{{"sha256", core::article_sha256(art)}, {"keys", {"5:9"}}}.dump();
    st.legacy["ui"] = json{{"version", 1}, {"fontPx", 24}, {"dark", true}, {"topCp", 30},
                           {"draft", {{"id", ann.id}, {"note", "typed in version 1"}}}}.dump();
    const auto legacy_before = st.legacy;

    Tab t(st);
    t.boot();
    CHECK(t.s.article().text == art.text);
    REQUIRE(t.s.store().size() == 1);
    CHECK(t.note_of(ann.id) == "typed in version 1");
    CHECK(t.s.doc().dismissed.count("5:9") == 1);
    CHECK(t.s.settings.font_px == 24);
    CHECK(t.s.settings.dark);
    CHECK(t.s.settings.theme_chosen);  // dark then was the reader's choice, not the system's
    CHECK(t.s.top_cp == 30);
    CHECK(t.s.documents()[0].source == "saved before the library");
    t.settle();
    CHECK(st.legacy == legacy_before);
    CHECK(st.data.count("migrated-v1") == 1);
    CHECK(st.documents_stored() == 1);

    Tab again(st);
    again.boot();
    CHECK(again.s.documents().size() == 1);  // not moved twice
    CHECK(again.note_of(ann.id) == "typed in version 1");
  }

  TEST_CASE("unreadable previous-version annotations are left as they were and not marked moved") {
    FakeStorage st;
    st.legacy["article"] = json{{"version", 1}, {"title", "Old"}, {"text", "Old\n\nText 12."}}.dump();
    st.legacy["annotations"] = "{\"type\": \"AnnotationCollection\", \"items\": [";
    Tab t(st);
    t.boot();
    CHECK(t.s.article().title == "Old");
    CHECK(any_notice(t.s, "could not be read"));
    t.settle();
    CHECK(st.data.count("migrated-v1") == 0);  // tried again next time; the records stay
    CHECK(st.legacy.at("annotations") == "{\"type\": \"AnnotationCollection\", \"items\": [");
  }

  TEST_CASE("two tabs: annotations made in either survive, whoever writes last") {
    FakeStorage st;
    Tab a(st), b(st);
    a.boot();
    b.boot();
    REQUIRE(a.s.current_id() == b.s.current_id());

    SUBCASE("without hearing of each other (revision checks)") {
      const std::string x = a.annotate("42 new homes");
      a.settle();
      const std::string y = b.annotate("3 million pounds");  // b still has the old revision
      b.settle();
      CHECK(b.s.store().find(x) != nullptr);  // merged in before b wrote
      CHECK(b.s.store().find(y) != nullptr);
      Tab c(st);
      c.boot();
      CHECK(c.s.store().find(x) != nullptr);
      CHECK(c.s.store().find(y) != nullptr);
    }
    SUBCASE("told by the channel, the other tab shows the change at once") {
      a.others = {&b};
      b.others = {&a};
      const std::string x = a.annotate("42 new homes");
      a.settle();
      b.settle();
      CHECK(b.s.store().find(x) != nullptr);
      CHECK_FALSE(b.s.save_status().pending);  // nothing of its own to write back
      const std::string y = b.annotate("3 million pounds");
      b.settle();
      a.settle();
      CHECK(a.s.store().find(y) != nullptr);
      CHECK(a.s.can_undo());
      a.s.undo();  // undoes a's own annotation, not b's
      CHECK(a.s.store().find(x) == nullptr);
      CHECK(a.s.store().find(y) != nullptr);
    }
    SUBCASE("the same note changed in both: one change is kept (the later; on a tie the merging tab's) and the reader told") {
      const std::string x = a.annotate("42 new homes");
      a.settle();
      b.s.on_remote_change({"meta:" + a.s.current_id()});
      b.settle();
      REQUIRE(b.s.store().find(x) != nullptr);
      core::Annotation in_a = *a.s.store().find(x);
      in_a.note = "from a";
      core::Annotation in_b = *b.s.store().find(x);
      in_b.note = "from b";
      a.s.update_annotation(in_a);
      a.settle();
      b.s.update_annotation(in_b);  // the same second as a's (the file format keeps seconds)
      b.settle();
      Tab c(st);
      c.boot();
      CHECK(c.note_of(x) == "from b");
      CHECK(any_notice(b.s, "1 annotation was changed in"));
      CHECK(any_notice(b.s, "in another tab at the same time"));
    }
  }

  TEST_CASE("a note typed in one tab on an annotation the other tab deletes is kept") {
    FakeStorage st;
    Tab a(st), b(st);
    a.boot();
    const std::string x = a.annotate("42 new homes");
    a.settle();
    b.boot();
    REQUIRE(b.s.store().find(x) != nullptr);
    a.others = {&b};
    b.type_note(x, "still checking this");
    b.pump(false, 10);
    a.s.delete_annotation(x);
    a.settle();
    b.pump(false, 10);  // the deletion arrives while the note is being typed (no pause yet)
    CHECK(b.s.store().find(x) != nullptr);  // kept: its note is on its way
    b.s.commit_note_draft();
    b.settle();
    Tab c(st);
    c.boot();
    CHECK(c.note_of(x) == "still checking this");
  }

  TEST_CASE("a document deleted in another tab stays open where it is read, and a change brings it back") {
    FakeStorage st;
    Tab a(st), b(st);
    a.boot();
    a.s.paste_text("Shared\n\nText with 5 numbers.");
    a.settle();
    b.boot();
    REQUIRE(b.s.article().title == "Shared");
    a.others = {&b};
    const std::string id = a.s.current_id();
    REQUIRE(a.s.delete_document(id));
    a.settle();
    b.settle();
    CHECK(any_notice(b.s, "deleted in another tab"));
    CHECK(b.s.article().title == "Shared");
    CHECK_FALSE(st.get("meta:" + id).has_value());  // b does not bring it back by itself
    b.annotate("5 numbers");
    b.settle();
    CHECK(st.get("meta:" + id).has_value());
    CHECK(st.get("text:" + id).has_value());
  }

  TEST_CASE("what a closing tab could not write joins the document at the next start") {
    FakeStorage st;
    std::string doc, kept, late;
    {
      Tab t(st);
      t.boot();
      doc = t.s.current_id();
      kept = t.annotate("42 new homes");
      t.settle();
      late = t.annotate("3 million pounds");
      t.hold_writes = true;
      t.pump(true);
      REQUIRE_FALSE(t.held.empty());
      // The page copies the held write; another tab wrote first, so it comes back as
      // "recovered:doc:ID" (web/storage.js replays the rest itself).
      std::string recovered;
      for (const auto& w : t.held)
        for (const auto& p : w.puts)
          if (p.first == "doc:" + doc) recovered = p.second;
      REQUIRE_FALSE(recovered.empty());
      st.data["recovered"] = recovered;
    }
    std::string entries = st.boot_entries();
    session::append_entry(entries, "recovered:doc:" + doc, st.data["recovered"]);
    Tab t(st);
    t.s.boot(entries);
    t.settle();
    CHECK(t.s.store().find(kept) != nullptr);
    CHECK(t.s.store().find(late) != nullptr);
    Tab again(st);
    again.boot();
    CHECK(again.s.store().find(late) != nullptr);
  }

  TEST_CASE("records round trip and refuse what a newer version wrote") {
    session::MetaRecord m;
    m.id = "urn:uuid:x";
    m.title = "T\u2019s \"title\"";
    m.rev = 7;
    m.annotations = 3;
    m.length = 99;
    std::string why;
    auto back = session::decode_meta(session::encode_meta(m), &why);
    REQUIRE(back);
    CHECK(back->title == m.title);
    CHECK(back->rev == 7);
    CHECK(back->length == 99);
    CHECK_FALSE(session::decode_meta(R"({"v": 9, "id": "a"})", &why));
    CHECK(why.find("newer version") != std::string::npos);

    const core::Article art = *core::make_article("Title\n\nBody \"quoted\"\n").article;
    auto text = session::decode_text(session::encode_text("id", art), &why);
    REQUIRE(text);
    CHECK(text->text == art.text);
    CHECK(text->title == "Title");
    CHECK(text->dir.empty());
    // A web page's direction is kept with its text.
    core::Article rtl = art;
    rtl.dir = "rtl";
    text = session::decode_text(session::encode_text("id", rtl), &why);
    REQUIRE(text);
    CHECK(text->dir == "rtl");
  }

  TEST_CASE("the document record round trips every field and refuses one cut short") {
    const core::Article art = *core::make_article("Title\n\nBody with \"quotes\" and 42 words.").article;
    core::Annotation a = core::make_annotation(art, 7, 11, "statistic");
    a.id = "urn:uuid:44444444-4444-4444-8444-444444444444";
    a.note = "line one\nline \"two\"\t\\ back\x01slash \u00e9\u2019";
    a.links = {"https://example.org/a?b=\"c\""};
    a.verdict = core::Verdict::Misleading;
    a.author = "Desk";
    a.anchor = core::AnchorStatus::Orphaned;
    a.anchor_errors = 2;
    a.extra = json{{"x:kept", {1, "two"}}};
    session::DocRecord d;
    d.annotations = {a};
    d.extra = json{{"id", "urn:x"}};
    d.dismissed = {"1:5"};
    d.reasons = {{a.id, "counts words"}};
    const std::string bytes = session::encode_doc(d);
    std::string why;
    auto back = session::decode_doc(bytes, art, &why);
    REQUIRE(back);
    REQUIRE(back->annotations.size() == 1);
    const core::Annotation& b = back->annotations[0];
    CHECK(core::same_content(a, b));
    CHECK(b.anchor == core::AnchorStatus::Orphaned);
    CHECK(b.anchor_errors == 2);
    CHECK(back->extra == d.extra);
    CHECK(back->dismissed == d.dismissed);
    CHECK(back->reasons == d.reasons);
    // A record cut short (a write that never finished) is refused, not half-read.
    CHECK_FALSE(session::decode_doc(bytes.substr(0, bytes.rfind('\n')), art, &why));
    CHECK(why == "it holds 0 of its 1 annotations");
  }

  TEST_CASE("the transfer framing carries any bytes and names the broken entry") {
    std::string data;
    session::append_entry(data, "a", "x\ty\nz");
    session::append_entry(data, "empty", "");
    std::string why;
    auto e = session::parse_entries(data, &why);
    REQUIRE(e);
    REQUIRE(e->size() == 2);
    CHECK((*e)[0].value == "x\ty\nz");
    CHECK((*e)[1].value.empty());
    CHECK_FALSE(session::parse_entries(data + "b\t99\nshort", &why));
    CHECK(why == "entry 3: the value runs past the end of the data");
  }
}
