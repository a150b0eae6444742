// test_import_explain.cpp - import errors in plain words (the technical message stays
// available behind "Details" in the app).
#include <doctest/doctest.h>

#include <string>

#include "core/import_explain.h"
#include "core/w3c_format.h"

namespace {
std::string plain_for(const std::string& file) {
  const core::ImportResult r = core::import_w3c(file);
  REQUIRE_FALSE(r.ok);
  REQUIRE_FALSE(r.errors.empty());
  return core::plain_import_error(r.errors.front());
}
bool has_jargon(const std::string& s) {
  for (const char* word : {"AnnotationPage", "AnnotationCollection", "TextQuoteSelector", "items[", "JSON syntax", "expected"}) {
    if (s.find(word) != std::string::npos) return true;
  }
  return false;
}
}  // namespace

TEST_SUITE("import_explain") {
  TEST_CASE("what the importer reports, said without its jargon") {
    const std::string broken = plain_for("{\"type\": \"AnnotationCollection\", \"first\": ");
    CHECK(broken.find("damaged or incomplete") != std::string::npos);
    const std::string other = plain_for(R"({"title": "a shopping list"})");
    CHECK(other.find("not an annotation file") != std::string::npos);
    CHECK_FALSE(has_jargon(other));
    const std::string wrong_item = plain_for(R"([{"type": "Annotation", "target": {"selector": 5}}])");
    CHECK(wrong_item.find("Annotation 1") != std::string::npos);
    const std::string newer = plain_for(R"({"type": "AnnotationCollection", "formatVersion": 99, "first": {"type": "AnnotationPage", "items": []}})");
    CHECK(newer.find("newer version") != std::string::npos);
    for (const std::string& s : {broken, other, wrong_item, newer}) CHECK_FALSE(has_jargon(s));
  }

  TEST_CASE("anything else still gets a plain sentence") {
    CHECK(core::plain_import_error("something new: with.a.path") == "The file could not be read as annotations.");
    CHECK(core::plain_import_error("") == "The file could not be read as annotations.");
  }
}
