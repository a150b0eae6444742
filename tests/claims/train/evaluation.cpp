// evaluation.cpp - precision, recall, F1 of both classes, macro-F1, MCC, precision at k.
#include "evaluation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace train {
namespace {

double f1_of(double tp, double fp, double fn) {
  const double p = tp + fp > 0 ? tp / (tp + fp) : 0, r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

}  // namespace

Figures figures(const Counts& c) {
  Figures f;
  f.p = c.tp + c.fp > 0 ? double(c.tp) / (c.tp + c.fp) : 0;
  f.r = c.tp + c.fn > 0 ? double(c.tp) / (c.tp + c.fn) : 0;
  f.f1 = f1_of(c.tp, c.fp, c.fn);
  f.f1_neg = f1_of(c.tn, c.fn, c.fp);
  f.macro = (f.f1 + f.f1_neg) / 2;
  const double d = std::sqrt(double(c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn));
  f.mcc = d > 0 ? (double(c.tp) * c.tn - double(c.fp) * c.fn) / d : 0;
  const int n = c.tp + c.fp + c.fn + c.tn;
  f.accuracy = n ? double(c.tp + c.tn) / n : 0;
  return f;
}

std::vector<double> labelled_scores(const Doc& d, const std::vector<double>& unit_scores) {
  std::vector<double> s(d.labels.size(), 0.0);
  for (size_t u = 0; u < d.units.size(); ++u)
    for (int i : d.units[u].covers) s[i] = std::max(s[i], unit_scores[u]);
  return s;
}

Counts counts_at(const Doc& d, const std::vector<double>& scores, double threshold) {
  Counts c;
  for (size_t i = 0; i < d.labels.size(); ++i) {
    const bool pred = scores[i] >= threshold, gold = d.labels[i].label == 1;
    (pred ? (gold ? c.tp : c.fp) : (gold ? c.fn : c.tn)) += 1;
  }
  return c;
}

double precision_at(const Doc& d, const std::vector<double>& scores, size_t k) {
  if (d.labels.size() < k) return -1;
  std::vector<size_t> order(d.labels.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
  int hits = 0;
  for (size_t i = 0; i < k; ++i) hits += d.labels[order[i]].label;
  return double(hits) / k;
}

Report report(const std::vector<const Doc*>& docs, const std::vector<std::vector<double>>& scores,
              double threshold) {
  Report r;
  double sum5 = 0, sum10 = 0, best5 = 0, sum5_full = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    r.counts.add(counts_at(*docs[i], scores[i], threshold));
    const double p5 = precision_at(*docs[i], scores[i], 5), p10 = precision_at(*docs[i], scores[i], 10);
    if (p5 >= 0) {
      sum5 += p5;
      ++r.docs_5;
      int pos = 0;
      for (const Labelled& l : docs[i]->labels) pos += l.label;
      best5 += std::min(5, pos) / 5.0;
      if (pos >= 5) sum5_full += p5, ++r.docs_5_full;
    }
    if (p10 >= 0) sum10 += p10, ++r.docs_10;
  }
  r.fig = figures(r.counts);
  r.p_at_5 = r.docs_5 ? sum5 / r.docs_5 : 0;
  r.p_at_10 = r.docs_10 ? sum10 / r.docs_10 : 0;
  r.best_p_at_5 = r.docs_5 ? best5 / r.docs_5 : 0;
  r.p_at_5_full = r.docs_5_full ? sum5_full / r.docs_5_full : 0;
  return r;
}

std::string describe(const Report& r) {
  char buf[480];
  const Counts& c = r.counts;
  std::snprintf(buf, sizeof buf,
                "macro-F1 %.3f MCC %.3f | P %.3f R %.3f F1 %.3f acc %.3f | P@5 %.3f (best %.3f, %d docs; "
                "%.3f on the %d with five check-worthy) P@10 %.3f | %d sentences, %d positive (TP %d FP %d FN %d TN %d)",
                r.fig.macro, r.fig.mcc, r.fig.p, r.fig.r, r.fig.f1, r.fig.accuracy, r.p_at_5, r.best_p_at_5,
                r.docs_5, r.p_at_5_full, r.docs_5_full, r.p_at_10, c.tp + c.fp + c.fn + c.tn, c.tp + c.fn, c.tp, c.fp, c.fn, c.tn);
  return buf;
}

Operating precision_at_recall(const std::vector<const Doc*>& docs, const std::vector<std::vector<double>>& scores,
                              double recall) {
  std::vector<std::pair<double, int>> all;  // (score, gold)
  int positives = 0;
  for (size_t i = 0; i < docs.size(); ++i)
    for (size_t j = 0; j < docs[i]->labels.size(); ++j) {
      all.push_back({scores[i][j], docs[i]->labels[j].label});
      positives += docs[i]->labels[j].label;
    }
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  Operating best;
  int tp = 0, taken = 0;
  for (size_t k = 0; k < all.size(); ++k) {
    tp += all[k].second;
    ++taken;
    if (k + 1 < all.size() && all[k + 1].first == all[k].first) continue;  // a threshold takes ties whole
    const double r = positives ? double(tp) / positives : 0, p = double(tp) / taken;
    if (r >= recall && p > best.precision) best = {p, r, all[k].first};
  }
  return best;
}

}  // namespace train
