// cleanup.h - preparing a page before the article is looked for, and cleaning the article
// once found: the rules of Mozilla Readability (_prepDocument, _prepArticle,
// _cleanConditionally), which decide most of what counts as boilerplate.
#pragma once

#include "core/extract/dom.h"

namespace core::extract {

// The three rules Readability relaxes, one after the other, when an attempt finds too
// little text.
struct Flags {
  bool strip_unlikelys = true;      // drop elements whose class/id says menu, comment, ...
  bool weight_classes = true;       // score class/id hints
  bool clean_conditionally = true;  // drop link-heavy or form-like blocks in the article
};

// Drops scripts, styles, noscript and templates; turns runs of <br> into paragraphs;
// <font> becomes <span>.
void prep_document(Document& doc);

// Readability's class weight: -25 or +25 for each of class and id that look negative or
// positive; 0 when class weights are off.
int class_weight(const Node* n, const Flags& flags);

// Share of n's text inside links (links to "#..." count 30%).
double link_density(const Node* n);

bool is_phrasing_content(const Node* n);
bool is_whitespace_node(const Node* n);  // blank text or <br>

// Cleans the chosen article in place: forms, embeds, asides, share bars, navigation,
// link-heavy lists and blocks, empty paragraphs, headings that look like boilerplate.
void prep_article(Node* content, const Flags& flags);

}  // namespace core::extract
