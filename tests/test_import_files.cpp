// test_import_files.cpp - several files at once: each read whole or not at all, ids met
// twice reported and never merged silently, the same file twice imported once.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/import_files.h"

using nlohmann::json;

namespace {

std::string one(const std::string& id, const std::string& note) {
  return json{{"type", "Annotation"},
              {"id", id},
              {"bodyValue", note},
              {"target", {{"selector", {{"type", "TextQuoteSelector"}, {"exact", "12%"}}}}}}
      .dump();
}

}  // namespace

TEST_SUITE("import_files") {
  TEST_CASE("files are read each on its own; a bad one is named and adds nothing") {
    const std::string a = one("urn:x:1", "first"), bad = "{\"items\": [", b = one("urn:x:2", "second");
    const core::ImportBatch batch = core::import_files({{"a.json", a}, {"bad.json", bad}, {"b.json", b}});
    CHECK(batch.failed_files == 1);
    CHECK_FALSE(batch.all_ok());
    REQUIRE(batch.files.size() == 3);
    CHECK(batch.files[1].name == "bad.json");
    CHECK_FALSE(batch.files[1].result.ok);
    CHECK(batch.files[1].result.errors[0].find("JSON syntax error") != std::string::npos);
    REQUIRE(batch.annotations.size() == 2);
    CHECK(batch.annotations[0].note == "first");
    CHECK(batch.annotations[1].note == "second");
    CHECK(batch.files[0].added == 1);
    CHECK(batch.notices.empty());
  }

  TEST_CASE("an id met twice with different content: both kept, reported") {
    const std::string a = one("urn:x:1", "first"), b = one("urn:x:1", "changed by a colleague");
    const core::ImportBatch batch = core::import_files({{"a.json", a}, {"b.json", b}});
    REQUIRE(batch.annotations.size() == 2);
    CHECK(batch.annotations[0].id == "urn:x:1");
    CHECK(batch.annotations[1].id != "urn:x:1");
    CHECK(batch.annotations[1].note == "changed by a colleague");
    REQUIRE(batch.notices.size() == 1);
    CHECK(batch.notices[0] == "b.json: the annotation: its id urn:x:1 is also used by a.json the "
                              "annotation, which says something else; imported beside it as " +
                                  batch.annotations[1].id);
    // Derived, so importing the same files again gives the same ids.
    CHECK(core::import_files({{"a.json", a}, {"b.json", b}}).annotations[1].id == batch.annotations[1].id);
  }

  TEST_CASE("the same annotation twice (the same file dropped twice) is imported once") {
    const std::string a = one("urn:x:1", "first");
    const core::ImportBatch batch = core::import_files({{"a.json", a}, {"copy.json", a}});
    CHECK(batch.annotations.size() == 1);
    CHECK(batch.notices == std::vector<std::string>{
                               "copy.json: the annotation: the same annotation as a.json the "
                               "annotation (id urn:x:1); imported once"});
  }

  TEST_CASE("ids already in the document count too") {
    const core::Annotation there = core::import_w3c(one("urn:x:1", "mine")).annotations[0];
    const core::ImportBatch batch =
        core::import_files({{"theirs.json", one("urn:x:1", "theirs")}}, {there});
    REQUIRE(batch.annotations.size() == 1);
    CHECK(batch.annotations[0].id != "urn:x:1");
    CHECK(batch.notices[0].find("is also used by the document") != std::string::npos);
    const core::ImportBatch again = core::import_files({{"mine.json", one("urn:x:1", "mine")}}, {there});
    CHECK(again.annotations.empty());
    CHECK(again.notices[0].find("the same annotation as the document") != std::string::npos);
  }

  TEST_CASE("each file's notices come through, named") {
    const std::string page_note =
        json{{"type", "Annotation"}, {"id", "urn:x:9"}, {"target", "https://news.example.org/x"}}.dump();
    const core::ImportBatch batch = core::import_files({{"p.json", page_note}});
    REQUIRE(batch.notices.size() == 1);
    CHECK(batch.notices[0].rfind("p.json: the annotation: kept but not placed", 0) == 0);
  }
}
