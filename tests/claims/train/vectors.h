// vectors.h - pretrained word vectors for training the claim model (word_vectors.h): read
// from a text file of "word v1 v2 ..." lines (tests/claims/build-vectors.mjs writes it), given
// to the model as the mean vector of each sentence's words, and turned into the app's table
// of one score per word.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "corpus.h"

namespace train {

struct WordVectors {
  std::vector<std::string> words;  // in file order (most frequent first)
  std::vector<float> values;       // words.size() * dims
  int dims = 0;
  std::unordered_map<std::string, int> row;
};

// The first `max_words` words of the file (a repeated word counts once). Throws with a
// message naming the file (and the line) when it is missing, empty or malformed.
WordVectors load_word_vectors(const std::string& path, size_t max_words);

// Appends to each unit's features the mean vector of its words (times `scale`), at
// indices first .. first + dims.
void add_vector_features(std::vector<Doc>& docs, const WordVectors& v, size_t first, double scale);

// Writes word_vector_table.cpp: each word's score, its vector times the weights fitted for
// the mean (w[first .. first + dims], times `scale`).
struct WrittenTable {
  double top;            // the largest score
  uint32_t fingerprint;  // word_table_fingerprint() of the table written, for the model's table
};
WrittenTable write_word_vector_table(const WordVectors& v, const std::vector<double>& w, size_t first, double scale,
                                     const std::string& out, const std::string& about);

}  // namespace train
