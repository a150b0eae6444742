// test_classroom_model.cpp - the class model: a key and students' files in, every figure of
// the class view out, worked by hand for three students; files that must not be scored
// (corrupt, another exercise, a key, a duplicate name, a copy) are reported and the others
// still load; a student on an edited copy of the article is anchored to the key's.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/classroom/class_exports.h"
#include "core/classroom/class_model.h"
#include "core/selection.h"
#include "core/utf8.h"
#include "core/w3c_format.h"

using namespace core::classroom;

namespace {

const char* kText =
    "Parks budget\n\nThe council cut spending on parks by 12% in 2025. The mayor said 40 staff "
    "would go. Critics called it short-sighted.\n";

core::Article article(const std::string& text = kText) { return *core::make_article(text).article; }

core::Annotation mark(const core::Article& a, const std::string& quote, const std::string& category,
                      const std::string& id, const std::string& note = "") {
  const std::u32string q = utf8::decode(quote);
  const size_t at = a.cps.find(q);
  REQUIRE(at != std::u32string::npos);
  core::Annotation ann = core::make_annotation(a, at, at + q.size(), category);
  ann.id = id;
  ann.note = note;
  ann.created = ann.modified = "2026-12-01T09:00:00Z";
  return ann;
}

Exercise exercise(bool must_match = false) {
  Exercise e;
  e.id = "urn:uuid:11111111-2222-4333-8444-555555555555";
  e.title = "Parks budget";
  e.settings.categories = {"claim", "statistic"};
  e.settings.category_must_match = must_match;
  return e;
}

// K1 statistic, K2 claim, K3 an opinion (which this exercise does not count).
std::string key_file(bool must_match = false) {
  const core::Article a = article();
  return write_key_file(a, exercise(must_match),
                        {mark(a, "spending on parks by 12%", "statistic", "urn:x:k1", "Nominal, not real terms."),
                         mark(a, "40 staff would go", "claim", "urn:x:k2", "The union says 25."),
                         mark(a, "short-sighted", "opinion", "urn:x:k3")});
}

std::string hand_in(const std::string& name, const std::vector<core::Annotation>& marks,
                    const Exercise& ex = exercise(), const core::Article& a = article()) {
  return write_hand_in(a, ex, name, marks, "2026-12-01T10:00:00Z");
}

// Ada marks both counted key claims exactly; Ben marks part of K1 and something beside K2;
// Cy marks K2 with its full stop and the wrong category, and an opinion.
std::vector<InputFile> three_students() {
  const core::Article a = article();
  return {{"ada.json", hand_in("Ada", {mark(a, "spending on parks by 12%", "statistic", "urn:x:a1"),
                                       mark(a, "40 staff would go", "claim", "urn:x:a2", "Ask the union")})},
          {"ben.json", hand_in("Ben", {mark(a, "parks by 12%", "statistic", "urn:x:b1", "Real terms?"),
                                       mark(a, "The mayor said", "claim", "urn:x:b2")})},
          {"cy.json", hand_in("Cy", {mark(a, "40 staff would go.", "statistic", "urn:x:c1"),
                                     mark(a, "short-sighted", "opinion", "urn:x:c2")})}};
}

size_t pos_of(const std::string& quote) { return article().cps.find(utf8::decode(quote)); }

}  // namespace

