// tag_meaning.h - what a free-text tag from another tool means to us: one of our categories,
// one of our verdicts, or nothing. The table is in docs/FORMAT.md ("Tags from other tools").
//
// How to use:
//   core::TagMeaning m = core::tag_meaning("Pants on Fire");  // m.verdict == Verdict::False
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/annotation.h"

namespace core {

struct TagMeaning {
  std::optional<std::string> category;  // a built-in category name ("statistic", ...)
  std::optional<Verdict> verdict;
};

// Compares case-insensitively, with spaces and underscores read as hyphens and an optional
// "category:" or "verdict:" prefix; a tag means at most one thing.
TagMeaning tag_meaning(std::string_view tag);

}  // namespace core
