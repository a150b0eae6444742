// claims_train - trains and measures the claim model (src/core/claims/model.h) on the
// labelled texts, and writes the compiled-in weight table. Native only; deterministic.
//
//   claims_train cv [OPTIONS]            document-level cross-validation on the dev split
//   claims_train write-model [OPTIONS] --l2 X --l2-dense Y --threshold T --out FILE.cpp
//                                        fits on every dev text, writes the weight table
//   claims_train evaluate [OPTIONS] --split dev|final|wikinews
//                                        the compiled-in model and the baselines on a split
//   claims_train classes [CLASS OPTIONS] --out FILE.cpp
//                                        learns the word classes, writes their table
//
// OPTIONS
//   --labels FILE      a label file (default tests/claims/claims-labels.json)
//   --texts DIR        rebuilt Brown texts (default build/claims-brown)
//   --wikinews DIR     the Wikinews development set (measured, never trained on)
//   --folds K          cross-validation folds (default 8), texts dealt out by genre
//   --bits N --no-cues --no-hand --no-words --no-bigrams --no-shapes --classes --no-normalise --context
//                      the feature configuration (features.h)
//   --l2 A,B,...  --l2-dense A,B,...     penalties tried (hashed n-grams, named cues)
//   --genres           cross-validation figures per genre too
//   --dump FILE        cv: out-of-fold score of every labelled sentence (TSV); with --wikinews,
//                      then the Wikinews sentences' scores from the model fitted on all
//   --train-share F    cv: train each fold on that share of its training texts (0-1, chosen
//                      by text id; a learning curve: the held-out folds stay whole)
//   --word-classes     the distributional word class features (the compiled-in table)
//   --vectors FILE     the mean word vector of each sentence as features (word_vectors.h;
//                      tests/claims/build-vectors.mjs writes FILE); write-model then also
//                      writes the word scores to --vectors-out FILE.cpp
//   --vector-words N   the N most frequent words of FILE (default 30000)
//   --vector-scale X   the mean vector times X (default 1), which sets how hard it is penalised
//
// CLASS OPTIONS (classes, or cv with --induce: learn the classes afresh instead of the table)
//   --corpus FILE      unlabelled text (default build/claims-unlabelled.txt, written by
//                      tests/claims/build-unlabelled.mjs)
//   --class-count N --class-min N --class-contexts N --class-dims N   (word_class_induction.h)
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/claims/claim_rules.h"
#include "core/claims/model.h"
#include "core/utf8.h"
#include "corpus.h"
#include "evaluation.h"
#include "logistic.h"
#include "vectors.h"
#include "word_class_induction.h"
#include "core/claims/word_classes.h"

#ifndef ANNOTATOR_SOURCE_DIR
#define ANNOTATOR_SOURCE_DIR "."
#endif

using namespace train;
using core::claims::FeatureConfig;

namespace {

struct Options {
  std::vector<std::string> labels;
  std::string texts = std::string(ANNOTATOR_SOURCE_DIR) + "/build/claims-brown";
  std::string wikinews;
  std::string out;
  std::string dump;  // cv: out-of-fold scores per labelled sentence, as TSV
  std::string vectors, vectors_out;
  size_t vector_words = 30000;
  double vector_scale = 1;
  std::string split = "dev";
  FeatureConfig config;
  std::vector<double> l2 = {1e-3};
  std::vector<double> l2_dense = {1e-3};
  double threshold = 0.5;
  int folds = 8;
  double train_share = 1;  // cv: the share of each fold's training texts used (a learning curve)
  bool genres = false;
  std::string corpus = std::string(ANNOTATOR_SOURCE_DIR) + "/build/claims-unlabelled.txt";
  ClassOptions classes;
  bool induce = false;
};

std::vector<double> parse_list(const char* s) {
  std::vector<double> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ',')) out.push_back(std::stod(item));
  return out;
}

