// logistic.cpp - mean log-loss + L2 penalty, minimised with L-BFGS (10 pairs) and a
// backtracking line search. The bias is not penalised.
#include "logistic.h"

#include <cmath>
#include <deque>

namespace train {
namespace {

using Vec = std::vector<double>;  // weights, then the bias last

double dot(const Vec& a, const Vec& b) {
  double s = 0;
  for (size_t i = 0; i < a.size(); ++i) s += a[i] * b[i];
  return s;
}

struct Objective {
  const std::vector<Example>& data;
  size_t dim;
  const FitOptions& o;

  double operator()(const Vec& p, Vec& grad) const {
    grad.assign(p.size(), 0.0);
    double loss = 0;
    const double inv_n = 1.0 / static_cast<double>(data.size());
    for (const Example& e : data) {
      double z = p[dim];
      const core::claims::FeatureVec& x = *e.x;
      for (size_t i = 0; i < x.index.size(); ++i) z += p[x.index[i]] * x.value[i];
      // log(1 + e^-z) for y = 1, log(1 + e^z) for y = 0, computed stably.
      const double m = e.y ? -z : z;
      loss += (m > 0 ? m + std::log1p(std::exp(-m)) : std::log1p(std::exp(m))) * inv_n;
      const double prob = 1.0 / (1.0 + std::exp(-z));
      const double g = (prob - e.y) * inv_n;
      for (size_t i = 0; i < x.index.size(); ++i) grad[x.index[i]] += g * x.value[i];
      grad[dim] += g;
    }
    for (size_t i = 0; i < dim; ++i) {
      const double l2 = i < core::claims::kDenseFeatures ? o.l2_dense : o.l2_hashed;
      loss += 0.5 * l2 * p[i] * p[i];
      grad[i] += l2 * p[i];
    }
    return loss;
  }
};

}  // namespace

Fit fit_logistic(const std::vector<Example>& data, size_t dim, const FitOptions& o) {
  Objective f{data, dim, o};
  Vec p(dim + 1, 0.0), g, p_new, g_new, dir(dim + 1);
  double fx = f(p, g);
  std::deque<Vec> S, Y;
  std::deque<double> rho;
  int it = 0;
  for (; it < o.max_iterations; ++it) {
    // Two-loop recursion: dir = -H g.
    dir = g;
    std::vector<double> alpha(S.size());
    for (size_t k = S.size(); k-- > 0;) {
      alpha[k] = rho[k] * dot(S[k], dir);
      for (size_t i = 0; i < dir.size(); ++i) dir[i] -= alpha[k] * Y[k][i];
    }
    if (!S.empty()) {
      const double gamma = dot(S.back(), Y.back()) / dot(Y.back(), Y.back());
      for (double& d : dir) d *= gamma;
    }
    for (size_t k = 0; k < S.size(); ++k) {
      const double beta = rho[k] * dot(Y[k], dir);
      for (size_t i = 0; i < dir.size(); ++i) dir[i] += S[k][i] * (alpha[k] - beta);
    }
    for (double& d : dir) d = -d;
    double slope = dot(dir, g);
    if (slope >= 0) {  // not a descent direction: restart from the gradient
      S.clear(), Y.clear(), rho.clear();
      for (size_t i = 0; i < dir.size(); ++i) dir[i] = -g[i];
      slope = dot(dir, g);
    }
    double step = S.empty() ? 1.0 / std::sqrt(dot(g, g) + 1e-12) : 1.0;
    double f_new = 0;
    p_new.resize(p.size());
    for (int tries = 0; tries < 40; ++tries) {
      for (size_t i = 0; i < p.size(); ++i) p_new[i] = p[i] + step * dir[i];
      f_new = f(p_new, g_new);
      if (f_new <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    Vec s(p.size()), y(p.size());
    for (size_t i = 0; i < p.size(); ++i) {
      s[i] = p_new[i] - p[i];
      y[i] = g_new[i] - g[i];
    }
    const double sy = dot(s, y);
    const double improvement = fx - f_new;
    p.swap(p_new);
    g.swap(g_new);
    fx = f_new;
    if (sy > 1e-12) {
      S.push_back(std::move(s));
      Y.push_back(std::move(y));
      rho.push_back(1.0 / sy);
      if (S.size() > 10) S.pop_front(), Y.pop_front(), rho.pop_front();
    }
    if (improvement >= 0 && improvement < 1e-9 * std::max(1.0, std::fabs(fx))) break;
  }
  Fit out;
  out.bias = p[dim];
  p.resize(dim);
  out.w = std::move(p);
  out.loss = fx;
  out.iterations = it;
  return out;
}

}  // namespace train
