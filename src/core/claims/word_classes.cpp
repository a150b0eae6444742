// word_classes.cpp - looks words up in the compiled-in class table (or the one training set)
// through an open-addressing hash index built on first use.
#include "core/claims/word_classes.h"

namespace core::claims {
namespace {

// FNV-1a, as features.cpp hashes words.
constexpr uint32_t kFnvBasis = 2166136261u;
uint32_t fnv(uint32_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}
uint32_t fnv(uint32_t h, unsigned char c) { return (h ^ c) * 16777619u; }
// The slot of a word's hash.
uint32_t spread(uint32_t fnv1a) { return fnv1a ^ (fnv1a >> 16); }

struct Classes {
  std::vector<std::string_view> words;
  const uint16_t* classes = nullptr;
  int class_count = 0;
  // Slots (a power of two, at most half full): 1 + the word's index, 0 when empty.
  std::vector<uint32_t> slots;
  // Only for use_word_classes: the storage the views point into.
  std::vector<std::string> own_words;
  std::vector<uint16_t> own_classes;

  void index() {
    size_t size = 1024;
    while (size < 2 * words.size()) size *= 2;
    slots.assign(size, 0);
    for (size_t i = 0; i < words.size(); ++i) {
      size_t at = spread(fnv(kFnvBasis, words[i])) & (size - 1);
      while (slots[at]) at = (at + 1) & (size - 1);
      slots[at] = static_cast<uint32_t>(i + 1);
    }
  }
};

Classes compiled() {
  Classes c;
  const WordClassTable& t = kWordClassTable;
  c.words.reserve(t.count);
  for (const char* p = t.words; c.words.size() < t.count; p += c.words.back().size() + 1) c.words.emplace_back(p);
  c.classes = t.classes;
  c.class_count = t.class_count;
  c.index();
  return c;
}

Classes& current() {
  static Classes c = compiled();
  return c;
}

}  // namespace

int word_class(std::string_view lower) { return word_class(lower, fnv(kFnvBasis, lower)); }

int word_class(std::string_view lower, uint32_t fnv1a) {
  const Classes& c = current();
  const size_t mask = c.slots.size() - 1;
  for (size_t at = spread(fnv1a) & mask; c.slots[at]; at = (at + 1) & mask) {
    const uint32_t i = c.slots[at] - 1;
    if (c.words[i] == lower) return c.classes[i];
  }
  return -1;
}

int word_class_count() { return current().class_count; }

uint32_t word_class_fingerprint() {
  const Classes& c = current();
  uint32_t h = kFnvBasis;
  for (size_t i = 0; i < c.words.size(); ++i) {
    h = fnv(fnv(h, c.words[i]), uint8_t{0});
    h = fnv(fnv(h, static_cast<uint8_t>(c.classes[i] & 0xFF)), static_cast<uint8_t>(c.classes[i] >> 8));
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
  for (const std::string& w : n.own_words) n.words.emplace_back(w);
  n.classes = n.own_classes.data();
  n.class_count = class_count;
  n.index();
  c = std::move(n);
}

}  // namespace core::claims