bool parse(int argc, char** argv, Options& o) {
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
      return argv[++i];
    };
    if (a == "--labels") o.labels.push_back(value());
    else if (a == "--texts") o.texts = value();
    else if (a == "--wikinews") o.wikinews = value();
    else if (a == "--out") o.out = value();
    else if (a == "--dump") o.dump = value();
    else if (a == "--vectors") o.vectors = value();
    else if (a == "--vectors-out") o.vectors_out = value();
    else if (a == "--vector-words") o.vector_words = std::stoul(value());
    else if (a == "--vector-scale") o.vector_scale = std::stod(value());
    else if (a == "--split") o.split = value();
    else if (a == "--folds") o.folds = std::stoi(value());
    else if (a == "--bits") o.config.hash_bits = std::stoi(value());
    else if (a == "--no-cues") o.config.cues = false;
    else if (a == "--no-hand") o.config.hand = false;
    else if (a == "--no-words") o.config.words = false;
    else if (a == "--no-bigrams") o.config.word_bigrams = false;
    else if (a == "--no-shapes") o.config.shape_trigrams = false;
    else if (a == "--classes") o.config.class_bigrams = true;
    else if (a == "--no-normalise") o.config.normalise = false;
    else if (a == "--context") o.config.context = true;
    else if (a == "--word-classes") o.config.word_classes = true;
    else if (a == "--corpus") o.corpus = value();
    else if (a == "--induce") o.induce = true;
    else if (a == "--class-count") o.classes.classes = std::stoi(value());
    else if (a == "--class-min") o.classes.min_count = std::stoi(value());
    else if (a == "--class-contexts") o.classes.contexts = std::stoi(value());
    else if (a == "--class-dims") o.classes.dims = std::stoi(value());
    else if (a == "--l2") o.l2 = parse_list(value());
    else if (a == "--l2-dense") o.l2_dense = parse_list(value());
    else if (a == "--threshold") o.threshold = std::stod(value());
    else if (a == "--genres") o.genres = true;
    else if (a == "--train-share") o.train_share = std::stod(value());
    else {
      std::fprintf(stderr, "claims_train: unknown option %s\n", a.c_str());
      return false;
    }
  }
  if (o.labels.empty()) o.labels.push_back(std::string(ANNOTATOR_SOURCE_DIR) + "/tests/claims/claims-labels.json");
  return true;
}

std::vector<Doc> load(const Options& o) {
  std::vector<Doc> docs;
  std::string error;
  for (const std::string& f : o.labels)
    if (!load_label_file(f, o.texts, docs, error)) throw std::runtime_error(error);
  if (!o.wikinews.empty() && !load_wikinews(o.wikinews, docs, error)) throw std::runtime_error(error);
  return docs;
}

std::string config_name(const FeatureConfig& c) {
  std::string s = "bits " + std::to_string(c.hash_bits);
  s += c.cues ? " cues" : "";
  s += c.cues && c.hand ? " hand" : "";
  s += c.words ? " words" : "";
  s += c.word_bigrams ? " bigrams" : "";
  s += c.shape_trigrams ? " shapes" : "";
  s += c.class_bigrams ? " classes" : "";
  s += c.normalise ? " normalised" : "";
  s += c.context ? " context" : "";
  s += c.word_classes ? " word-classes" : "";
  s += c.word_vectors ? " word-vectors" : "";
  return s;
}

// Splits and featurises the texts; with --vectors, appends each sentence's mean word vector
// after the configuration's features. Returns how many features there are. (The texts are
// featurised without the compiled-in word scores: the vectors stand in for them.)
size_t featurise(std::vector<Doc>& docs, const Options& o, WordVectors& vectors) {
  FeatureConfig c = o.config;
  c.word_vectors = false;
  compute_units(docs, c);
  const size_t dim = core::claims::feature_count(c);
  if (o.vectors.empty()) return dim;
  vectors = load_word_vectors(o.vectors, o.vector_words);
  add_vector_features(docs, vectors, dim, o.vector_scale);
  std::printf("word vectors: %zu words of %d dimensions from %s\n", vectors.words.size(), vectors.dims, o.vectors.c_str());
  return dim + vectors.dims;
}

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

