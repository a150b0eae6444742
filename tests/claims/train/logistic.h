// logistic.h - L2-regularised logistic regression over sparse features, fitted by L-BFGS
// (deterministic: same data, same weights).
#pragma once

#include <vector>

#include "core/claims/features.h"

namespace train {

struct Example {
  const core::claims::FeatureVec* x = nullptr;
  int y = 0;  // 0 or 1
};

struct FitOptions {
  double l2_dense = 1e-3;   // on the named cue features
  double l2_hashed = 1e-3;  // on the hashed n-grams
  int max_iterations = 400;
};

struct Fit {
  std::vector<double> w;  // one per feature
  double bias = 0;
  double loss = 0;        // mean log-loss plus the penalty, at the end
  int iterations = 0;
};

Fit fit_logistic(const std::vector<Example>& data, size_t dim, const FitOptions& o);

inline double logit_of(const Fit& f, const core::claims::FeatureVec& x) {
  double z = f.bias;
  for (size_t i = 0; i < x.index.size(); ++i) z += f.w[x.index[i]] * x.value[i];
  return z;
}

}  // namespace train
