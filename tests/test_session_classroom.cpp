// test_session_classroom.cpp - the session's side of classroom exercises
// (session/classroom_files.h): where files opened together go (a student file opens as a
// document, a key and hand-ins go to the class view, with any other annotation file; nothing
// of a class is imported into the open article), and the student's name and the teacher's
// exercise kept with their documents across a reload.
#include <doctest/doctest.h>

#include <string>

#include "core/classroom/exercise.h"
#include "core/utf8.h"
#include "core/w3c_format.h"
#include "session/classroom_files.h"
#include "session_harness.h"

using namespace harness;
using session::FileRoute;
using session::route_files;
using nlohmann::json;
namespace cls = core::classroom;

namespace {

core::Article budget() {
  return *core::make_article("Budget cut\n\nThe council cut spending on parks by 12% in 2025.\n").article;
}

cls::Exercise exercise(const std::string& id = "urn:uuid:11111111-2222-4333-8444-555555555555") {
  cls::Exercise e;
  e.id = id;
  e.title = "Parks budget";
  e.instructions = "Mark the statistics.";
  return e;
}

core::Annotation mark(const core::Article& a, const std::string& quote, const std::string& category) {
  const size_t at = a.cps.find(utf8::decode(quote));
  REQUIRE(at != std::u32string::npos);
  return core::make_annotation(a, at, at + utf8::decode(quote).size(), category);
}

std::vector<FileRoute> routes(const std::vector<session::RoutedFile>& r) {
  std::vector<FileRoute> out;
  for (const auto& f : r) out.push_back(f.route);
  return out;
}

// The files of one exercise on budget(), made as the app makes them.
struct Files {
  core::Article a = budget();
  std::string student = cls::write_student_file(a, exercise());
  std::string key = cls::write_key_file(a, exercise(), {mark(a, "12%", "statistic")});
  std::string ada = cls::write_hand_in(a, exercise(), "Ada", {mark(a, "12%", "statistic")}, "2026-12-01T09:00:00Z");
  std::string plain = core::export_w3c(a, {mark(a, "parks", "claim")});
};

}  // namespace