std::vector<Example> examples_of(const std::vector<const Doc*>& docs) {
  std::vector<Example> ex;
  for (const Doc* d : docs)
    for (const Unit& u : d->units)
      if (u.label >= 0 && !u.sf.gate) ex.push_back({&u.sf.features, u.label});
  return ex;
}

std::vector<double> unit_scores(const Doc& d, const Fit& fit) {
  std::vector<double> s;
  for (const Unit& u : d.units) s.push_back(u.sf.gate ? 0.0 : sigmoid(logit_of(fit, u.sf.features)));
  return s;
}

// The threshold with the best MCC on pooled out-of-fold scores (0.20 .. 0.80).
double best_threshold(const std::vector<const Doc*>& docs, const std::vector<std::vector<double>>& scores) {
  double best_t = 0.5, best = -2;
  for (int i = 20; i <= 80; ++i) {
    const double t = i / 100.0;
    const double m = report(docs, scores, t).fig.mcc;
    if (m > best + 1e-12) best = m, best_t = t;
  }
  return best_t;
}

// [SECTION] cross-validation ----------------------------------------------------------------------

// Whether a text is among the share of the training texts kept (--train-share, for a
// learning curve): decided by its id alone, so a smaller share is a subset of a larger one.
bool kept_for_training(const std::string& id, double share) {
  if (share >= 1) return true;
  uint32_t h = 2166136261u;
  for (unsigned char c : id) h = (h ^ c) * 16777619u;
  return (h % 10000) < share * 10000;
}

int cmd_cv(const Options& o) {
  std::vector<Doc> all = load(o);
  WordVectors vectors;
  const size_t dim = featurise(all, o, vectors);
  std::vector<const Doc*> dev, wiki;
  for (const Doc& d : all) {
    if (d.split == "dev") dev.push_back(&d);
    if (d.split == "wikinews") wiki.push_back(&d);
  }
  std::stable_sort(dev.begin(), dev.end(), [](const Doc* a, const Doc* b) {
    return a->genre != b->genre ? a->genre < b->genre : a->id < b->id;
  });
  // Texts dealt out to folds in turn, by genre; two passages of one text share a fold.
  std::vector<int> fold(dev.size());
  std::map<std::string, int> fold_of_id;
  for (size_t i = 0; i < dev.size(); ++i) {
    const auto it = fold_of_id.find(dev[i]->id);
    fold[i] = it != fold_of_id.end() ? it->second : int(fold_of_id.size() % o.folds);
    fold_of_id.emplace(dev[i]->id, fold[i]);
  }
  FeatureConfig shown = o.config;
  shown.word_vectors = !o.vectors.empty();
  std::printf("config: %s; %zu dev texts, %d folds\n", config_name(shown).c_str(), dev.size(), o.folds);
  for (double l2d : o.l2_dense) {
    for (double l2 : o.l2) {
      core::claims::FeatureConfig c = o.config;
      (void)c;
      FitOptions fo;
      fo.l2_hashed = l2;
      fo.l2_dense = l2d;
      std::vector<std::vector<double>> scores(dev.size());
      size_t trained_on = 0;  // labelled sentences, over the folds
      for (int f = 0; f < o.folds; ++f) {
        std::vector<const Doc*> tr;
        for (size_t i = 0; i < dev.size(); ++i)
          if (fold[i] != f && kept_for_training(dev[i]->id, o.train_share)) {
            tr.push_back(dev[i]);
            trained_on += dev[i]->labels.size();
          }
        const Fit fit = fit_logistic(examples_of(tr), dim, fo);
        for (size_t i = 0; i < dev.size(); ++i)
          if (fold[i] == f) scores[i] = labelled_scores(*dev[i], unit_scores(*dev[i], fit));
      }
      const double t = best_threshold(dev, scores);
      if (!o.dump.empty()) {
        std::ofstream d(o.dump);
        for (size_t i = 0; i < dev.size(); ++i)
          for (size_t j = 0; j < dev[i]->labels.size(); ++j) {
            const Labelled& l = dev[i]->labels[j];
            d << dev[i]->id << "\t" << l.start << "\t" << l.end << "\t" << l.label << "\t" << scores[i][j] << "\n";
          }
      }
      const Operating op = precision_at_recall(dev, scores, 0.8);
      if (o.train_share < 1) std::printf("trained on %zu sentences a fold (mean)\n", trained_on / o.folds);
      std::printf("l2 %g l2-dense %g\n  cv at 0.50: %s\n  cv at %.2f: %s\n  cv precision at recall >= 0.80: P %.3f R %.3f (threshold %.2f)\n",
                  l2, l2d, describe(report(dev, scores, 0.5)).c_str(), t, describe(report(dev, scores, t)).c_str(),
                  op.precision, op.recall, op.threshold);
      if (o.genres) {
        std::map<std::string, std::vector<size_t>> by_genre;
        for (size_t i = 0; i < dev.size(); ++i) by_genre[dev[i]->genre].push_back(i);
        for (const auto& g : by_genre) {
          std::vector<const Doc*> gd;
          std::vector<std::vector<double>> gs;
          for (size_t i : g.second) gd.push_back(dev[i]), gs.push_back(scores[i]);
          std::printf("    %-15s %s\n", g.first.c_str(), describe(report(gd, gs, t)).c_str());
        }
      }
      if (!wiki.empty()) {
        const Fit fit = fit_logistic(examples_of(dev), dim, fo);
        std::vector<std::vector<double>> ws;
        for (const Doc* d : wiki) ws.push_back(labelled_scores(*d, unit_scores(*d, fit)));
        if (!o.dump.empty()) {
          std::ofstream dump(o.dump, std::ios::app);
          for (size_t i = 0; i < wiki.size(); ++i)
            for (size_t j = 0; j < wiki[i]->labels.size(); ++j) {
              const Labelled& l = wiki[i]->labels[j];
              dump << wiki[i]->id << "\t" << l.start << "\t" << l.end << "\t" << l.label << "\t" << ws[i][j] << "\n";
            }
        }
        std::printf("  wikinews (trained on all dev) at %.2f: %s\n", t, describe(report(wiki, ws, t)).c_str());
      }
      std::fflush(stdout);
    }
  }
  return 0;
}

