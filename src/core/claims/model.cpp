// model.cpp - unpacks the compiled-in weight table once.
#include "core/claims/model.h"

#include <vector>

#include "core/claims/word_classes.h"
#include "core/claims/word_vectors.h"

namespace core::claims {

const ClaimModel& default_claim_model() {
  static const std::vector<float> weights = [] {
    const ModelTable& t = kClaimModelTable;
    // A table written for other features, word classes or word scores (out of date) reads as
    // all zeros, never out of bounds; the tests fail on it.
    std::vector<float> w(feature_count(t.config), 0.0f);
    const bool classes_match = !t.config.word_classes || t.word_classes == word_class_fingerprint();
    const bool vectors_match = !t.config.word_vectors || t.word_vectors == word_vector_fingerprint();
    if (t.count == w.size() && classes_match && vectors_match)
      for (size_t i = 0; i < w.size(); ++i) w[i] = static_cast<float>(t.weights[i] * t.scale);
    return w;
  }();
  static const ClaimModel model{kClaimModelTable.config, kClaimModelTable.bias, weights.data()};
  return model;
}

}  // namespace core::claims
