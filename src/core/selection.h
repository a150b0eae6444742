// selection.h - turning a selected range of the article into a new annotation, with the
// quote and the context (prefix/suffix) that let it be found again after the text changes.
//
// How to use:
//   core::Annotation a = core::make_annotation(article, sel_start, sel_end, "statistic");
//   store.add(std::move(a));
#pragma once

#include <cstddef>
#include <string>

#include "core/annotation.h"
#include "core/article.h"

namespace core {

// exact, prefix and suffix (up to kContextLength code points each side) from the text;
// start/end are clamped to the text and swapped when reversed; a new id and created =
// modified = now.
Annotation make_annotation(const Article& a, size_t start, size_t end,
                           std::string category = "claim");

// Refreshes exact/prefix/suffix of `ann` from the text at ann.start/ann.end (clamped).
void fill_selectors(const Article& a, Annotation& ann);

}  // namespace core
