// annotation_filter.cpp - see annotation_filter.h.
#include "core/annotation_filter.h"

#include <algorithm>

#include "core/utf8.h"

namespace core {

char32_t fold_case(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 32;
  if (c < 0xC0) return c;
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;        // Latin-1
  if (c >= 0x100 && c <= 0x17F) {                                     // Latin Extended-A
    if (c == 0x130 || c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
    const bool odd_is_lower = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (odd_is_lower) return (c % 2 == 1) ? c + 1 : c;
    return (c % 2 == 0) ? c + 1 : c;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;         // Greek
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c == 0x3C2) return 0x3C3;                                        // final sigma
  if (c >= 0x410 && c <= 0x42F) return c + 32;                         // Cyrillic
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x460 && c <= 0x4FF && c % 2 == 0 && !(c >= 0x482 && c <= 0x489)) return c + 1;
  return c;
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  std::u32string h = utf8::decode(haystack), n = utf8::decode(needle);
  for (auto& c : h) c = fold_case(c);
  for (auto& c : n) c = fold_case(c);
  return h.find(n) != std::u32string::npos;
}

bool AnnotationFilter::matches(const Annotation& a) const {
  if (!category.empty() && a.category != category) return false;
  if (verdict && a.verdict != *verdict) return false;
  if (search.empty()) return true;
  if (contains_folded(a.exact, search) || contains_folded(a.note, search)) return true;
  return std::any_of(a.links.begin(), a.links.end(),
                     [&](const std::string& l) { return contains_folded(l, search); });
}

std::vector<size_t> filter_annotations(const std::vector<Annotation>& all, const AnnotationFilter& f) {
  std::vector<size_t> out;
  out.reserve(all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    if (f.matches(all[i])) out.push_back(i);
  }
  return out;
}

}  // namespace core
