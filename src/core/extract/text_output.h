// text_output.h - an article's HTML as the plain text the annotator shows and counts
// offsets in.
//
// Block elements (paragraphs, headings, list items, block quotes, figure captions, table
// rows, ...) become paragraphs separated by one blank line; <br> becomes a line break;
// white space inside a paragraph collapses to single spaces (no-break spaces included);
// <pre> keeps its lines. List items start with "• " (or "1. ", "2. ", ... in ordered
// lists); the cells of a data table are separated by " | ", one row per line. Soft hyphens
// and stray byte order marks are dropped so that quotes typed by a reader match; a
// paragraph of nothing but white space is dropped. Images, media, forms and scripts have
// no text.
#pragma once

#include <string>
#include <vector>

#include "core/extract/dom.h"

namespace core::extract {

// `headings`, when given, receives the text of each paragraph written from an <h1>-<h6>,
// in order (for core::mark_headings).
std::string article_text(const Node* content, std::vector<std::string>* headings = nullptr);

}  // namespace core::extract
