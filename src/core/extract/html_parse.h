// html_parse.h - UTF-8 HTML to a core::extract::Document, with libxml2's forgiving HTML
// parser (the one under lxml). The only file that sees libxml2.
//
// How to use:
//   core::extract::ParsedHtml p = core::extract::parse_html(utf8);
//   if (!p.error.empty()) report(p.error);   // only when libxml2 runs out of memory
//   walk(p.doc.body());
//
// Any bytes parse: malformed markup is repaired the way libxml2 repairs it, never
// rejected. The result always has <html>, <head> and <body>. Elements nested deeper than
// kMaxDepth become children of their ancestor at that depth (their content stays theirs),
// so no later walk over the tree costs more than kMaxDepth times its size. Parsing stops where
// libxml2's stack of open elements passes kParseDepthLimit (real pages stay under 50; each
// end tag costs libxml2 a search of that stack), and `warning` says where.
#pragma once

#include <string>
#include <string_view>

#include "core/extract/dom.h"

namespace core::extract {

constexpr int kMaxDepth = 200;
constexpr int kParseDepthLimit = 256;

struct ParsedHtml {
  Document doc;
  std::string error;    // the page could not be parsed at all
  std::string warning;  // the page was parsed only in part
};

// `utf8` must be valid UTF-8 (charset.h makes it so); meta charset declarations inside it
// are ignored.
ParsedHtml parse_html(std::string_view utf8);

}  // namespace core::extract
