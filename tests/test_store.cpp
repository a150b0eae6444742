// test_store.cpp - the annotation store: ordering, add/update/remove, undo/redo (a new edit
// clears redo, replace_all is one step), ids, revisions, and position queries checked against
// a brute-force scan on random data.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "core/store.h"

using core::Annotation;
using core::AnnotationStore;

namespace {

Annotation ann(size_t start, size_t end, std::string id = {}) {
  Annotation a;
  a.id = std::move(id);
  a.start = start;
  a.end = end;
  a.exact = "q";
  return a;
}

std::vector<std::string> ids(const AnnotationStore& s) {
  std::vector<std::string> out;
  for (const auto& a : s.annotations()) out.push_back(a.id);
  return out;
}

std::vector<size_t> brute_at(const AnnotationStore& s, size_t pos) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.annotations().size(); ++i)
    if (s.annotations()[i].start <= pos && pos < s.annotations()[i].end) out.push_back(i);
  return out;
}

std::vector<size_t> brute_overlapping(const AnnotationStore& s, size_t a, size_t b) {
  if (b <= a) return brute_at(s, a);
  std::vector<size_t> out;
  for (size_t i = 0; i < s.annotations().size(); ++i) {
    const auto& x = s.annotations()[i];
    const bool hit = x.start == x.end ? (a <= x.start && x.start < b) : (x.start < b && x.end > a);
    if (hit) out.push_back(i);
  }
  return out;
}

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("annotations are kept sorted by (start, end, id)") {
    AnnotationStore s;
    s.add(ann(5, 9, "urn:uuid:c"));
    s.add(ann(1, 4, "urn:uuid:b"));
    s.add(ann(5, 7, "urn:uuid:d"));
    s.add(ann(5, 7, "urn:uuid:a"));
    CHECK(ids(s) == std::vector<std::string>{"urn:uuid:b", "urn:uuid:a", "urn:uuid:d",
                                             "urn:uuid:c"});
    CHECK(s.index_of("urn:uuid:d") == 2u);
    REQUIRE(s.find("urn:uuid:c") != nullptr);
    CHECK(s.find("urn:uuid:c")->end == 9);
    CHECK(s.find("nope") == nullptr);
    CHECK_FALSE(s.index_of("nope").has_value());
  }

  TEST_CASE("add fills id, created and modified; a taken id is replaced") {
    AnnotationStore s;
    const std::string id1 = s.add(ann(0, 1));
    CHECK(id1.rfind("urn:uuid:", 0) == 0);
    const Annotation* a = s.find(id1);
    REQUIRE(a);
    CHECK(a->created.size() == 20);
    CHECK(a->modified == a->created);

    const std::string id2 = s.add(ann(2, 3, id1));
    CHECK(id2 != id1);
    CHECK(s.size() == 2);

    Annotation kept = ann(9, 4, "urn:uuid:x");
    kept.created = "2020-01-01T00:00:00Z";
    s.add(kept);
    const Annotation* k = s.find("urn:uuid:x");
    REQUIRE(k);
    CHECK(k->created == "2020-01-01T00:00:00Z");
    CHECK(k->modified == "2020-01-01T00:00:00Z");
    CHECK(k->start == 4);  // reversed range swapped
    CHECK(k->end == 9);
  }

  TEST_CASE("update, remove, undo and redo") {
    AnnotationStore s;
    CHECK_FALSE(s.can_undo());
    CHECK_FALSE(s.undo());
    CHECK_FALSE(s.redo());

    Annotation a = ann(10, 20, "urn:uuid:a");
    a.created = a.modified = "2020-01-01T00:00:00Z";
    s.add(a);
    s.add(ann(0, 5, "urn:uuid:b"));
    REQUIRE(s.size() == 2);

    SUBCASE("update replaces, moves in the order and sets modified") {
      Annotation edited = *s.find("urn:uuid:a");
      edited.note = "checked";
      edited.start = 0;
      edited.end = 3;
      CHECK(s.update(edited));
      CHECK(ids(s) == std::vector<std::string>{"urn:uuid:a", "urn:uuid:b"});
      CHECK(s.find("urn:uuid:a")->note == "checked");
      CHECK(s.find("urn:uuid:a")->created == "2020-01-01T00:00:00Z");
      CHECK(s.find("urn:uuid:a")->modified != "2020-01-01T00:00:00Z");

      CHECK(s.undo());
      CHECK(s.find("urn:uuid:a")->note.empty());
      CHECK(s.find("urn:uuid:a")->start == 10);
      CHECK(s.find("urn:uuid:a")->modified == "2020-01-01T00:00:00Z");
      CHECK(ids(s) == std::vector<std::string>{"urn:uuid:b", "urn:uuid:a"});
      CHECK(s.redo());
      CHECK(s.find("urn:uuid:a")->note == "checked");
      CHECK(s.find("urn:uuid:a")->start == 0);

      Annotation ghost = ann(1, 2, "urn:uuid:ghost");
      CHECK_FALSE(s.update(ghost));
    }

    SUBCASE("remove and undo brings it back unchanged") {
      CHECK(s.remove("urn:uuid:a"));
      CHECK(s.find("urn:uuid:a") == nullptr);
      CHECK_FALSE(s.remove("urn:uuid:a"));
      CHECK(s.undo());
      REQUIRE(s.find("urn:uuid:a"));
      CHECK(s.find("urn:uuid:a")->created == "2020-01-01T00:00:00Z");
      CHECK(s.redo());
      CHECK(s.find("urn:uuid:a") == nullptr);
    }

    SUBCASE("undo all the way back and redo all the way forward") {
      CHECK(s.undo());
      CHECK(s.undo());
      CHECK(s.size() == 0);
      CHECK_FALSE(s.can_undo());
      CHECK(s.redo());
      CHECK(s.redo());
      CHECK(ids(s) == std::vector<std::string>{"urn:uuid:b", "urn:uuid:a"});
      CHECK_FALSE(s.can_redo());
    }

    SUBCASE("a new edit after undo clears redo") {
      CHECK(s.undo());
      CHECK(s.can_redo());
      s.add(ann(7, 8, "urn:uuid:c"));
      CHECK_FALSE(s.can_redo());
      CHECK_FALSE(s.redo());
      CHECK(ids(s) == std::vector<std::string>{"urn:uuid:c", "urn:uuid:a"});
    }

    SUBCASE("clear_history forgets both directions") {
      CHECK(s.undo());
      s.clear_history();
      CHECK_FALSE(s.can_undo());
      CHECK_FALSE(s.can_redo());
      CHECK(s.size() == 1);
    }
  }

  TEST_CASE("replace_all is one undo step; duplicate and missing ids get fresh ones") {
    AnnotationStore s;
    s.add(ann(1, 2, "urn:uuid:old1"));
    s.add(ann(3, 4, "urn:uuid:old2"));
    s.replace_all({ann(9, 12, "urn:uuid:n"), ann(0, 2, "urn:uuid:n"), ann(5, 6)});
    REQUIRE(s.size() == 3);
    CHECK(s.annotations()[0].start == 0);
    std::vector<std::string> now = ids(s);
    std::sort(now.begin(), now.end());
    CHECK(std::unique(now.begin(), now.end()) == now.end());
    CHECK(s.find("urn:uuid:old1") == nullptr);

    CHECK(s.undo());
    CHECK(ids(s) == std::vector<std::string>{"urn:uuid:old1", "urn:uuid:old2"});
    CHECK(s.redo());
    CHECK(s.size() == 3);
    CHECK(s.find("urn:uuid:old1") == nullptr);

    s.replace_all({});  // clear
    CHECK(s.size() == 0);
    CHECK(s.undo());
    CHECK(s.size() == 3);
  }

  TEST_CASE("revision changes on every mutation, undo and redo") {
    AnnotationStore s;
    std::vector<uint64_t> seen = {s.revision()};
    const std::string id = s.add(ann(0, 1));
    seen.push_back(s.revision());
    Annotation a = *s.find(id);
    a.note = "x";
    s.update(a);
    seen.push_back(s.revision());
    s.undo();
    seen.push_back(s.revision());
    s.redo();
    seen.push_back(s.revision());
    s.remove(id);
    seen.push_back(s.revision());
    s.replace_all({});
    seen.push_back(s.revision());
    for (size_t i = 1; i < seen.size(); ++i) CHECK(seen[i] > seen[i - 1]);
    const uint64_t r = s.revision();
    s.remove("missing");
    CHECK(s.revision() == r);  // nothing changed, nothing to redraw
  }

  TEST_CASE("history is bounded") {
    AnnotationStore s;
    for (size_t i = 0; i < AnnotationStore::kMaxHistory + 20; ++i) s.add(ann(i, i + 1));
    size_t undone = 0;
    while (s.undo()) ++undone;
    CHECK(undone == AnnotationStore::kMaxHistory);
    CHECK(s.size() == 20);
  }

  TEST_CASE("history of large replace_all steps is bounded by the annotations it holds") {
    AnnotationStore s;
    std::vector<Annotation> big(60000, ann(0, 1));
    for (size_t i = 0; i < big.size(); ++i) big[i].id = "urn:uuid:" + std::to_string(i);
    s.add(ann(5, 6, "urn:uuid:first"));
    s.replace_all(big);  // step holds 1 + 60,000 annotations
    s.replace_all({});   // 60,000 + 0
    s.replace_all(big);  // 0 + 60,000
    s.replace_all(big);  // 60,000 + 60,000: 300,002 with the add, over the 200,000 budget
    size_t undone = 0;
    while (s.undo()) ++undone;
    CHECK(undone == 2);  // the add and the first two imports were dropped (180,000 remain)
    CHECK(s.size() == 0);  // back to the state after the clear
  }

  TEST_CASE("position queries on small hand-made cases") {
    AnnotationStore s;
    s.add(ann(0, 10, "urn:uuid:a"));   // long
    s.add(ann(2, 4, "urn:uuid:b"));
    s.add(ann(4, 4, "urn:uuid:e"));    // empty
    s.add(ann(4, 6, "urn:uuid:c"));    // touches b
    s.add(ann(20, 30, "urn:uuid:d"));
    // order: a(0,10) b(2,4) e(4,4) c(4,6) d(20,30)
    CHECK(s.at(3) == std::vector<size_t>{0, 1});
    CHECK(s.at(4) == std::vector<size_t>{0, 3});   // end exclusive, empty never holds
    CHECK(s.at(10).empty());
    CHECK(s.at(29) == std::vector<size_t>{4});
    CHECK(s.at(30).empty());
    CHECK(s.overlapping(4, 5) == std::vector<size_t>{0, 2, 3});  // empty one at 4 included
    CHECK(s.overlapping(6, 20).empty() == false);
    CHECK(s.overlapping(10, 20).empty());
    CHECK(s.overlapping(0, 100) == std::vector<size_t>{0, 1, 2, 3, 4});
    CHECK(s.overlapping(3, 3) == s.at(3));
  }

  TEST_CASE("position queries match a brute-force scan on random data") {
    std::mt19937 rng(12345);
    for (int round = 0; round < 20; ++round) {
      AnnotationStore s;
      const size_t text_len = 50 + rng() % 500;
      const size_t count = rng() % 200;
      std::vector<Annotation> all;
      for (size_t i = 0; i < count; ++i) {
        const size_t start = rng() % text_len;
        const size_t len = (rng() % 4 == 0) ? rng() % (text_len - start + 1) : rng() % 12;
        all.push_back(ann(start, std::min(text_len, start + len)));
      }
      if (round % 2) {
        s.replace_all(all);
      } else {
        for (auto& a : all) s.add(a);
        // Remove some so the index is rebuilt after deletions too.
        for (size_t i = 0; i < count / 5; ++i) s.remove(s.annotations()[rng() % s.size()].id);
      }
      for (size_t pos = 0; pos <= text_len + 1; ++pos) REQUIRE(s.at(pos) == brute_at(s, pos));
      for (int q = 0; q < 300; ++q) {
        const size_t a = rng() % (text_len + 2), b = rng() % (text_len + 2);
        REQUIRE(s.overlapping(a, b) == brute_overlapping(s, a, b));
      }
    }
  }

  TEST_CASE("queries stay fast with 10,000 annotations on a 5 MB article") {
    std::mt19937 rng(7);
    const size_t text_len = 5'000'000;
    std::vector<Annotation> all;
    for (size_t i = 0; i < 10000; ++i) {
      const size_t start = rng() % text_len;
      all.push_back(ann(start, std::min(text_len, start + 1 + rng() % 400)));
    }
    all.push_back(ann(0, text_len));  // one covering everything defeats a naive running max
    AnnotationStore s;
    s.replace_all(all);
    const int queries = 20000;
    size_t found = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (int q = 0; q < queries; ++q) {
      const size_t pos = rng() % text_len;
      found += s.at(pos).size();
      found += s.overlapping(pos, pos + 3000).size();
    }
    const double us = std::chrono::duration<double, std::micro>(
                          std::chrono::steady_clock::now() - t0).count() / queries;
    MESSAGE("at()+overlapping() on 10,001 annotations: " << us << " us per pair");
    CHECK(found > 0);
    CHECK(us < 100.0);  // the budget is 100 us per query; typical is a few us
  }
}
