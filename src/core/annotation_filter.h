// annotation_filter.h - which annotations the side panel lists: by category, by verdict and
// by a case-insensitive text search over quote, note and links.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotation.h"

namespace core {

struct AnnotationFilter {
  std::string category;            // empty: every category
  std::optional<Verdict> verdict;  // nullopt: every verdict
  std::string search;              // UTF-8; empty matches everything
  bool matches(const Annotation& a) const;
  bool active() const { return !category.empty() || verdict || !search.empty(); }
};

// Indexes into `all` of the annotations that match, in the order of `all`.
std::vector<size_t> filter_annotations(const std::vector<Annotation>& all, const AnnotationFilter& f);

// Lower case for Latin (with Latin-1 and Extended-A), Greek and Cyrillic; others unchanged.
char32_t fold_case(char32_t c);
// True when `haystack` contains `needle`, ignoring case as fold_case does (UTF-8 both).
bool contains_folded(std::string_view haystack, std::string_view needle);

}  // namespace core
