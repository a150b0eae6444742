// word_classes.h - distributional word classes: each frequent word of the unlabelled Brown
// text belongs to one of a few hundred classes of words used in alike contexts ("said" and
// "added"; "admitted" and "claimed"; "cents", "miles", "million" and "billion"; "president"
// and "governor"). The claim model's features use them so that a word seen in training lends
// its weight to the unseen words of its class. The table is learned by tests/claims/train (claims_train classes) and compiled in as
// word_class_table.cpp (generated; do not edit).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core::claims {

// The class of a lowercase word (Token::lower()), or -1 for a word the table does not hold.
int word_class(std::string_view lower);
// How many classes the table has.
int word_class_count();
// A hash of the table's words and classes: a model is trained with one table (ModelTable).
uint32_t word_class_fingerprint();

// The table word_class_table.cpp defines: `count` words, sorted, each ended by '\0' in
// `words`, and their classes.
struct WordClassTable {
  const char* words;
  const uint16_t* classes;
  size_t count;
  int class_count;
  const char* about;  // how and from what it was learned
};
extern const WordClassTable kWordClassTable;

// Training only (claims_train): replaces the compiled-in table with sorted words and their
// classes until called again (words unique); an empty list goes back to the compiled-in table.
void use_word_classes(std::vector<std::string> words, std::vector<uint16_t> classes, int class_count);

}  // namespace core::claims
