// test_annotation_merge.cpp - how lists of annotations combine: an import joining a
// document, two copies changed apart (three-way, by id), and the undo of a whole-list step
// that leaves alone what arrived since (store.assign).
#include <doctest/doctest.h>

#include "core/annotation_merge.h"
#include "core/store.h"

using core::Annotation;

namespace {
Annotation ann(const std::string& id, size_t start, const std::string& note = "",
               const std::string& modified = "2026-01-01T00:00:00Z") {
  Annotation a;
  a.id = id;
  a.start = start;
  a.end = start + 2;
  a.exact = "xx";
  a.note = note;
  a.created = "2026-01-01T00:00:00Z";
  a.modified = modified;
  return a;
}

std::string notes(const std::vector<Annotation>& v) {
  std::string out;
  for (const auto& a : v) out += a.id + "=" + a.note + ";";
  return out;
}
}  // namespace

TEST_SUITE("annotation merge") {
  TEST_CASE("an import replaces the same ids and adds the others") {
    auto out = core::merge_import({ann("a", 1, "old"), ann("b", 2)}, {ann("a", 1, "new"), ann("c", 3), ann("", 4)});
    REQUIRE(out.size() == 4);
    CHECK(out[0].note == "new");
    CHECK(out[2].id == "c");
    CHECK(out[3].id.rfind("urn:uuid:", 0) == 0);
  }

  TEST_CASE("collection properties: the document keeps its own, takes what it lacks") {
    nlohmann::json mine = {{"id", "urn:mine"}};
    auto out = core::merge_collection_properties(mine, {{"id", "urn:file"}, {"x:y", 1}});
    CHECK(out["id"] == "urn:mine");
    CHECK(out["x:y"] == 1);
  }

  TEST_CASE("three-way: one-sided changes are taken, both sides' additions kept") {
    const std::vector<Annotation> base = {ann("a", 1), ann("b", 2), ann("c", 3)};
    const std::vector<Annotation> mine = {ann("a", 1, "mine"), ann("b", 2), ann("c", 3), ann("m", 9)};
    const std::vector<Annotation> theirs = {ann("a", 1), ann("c", 3, "theirs"), ann("t", 8)};  // b deleted
    auto m = core::merge_three_way(base, mine, theirs);
    CHECK(notes(m.annotations) == "a=mine;c=theirs;m=;t=;");
    CHECK(m.conflicts.empty());
  }

  TEST_CASE("three-way: both changed the same one, the later wins and it is reported") {
    const std::vector<Annotation> base = {ann("a", 1)};
    auto m = core::merge_three_way(base, {ann("a", 1, "mine", "2026-02-01T00:00:00Z")},
                                   {ann("a", 1, "theirs", "2026-03-01T00:00:00Z")});
    CHECK(notes(m.annotations) == "a=theirs;");
    CHECK(m.conflicts == std::vector<std::string>{"a"});
  }

  TEST_CASE("three-way: an edit wins over a deletion on the other side") {
    auto m = core::merge_three_way({ann("a", 1)}, {}, {ann("a", 1, "edited")});
    CHECK(notes(m.annotations) == "a=edited;");
    CHECK(m.conflicts.size() == 1);
  }

  TEST_CASE("three-way with nothing in common deletes nothing") {
    auto m = core::merge_three_way({}, {ann("a", 1)}, {ann("b", 2)});
    CHECK(notes(m.annotations) == "a=;b=;");
  }

  TEST_CASE("sets: additions and removals of both sides apply to the base") {
    auto s = core::merge_sets_three_way({"1", "2"}, {"1", "2", "3"}, {"2"});
    CHECK(s == std::set<std::string>{"2", "3"});
  }

  TEST_CASE("undoing an import leaves alone what another tab added since") {
    core::AnnotationStore st;
    st.add(ann("a", 1));
    st.replace_all({ann("a", 1), ann("i", 5)});  // an import: one step
    auto now = st.annotations();
    now.push_back(ann("remote", 7));
    st.assign(now);  // arrived from another tab: no step
    REQUIRE(st.undo());
    CHECK(notes(st.annotations()) == "a=;remote=;");
    REQUIRE(st.redo());
    CHECK(notes(st.annotations()) == "a=;i=;remote=;");
  }
}
