// test_classroom_golden.cpp - the example exercise of docs/CLASSROOM.md, kept as files in
// tests/data/classroom/: the student file, the key, three hand-ins (right, partly right,
// wrong), one for another exercise, and a feedback file. Each is regenerated here and
// compared byte for byte; tests/cli/classroom.sh scores them and runs the W3C checker on
// them. Run with ANNOTATOR_WRITE_GOLDEN=1 to rewrite them after a deliberate change.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "core/classroom/class_exports.h"
#include "core/classroom/class_model.h"
#include "core/selection.h"
#include "core/utf8.h"
#include "test_files.h"

using namespace core::classroom;

namespace {

const char* kArticle =
    "Parks budget cut by 12% in 2025\n\n"
    "The city council cut spending on parks by 12% this year, the mayor said on Monday. About "
    "40 park staff will lose their jobs, according to the union.\n\n"
    "Council members called the cut \xE2\x80\x9Cunavoidable\xE2\x80\x9D. The parks department has run "
    "a deficit for three years in a row.\n";

core::Article article() { return *core::make_article(kArticle, "", "https://news.example.org/parks").article; }

core::Annotation mark(const std::string& quote, const std::string& category, const std::string& id_suffix,
                      const std::string& note = "", core::Verdict verdict = core::Verdict::Unverified) {
  const core::Article a = article();
  const std::u32string q = utf8::decode(quote);
  const size_t at = a.cps.find(q);
  REQUIRE(at != std::u32string::npos);
  core::Annotation ann = core::make_annotation(a, at, at + q.size(), category);
  ann.id = "urn:uuid:00000000-0000-4000-a000-0000000000" + id_suffix;
  ann.note = note;
  ann.verdict = verdict;
  ann.created = ann.modified = "2026-12-01T09:00:00Z";
  return ann;
}

Exercise exercise() {
  Exercise e;
  e.id = "urn:uuid:5c1a55e0-7d3a-4c2b-9f1e-2a6b8c0d4e11";
  e.title = "Parks budget: what needs checking?";
  e.instructions =
      "Read the article and mark every statement a fact-checker should check. Use Statistic "
      "for numbers and Claim for other factual statements. Add a note saying how you would check it.";
  e.settings.categories = {"claim", "statistic"};
  e.settings.claim_suggestions = false;  // as a new exercise: students find the claims themselves
  return e;
}

std::vector<core::Annotation> key() {
  core::Annotation k1 = mark("spending on parks by 12%", "statistic", "f1",
                             "12% is the nominal cut; adjusted for inflation it is closer to 15%. "
                             "Check the council's published budget.",
                             core::Verdict::Misleading);
  k1.author = "Ms Rivera";
  core::Annotation k2 = mark("About 40 park staff will lose their jobs", "claim", "f2",
                             "Only the union's figure; the council has not confirmed it.",
                             core::Verdict::Unsupported);
  k2.author = "Ms Rivera";
  core::Annotation k3 = mark("run a deficit for three years in a row", "claim", "f3",
                             "The audited accounts show a deficit in 2023 and 2024 only.", core::Verdict::False);
  k3.author = "Ms Rivera";
  return {k1, k2, k3};
}

std::string hand_in(const std::string& name, std::vector<core::Annotation> marks, const Exercise& ex = exercise()) {
  return write_hand_in(article(), ex, name, std::move(marks), "2026-12-01T10:00:00Z");
}

struct Golden {
  const char* file;
  std::string bytes;
};

std::vector<Golden> golden_files() {
  std::vector<Golden> out;
  out.push_back({"student.json", write_student_file(article(), exercise())});
  out.push_back({"key.json", write_key_file(article(), exercise(), key())});
  out.push_back({"ada.json", hand_in("Ada", {mark("spending on parks by 12%", "statistic", "a1", "Budget papers"),
                                              mark("About 40 park staff will lose their jobs", "claim", "a2",
                                                   "Ask the council"),
                                              mark("run a deficit for three years in a row", "claim", "a3",
                                                   "Audited accounts")})});
  out.push_back({"ben.json", hand_in("Ben", {mark("parks by 12%", "statistic", "b1", "Is 12% real?"),
                                              mark("40 park staff", "statistic", "b2"),
                                              mark("the mayor said on Monday", "claim", "b3")})});
  out.push_back({"cy.json", hand_in("Cy", {mark("the mayor said on Monday", "claim", "c1"),
                                            mark("\xE2\x80\x9Cunavoidable\xE2\x80\x9D", "opinion", "c2",
                                                 "Whose word is this?")})});
  Exercise other = exercise();
  other.id = "urn:uuid:0b7e9c2a-1f3d-4e5a-8b6c-7d8e9f0a1b2c";
  other.title = "Week 2: the zoo story";
  out.push_back({"other-exercise.json", hand_in("Dee", {mark("About 40 park staff", "statistic", "d1")}, other)});
  ClassModel model;
  REQUIRE(model.set_key({"key.json", out[1].bytes}));
  model.add_students({{"ada.json", out[2].bytes}, {"ben.json", out[3].bytes}, {"cy.json", out[4].bytes}});
  REQUIRE(model.report().students.size() == 3);
  out.push_back({"feedback-ben.json", feedback_file(model.report(), 1)});
  return out;
}

}  // namespace

TEST_SUITE("classroom: example files") {
  TEST_CASE("the example exercise's files are written byte for byte") {
    const std::string dir = std::string(ANNOTATOR_SOURCE_DIR) + "/tests/data/classroom/";
    for (const Golden& g : golden_files()) {
      CAPTURE(g.file);
      if (std::getenv("ANNOTATOR_WRITE_GOLDEN")) std::ofstream(dir + g.file, std::ios::binary) << g.bytes;
      CHECK(g.bytes == test_files::read(dir + g.file));
    }
  }
}
