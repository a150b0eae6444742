// word_classes.cpp - looks words up in the compiled-in class table (or the one training set)
// through a WordIndex built on first use.
#include "core/claims/word_classes.h"

#include "core/claims/word_index.h"

namespace core::claims {
namespace {

struct Classes {
  std::vector<std::string_view> words;
  WordIndex index;
  const uint16_t* classes = nullptr;
  int class_count = 0;
  // Only for use_word_classes: the storage `words` point into.
  std::vector<std::string> own_words;
  std::vector<uint16_t> own_classes;
};

Classes compiled() {
  Classes c;
  const WordClassTable& t = kWordClassTable;
  c.words = split_words(t.words, t.count);
  c.index = WordIndex(c.words);
  c.classes = t.classes;
  c.class_count = t.class_count;
  return c;
}

Classes& current() {
  static Classes c = compiled();
  return c;
}

}  // namespace

int word_class(std::string_view lower) {
  const Classes& c = current();
  const int i = c.index.find(lower);
  return i < 0 ? -1 : c.classes[i];
}

int word_class_count() { return current().class_count; }

uint32_t word_class_fingerprint() {
  const Classes& c = current();
  return word_table_fingerprint(c.words, c.classes);
}

void use_word_classes(std::vector<std::string> words, std::vector<uint16_t> classes, int class_count) {
  Classes& c = current();
  if (words.empty()) {
    c = compiled();
    return;
  }
  Classes n;
  n.own_words = std::move(words);
  n.own_classes = std::move(classes);
  n.words.assign(n.own_words.begin(), n.own_words.end());
  n.index = WordIndex(n.words);
  n.classes = n.own_classes.data();
  n.class_count = class_count;
  c = std::move(n);
}

}  // namespace core::claims
