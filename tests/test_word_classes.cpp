// test_word_classes.cpp - the compiled-in word class table (src/core/claims/word_classes.h),
// the induction that writes it (tests/claims/train/word_class_induction.h) and the features
// that use it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "claims/train/word_class_induction.h"
#include "core/claims/features.h"
#include "core/claims/word_classes.h"

using namespace core::claims;

namespace {

std::vector<std::string> table_words() {
  std::vector<std::string> words;
  const char* p = kWordClassTable.words;
  for (size_t i = 0; i < kWordClassTable.count; ++i, p += words.back().size() + 1) words.emplace_back(p);
  return words;
}

}  // namespace

TEST_SUITE("word classes") {
  TEST_CASE("the compiled-in table: sorted, unique, and every word finds its own class") {
    const std::vector<std::string> words = table_words();
    REQUIRE(words.size() > 10000);
    CHECK(word_class_count() == kWordClassTable.class_count);
    CHECK(word_class_count() >= 64);
    for (size_t i = 0; i < words.size(); ++i) {
      if (i) REQUIRE(words[i - 1] < words[i]);
      REQUIRE(word_class(words[i]) == kWordClassTable.classes[i]);
      REQUIRE(kWordClassTable.classes[i] < word_class_count());
    }
    size_t bytes = kWordClassTable.count * sizeof(uint16_t);
    for (const std::string& w : words) bytes += w.size() + 1;
    CHECK(bytes <= 200 * 1024);  // with the weights, "a few hundred kB at most"
    CHECK(word_class("said") >= 0);
    CHECK(word_class("") == -1);
    CHECK(word_class("qzxvbnotaword") == -1);
    CHECK(word_class("Said") == -1);  // the table holds lowercase forms only
  }

  TEST_CASE("a table set for training replaces the compiled-in one until it is cleared") {
    const int said = word_class("said");
    use_word_classes({"qalpha", "qbeta"}, {3, 5}, 8);
    CHECK(word_class("qalpha") == 3);
    CHECK(word_class("qbeta") == 5);
    CHECK(word_class("said") == -1);
    CHECK(word_class_count() == 8);
    use_word_classes({}, {}, 0);
    CHECK(word_class("said") == said);
    CHECK(word_class("qalpha") == -1);
  }

  TEST_CASE("induction: words used in the same contexts share a class, others do not") {
    // Three animals that bark after "the" and three verbs between "we" and "quickly", in equal
    // measure, over several texts.
    std::string text;
    const char* animals[] = {"dog", "fox", "wolf"};
    const char* verbs[] = {"ran", "ate", "left"};
    for (int t = 0; t < 3; ++t) {
      if (t) text += "\n\f\n";
      for (int i = 0; i < 60; ++i) {
        text += std::string("The ") + animals[i % 3] + " barked. We " + verbs[i % 3] + " quickly.";
        text += i % 6 == 5 ? "\n\n" : " ";
      }
    }
    train::ClassOptions o;
    o.classes = 6;
    o.dims = 4;
    o.min_count = 10;
    const train::WordClasses w = train::induce_word_classes(text, o);
    auto cls = [&](const std::string& word) {
      for (size_t i = 0; i < w.words.size(); ++i)
        if (w.words[i] == word) return static_cast<int>(w.classes[i]);
      return -1;
    };
    CHECK(w.words == std::vector<std::string>{"ate", "barked", "dog", "fox", "left", "quickly", "ran", "the", "we", "wolf"});
    CHECK(w.tokens == 3 * 60 * 6);
    CHECK(cls("dog") == cls("fox"));
    CHECK(cls("dog") == cls("wolf"));
    CHECK(cls("ran") == cls("ate"));
    CHECK(cls("ran") == cls("left"));
    CHECK(cls("dog") != cls("ran"));
    CHECK(cls("dog") != cls("barked"));
  }

  TEST_CASE("features: words of one class give the same class features; words without a class their own") {
    use_word_classes({"dog", "fox"}, {1, 1}, 2);
    FeatureConfig only;
    only.cues = only.hand = only.words = only.word_bigrams = only.shape_trigrams = false;
    only.word_classes = true;
    auto features = [&](const char32_t* text) {
      const auto s = text_features(text, only);
      REQUIRE(s.size() == 1);
      std::vector<uint32_t> index = s[0].features.index;
      std::sort(index.begin(), index.end());
      return index;
    };
    const auto dog = features(U"The dog barked loudly.");
    CHECK(dog.size() == 5 + 6);  // four words and a mark; six pairs with the start and end
    CHECK(dog == features(U"The fox barked loudly."));
    CHECK(dog != features(U"The cat barked loudly."));
    only.word_classes = false;
    only.words = true;
    CHECK(features(U"The dog barked loudly.") != features(U"The fox barked loudly."));
    use_word_classes({}, {}, 0);
  }
}
