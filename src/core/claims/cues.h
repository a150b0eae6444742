// cues.h - the evidence the claim rules collect from one tokenized sentence: cues for each
// claim category (with the token range of their key phrase) and signs against a claim.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/claims/tokens.h"

namespace core::claims {

enum class Category { Quantity, Comparison, Causation, Rule, Prediction, Event, Quote };
const char* to_string(Category c);

// What kind of cue, for the human reason.
enum class CueKind {
  Count, Money, Percent, Measure, Ordinal, Superlative, Comparative, Change, Cause, Rule,
  Prediction, Date, Deed, Attribution
};

struct Cue {
  Category category = Category::Event;
  CueKind kind = CueKind::Deed;
  double weight = 0;
  size_t token = 0;              // the token that triggered it
  size_t key_first = 0, key_last = 0;  // token range of the key phrase, inclusive
};

// Kinds of evidence against a claim (names double as the human reason).
extern const char* const kOpinionSign;
extern const char* const kFeelingSign;
extern const char* const kFirstPersonSign;
extern const char* const kReaderSign;
extern const char* const kSpeculationSign;
extern const char* const kPleasantrySign;
extern const char* const kFurnitureSign;
extern const char* const kVagueSign;
extern const char* const kPrescriptionSign;

struct Against {
  double weight = 0;
  const char* what = nullptr;  // one of the k...Sign names: compared by address
  size_t token = 0;            // the word that showed it
};

struct Evidence {
  std::vector<Cue> cues;
  std::vector<Against> against;
  int words = 0;            // word and number tokens
  int quoted_words = 0;     // of which inside a quotation
  int proper_nouns = 0;     // capitalised words that are not sentence-initial
  bool has_number = false;  // any digit or number word
};

// Collects cues and signs against from the tokens of one sentence (ev is cleared first,
// keeping its capacity).
void collect_evidence(const std::vector<Token>& toks, Evidence& ev);

// The hand-weighted sum of the evidence: the rules' own verdict, kept as the learned
// model's strongest features. fact = best cue + 0.3 x other cues (<= 2) + 0.15 per name
// (<= 0.6); against sums the signs (each kind once, repeats a little, <= 2 per kind);
// score = 1 / (1 + e^(-3 (fact - against - 0.85))).
struct HandScore {
  double fact = 0, against = 0, score = 0;
  bool hard = false;             // a figure, date or record (cue weight >= 1.2)
  const Cue* best = nullptr;     // the heaviest cue (ties: the earlier category)
  const Against* worst = nullptr;
};
HandScore weigh(const Evidence& ev);

// Key phrases: token ranges grown around a cue.
void expand_quantity_key(const std::vector<Token>& toks, Cue& cue);
void expand_phrase_key(const std::vector<Token>& toks, Cue& cue, int left, int right);
void expand_speaker_key(const std::vector<Token>& toks, Cue& cue);

// Helpers shared by the cue and key code.
bool is_word(const Token& t);          // Word or Number
bool is_past_verb(const Token& t);     // "visited", "won": a lexicon deed or a regular -ed form
bool is_numeric_word(const Token& t);  // digits, number words, scales

}  // namespace core::claims
