// selection.cpp - see selection.h.
#include "core/selection.h"

#include <algorithm>
#include <utility>

namespace core {

void fill_selectors(const Article& a, Annotation& ann) {
  const size_t n = a.cps.size();
  if (ann.start > ann.end) std::swap(ann.start, ann.end);
  ann.end = std::min(ann.end, n);
  ann.start = std::min(ann.start, ann.end);
  ann.exact = slice(a, ann.start, ann.end);
  ann.prefix = slice(a, ann.start - std::min(ann.start, kContextLength), ann.start);
  ann.suffix = slice(a, ann.end, ann.end + kContextLength);
}

Annotation make_annotation(const Article& a, size_t start, size_t end, std::string category) {
  Annotation ann;
  ann.start = start;
  ann.end = end;
  fill_selectors(a, ann);
  ann.category = category.empty() ? "claim" : std::move(category);
  ann.id = new_annotation_id();
  ann.created = ann.modified = now_iso8601();
  return ann;
}

}  // namespace core
