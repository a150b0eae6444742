// extract.h - a web page's bytes to its article: the text a reader came for, without
// menus, notices, share bars, comments and link lists, plus what the page says about it.
//
// How to use:
//   core::ExtractResult r = core::extract_article(html_bytes);
//   if (!r.page) show(r.error);               // "unsupported character encoding ..."
//   else open(r.page->text, r.page->title);   // paragraphs separated by "\n\n"
//
// The page is decoded (extract/charset.h), parsed with libxml2's HTML parser
// (extract/html_parse.h), its metadata read (extract/metadata.h), the article found and
// cleaned as Mozilla Readability does (extract/article_body.h, extract/cleanup.h) and
// written out as text (extract/text_output.h). Any bytes give a page or an error; nothing
// throws, and the time taken grows with the page's size, not with how it is nested.
#pragma once

#include <optional>
#include <string>
#include <vector>
#include <string_view>

namespace core {

struct ExtractedPage {
  std::string title;      // without the site's name (" | Site")
  std::string byline;     // "" when unknown, as are the fields below
  std::string published;  // as the page gives it, usually ISO 8601
  std::string site;
  std::string url;        // the page's canonical URL
  std::string lang;       // BCP 47 tag from <html lang>
  std::string dir;        // "ltr", "rtl" or ""
  std::string encoding;   // what the bytes were read as
  std::string text;       // the article, headline first: paragraphs separated by a blank line
  std::string warning;    // the page was read only in part, and why; usually ""
  std::vector<std::string> headings;  // paragraphs of `text` that were headings, in order
};

struct ExtractResult {
  std::optional<ExtractedPage> page;
  std::string error;  // says what is wrong and where, when page is empty
};

// Pages larger than this are refused with a message rather than parsed.
constexpr size_t kMaxPageBytes = 64u << 20;

ExtractResult extract_article(std::string_view bytes);

}  // namespace core
