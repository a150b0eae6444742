// claim_finder.h - finds the sentences of an article that make check-worthy factual claims,
// offline: rules find the cues, a small logistic model compiled in (model.h) scores them
// with the words and the passage around. Offsets are code points, end exclusive.
//
// How to use:
//   std::vector<core::Sentence> s = core::split_sentences(article.cps);
//   for (const core::ClaimSuggestion& c : core::suggest_claims(article.cps, 0.6)) {
//     // c.start..c.end is the sentence, c.key_start..c.key_end the phrase carrying the
//     // claim, c.category one of quantity, comparison, causation, rule, prediction, event,
//     // quote; c.score in [kClaimThreshold, 1]; c.reason a short text for people.
//   }
//
// The rules, the model and their categories are described in docs/CLAIMS.md.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct Sentence {
  size_t start = 0, end = 0;  // trimmed: no leading or trailing whitespace
};

// Splits text into sentences. Handles abbreviations (Mr., U.S., Feb. 5, a.m.), decimals
// (1.3), initials (John F. Kennedy), quotation marks that close after the full stop, "[...]"
// (kept with the sentence that follows), and line structure: a blank line always ends a
// sentence, a single line break ends one unless the text simply wraps there.
std::vector<Sentence> split_sentences(std::u32string_view text);

struct ClaimSuggestion {
  size_t start = 0, end = 0;          // the sentence
  size_t key_start = 0, key_end = 0;  // the phrase that carries the claim, inside the sentence
  std::string category;               // quantity, comparison, causation, rule, prediction, event, quote
  double score = 0;                   // check-worthiness (ranks suggestions), rounded to 3 decimals
  std::string reason;                 // e.g. "counts countries; cites membership: members"
};

// A sentence is suggested when its score reaches this; lower-scoring sentences (opinion,
// questions, headlines, captions, pleasantries, vague statements) are not claims.
constexpr double kClaimThreshold = 0.5;

// Suggestions sorted by position, each with score >= max(min_score, kClaimThreshold).
std::vector<ClaimSuggestion> suggest_claims(std::u32string_view text, double min_score = 0.0);

}  // namespace core
