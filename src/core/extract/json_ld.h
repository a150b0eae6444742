// json_ld.h - the schema.org article described in a page's JSON-LD scripts (NewsArticle,
// BlogPosting, ...; also inside a @graph): its headline, authors, publisher, date and URL.
// Scripts that do not parse, or describe something else, are skipped.
#pragma once

#include <string>

#include "core/extract/dom.h"

namespace core::extract {

struct JsonLd {
  std::string title, byline, site, published, url;
};

// `html_title` (from <title>) picks between "name" and "headline" when they differ.
JsonLd read_json_ld(Document& doc, const std::string& html_title);

}  // namespace core::extract
