// features.cpp - turns one sentence (its tokens, the rules' cues and signs, its shape) into
// the sparse feature vector of the learned claim model. No allocation per word: n-grams are
// hashed in place (FNV-1a) from the tokens' lowercase forms.
#include "core/claims/features.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/claims/text_chars.h"
#include "core/claims/word_classes.h"
#include "core/claims/word_vectors.h"

namespace core::claims {
namespace {

const char* const kSigns[] = {kOpinionSign, kFeelingSign, kFirstPersonSign, kReaderSign, kSpeculationSign,
                              kPleasantrySign, kFurnitureSign, kVagueSign, kPrescriptionSign};
static_assert(sizeof(kSigns) / sizeof(kSigns[0]) == kFeatHandFact - kFeatAgainstFirst, "one feature per sign");

const char* const kDenseNames[kDenseFeatures] = {
    "cue:count", "cue:money", "cue:percent", "cue:measure", "cue:ordinal", "cue:superlative",
    "cue:comparative", "cue:change", "cue:cause", "cue:rule", "cue:prediction", "cue:date", "cue:deed",
    "cue:attribution", "against:opinion", "against:feeling", "against:first-person", "against:reader",
    "against:speculation", "against:pleasantry", "against:furniture", "against:vague",
    "against:prescription", "hand:fact", "hand:against", "hand:margin", "hand:hard", "hand:claim",
    "names", "has-number", "cue-kinds", "length:1-5", "length:6-10", "length:11-20", "length:21-35",
    "length:36+", "quoted:most", "quoted:some", "best-cue-quoted", "reported", "ends:colon",
    "ends:exclamation", "ends:none", "paragraph-start", "starts-quoted", "context:hand-mean",
    "context:claim-rate", "context:first-person", "context:names", "context:previous", "context:next",
    "word-vectors"};

// [SECTION] hashing ---------------------------------------------------------------------------

constexpr uint32_t kFnvBasis = 2166136261u;
inline uint32_t fnv(uint32_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}
inline uint32_t fnv(uint32_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 16777619u; }
inline uint32_t finish(uint32_t h) {
  h ^= h >> 15;
  h *= 0x2c1b3c6du;
  h ^= h >> 12;
  return h;
}

// Each token is hashed once in three forms; n-grams combine those hashes.
//  word:  the lowercase word; a number by its digits' shape ("1,200" -> "0,000", "1961" ->
//         "0000"); a mark as itself
//  shape: X upper, x lower, 0 digit, other ASCII as itself, runs collapsed ("Xx", "X.X.", "0,0")
//  class: what the lexicon makes of the word ("#NUM", "#UNIT", "#NAME", "#SAID" ...);
//         function words and marks stand for themselves
uint32_t word_hash(const Token& t) {
  uint32_t h = kFnvBasis;
  if (t.kind == TokKind::Word) return fnv(h, t.lower());
  if (t.kind == TokKind::Number) {
    int run = 0;
    for (char c : t.lower()) {
      const bool digit = c >= '0' && c <= '9';
      run = digit ? run + 1 : 0;
      if (digit && run > 4) continue;
      h = fnv(h, digit ? '0' : c);
    }
    return h;
  }
  char c = '?';
  if (t.kind == TokKind::Quote) c = '"';
  else if (t.kind == TokKind::Currency) c = '$';
  else if (t.mark < 0x80) c = static_cast<char>(t.mark);
  else if (is_dash(t.mark)) c = '-';
  else if (is_single_quote(t.mark)) c = '\'';
  return fnv(h, c);
}

// The shape character of a code point (X, x, 0, itself, ?); ASCII from a table.
char shape_char(char32_t c) {
  static const auto kAscii = [] {
    std::array<char, 128> a{};
    for (char32_t k = 0; k < 128; ++k)
      a[k] = is_upper(k) ? 'X' : is_lower(k) ? 'x' : is_digit(k) ? '0' : is_letter(k) ? 'x' : static_cast<char>(k);
    return a;
  }();
  if (c < 128) return kAscii[c];
  return is_upper(c) ? 'X' : is_lower(c) ? 'x' : is_letter(c) ? 'x' : '?';
}

uint32_t shape_hash(std::u32string_view text, const Token& t) {
  if (t.kind == TokKind::Quote) return fnv(kFnvBasis, '"');
  uint32_t h = kFnvBasis;
  char prev = 0;
  int len = 0;
  for (size_t i = t.start; i < t.end && len < 8; ++i) {
    const char k = shape_char(text[i]);
    if (k == prev) continue;
    h = fnv(h, k);
    prev = k;
    ++len;
  }
  return h;
}

std::string_view class_name(const Token& t) {
  using namespace std::string_view_literals;
  if (t.kind == TokKind::Number) return "#NUM"sv;
  if (t.kind == TokKind::Currency) return "#CUR"sv;
  if (t.kind != TokKind::Word) return {};
  if (t.capitalised && !t.initial && !(t.lex.flags & (kMonth | kWeekday))) return "#NAME"sv;
  const uint32_t f = t.lex.flags;
  struct Cls { uint32_t flag; std::string_view name; };
  static const Cls kOrder[] = {
      {kUnit, "#UNIT"sv}, {kScale, "#SCALE"sv}, {kNumWord, "#NUMW"sv}, {kMonth, "#MONTH"sv},
      {kWeekday, "#DAY"sv}, {kRelDate, "#RELDATE"sv}, {kSuperlative, "#SUP"sv}, {kComparative, "#CMP"sv},
      {kChange, "#CHANGE"sv}, {kCause, "#CAUSE"sv}, {kRule, "#RULE"sv}, {kAct, "#ACT"sv},
      {kPredict, "#PRED"sv}, {kSpeech, "#SAID"sv}, {kEventVerb, "#DEED"sv}, {kOpinion, "#OPINION"sv},
      {kMind, "#MIND"sv}, {kFirstPerson, "#I"sv}, {kSecondPerson, "#YOU"sv}, {kHedge, "#HEDGE"sv},
      {kVague, "#VAGUE"sv}, {kRole, "#ROLE"sv}};
  for (const Cls& c : kOrder)
    if (f & c.flag) return c.name;
  if (f & (kFunction | kAux | kModal | kStop)) return {};
  if (is_past_verb(t)) return "#PAST"sv;
  return "#W"sv;
}

uint32_t class_hash(const Token& t, uint32_t word) {
  const std::string_view name = class_name(t);
  return name.empty() ? word : fnv(kFnvBasis, name);
}

// A word's distributional class; a word without one, a number or a mark stands for itself.
// (`word` is word_hash(t): for a word, the FNV-1a of its lowercase form.)
uint32_t distributional_hash(const Token& t, uint32_t word) {
  if (t.kind != TokKind::Word) return word;
  const int c = word_class(t.lower());
  return c < 0 ? word : 0x80000000u | static_cast<uint32_t>(c);
}

// An n-gram's slot: the namespace and the members' hashes, mixed.
inline uint32_t mix(uint32_t ns, uint32_t a, uint32_t b = 0, uint32_t c = 0) {
  uint32_t h = ns * 0x9E3779B1u;
  h = (h ^ a) * 0x85EBCA77u;
  h = (h ^ (h >> 13) ^ b) * 0xC2B2AE3Du;
  h = (h ^ (h >> 16) ^ c) * 0x27D4EB2Fu;
  return finish(h);
}

// [SECTION] named features ---------------------------------------------------------------------

void dense_features(const SentenceView& v, bool hand_sums, FeatureVec& out) {
  const Evidence& ev = v.ev;
  float cue[kFeatAgainstFirst] = {};
  for (const Cue& c : ev.cues) {
    const size_t k = static_cast<size_t>(c.kind);
    cue[k] = std::max(cue[k], static_cast<float>(c.weight));
  }
  int kinds = 0;
  for (uint32_t k = 0; k < kFeatAgainstFirst; ++k)
    if (cue[k] > 0) {
      out.add(kFeatCueFirst + k, cue[k]);
      ++kinds;
    }
  float against[kFeatHandFact - kFeatAgainstFirst] = {};
  for (const Against& a : ev.against) {
    const int i = against_index(a.what);
    if (i >= 0) against[i] = std::min(2.0f, against[i] + static_cast<float>(a.weight));
  }
  for (uint32_t i = 0; i < kFeatHandFact - kFeatAgainstFirst; ++i)
    if (against[i] > 0) out.add(kFeatAgainstFirst + i, against[i]);

  const HandScore& h = v.hand;
  if (hand_sums) {
    out.add(kFeatHandFact, static_cast<float>(h.fact));
    if (h.against > 0) out.add(kFeatHandAgainst, static_cast<float>(h.against));
    out.add(kFeatHandMargin, static_cast<float>(std::clamp(h.fact - h.against - 0.85, -3.0, 3.0)));
    if (h.hard) out.add(kFeatHandHard, 1);
    if (h.score >= 0.5) out.add(kFeatHandClaim, 1);
  }
  if (ev.proper_nouns) out.add(kFeatNames, std::min(2.0f, ev.proper_nouns / 3.0f));
  if (ev.has_number) out.add(kFeatHasNumber, 1);
  if (kinds) out.add(kFeatCueKinds, std::min(2.0f, kinds / 3.0f));
  const int w = ev.words;
  out.add(w <= 5 ? kFeatLen1 : w <= 10 ? kFeatLen2 : w <= 20 ? kFeatLen3 : w <= 35 ? kFeatLen4 : kFeatLen5, 1);
  if (ev.words > 0 && ev.quoted_words * 10 >= ev.words * 6) out.add(kFeatQuotedMost, 1);
  else if (ev.quoted_words > 0) out.add(kFeatQuotedSome, 1);
  if (h.best && v.toks[h.best->token].in_quote) out.add(kFeatBestInQuote, 1);
  for (const Cue& c : ev.cues)
    if (c.kind == CueKind::Attribution) {
      out.add(kFeatReported, 1);
      break;
    }
  if (v.final_mark == U':') out.add(kFeatEndsColon, 1);
  else if (v.final_mark == U'!') out.add(kFeatEndsExclamation, 1);
  else if (!is_terminal(v.final_mark)) out.add(kFeatNoFinalMark, 1);
  if (v.paragraph_start) out.add(kFeatParagraphStart, 1);
  if (!v.toks.empty() && (v.toks.front().in_quote || v.toks.front().kind == TokKind::Quote))
    out.add(kFeatStartsQuoted, 1);
  if (const SentenceContext* c = v.context) {
    out.add(kFeatCtxHandMean, c->hand_mean);
    out.add(kFeatCtxClaimRate, c->claim_rate);
    out.add(kFeatCtxFirstPerson, c->first_person);
    out.add(kFeatCtxNames, c->names);
    out.add(kFeatPrevHand, c->prev_hand);
    out.add(kFeatNextHand, c->next_hand);
  }
}

}  // namespace

int against_index(const char* what) {
  for (size_t i = 0; i < sizeof(kSigns) / sizeof(kSigns[0]); ++i)
    if (kSigns[i] == what) return static_cast<int>(i);
  return -1;
}

const char* dense_feature_name(uint32_t index) { return index < kDenseFeatures ? kDenseNames[index] : "hashed"; }

size_t ngram_count(size_t tokens, const FeatureConfig& c) {
  return (c.words ? tokens : 0) + (c.word_classes ? tokens : 0) +
         (c.word_bigrams + c.shape_trigrams + c.class_bigrams + c.word_classes) * (tokens + 1);
}

float ngram_value(size_t tokens, const FeatureConfig& c) {
  const size_t grams = ngram_count(tokens, c);
  return c.normalise && grams > 0 ? 1.0f / std::sqrt(static_cast<float>(grams)) : 1.0f;
}

uint32_t word_feature(const Token& t, const FeatureConfig& c) {
  if (!c.words) return kNoFeature;
  return kDenseFeatures + (mix(1, word_hash(t)) & ((uint32_t(1) << c.hash_bits) - 1));
}

// [SECTION] n-grams -----------------------------------------------------------------------------

void extract_features(const SentenceView& v, const FeatureConfig& c, FeatureVec& out) {
  out.clear();
  if (c.cues) dense_features(v, c.hand, out);
  if (c.word_vectors) {
    const VectorMean m = word_vector_mean(v.toks);
    if (m.words) out.add(kFeatWordVectors, static_cast<float>(m.mean));
  }
  const size_t dense_end = out.index.size();
  const uint32_t mask = (uint32_t(1) << c.hash_bits) - 1;

  // How many n-grams there will be is known up front: write them in place, each with its
  // final value.
  const size_t n = v.toks.size();
  const size_t grams = ngram_count(n, c);
  const float value = ngram_value(n, c);
  out.index.resize(dense_end + grams);
  out.value.resize(dense_end + grams, value);
  uint32_t* slot = out.index.data() + dense_end;
  auto put = [&](uint32_t h) { *slot++ = kDenseFeatures + (h & mask); };

  // Sentence start and end take part in bigrams and trigrams as their own tokens.
  constexpr uint32_t kStart = 0x5354u, kEnd = 0x454eu;
  uint32_t prev_word = kStart, prev_shape = kStart, prev2_shape = kStart, prev_class = kStart, prev_dist = kStart;
  for (size_t i = 0; i <= n; ++i) {
    uint32_t word = kEnd, shape = kEnd, cls = kEnd, dist = kEnd;
    if (i < n) {
      const Token& t = v.toks[i];
      word = word_hash(t);
      if (c.shape_trigrams) shape = shape_hash(v.text, t);
      if (c.class_bigrams) cls = class_hash(t, word);
      if (c.word_classes) dist = distributional_hash(t, word);
      if (c.words) put(mix(1, word));
      if (c.word_classes) put(mix(5, dist));
    }
    if (c.word_bigrams) put(mix(2, prev_word, word));
    if (c.shape_trigrams) put(mix(3, prev2_shape, prev_shape, shape));
    if (c.class_bigrams) put(mix(4, prev_class, cls));
    if (c.word_classes) put(mix(6, prev_dist, dist));
    prev2_shape = prev_shape;
    prev_shape = shape;
    prev_word = word;
    prev_class = cls;
    prev_dist = dist;
  }
}

}  // namespace core::claims
