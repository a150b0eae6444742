// word_vectors.h - what pretrained word vectors lend the claim model, as one number per word.
//
// Training (tests/claims/train) gives the model the mean of a sentence's word vectors (GloVe,
// 100 dimensions, from Wikipedia and newswire; docs/CLAIMS.md "Training"), so that a word
// never seen in the labelled texts still counts like the words it resembles. A linear model
// over a mean is the mean of each word's own score (its vector times the weights), so the
// app needs no vectors: word_vector_table.cpp (generated with the model; do not edit) holds
// each word's score, and the feature is their mean over the sentence's words.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/claims/tokens.h"

namespace core::claims {

// Whether a token is looked up (words and numbers; a word cut at Token::kLowerMax is not).
inline bool vector_token(const Token& t) {
  return (t.kind == TokKind::Word || t.kind == TokKind::Number) && t.lower_len < Token::kLowerMax;
}

// The compiled-in score of a lowercase word, or false when the table does not hold it.
bool word_vector_score(std::string_view lower, double& score);

// The mean score of the sentence's words the table holds, and how many it holds.
struct VectorMean {
  double mean = 0;
  int words = 0;
};
VectorMean word_vector_mean(const std::vector<Token>& toks);

// A hash of the table's words and scores (word_table_fingerprint): a model is trained with
// one table (ModelTable::word_vectors).
uint32_t word_vector_fingerprint();

// The table word_vector_table.cpp defines: `count` words, each ended by '\0', and their
// scores (score = q * scale).
struct WordVectorTable {
  const char* words;
  const int16_t* scores;
  size_t count;
  double scale;
  const char* about;  // what the vectors were and how the scores were made
};
extern const WordVectorTable kWordVectorTable;

}  // namespace core::claims