// [SECTION] the weight table ------------------------------------------------------------------------

int cmd_write_model(const Options& o) {
  if (o.out.empty()) throw std::runtime_error("write-model needs --out FILE");
  if (!o.vectors.empty() && o.vectors_out.empty()) throw std::runtime_error("write-model --vectors needs --vectors-out FILE");
  std::vector<Doc> all = load(o);
  WordVectors vectors;
  const size_t fitted = featurise(all, o, vectors);
  std::vector<const Doc*> dev;
  for (const Doc& d : all)
    if (d.split == "dev") dev.push_back(&d);
  FeatureConfig c = o.config;
  c.word_vectors = !o.vectors.empty();
  const size_t dim = core::claims::feature_count(c);
  FitOptions fo;
  fo.l2_hashed = o.l2.front();
  fo.l2_dense = o.l2_dense.front();
  const std::vector<Example> ex = examples_of(dev);
  Fit fit = fit_logistic(ex, fitted, fo);
  uint32_t vector_fingerprint = 0;
  if (c.word_vectors) {
    // The mean vector's weights become each word's score, and the mean score counts once.
    char about[256];
    std::snprintf(about, sizeof about, "the %zu most frequent words of %s (tests/claims/build-vectors.mjs: GloVe, %d dimensions)",
                  vectors.words.size(), o.vectors.substr(o.vectors.find_last_of('/') + 1).c_str(), vectors.dims);
    const WrittenTable table = write_word_vector_table(vectors, fit.w, dim, o.vector_scale, o.vectors_out, about);
    vector_fingerprint = table.fingerprint;
    std::printf("wrote %s: %zu words, scores up to %.3f\n", o.vectors_out.c_str(), vectors.words.size(), table.top);
    fit.w[core::claims::kFeatWordVectors] = 1;
  }
  fit.w.resize(dim);
  double max_abs = 1e-9;
  for (double w : fit.w) max_abs = std::max(max_abs, std::fabs(w));
  const double scale = max_abs / 32767.0;
  // Shift the bias so that the chosen threshold becomes kClaimThreshold (0.5).
  const double bias = fit.bias - std::log(o.threshold / (1 - o.threshold));
  int positives = 0;
  for (const Example& e : ex) positives += e.y;
  std::ofstream out(o.out, std::ios::binary);
  char buf[512];
  out << "// model_weights.cpp - GENERATED by tests/claims/train (claims_train write-model); do not edit.\n"
         "// Logistic regression over the features of features.h; regenerate with the command in\n"
         "// docs/CLAIMS.md (\"Training\").\n"
         "#include \"core/claims/model.h\"\n\nnamespace core::claims {\nnamespace {\n\n";
  out << "const int16_t kWeights[" << dim << "] = {\n";
  for (size_t i = 0; i < dim; i += 16) {
    out << "   ";
    for (size_t j = i; j < std::min(dim, i + 16); ++j)
      out << " " << static_cast<int>(std::lround(fit.w[j] / scale)) << ",";
    out << "\n";
  }
  out << "};\n\n}  // namespace\n\n";
  std::snprintf(buf, sizeof buf,
                "const ModelTable kClaimModelTable = {\n    {%d, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s},\n    %.17g,\n"
                "    %.17g,\n    kWeights,\n    %zu,\n    0x%08xu,\n    0x%08xu,\n",
                c.hash_bits, c.cues ? "true" : "false", c.hand ? "true" : "false", c.words ? "true" : "false", c.word_bigrams ? "true" : "false",
                c.shape_trigrams ? "true" : "false", c.class_bigrams ? "true" : "false",
                c.normalise ? "true" : "false", c.context ? "true" : "false", c.word_classes ? "true" : "false",
                c.word_vectors ? "true" : "false", bias,
                scale, dim, c.word_classes ? core::claims::word_class_fingerprint() : 0u, vector_fingerprint);
  out << buf;
  std::snprintf(buf, sizeof buf,
                "    \"logistic regression, %s, l2 %g, l2-dense %g, threshold %.2f; %zu training sentences "
                "(%d check-worthy) of %zu texts\",\n};\n\n}  // namespace core::claims\n",
                config_name(c).c_str(), fo.l2_hashed, fo.l2_dense, o.threshold, ex.size(), positives, dev.size());
  out << buf;
  std::printf("wrote %s: %zu weights, %zu training sentences, loss %.4f after %d iterations\n", o.out.c_str(), dim,
              ex.size(), fit.loss, fit.iterations);
  // The named features' weights, for the record.
  for (uint32_t i = 0; i < core::claims::kDenseFeatures; ++i)
    std::printf("  %-22s %+.3f\n", core::claims::dense_feature_name(i), fit.w[i]);
  return 0;
}

