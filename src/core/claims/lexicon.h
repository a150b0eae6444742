// lexicon.h - the cue words of the claim rules: each lowercase word (or two-word phrase)
// carries flags saying which kind of claim (or non-claim) it signals, and a strength.
#pragma once

#include <cstdint>
#include <string_view>

namespace core::claims {

enum CueFlag : uint32_t {
  kNumWord = 1u << 0,       // two, twelve, dozens, tens
  kScale = 1u << 1,         // hundred, thousand, million, billion
  kUnit = 1u << 2,          // percent, dollars, tonnes, kilometres
  kMonth = 1u << 3,
  kWeekday = 1u << 4,
  kRelDate = 1u << 5,       // yesterday, today, last year
  kTimeUnit = 1u << 6,      // years, days, minutes
  kSuperlative = 1u << 7,   // first, largest, record
  kComparative = 1u << 8,   // more than, higher, fewer
  kChange = 1u << 9,        // soaring, doubled, fell
  kCause = 1u << 10,        // because, due to, led to
  kRule = 1u << 11,         // law, court, warrant, members, obliged
  kAct = 1u << 12,          // signed, banned, ruled, declared, issued
  kPredict = 1u << 13,      // will, scheduled, plans to
  kModal = 1u << 14,        // could, might, would
  kSpeech = 1u << 15,       // said, told, according to
  kEventVerb = 1u << 16,    // visited, arrived, won, killed
  kOpinion = 1u << 17,      // amazing, good, hopefully
  kFirstPerson = 1u << 18,  // I, we, our
  kSecondPerson = 1u << 19, // you, your
  kHedge = 1u << 20,        // widely, as if, reportedly(?) - speculation and metaphor
  kVague = 1u << 21,        // some, others (as a subject)
  kMind = 1u << 22,         // fear, hope, believe, feel
  kPleasantry = 1u << 23,   // thank, welcome, congratulations
  kFunction = 1u << 24,     // the, of, and: glue words, never a key word alone
  kBoilerplate = 1u << 25,  // subscribe, advertisement
  kOrdinal = 1u << 26,      // second, third, fourth
  kPhraseStart = 1u << 27,  // begins a two-word entry
  kPreNumber = 1u << 28,    // about, over, nearly: belongs to a quantity's key
  kAux = 1u << 29,          // has, been, was: belongs to a verb's key
  kStop = 1u << 30,         // ends a key phrase going right (conjunctions, relatives)
  kRole = 1u << 31,         // chairman, president, coach: "X is chairman of ..." is checkable
};

struct LexEntry {
  uint32_t flags = 0;
  uint8_t strength = 0;  // 1 weak, 2 normal, 3 strong
};

// Looks up a lowercase ASCII word (apostrophes as '); empty entry when unknown.
LexEntry lookup(std::string_view word);
// Looks up the two-word phrase "first second".
LexEntry lookup_phrase(std::string_view first, std::string_view second);

}  // namespace core::claims
