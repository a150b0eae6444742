// strongest_claims.h - which suggested claims the reading view outlines: the strongest, one
// for about every four paragraphs, so that outlines point at what is most worth checking
// instead of covering the page (the sample article had 18 of its 22 paragraphs outlined).
// The panel can still list the others.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "core/claims/claim_finder.h"

namespace core {

// How many to outline in an article of `paragraphs` paragraphs (at least 3).
size_t outline_budget(size_t paragraphs);

// For each suggestion (in `all`'s order), whether it is among the `budget` highest-scoring
// ones that `skip` (e.g. dismissed ones) does not exclude; ties go to the earlier one.
std::vector<bool> strongest_claims(const std::vector<ClaimSuggestion>& all, size_t budget,
                                   const std::function<bool(size_t)>& skip = {});

}  // namespace core