// [SECTION] evaluation --------------------------------------------------------------------------

// The compiled-in model as the app uses it: a sentence scores its verdict's score, capped
// below the threshold when it is not suggested.
std::vector<double> compiled_scores(const Doc& d) {
  const auto verdicts = core::claims::judge_sentences(d.text);
  std::vector<double> s(d.units.size(), 0.0);
  size_t v = 0;
  for (size_t u = 0; u < d.units.size(); ++u) {
    while (v < verdicts.size() && verdicts[v].sentence.start < d.units[u].sf.sentence.start) ++v;
    if (v < verdicts.size() && verdicts[v].sentence.start == d.units[u].sf.sentence.start) {
      const auto& r = verdicts[v];
      s[u] = r.category == "none" ? std::min(r.score, 0.499) : r.score;
    }
  }
  return s;
}

bool has_digit(const Doc& d, const Labelled& l) {
  for (size_t i = l.start; i < l.end; ++i)
    if (d.text[i] >= U'0' && d.text[i] <= U'9') return true;
  return false;
}

int cmd_evaluate(const Options& o) {
  std::vector<Doc> all = load(o);
  compute_units(all, core::claims::default_claim_model().config);
  std::vector<const Doc*> docs;
  for (const Doc& d : all)
    if (d.split == o.split || o.split == "all") docs.push_back(&d);
  std::map<std::string, std::vector<size_t>> by_genre;
  for (size_t i = 0; i < docs.size(); ++i) by_genre[docs[i]->genre].push_back(i);
  std::vector<std::vector<double>> model, hand, digits, every;
  for (const Doc* d : docs) {
    model.push_back(labelled_scores(*d, compiled_scores(*d)));
    std::vector<double> h;
    for (const Unit& u : d->units) h.push_back(u.sf.hand);
    hand.push_back(labelled_scores(*d, h));
    std::vector<double> dg, ev;
    for (const Labelled& l : d->labels) dg.push_back(has_digit(*d, l) ? 1.0 : 0.0), ev.push_back(1.0);
    digits.push_back(dg);
    every.push_back(ev);
  }
  std::printf("split %s: %zu texts\n", o.split.c_str(), docs.size());
  const struct { const char* name; const std::vector<std::vector<double>>* s; } rows[] = {
      {"model", &model}, {"hand rules", &hand}, {"digits only", &digits}, {"mark all", &every}};
  for (const auto& row : rows) {
    const Operating op = precision_at_recall(docs, *row.s, 0.8);
    std::printf("  %-11s %s\n              precision at recall >= 0.80: P %.3f R %.3f (threshold %.3f)\n", row.name,
                describe(report(docs, *row.s, 0.5)).c_str(), op.precision, op.recall, op.threshold);
    if (o.genres)
      for (const auto& g : by_genre) {
        std::vector<const Doc*> gd;
        std::vector<std::vector<double>> gs;
        for (size_t i : g.second) gd.push_back(docs[i]), gs.push_back((*row.s)[i]);
        std::printf("      %-15s %s\n", g.first.c_str(), describe(report(gd, gs, 0.5)).c_str());
      }
  }
  return 0;
}

