// features.h - what the learned claim model sees of one sentence: named features from the
// rules' cues (the strength of each kind of cue and of each sign against a claim, the
// hand-weighted score, length, quotation, shape) followed by hashed n-grams of words, word
// shapes and lexicon classes.
//
// How to use:
//   FeatureVec f;
//   extract_features(view, model.config, f);   // view: one sentence as the rules see it
//   double logit = model_logit(model, f);       // model.h
// The training program (tests/claims/train) calls text_features() and writes the weights
// of src/core/claims/model_weights.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/claims/claim_finder.h"
#include "core/claims/cues.h"

namespace core::claims {

// Which features a model uses. The compiled model records the configuration it was
// trained with; the training program varies it under cross-validation.
struct FeatureConfig {
  int hash_bits = 15;        // hashed n-grams fill 2^hash_bits slots
  bool cues = true;          // the named cue features
  bool hand = true;          // among them, the hand-weighted rules' sums and verdict
  bool words = true;         // lowercased words (numbers by shape: "0,000")
  bool word_bigrams = true;  // pairs of neighbouring words, with sentence start and end
  bool shape_trigrams = true;  // word shapes ("Xx", "x", "0,0", ",") three at a time
  bool class_bigrams = false;  // pairs of lexicon classes ("NUMBER UNIT", "NAME SAID")
  bool normalise = true;     // n-gram values 1/sqrt(number of n-grams): long sentences do not shout
  bool context = false;      // the neighbouring sentences: how claim-like the passage around is
  bool word_classes = false;  // distributional word classes (word_classes.h), one and two at a time
  bool word_vectors = false;  // the mean of the words' vector scores (word_vectors.h)
};

// The named features, in index order; the hashed n-grams follow them.
enum DenseFeature : uint32_t {
  // One per CueKind (the strongest cue of that kind, its hand weight): kCueCount .. kCueAttribution.
  kFeatCueFirst = 0,
  // One per sign against (their summed weight, at most 2).
  kFeatAgainstFirst = 14,
  kFeatHandFact = 23,     // the rules' "fact" sum
  kFeatHandAgainst,       // the rules' "against" sum
  kFeatHandMargin,        // fact - against - 0.85, clipped to [-3, 3]
  kFeatHandHard,          // a figure, date or record
  kFeatHandClaim,         // the rules said claim (score >= 0.5)
  kFeatNames,             // capitalised words inside the sentence, /3, at most 2
  kFeatHasNumber,
  kFeatCueKinds,          // how many kinds of cue, /3, at most 2
  kFeatLen1,              // words: 1-5, 6-10, 11-20, 21-35, over 35
  kFeatLen2,
  kFeatLen3,
  kFeatLen4,
  kFeatLen5,
  kFeatQuotedMost,        // 60 % or more of the words inside a quotation
  kFeatQuotedSome,
  kFeatBestInQuote,       // the heaviest cue is inside a quotation
  kFeatReported,          // an attribution ("said", "according to")
  kFeatEndsColon,
  kFeatEndsExclamation,
  kFeatNoFinalMark,
  kFeatParagraphStart,    // first sentence of its paragraph
  kFeatStartsQuoted,      // opens inside or with a quotation
  kFeatCtxHandMean,       // the rules' mean score over the ten sentences before and after
  kFeatCtxClaimRate,      // the share of them the rules call claims
  kFeatCtxFirstPerson,    // the share of them in the first person
  kFeatCtxNames,          // the share of them naming someone or something
  kFeatPrevHand,          // the rules' score of the sentence before
  kFeatNextHand,          // and of the sentence after
  kFeatWordVectors,       // the mean vector score of its words (word_vectors.h; its weight is 1)
  kDenseFeatures
};

// Index of a sign against (kOpinionSign ...) among kFeatAgainstFirst.., or -1.
int against_index(const char* what);
// A short name for a named feature ("cue:count", "against:opinion", "hand:margin").
const char* dense_feature_name(uint32_t index);

// A sparse feature vector: indices below kDenseFeatures are named, the others hashed.
struct FeatureVec {
  std::vector<uint32_t> index;
  std::vector<float> value;
  void clear() { index.clear(); value.clear(); }
  void add(uint32_t i, float v) { index.push_back(i); value.push_back(v); }
};

inline size_t feature_count(const FeatureConfig& c) { return kDenseFeatures + (size_t(1) << c.hash_bits); }

// The passage around a sentence (FeatureConfig::context).
struct SentenceContext {
  float hand_mean = 0, claim_rate = 0, first_person = 0, names = 0, prev_hand = 0, next_hand = 0;
};

// One sentence as the rules see it.
struct SentenceView {
  std::u32string_view text;
  Sentence sentence;
  const std::vector<Token>& toks;
  const Evidence& ev;
  const HandScore& hand;
  char32_t final_mark = 0;        // last character before closing quotes and brackets
  bool paragraph_start = false;
  const char* gate = nullptr;     // why it cannot be a claim (a question, a headline ...), or null
  const SentenceContext* context = nullptr;  // when the configuration asks for it
};

void extract_features(const SentenceView& v, const FeatureConfig& c, FeatureVec& out);

// The index of a token's word feature (its unigram), or kNoFeature when the configuration
// has none: what a word adds to the score is its weight there (scaled as in out).
constexpr uint32_t kNoFeature = 0xFFFFFFFFu;
uint32_t word_feature(const Token& t, const FeatureConfig& c);
// How many hashed n-grams a sentence of `tokens` tokens has, and the value each takes.
size_t ngram_count(size_t tokens, const FeatureConfig& c);
float ngram_value(size_t tokens, const FeatureConfig& c);

// Every sentence of a text with its features, as judge_sentences sees them (for training).
struct SentenceFeatures {
  Sentence sentence;
  const char* gate = nullptr;  // never a claim: the model is not asked
  double hand = 0;             // the hand-weighted rules' score (0 for a colon-ended sentence)
  FeatureVec features;
};
std::vector<SentenceFeatures> text_features(std::u32string_view text, const FeatureConfig& c);

}  // namespace core::claims
