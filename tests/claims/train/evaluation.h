// evaluation.h - figures per labelled sentence, scored with score.py's rule: a labelled
// sentence counts as suggested when a finder sentence that covers it (midpoint inside, or
// at least half of it) is suggested; its ranking score is the highest such sentence's.
#pragma once

#include <string>
#include <vector>

#include "corpus.h"

namespace train {

struct Counts {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  void add(const Counts& o) { tp += o.tp, fp += o.fp, fn += o.fn, tn += o.tn; }
};

struct Figures {
  double p = 0, r = 0, f1 = 0, f1_neg = 0, macro = 0, mcc = 0, accuracy = 0;
};
Figures figures(const Counts& c);

// Scores per labelled sentence of one document from scores per unit (finder sentence).
std::vector<double> labelled_scores(const Doc& d, const std::vector<double>& unit_scores);

// Confusion counts of one document's labelled sentences at a threshold.
Counts counts_at(const Doc& d, const std::vector<double>& scores, double threshold);

// Precision among the k highest-scoring labelled sentences (ties: earlier first), or -1
// when the document has fewer than k labelled sentences.
double precision_at(const Doc& d, const std::vector<double>& scores, size_t k);

// All figures for a set of documents (scores[i] belongs to docs[i]) at a threshold.
struct Report {
  Counts counts;
  Figures fig;
  double p_at_5 = 0, p_at_10 = 0;  // mean over documents with at least 5 (10) sentences
  double best_p_at_5 = 0;          // what a perfect ranking would reach (documents with < 5 positives)
  double p_at_5_full = 0;          // mean over documents with at least 5 check-worthy sentences
  int docs_5 = 0, docs_10 = 0, docs_5_full = 0;
};
Report report(const std::vector<const Doc*>& docs, const std::vector<std::vector<double>>& scores,
              double threshold);

std::string describe(const Report& r);

// The best precision at any threshold whose recall is at least `recall`, and that threshold.
struct Operating {
  double precision = 0, recall = 0, threshold = 0;
};
Operating precision_at_recall(const std::vector<const Doc*>& docs, const std::vector<std::vector<double>>& scores,
                              double recall);

}  // namespace train
