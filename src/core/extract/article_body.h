// article_body.h - finding the article in a prepared page (Readability's _grabArticle):
// paragraphs are scored by length and commas, their ancestors collect the scores scaled by
// class/id hints and link density, the best ancestor and its related siblings become the
// article, which is then cleaned. When the result is too short the rules are relaxed one
// at a time (strip unlikely blocks, then class weights, then conditional cleaning).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/extract/dom.h"

namespace core::extract {

struct ArticleBody {
  std::string text;    // the article as text (text_output.h); "" when the page has none
  std::string byline;  // a byline element found (and removed) in the page
  std::string dir;     // dir attribute of the article or its nearest ancestor
  std::vector<std::string> headings;  // the text's paragraphs that were <h1>-<h6>, in order
};

// `doc` has been through prep_document. `title` is the page's title: a heading repeating it
// is dropped from the text. Unless `byline_known` (the page's metadata names the author),
// the first element that looks like a byline is taken out of the text and returned.
// `reparse` gives the page afresh, prepared, for each retry (Readability restores the page
// from its HTML; parsing again costs less memory than keeping a copy of a large page).
ArticleBody find_article_body(Document& doc, const std::string& title, bool byline_known,
                              const std::function<Document()>& reparse);

}  // namespace core::extract
