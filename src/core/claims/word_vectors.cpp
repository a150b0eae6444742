// word_vectors.cpp - looks words up in the compiled-in word vector scores.
#include "core/claims/word_vectors.h"

#include "core/claims/word_index.h"

namespace core::claims {
namespace {

const WordIndex& index() {
  static const WordIndex ix(split_words(kWordVectorTable.words, kWordVectorTable.count));
  return ix;
}

}  // namespace

bool word_vector_score(std::string_view lower, double& score) {
  const int i = index().find(lower);
  if (i < 0) return false;
  score = kWordVectorTable.scores[i] * kWordVectorTable.scale;
  return true;
}

VectorMean word_vector_mean(const std::vector<Token>& toks) {
  VectorMean m;
  double sum = 0;
  for (const Token& t : toks) {
    double s = 0;
    if (vector_token(t) && word_vector_score(t.lower(), s)) sum += s, ++m.words;
  }
  if (m.words) m.mean = sum / m.words;
  return m;
}

}  // namespace core::claims
