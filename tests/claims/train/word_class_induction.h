// word_class_induction.h - learns distributional word classes (src/core/claims/word_classes.h)
// from unlabelled text: each frequent word's left and right neighbours are counted, the counts
// weighted by positive pointwise mutual information and reduced by a truncated SVD, and the
// words grouped by spherical k-means. Deterministic (fixed seeds).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace train {

struct ClassOptions {
  int classes = 256;     // k-means clusters
  int min_count = 5;     // a word seen fewer times gets no class
  int contexts = 1000;   // the most frequent tokens, counted as left and right neighbours
  int dims = 64;         // SVD dimensions
};

struct WordClasses {
  std::vector<std::string> words;  // sorted
  std::vector<uint16_t> classes;
  int class_count = 0;
  size_t tokens = 0;               // words read
};

// `text`: UTF-8, texts separated by a line holding only a form feed.
WordClasses induce_word_classes(const std::string& text, const ClassOptions& o);

// Writes the generated table src/core/claims/word_class_table.cpp.
void write_word_class_table(const WordClasses& w, const ClassOptions& o, const std::string& path);

}  // namespace train
