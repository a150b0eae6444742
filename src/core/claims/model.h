// model.h - the learned claim model: a logistic regression over features.h's features,
// trained by tests/claims/train (document-level cross-validation on the labelled Brown
// texts) and compiled in as the table in model_weights.cpp (generated; do not edit).
//
// How to use:
//   const ClaimModel& m = default_claim_model();
//   extract_features(view, m.config, f);
//   double p = 1 / (1 + exp(-model_logit(m, f)));   // a claim when p >= kClaimThreshold
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/claims/features.h"

namespace core::claims {

struct ClaimModel {
  FeatureConfig config;
  double bias = 0;                 // shifted so that kClaimThreshold is the chosen cut-off
  const float* weights = nullptr;  // feature_count(config) of them
};

// The compiled-in model (model_weights.cpp), unpacked on first use.
const ClaimModel& default_claim_model();

inline double model_logit(const ClaimModel& m, const FeatureVec& f) {
  double z = m.bias;
  for (size_t i = 0; i < f.index.size(); ++i) z += double(m.weights[f.index[i]]) * f.value[i];
  return z;
}

// The table model_weights.cpp defines: weights quantised to 16 bits (w = q * scale).
struct ModelTable {
  FeatureConfig config;
  double bias;
  double scale;
  const int16_t* weights;
  size_t count;            // of weights: feature_count(config), or the table is out of date
  uint32_t word_classes;   // word_class_fingerprint() of the classes it was trained with
  uint32_t word_vectors;   // word_vector_fingerprint() of the word scores written with it
  const char* about;       // how and on what it was trained
};
extern const ModelTable kClaimModelTable;

}  // namespace core::claims
