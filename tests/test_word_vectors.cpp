// test_word_vectors.cpp - the training tool's side of the word vector scores
// (tests/claims/train/vectors.h): reading a vector file, the mean vector it gives a
// sentence, and the table it writes for the app (src/core/claims/word_vectors.h).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "claims/train/vectors.h"
#include "core/claims/word_index.h"
#include "core/utf8.h"
#include "test_files.h"

namespace {

std::string temp_path(const char* name) { return std::string(P_tmpdir) + "/annotator-test-" + name; }

using test_files::read;
using test_files::write;

}  // namespace

TEST_SUITE("word vectors (training)") {
  TEST_CASE("a vector file: the first N words, a repeated word keeps its first vector") {
    const std::string f = temp_path("vectors.txt");
    write(f, "the 1 2\nquote\" 0.5 -1\n9lives 1 1\nthe 3 3\nextra 4 4\nmore 5 5\n");
    const train::WordVectors v = train::load_word_vectors(f, 4);
    REQUIRE(v.dims == 2);
    REQUIRE(v.words.size() == 4);  // the repeated "the" does not count; "more" is not read
    CHECK(v.words[0] == "the");
    CHECK(v.values[0] == 1.0f);
    CHECK(v.values[1] == 2.0f);
    CHECK(v.row.at("9lives") == 2);
    CHECK(v.row.at("extra") == 3);
    CHECK(v.values[3 * 2] == 4.0f);
    CHECK(v.values.size() == 4 * 2);
    CHECK(v.row.count("more") == 0);
    std::remove(f.c_str());
  }

  TEST_CASE("a malformed vector file is refused with its file and line") {
    const std::string f = temp_path("bad-vectors.txt");
    write(f, "the 1 2\nshort 1\n");
    bool threw = false;
    try {
      train::load_word_vectors(f, 10);
    } catch (const std::exception& e) {
      threw = true;
      CHECK(std::string(e.what()).find(f + ":2: expected a word and 2 numbers") != std::string::npos);
    }
    CHECK(threw);
    write(f, "");
    CHECK_THROWS_WITH_AS(train::load_word_vectors(f, 10), doctest::Contains("no word vectors"), std::runtime_error);
    CHECK_THROWS_WITH_AS(train::load_word_vectors(temp_path("absent.txt"), 10),
                         doctest::Contains("build-vectors.mjs"), std::runtime_error);
    std::remove(f.c_str());
  }

  TEST_CASE("a sentence gets the mean vector of the words the file knows") {
    const std::string f = temp_path("mean-vectors.txt");
    write(f, "tons 2 0\ncopper 0 4\n");
    const train::WordVectors v = train::load_word_vectors(f, 10);
    std::remove(f.c_str());
    std::vector<train::Doc> docs(1);
    train::Doc& d = docs[0];
    d.text = utf8::decode("Ten tons of copper, said nobody.");
    train::Unit u;
    u.sf.sentence.start = 0;
    u.sf.sentence.end = d.text.size();
    d.units.push_back(u);
    train::add_vector_features(docs, v, 100, 3.0);
    const core::claims::FeatureVec& x = d.units[0].sf.features;
    REQUIRE(x.index.size() == 2);
    CHECK(x.index[0] == 100);
    CHECK(x.value[0] == doctest::Approx(3.0 * (2 + 0) / 2));  // two known words, times the scale
    CHECK(x.index[1] == 101);
    CHECK(x.value[1] == doctest::Approx(3.0 * (0 + 4) / 2));
  }

  TEST_CASE("the table written for the app: each word's vector times the weights, escaped for C++") {
    const std::string f = temp_path("table-vectors.txt"), out = temp_path("word_vector_table.cpp");
    write(f, "the 1 2\nquote\"back\\ 0.5 -1\n9lives 1 1\n");
    const train::WordVectors v = train::load_word_vectors(f, 10);
    const std::vector<double> w = {7, 7, 1, 2};  // the mean vector's weights start at index 2
    const train::WrittenTable t = train::write_word_vector_table(v, w, 2, 1.0, out, "a test");
    CHECK(t.top == doctest::Approx(5));  // "the": 1*1 + 2*2
    const std::string cpp = read(out);
    // A quotation mark and a backslash are escaped; a word starting with a digit opens a new
    // literal, or "\0" and its digits would read as one octal escape.
    CHECK(cpp.find(R"("the\0quote\"back\\\0" "9lives\0")") != std::string::npos);
    // Scores in 16 bits of the largest: 5 -> 32767, 0.5 - 2 = -1.5 -> -9830, 1 + 2 = 3 -> 19660.
    CHECK(cpp.find("32767, -9830, 19660,") != std::string::npos);
    CHECK(cpp.find("kWordVectorTable = {kWords, kScores, 3,") != std::string::npos);
    // The fingerprint the model's table records is that of the words and scores written.
    const uint16_t written[] = {32767, static_cast<uint16_t>(-9830), 19660};
    CHECK(t.fingerprint == core::claims::word_table_fingerprint({"the", "quote\"back\\", "9lives"}, written));
    const uint16_t other[] = {32767, static_cast<uint16_t>(-9831), 19660};
    CHECK(t.fingerprint != core::claims::word_table_fingerprint({"the", "quote\"back\\", "9lives"}, other));
    std::remove(f.c_str());
    std::remove(out.c_str());
  }
}
