// word_classes.cpp - looks words up in the compiled-in class table (or the one training set)
// through a WordIndex built on first use.
#include "core/claims/word_classes.h"

#include "core/claims/word_index.h"

namespace core::claims {
namespace {

struct Classes {
  WordIndex index;
  const uint16_t* classes = nullptr;
  int class_count = 0;
  // Only for use_word_classes: the storage the index's words point into.
  std::vector<std::string> own_words;
  std::vector<uint16_t> own_classes;
};

Classes compiled() {
  Classes c;
  const WordClassTable& t = kWordClassTable;
  c.index = WordIndex(split_words(t.words, t.count));
  c.classes = t.classes;
  c.class_count = t.class_count;
  return c;
}

Classes& current() {
  static Classes c = compiled();
  return c;
}

}  // namespace

int word_class(std::string_view lower) { return word_class(lower, fnv1a(lower)); }

int word_class(std::string_view lower, uint32_t fnv1a) {
  const Classes& c = current();
  const int i = c.index.find(lower, fnv1a);
  return i < 0 ? -1 : c.classes[i];
}

int word_class_count() { return current().class_count; }

uint32_t word_class_fingerprint() {
  const Classes& c = current();
  const std::vector<std::string_view>& words = c.index.words();
  uint32_t h = kFnvBasis;
  auto byte = [&h](uint8_t b) { h = (h ^ b) * 16777619u; };
  for (size_t i = 0; i < words.size(); ++i) {
    h = fnv1a(h, words[i]);
    byte(0);
    byte(static_cast<uint8_t>(c.classes[i] & 0xFF));
    byte(static_cast<uint8_t>(c.classes[i] >> 8));
  }
  return h;
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
  std::vector<std::string_view> views(n.own_words.begin(), n.own_words.end());
  n.index = WordIndex(std::move(views));
  n.classes = n.own_classes.data();
  n.class_count = class_count;
  c = std::move(n);
}

}  // namespace core::claims
