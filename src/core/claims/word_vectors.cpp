// word_vectors.cpp - looks words up in the compiled-in word vector scores.
#include "core/claims/word_vectors.h"

#include "core/claims/word_index.h"

namespace core::claims {
namespace {

const std::vector<std::string_view>& words() {
  static const std::vector<std::string_view> w = split_words(kWordVectorTable.words, kWordVectorTable.count);
  return w;
}

const WordIndex& index() {
  static const WordIndex ix(words());
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

uint32_t word_vector_fingerprint() {
  // The scores' bytes as the training tool hashes them (two's complement, low byte first).
  std::vector<uint16_t> bits(kWordVectorTable.count);
  for (size_t i = 0; i < bits.size(); ++i) bits[i] = static_cast<uint16_t>(kWordVectorTable.scores[i]);
  return word_table_fingerprint(words(), bits.data());
}

}  // namespace core::claims
