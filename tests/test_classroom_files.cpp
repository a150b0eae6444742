// test_classroom_files.cpp - the classroom file kinds: each writes a W3C collection that
// still imports as an ordinary annotation file, and reads back with its exercise; bad
// "exercise" properties are reported by path; file names for hand-ins.
#include <doctest/doctest.h>

#include <string>

#include "core/classroom/exercise.h"
#include "core/selection.h"
#include "core/utf8.h"
#include "core/w3c_format.h"

using namespace core::classroom;
using nlohmann::json;

namespace {

core::Article article() {
  return *core::make_article("Budget cut\n\nThe council cut spending on parks by 12% in 2025.\n").article;
}

Exercise exercise() {
  Exercise e;
  e.id = "urn:uuid:11111111-2222-4333-8444-555555555555";
  e.title = "Parks budget";
  e.instructions = "Mark the statistics.\nThen the claims.";
  e.settings.categories = {"claim", "statistic"};
  e.settings.category_must_match = true;
  e.settings.claim_suggestions = false;
  return e;
}

core::Annotation mark(const core::Article& a, const std::string& quote, const std::string& category) {
  const size_t at = a.cps.find(utf8::decode(quote));
  REQUIRE(at != std::u32string::npos);
  core::Annotation ann = core::make_annotation(a, at, at + utf8::decode(quote).size(), category);
  ann.created = ann.modified = "2026-12-01T09:00:00Z";
  return ann;
}

}  // namespace