TEST_SUITE("classroom: class model") {
  TEST_CASE("three students scored against the key, figures worked by hand") {
    ClassModel model;
    REQUIRE(model.set_key({"key.json", key_file()}));
    model.add_students(three_students());
    const ClassReport& r = model.report();
    REQUIRE(r.problems.empty());
    REQUIRE(r.students.size() == 3);
    CHECK(r.key_counted == std::vector<bool>{true, true, false});
    REQUIRE(r.key_warnings.size() == 1);
    CHECK(r.key_warnings[0] == "key claim 3 \"short-sighted\" is in the category \"opinion\", which this exercise does not count");

    const StudentResult& ada = r.students[0];
    CHECK(ada.name == "Ada");
    for (Mode m : kModes) CHECK(ada.scores.mode(m).f1 == 1.0);
    CHECK(ada.found == std::vector<size_t>{0, 1});
    CHECK(ada.missed.empty());
    CHECK(*ada.category_accuracy == 1.0);
    CHECK(*ada.alpha_vs_key.overall == 1.0);

    // Ben: "parks by 12%" inside K1 (same category), "The mayor said" touches nothing.
    //   strict  INC SPU, K2 MIS: P = R = 0      partial PAR SPU: P = R = 0.5/2 = 0.25
    //   exact   INC SPU: P = R = 0              type    COR SPU: P = R = 1/2
    const StudentResult& ben = r.students[1];
    CHECK(ben.scores.mode(Mode::Strict).f1 == 0.0);
    CHECK(ben.scores.mode(Mode::Exact).f1 == 0.0);
    CHECK(ben.scores.mode(Mode::Partial).precision == 0.25);
    CHECK(ben.scores.mode(Mode::Partial).recall == 0.25);
    CHECK(ben.scores.mode(Mode::Type).f1 == 0.5);
    CHECK(*ben.category_accuracy == 1.0);
    CHECK(ben.found.empty());
    CHECK(ben.partly == std::vector<size_t>{0});
    CHECK(ben.missed == std::vector<size_t>{1});
    CHECK(ben.extra == std::vector<size_t>{1});
    CHECK(ben.status == std::vector<MarkStatus>{MarkStatus::Partly, MarkStatus::Extra});

    // Cy: "40 staff would go." trims to K2's boundaries; the category differs but need not
    // match, so K2 is found. strict INC, exact COR, partial COR, type INC; K1 missed.
    //   exact/partial: P = 1/1, R = 1/2, F1 = 2/3;  strict/type: 0;  category accuracy 0/1.
    const StudentResult& cy = r.students[2];
    CHECK(cy.scores.mode(Mode::Exact).precision == 1.0);
    CHECK(cy.scores.mode(Mode::Exact).recall == 0.5);
    CHECK(cy.scores.mode(Mode::Partial).f1 == doctest::Approx(2.0 / 3));
    CHECK(cy.scores.mode(Mode::Strict).f1 == 0.0);
    CHECK(cy.scores.mode(Mode::Type).f1 == 0.0);
    CHECK(*cy.category_accuracy == 0.0);
    CHECK(cy.found == std::vector<size_t>{1});
    CHECK(cy.missed == std::vector<size_t>{0});
    CHECK(cy.status == std::vector<MarkStatus>{MarkStatus::Found, MarkStatus::NotCounted});

    // Per key claim: K1 found by Ada, partly by Ben; K2 found by Ada and Cy.
    CHECK(r.claim_counts[0].found == 1);
    CHECK(r.claim_counts[0].partly == 1);
    CHECK(r.claim_counts[1].found == 2);
    CHECK(r.claim_counts[1].partly == 0);

    // Heat map (trimmed spans: "12%" ends before the %):
    //   [spending, parks) Ada | [parks, 12] Ada + Ben | "The mayor said" Ben | K2 Ada + Cy
    const size_t spending = pos_of("spending"), parks = pos_of("parks"), pct = pos_of("%"),
                 mayor = pos_of("The mayor"), staff = pos_of("40 staff"), go = pos_of(" would go") + 9;
    REQUIRE(r.heat.size() == 4);
    CHECK(r.heat[0].start == spending);
    CHECK(r.heat[0].end == parks);
    CHECK(r.heat[0].students == 1);
    CHECK(r.heat[1].start == parks);
    CHECK(r.heat[1].end == pct);
    CHECK(r.heat[1].students == 2);
    CHECK(r.heat[2].start == mayor);
    CHECK(r.heat[2].end == mayor + 14);
    CHECK(r.heat[2].students == 1);
    CHECK(r.heat[3].start == staff);
    CHECK(r.heat[3].end == go);
    CHECK(r.heat[3].students == 2);
    CHECK(r.heat_max == 2);

    // Who marked the stretch Ada and Ben share, and their notes.
    const std::vector<WhoMarked> who = model.who_marked(parks, parks + 1);
    REQUIRE(who.size() == 2);
    CHECK(r.students[who[0].student].name == "Ada");
    CHECK(r.students[who[1].student].name == "Ben");
    CHECK(r.students[who[1].student].annotations[who[1].annotation].note == "Real terms?");
    CHECK(model.who_marked(0, 5).empty());

    REQUIRE(r.alpha.overall.has_value());
    CHECK(*r.alpha.overall < 1.0);
    CHECK(r.alpha.categories.count("statistic") == 1);
    CHECK(r.alpha.categories.count("opinion") == 0);  // not counted, not compared
  }

  TEST_CASE("when the category must match, the wrong category does not find a claim") {
    ClassModel model;
    REQUIRE(model.set_key({"key.json", key_file(/*must_match=*/true)}));
    model.add_students(three_students());
    const StudentResult& cy = model.report().students[2];
    CHECK(cy.found.empty());
    CHECK(cy.missed == std::vector<size_t>{0, 1});
    CHECK(cy.status[0] == MarkStatus::Extra);
    CHECK(cy.mark_key[0] == 1u);  // it lies on K2, which the key calls a claim
    CHECK(model.report().claim_counts[1].found == 1);
  }

  TEST_CASE("files that must not be scored are reported by name; the others still load") {
    const core::Article a = article();
    Exercise other = exercise();
    other.id = "urn:uuid:99999999-2222-4333-8444-555555555555";
    other.title = "Another week";
    std::vector<InputFile> files = three_students();
    files.insert(files.begin() + 1, {"broken.json", "{\"type\": \"AnnotationCollection\", \"items\": ["});
    files.push_back({"other.json", hand_in("Dee", {mark(a, "12%", "statistic", "urn:x:d1")}, other)});
    files.push_back({"ada-again.json", hand_in("ada ", {mark(a, "The council", "claim", "urn:x:a9")})});
    files.push_back({"ben-copy.json", files[2].bytes});
    files.push_back({"key.json", key_file()});
    files.push_back({"blank.json", write_student_file(a, exercise())});
    ClassModel model;
    REQUIRE(model.set_key({"key.json", key_file()}));
    model.add_students(files);
    const ClassReport& r = model.report();
    REQUIRE(r.students.size() == 3);
    CHECK(r.students[0].name == "Ada");
    CHECK(r.students[1].name == "Ben");
    CHECK(r.students[2].name == "Cy");
    REQUIRE(r.problems.size() == 6);
    CHECK(r.problems[0].file == "broken.json");
    CHECK(r.problems[0].message.rfind("cannot be read: line 1, column ", 0) == 0);
    CHECK(r.problems[1].file == "other.json");
    CHECK(r.problems[1].name == "Dee");
    CHECK(r.problems[1].message ==
          "is for another exercise (\"Another week\", urn:uuid:99999999-2222-4333-8444-555555555555); "
          "the key is for \"Parks budget\" (urn:uuid:11111111-2222-4333-8444-555555555555)");
    CHECK(r.problems[2].message == "has the same name (ada ) as ada.json, which is scored; rename one of them to score both");
    CHECK(r.problems[3].message == "is a copy of ben.json (Ben), which is already scored");
    CHECK(r.problems[4].message == "is a key file, not a student's work");
    CHECK(r.problems[5].message == "is the exercise's blank student file, not handed-in work");
    // Nothing of them reached the class figures.
    CHECK(r.claim_counts[0].found == 1);
  }

  TEST_CASE("a student's document exported instead of handed in is scored as their work") {
    const core::Article a = article();
    // What File > Export writes for a student's document: the student file's exercise
    // property (with the name they gave) and their marks, without a hand-in time.
    ExerciseInfo info;
    info.kind = FileKind::Student;
    info.exercise = exercise();
    info.student = "Fay";
    core::ExportOptions options;
    options.extra["exercise"] = exercise_json(info);
    const std::string exported = core::export_w3c(a, {mark(a, "40 staff would go", "claim", "urn:x:f1")}, options);
    info.student.clear();
    core::ExportOptions unnamed = options;
    unnamed.extra["exercise"] = exercise_json(info);
    core::Annotation g = mark(a, "12%", "statistic", "urn:x:g1");
    g.author = "Gus";
    const std::string no_name = core::export_w3c(a, {g}, unnamed);
    Exercise other = exercise();
    other.id = "urn:uuid:99999999-2222-4333-8444-555555555555";
    info.exercise = other;
    info.student = "Hal";
    core::ExportOptions elsewhere = options;
    elsewhere.extra["exercise"] = exercise_json(info);
    const std::string other_exercise = core::export_w3c(a, {mark(a, "12%", "statistic", "urn:x:h1")}, elsewhere);

    ClassModel model;
    REQUIRE(model.set_key({"key.json", key_file()}));
    model.add_students({{"parks-budget.annotations.json", exported},
                        {"gus.annotations.json", no_name},
                        {"hal.annotations.json", other_exercise},
                        {"blank.json", write_student_file(a, exercise())}});
    const ClassReport& r = model.report();
    REQUIRE(r.students.size() == 2);
    CHECK(r.students[0].name == "Fay");
    CHECK(r.students[0].found == std::vector<size_t>{1});
    CHECK(r.students[1].name == "Gus");  // no name given: the marks' creator
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].file == "hal.annotations.json");
    CHECK(r.problems[0].message.rfind("is for another exercise", 0) == 0);
    CHECK(r.problems[1].message == "is the exercise's blank student file, not handed-in work");
  }

  TEST_CASE("a student on an edited copy of the article is anchored to the key's article") {
    const std::string edited = std::string("Parks budget\n\nUpdated at noon.\n\n") + (kText + 14);
    const core::Article theirs = article(edited);
    ClassModel model;
    REQUIRE(model.set_key({"key.json", key_file()}));
    model.add_students({{"dee.json", hand_in("Dee", {mark(theirs, "40 staff would go", "claim", "urn:x:d1"),
                                                     mark(theirs, "Updated at noon", "claim", "urn:x:d2")},
                                             exercise(), theirs)}});
    const StudentResult& dee = model.report().students.at(0);
    CHECK(dee.article_differs);
    CHECK(dee.anchoring.moved == 1);
    CHECK(dee.anchoring.orphaned == 1);
    CHECK(dee.found == std::vector<size_t>{1});
    CHECK(dee.status[1] == MarkStatus::NotPlaced);
    CHECK(dee.spans.size() == 1);
  }

  TEST_CASE("any annotation file can be the key and any can be a student's work") {
    const core::Article a = article();
    const std::string key = core::export_w3c(a, {mark(a, "12%", "statistic", "urn:x:k")});
    core::Annotation e = mark(a, "12%", "statistic", "urn:x:e");
    e.author = "Eve";
    ClassModel model;
    REQUIRE(model.set_key({"plain-key.json", key}));
    CHECK(model.report().key_info.kind == FileKind::Plain);
    model.add_students({{"folder/eve.annotations.json", core::export_w3c(a, {e})},
                        {"folder/nobody.annotations.json", core::export_w3c(a, {})}});
    const ClassReport& r = model.report();
    REQUIRE(r.students.size() == 2);
    CHECK(r.students[0].name == "Eve");                // the annotations' creator
    CHECK(r.students[1].name == "nobody");             // else the file's name
    CHECK(r.students[0].found == std::vector<size_t>{0});
    CHECK(r.students[1].scores.mode(Mode::Strict).recall == 0.0);
  }

  TEST_CASE("work from another tool, quotes without positions, is placed by anchoring and scored") {
    ClassModel model;
    REQUIRE(model.set_key({"key.json", key_file()}));
    const std::string hypothesis_style = R"([{
      "type": "Annotation", "id": "urn:x:h1", "creator": "acct:fay@example.org",
      "body": [{"type": "TextualBody", "purpose": "tagging", "value": "claim"}],
      "target": {"source": "https://example.org/parks",
                 "selector": [{"type": "TextQuoteSelector", "exact": "40 staff would go",
                               "prefix": "The mayor said ", "suffix": ". Critics"}]}}])";
    model.add_students({{"fay.json", hypothesis_style}});
    REQUIRE(model.report().students.size() == 1);
    const StudentResult& fay = model.report().students[0];
    CHECK(fay.name == "acct:fay@example.org");
    CHECK(fay.anchoring.moved + fay.anchoring.exact == 1);
    CHECK(fay.found == std::vector<size_t>{1});
  }

  TEST_CASE("a key that cannot be used is reported and nothing is scored") {
    ClassModel model;
    CHECK_FALSE(model.set_key({"k.json", "not json"}));
    CHECK_FALSE(model.report().key_errors.empty());
    model.add_students(three_students());
    CHECK(model.report().students.empty());
    CHECK(model.report().problems.size() == 3);
    CHECK_FALSE(model.set_key({"k.json", write_student_file(article(), exercise())}));
    CHECK(model.report().key_errors[0] == "is the exercise's student file, which holds no key; open the key file instead");
    const core::Article a = article();
    core::ExportOptions no_text;
    no_text.embed_article = false;
    CHECK_FALSE(model.set_key({"k.json", core::export_w3c(a, {mark(a, "12%", "statistic", "urn:x:k")}, no_text)}));
  }

  TEST_CASE("grades CSV: RFC 4180 quoting, CRLF, a row per student and per problem") {
    const core::Article a = article();
    core::Annotation e = mark(a, "40 staff would go", "claim", "urn:x:e");
    e.author = "Eve \"E\" Ng, Jr.";
    ClassModel model;
    REQUIRE(model.set_key({"key.json", key_file()}));
    std::vector<InputFile> files = three_students();
    files.push_back({"eve.json", core::export_w3c(a, {e})});
    files.push_back({"broken.json", "{"});
    model.add_students(files);
    const std::string csv = grades_csv(model.report());
    const std::string header =
        "student,file,annotations,scored,strict_precision,strict_recall,strict_f1,exact_precision,"
        "exact_recall,exact_f1,partial_precision,partial_recall,partial_f1,type_precision,type_recall,"
        "type_f1,category_accuracy,found,partly,missed,extra,alpha_vs_key,article_differs,not_placed,problem\r\n";
    CHECK(csv.rfind(header, 0) == 0);
    CHECK(csv.find("\r\nBen,ben.json,2,2,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000,0.2500,0.2500,0.2500,"
                   "0.5000,0.5000,0.5000,1.0000,0,1,1,1,") != std::string::npos);
    CHECK(csv.find("\r\n\"Eve \"\"E\"\" Ng, Jr.\",eve.json,1,1,") != std::string::npos);
    CHECK(csv.find("\r\n,broken.json,,,,,,,,,,,,,,,,,,,,,,,\"cannot be read: ") != std::string::npos);
    CHECK(csv.back() == '\n');
    CHECK(grades_csv(model.report(), true).rfind("\xEF\xBB\xBFstudent,", 0) == 0);
  }

  TEST_CASE("a feedback file: the key and the student's marks side by side, openable as annotations") {
    ClassModel model;
    REQUIRE(model.set_key({"key.json", key_file()}));
    model.add_students(three_students());
    const std::string bytes = feedback_file(model.report(), 1);
    CHECK(feedback_file_name(model.report(), 1) == "parks-budget-ben-feedback.json");
    const core::ImportResult r = core::import_w3c(bytes);
    REQUIRE(r.ok);
    const ExerciseRead e = read_exercise(r.extra);
    REQUIRE(e.errors.empty());
    CHECK(e.info.kind == FileKind::Feedback);
    CHECK(e.info.student == "Ben");
    CHECK(r.extra["feedback"]["partly"] == 1);
    CHECK(r.extra["feedback"]["modes"]["partial"]["f1"] == 0.25);
    REQUIRE(r.annotations.size() == 4);  // K1, K2 (the counted claims), then Ben's two marks
    CHECK(r.annotations[0].id == "urn:x:k1");
    CHECK(r.annotations[0].note == "Nominal, not real terms.");
    CHECK(r.annotations[0].extra["classroom"] ==
          nlohmann::json{{"role", "key"}, {"status", "partly"}, {"marks", {"urn:x:b1"}}});
    CHECK(r.annotations[1].extra["classroom"]["status"] == "missed");
    CHECK(r.annotations[2].id == "urn:x:b1");
    CHECK(r.annotations[2].extra["classroom"] ==
          nlohmann::json{{"role", "mark"}, {"status", "partly"}, {"key", "urn:x:k1"}});
    CHECK(r.annotations[3].extra["classroom"] == nlohmann::json{{"role", "mark"}, {"status", "extra"}});
    // A feedback file is not a student's work.
    model.add_students({{"fb.json", bytes}});
    CHECK(model.report().problems.back().message == "is a feedback file, not a student's work");
  }
}