// [SECTION] word classes ------------------------------------------------------------------------

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path + " (node tests/claims/build-unlabelled.mjs writes it)");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

WordClasses learn_classes(const Options& o) {
  WordClasses w = induce_word_classes(read_file(o.corpus), o.classes);
  std::printf("word classes: %d classes of %zu words from %zu words of text\n", w.class_count, w.words.size(), w.tokens);
  return w;
}

int cmd_classes(const Options& o) {
  if (o.out.empty()) throw std::runtime_error("classes needs --out FILE");
  const WordClasses w = learn_classes(o);
  write_word_class_table(w, o.classes, o.out);
  // A few classes, for the record.
  for (int c = 0; c < std::min(w.class_count, 12); ++c) {
    std::string line;
    int shown = 0;
    for (size_t i = 0; i < w.words.size() && shown < 12; ++i)
      if (w.classes[i] == c) line += " " + w.words[i], ++shown;
    std::printf("  %3d:%s\n", c, line.c_str());
  }
  std::printf("wrote %s\n", o.out.c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help")) {
    std::fprintf(stderr, "usage: claims_train cv|write-model|evaluate|classes [OPTIONS] (see the top of claims_train.cpp)\n");
    return 2;
  }
  Options o;
  try {
    if (!parse(argc, argv, o)) return 2;
    const std::string cmd = argv[1];
    if (o.induce && cmd != "classes") {  // classes learns them itself
      WordClasses w = learn_classes(o);
      core::claims::use_word_classes(std::move(w.words), std::move(w.classes), w.class_count);
    }
    if (cmd == "cv") return cmd_cv(o);
    if (cmd == "classes") return cmd_classes(o);
    if (cmd == "write-model") return cmd_write_model(o);
    if (cmd == "evaluate") return cmd_evaluate(o);
    std::fprintf(stderr, "claims_train: unknown command %s\n", cmd.c_str());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "claims_train: %s\n", e.what());
    return 1;
  }
}
