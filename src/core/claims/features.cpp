// features.cpp - turns one sentence (its tokens, the rules' cues and signs, its shape) into
// the sparse feature vector of the learned claim model. No allocation per word: n-grams are
// hashed in place (FNV-1a) from the tokens' lowercase forms.
#include "core/claims/features.h"

#include <algorithm>
#include <cmath>

#include "core/claims/text_chars.h"

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
    "ends:exclamation", "ends:none", "paragraph-start", "starts-quoted"};

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

// The form a token takes in word n-grams: the lowercase word; a number by its digits'
// shape ("1,200" -> "0,000", "1961" -> "0000"); a mark as itself.
struct Norm {
  char buf[Token::kLowerMax];
  uint8_t len = 0;
  std::string_view view() const { return {buf, len}; }
};

Norm word_form(const Token& t) {
  Norm n;
  if (t.kind == TokKind::Word) {
    const std::string_view s = t.lower();
    n.len = static_cast<uint8_t>(s.size());
    std::copy(s.begin(), s.end(), n.buf);
    return n;
  }
  if (t.kind == TokKind::Number) {
    int run = 0;
    for (char c : t.lower()) {
      const bool digit = c >= '0' && c <= '9';
      run = digit ? run + 1 : 0;
      if (digit && run > 4) continue;
      n.buf[n.len++] = digit ? '0' : c;
    }
    return n;
  }
  char c = '?';
  if (t.kind == TokKind::Quote) c = '"';
  else if (t.kind == TokKind::Currency) c = '$';
  else if (t.mark < 0x80) c = static_cast<char>(t.mark);
  else if (is_dash(t.mark)) c = '-';
  else if (is_single_quote(t.mark)) c = '\'';
  n.buf[n.len++] = c;
  return n;
}

// Word shape: X upper, x lower, 0 digit, other ASCII as itself; runs collapse ("Xx", "X.X.", "0,0").
Norm shape_form(std::u32string_view text, const Token& t) {
  Norm n;
  char prev = 0;
  for (size_t i = t.start; i < t.end && n.len < 8; ++i) {
    const char32_t c = text[i];
    char k = is_upper(c) ? 'X' : is_lower(c) ? 'x' : is_digit(c) ? '0' : is_letter(c) ? 'x' : c < 0x80 ? static_cast<char>(c) : '?';
    if (t.kind == TokKind::Quote) k = '"';
    if (k == prev) continue;
    n.buf[n.len++] = k;
    prev = k;
  }
  return n;
}

std::string_view class_name(const Token& t);

// Lexicon class, for class bigrams: what the rules make of the word (function words and
// marks stand for themselves).
Norm class_form(const Token& t, const Norm& word) {
  Norm n;
  const std::string_view name = class_name(t);
  if (name.empty()) return word;
  n.len = static_cast<uint8_t>(name.size());
  std::copy(name.begin(), name.end(), n.buf);
  return n;
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
}

}  // namespace

int against_index(const char* what) {
  for (size_t i = 0; i < sizeof(kSigns) / sizeof(kSigns[0]); ++i)
    if (kSigns[i] == what) return static_cast<int>(i);
  return -1;
}

const char* dense_feature_name(uint32_t index) { return index < kDenseFeatures ? kDenseNames[index] : "hashed"; }

// [SECTION] n-grams -----------------------------------------------------------------------------

void extract_features(const SentenceView& v, const FeatureConfig& c, FeatureVec& out) {
  out.clear();
  if (c.cues) dense_features(v, c.hand, out);
  const size_t dense_end = out.index.size();
  const uint32_t mask = (uint32_t(1) << c.hash_bits) - 1;
  auto put = [&](uint32_t h) { out.add(kDenseFeatures + (finish(h) & mask), 1.0f); };

  // Sentence start and end take part in bigrams and trigrams as "<" and ">".
  const size_t n = v.toks.size();
  Norm prev_word, prev_shape, prev2_shape, prev_class;
  prev_word.buf[0] = prev_shape.buf[0] = prev2_shape.buf[0] = prev_class.buf[0] = '<';
  prev_word.len = prev_shape.len = prev2_shape.len = prev_class.len = 1;
  for (size_t i = 0; i <= n; ++i) {
    Norm word, shape, cls;
    if (i < n) {
      word = word_form(v.toks[i]);
      shape = shape_form(v.text, v.toks[i]);
      cls = class_form(v.toks[i], word);
      if (c.words) put(fnv(fnv(kFnvBasis, 'w'), word.view()));
    } else {
      word.buf[0] = shape.buf[0] = cls.buf[0] = '>';
      word.len = shape.len = cls.len = 1;
    }
    if (c.word_bigrams) put(fnv(fnv(fnv(fnv(kFnvBasis, 'b'), prev_word.view()), '\x1f'), word.view()));
    if (c.shape_trigrams)
      put(fnv(fnv(fnv(fnv(fnv(fnv(kFnvBasis, 's'), prev2_shape.view()), '\x1f'), prev_shape.view()), '\x1f'),
              shape.view()));
    if (c.class_bigrams) put(fnv(fnv(fnv(fnv(kFnvBasis, 'c'), prev_class.view()), '\x1f'), cls.view()));
    prev2_shape = prev_shape;
    prev_shape = shape;
    prev_word = word;
    prev_class = cls;
  }
  const size_t grams = out.index.size() - dense_end;
  if (c.normalise && grams > 0) {
    const float scale = 1.0f / std::sqrt(static_cast<float>(grams));
    for (size_t i = dense_end; i < out.value.size(); ++i) out.value[i] = scale;
  }
}

}  // namespace core::claims
