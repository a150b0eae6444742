// claim_rules.h - the verdict on every sentence, claims and non-claims alike: what
// suggest_claims filters, and what tests and tuning read to see why a sentence was or was
// not suggested.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/claims/claim_finder.h"

namespace core::claims {

struct SentenceVerdict {
  Sentence sentence;
  size_t key_start = 0, key_end = 0;  // empty (key_start == key_end) for non-claims
  std::string category;               // a claim category, or "none"
  double score = 0;                   // [0, 1]; a claim when >= kClaimThreshold
  std::string reason;                 // why it is, or is not, a claim
};

struct ClaimModel;

// Every sentence with its verdict, scored by the compiled-in model or by `model`.
std::vector<SentenceVerdict> judge_sentences(std::u32string_view text);
std::vector<SentenceVerdict> judge_sentences(std::u32string_view text, const ClaimModel& model);

}  // namespace core::claims