TEST_SUITE("classroom: exercise files") {
  TEST_CASE("a student file: article, instructions, settings and id, but no key") {
    const std::string bytes = write_student_file(article(), exercise());
    const core::ImportResult r = core::import_w3c(bytes);  // an ordinary annotation file
    REQUIRE(r.ok);
    CHECK(r.annotations.empty());
    REQUIRE(r.article.has_value());
    const ExerciseRead e = read_exercise(r.extra);
    REQUIRE(e.errors.empty());
    CHECK(e.info.kind == FileKind::Student);
    CHECK(e.info.exercise.id == exercise().id);
    CHECK(e.info.exercise.title == "Parks budget");
    CHECK(e.info.exercise.instructions == "Mark the statistics.\nThen the claims.");
    CHECK(e.info.exercise.settings.categories == std::vector<std::string>{"claim", "statistic"});
    CHECK(e.info.exercise.settings.category_must_match);
    CHECK_FALSE(e.info.exercise.settings.claim_suggestions);
    CHECK(bytes.find("\"kind\": \"student\"") != std::string::npos);
  }

  TEST_CASE("claim suggestions: off in a new exercise, on in a file made before the setting") {
    CHECK_FALSE(new_exercise("Parks budget").settings.claim_suggestions);
    Exercise allowed = exercise();
    allowed.settings.claim_suggestions = true;
    const core::ImportResult r = core::import_w3c(write_student_file(article(), allowed));
    REQUIRE(r.ok);
    CHECK(read_exercise(r.extra).info.exercise.settings.claim_suggestions);
    // Without the property, as every file made before it: allowed, as they were.
    json old = r.extra;
    old["exercise"]["settings"].erase("claimSuggestions");
    const ExerciseRead e = read_exercise(old);
    REQUIRE(e.errors.empty());
    CHECK(e.info.exercise.settings.claim_suggestions);
  }

  TEST_CASE("the exercise object as written (keys sorted, version 1)") {
    ExerciseInfo info;
    info.kind = FileKind::HandIn;
    info.exercise = exercise();
    info.student = "Ada";
    info.handed_in = "2026-12-01T09:30:00Z";
    CHECK(exercise_json(info).dump() ==
          R"({"handedIn":"2026-12-01T09:30:00Z","id":"urn:uuid:11111111-2222-4333-8444-555555555555",)"
          R"("instructions":"Mark the statistics.\nThen the claims.","kind":"hand-in","settings":)"
          R"({"categories":["claim","statistic"],"categoryMustMatch":true,"claimSuggestions":false},"student":"Ada",)"
          R"("title":"Parks budget","version":1})");
  }

  TEST_CASE("a key file carries the key claims with their feedback notes") {
    const core::Article a = article();
    core::Annotation k = mark(a, "12%", "statistic");
    k.note = "Nominal; adjusted for inflation it is 15%.";
    const core::ImportResult r = core::import_w3c(write_key_file(a, exercise(), {k}));
    REQUIRE(r.ok);
    REQUIRE(r.annotations.size() == 1);
    CHECK(r.annotations[0].note == k.note);
    CHECK(read_exercise(r.extra).info.kind == FileKind::Key);
  }

  TEST_CASE("a hand-in: the student's name on every annotation, exercise id, article hash") {
    const core::Article a = article();
    core::Annotation m = mark(a, "cut spending", "claim");
    m.author = "someone else";
    const std::string bytes = write_hand_in(a, exercise(), "Ada", {m}, "2026-12-01T09:30:00Z");
    const core::ImportResult r = core::import_w3c(bytes);
    REQUIRE(r.ok);
    CHECK(r.annotations[0].author == "Ada");
    CHECK(r.article_sha256 == core::article_sha256(a));
    const ExerciseRead e = read_exercise(r.extra);
    CHECK(e.info.kind == FileKind::HandIn);
    CHECK(e.info.student == "Ada");
    CHECK(e.info.handed_in == "2026-12-01T09:30:00Z");
    CHECK(e.info.exercise.id == exercise().id);
    // Two students' hand-ins are different collections.
    const core::ImportResult other =
        core::import_w3c(write_hand_in(a, exercise(), "Ben", {m}, "2026-12-01T09:31:00Z"));
    CHECK(other.extra["id"] != r.extra["id"]);
  }

  TEST_CASE("an ordinary annotation file is a plain file, not an error") {
    const ExerciseRead e = read_exercise(json::object());
    CHECK(e.errors.empty());
    CHECK(e.info.kind == FileKind::Plain);
  }

  TEST_CASE("bad exercise properties are reported by path") {
    auto errors_of = [](const char* text) { return read_exercise(json{{"exercise", json::parse(text)}}).errors; };
    CHECK(errors_of("[]") == std::vector<std::string>{"exercise: expected an object, found an array"});
    const auto bad = errors_of(
        R"({"version": 1, "kind": "quiz", "id": 7, "settings": {"categories": ["claim", 3, ""], "categoryMustMatch": "yes", "claimSuggestions": 1}})");
    CHECK(bad == std::vector<std::string>{
                     "exercise.kind: \"quiz\" is not one of student, key, hand-in, feedback",
                     "exercise.id: expected a string, found a number",
                     "exercise.settings.categories[1]: expected a string, found a number",
                     "exercise.settings.categories[2]: an empty category name",
                     "exercise.settings.categoryMustMatch: expected true or false",
                     "exercise.settings.claimSuggestions: expected true or false"});
    CHECK(errors_of(R"({"version": 2, "kind": "key", "id": "urn:x:1"})") ==
          std::vector<std::string>{"exercise.version: the exercise is in version 2; this program reads up to "
                                   "version 1 (a newer program wrote it)"});
    CHECK(errors_of(R"({"kind": "key"})") ==
          std::vector<std::string>{"exercise.version: missing", "exercise.id: missing"});
    CHECK(errors_of(R"({"version": 1, "kind": "hand-in", "id": "urn:x:1", "handedIn": "Monday"})") ==
          std::vector<std::string>{"exercise.handedIn: expected a date-time like 2026-11-26T22:31:09Z, found \"Monday\""});
    // With errors, nothing is taken from the object.
    CHECK(read_exercise(json{{"exercise", {{"kind", "key"}}}}).info.kind == FileKind::Plain);
  }

  TEST_CASE("settings: no list means every category counts") {
    ExerciseSettings all;
    CHECK(all.counts("opinion"));
    ExerciseSettings some;
    some.categories = {"claim"};
    CHECK(some.counts("claim"));
    CHECK_FALSE(some.counts("opinion"));
  }

  TEST_CASE("hand-in file names keep letters of every script (only ASCII is lower-cased)") {
    Exercise e = exercise();
    e.title = "ICC claims: week 3";
    CHECK(hand_in_file_name(e, "Zoë O’Brien") == "icc-claims-week-3-zoë-obrien.json");
    CHECK(hand_in_file_name(e, "Дмитрий") == "icc-claims-week-3-Дмитрий.json");
    CHECK(hand_in_file_name(e, "../../etc/passwd") == "icc-claims-week-3-etc-passwd.json");
    CHECK(hand_in_file_name(e, "  ") == "icc-claims-week-3-student.json");
    e.title = "";
    CHECK(hand_in_file_name(e, "Ada") == "exercise-ada.json");
  }

  TEST_CASE("new exercises get distinct urn:uuid ids") {
    const Exercise a = new_exercise("T"), b = new_exercise("T");
    CHECK(a.id.rfind("urn:uuid:", 0) == 0);
    CHECK(a.id != b.id);
    CHECK(a.title == "T");
  }
}