TEST_SUITE("session: classroom files") {

  TEST_CASE("a student file opens as a document with its exercise; nothing else is taken") {
    const Files f;
    const auto& [a, student, key, ada, plain] = f;
    auto r = route_files({{"parks-student.json", student}}, false);
    REQUIRE(r.size() == 1);
    CHECK(r[0].route == FileRoute::Document);
    REQUIRE(r[0].document);
    CHECK(r[0].document->article.text == a.text);
    CHECK(r[0].document->annotations.empty());
    CHECK(r[0].document->extra["exercise"]["kind"] == "student");
    CHECK(r[0].document->source == "parks-student.json");
    // Ordinary files alone stay ordinary: an annotation file imports, an article opens.
    CHECK(routes(route_files({{"notes.json", plain}, {"story.txt", "Some text."}}, false)) ==
          std::vector<FileRoute>{FileRoute::Ordinary, FileRoute::Ordinary});
    CHECK(routes(route_files({{"broken.json", "{\"exercise\": ["}}, false)) == std::vector<FileRoute>{FileRoute::Ordinary});
  }

  TEST_CASE("a key with hand-ins goes to the class view, and with them every other annotation file") {
    const Files f;
    const auto& [a, student, key, ada, plain] = f;
    auto r = route_files({{"ada.json", ada}, {"key.json", key}, {"key-again.json", key}, {"notes.json", plain},
                          {"broken.json", "{\"items\": ["}, {"story.txt", "Some text."}},
                         false);
    CHECK(routes(r) == std::vector<FileRoute>{FileRoute::Student, FileRoute::Key, FileRoute::Student,
                                              FileRoute::Student, FileRoute::Student, FileRoute::Ordinary});
    CHECK(r[1].file.name == "key.json");
    CHECK(r[4].file.bytes == "{\"items\": [");  // handed on as it came, to be reported by name
    // While the class view is open, any annotation file dropped is a student's work.
    CHECK(routes(route_files({{"notes.json", plain}}, true)) == std::vector<FileRoute>{FileRoute::Student});
    // A student file among hand-ins still opens as a document.
    CHECK(routes(route_files({{"ada.json", ada}, {"s.json", student}}, false)) ==
          std::vector<FileRoute>{FileRoute::Student, FileRoute::Document});
  }

  TEST_CASE("the student's name is kept with the exercise document and survives a reload") {
    const Files f;
    const std::string& student = f.student;
    FakeStorage st;
    Tab t(st);
    t.boot();
    auto r = route_files({{"parks-student.json", student}}, false);
    REQUIRE(r[0].document);
    t.s.add_document(std::move(*r[0].document));
    auto info = session::document_exercise(t.s.doc());
    REQUIRE(info);
    CHECK(info->kind == cls::FileKind::Student);
    CHECK(info->student.empty());
    CHECK_FALSE(session::set_student_name(t.s.doc(), "   "));
    CHECK(session::set_student_name(t.s.doc(), "  Ada Lovelace "));
    CHECK_FALSE(session::set_student_name(t.s.doc(), "Ada Lovelace"));  // no change
    t.s.selection = {0, 6};
    t.s.create_annotation("claim");
    t.settle();

    Tab again(st);
    again.boot();
    REQUIRE(again.s.ready());
    info = session::document_exercise(again.s.doc());
    REQUIRE(info);
    CHECK(info->student == "Ada Lovelace");
    CHECK(info->exercise.id == exercise().id);
    CHECK(info->exercise.instructions == "Mark the statistics.");
    CHECK(again.s.store().size() == 1);
    // Not a student's document: no name is kept.
    again.s.load_article_text("Another article\n\nWith words.", "", "");
    CHECK_FALSE(session::set_student_name(again.s.doc(), "Ada"));
    CHECK_FALSE(session::document_exercise(again.s.doc()));
  }

  TEST_CASE("claim suggestions are off in a student's exercise when the teacher turned them off") {
    const Files f;
    FakeStorage st;
    Tab t(st);
    t.boot();
    CHECK(session::suggestions_allowed(t.s.doc()));  // an ordinary article
    cls::Exercise off = exercise();
    off.settings.claim_suggestions = false;
    const cls::Exercise on = exercise("urn:uuid:22222222-2222-4333-8444-555555555555");  // allows them
    auto r = route_files({{"off.json", cls::write_student_file(f.a, off)}, {"on.json", cls::write_student_file(f.a, on)}}, false);
    REQUIRE(r.size() == 2);
    t.s.add_document(std::move(*r[0].document));
    CHECK_FALSE(session::suggestions_allowed(t.s.doc()));
    t.s.add_document(std::move(*r[1].document));
    CHECK(session::suggestions_allowed(t.s.doc()));  // the teacher allowed them
    // The teacher's own key document is no student's: suggestions help make the key.
    auto k = route_files({{"key.json", cls::write_key_file(f.a, off, {})}, {"s.json", f.student}}, false);
    REQUIRE(k[0].route == FileRoute::Key);
    t.s.load_article_text("Budget cut\n\nThe council cut spending on parks by 12% in 2025.\n", "", "");
    session::set_key_exercise(t.s.doc(), off);
    CHECK(session::suggestions_allowed(t.s.doc()));
  }

  TEST_CASE("a student file opened where the teacher's key is kept opens its own copy, not the key") {
    const Files f;
    FakeStorage st;
    Tab t(st);
    t.boot();
    // The teacher's key document: the same article, the answer marked.
    REQUIRE(t.s.load_article_text(f.a.text, "", "").empty());
    t.s.selection = {f.a.cps.find(U"12%"), f.a.cps.find(U"12%") + 3};
    t.s.create_annotation("statistic");
    session::set_key_exercise(t.s.doc(), exercise());
    const std::string key_id = t.s.current_id();
    t.settle();
    const auto open_student_file = [&](Tab& tab) {
      auto r = route_files({{"parks-student.json", f.student}}, false);
      REQUIRE(r[0].document);
      tab.s.add_document(std::move(*r[0].document));
      tab.settle();
    };
    open_student_file(t);
    const std::string student_id = t.s.current_id();
    CHECK(student_id != key_id);
    CHECK(t.s.store().size() == 0);  // no answers
    REQUIRE(session::document_exercise(t.s.doc()));
    CHECK(session::document_exercise(t.s.doc())->kind == cls::FileKind::Student);
    CHECK(session::set_student_name(t.s.doc(), "Ada"));
    t.s.selection = {0, 6};
    t.s.create_annotation("claim");
    t.settle();
    // Opened again: the student's own copy, with their work.
    open_student_file(t);
    CHECK(t.s.current_id() == student_id);
    CHECK(t.s.store().size() == 1);
    CHECK(t.s.documents().size() == 3);  // the sample, the key, the student's copy
    // After a reload, with neither in memory: the same.
    Tab again(st);
    again.boot();
    REQUIRE(again.s.load_article_text("Another article\n\nWith words.", "", "").empty());
    again.settle();
    open_student_file(again);
    CHECK(again.s.current_id() == student_id);
    CHECK(again.s.store().size() == 1);
    CHECK(session::document_exercise(again.s.doc())->student == "Ada");
    // The key is untouched.
    REQUIRE(again.s.open_document(key_id));
    again.settle();
    CHECK(again.s.store().size() == 1);
    CHECK(session::document_exercise(again.s.doc())->kind == cls::FileKind::Key);
  }

  TEST_CASE("the teacher's exercise is kept with the key document: making it again keeps the id") {
    FakeStorage st;
    Tab t(st);
    t.boot();
    cls::Exercise e = exercise("urn:uuid:aaaaaaaa-2222-4333-8444-555555555555");
    session::set_key_exercise(t.s.doc(), e);
    t.settle();
    Tab again(st);
    again.boot();
    auto info = session::document_exercise(again.s.doc());
    REQUIRE(info);
    CHECK(info->kind == cls::FileKind::Key);
    CHECK(info->exercise.id == e.id);
    // The exported document is a key file: the class view takes it as the key.
    const json out = json::parse(again.s.export_json());
    CHECK(out["exercise"]["kind"] == "key");
    CHECK(out["exercise"]["id"] == e.id);
  }
}
