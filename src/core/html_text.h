// html_text.h - readable text from an HTML page, for opening saved news pages as articles.
//
// How to use:
//   core::HtmlText page = core::html_to_text(html_bytes);   // input must be valid UTF-8
//   core::make_article(page.text, page.title);
//
// Scripts, styles and other non-content elements are dropped, block elements (p, h1-h6,
// li, blockquote, div, tr, ...) become paragraphs separated by a blank line, <br> becomes a
// line break, white space inside a paragraph collapses to single spaces, and character
// references (&amp;, &rsquo;, &#8217;, &#x2019;) are decoded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace core {

struct HtmlText {
  std::string title;  // <title>, else the first <h1>, else empty
  std::string text;   // paragraphs separated by "\n\n"
  std::vector<std::string> headings;  // what each <h1>-<h6> held, in order (for mark_headings)
};

HtmlText html_to_text(std::string_view html);

// True when the bytes look like an HTML document rather than plain text.
bool looks_like_html(std::string_view bytes);

}  // namespace core
