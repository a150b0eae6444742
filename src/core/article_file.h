// article_file.h - the one decision on how a file's bytes become the article: a web page
// (by its name, else by its first bytes) has its article extracted (extract/extract.h),
// anything else is UTF-8 text. The app, the command line and the bookmarklet hand-over all
// come through here, so the same file gives the same text, and the same offsets, everywhere.
//
// How to use:
//   core::ArticleFileResult r = core::read_article_file("story.html", bytes);
//   if (!r.file) show(r.error);            // "invalid UTF-8 at byte 17 (line 2)"
//   const core::Article& a = r.file->article;
//   // A page handed over by the browser: its address is the article's URL.
//   r = core::read_article_file("", html, "https://example.org/story");
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/article.h"

namespace core {

struct ArticleFile {
  Article article;        // title, url, text (what offsets count)
  bool from_html = false; // read as a web page
  // What a web page says about its article ("" when unknown or for text files). The
  // article's title falls back to its first line; page_title is only what the page says.
  std::string page_title, byline, published, site, lang, dir, encoding;
  std::string warning;    // the page was read only in part, and why
};

struct ArticleFileResult {
  std::optional<ArticleFile> file;
  std::string error;  // what is wrong and where; the caller adds the file's name
};

// `name` is the file's name (only its extension matters; may be empty). `url`, when given,
// is where the page was read from and becomes the article's URL; otherwise a web page's
// canonical URL is used.
ArticleFileResult read_article_file(std::string_view name, std::string_view bytes,
                                    std::string_view url = {});

// How `name` and `bytes` are read: true for a web page. .html/.htm/.xhtml are pages,
// .txt/.md/.text are text; otherwise bytes starting (after a byte order mark, white space
// and comments) with a tag are a page.
bool is_html_file(std::string_view name, std::string_view bytes);

}  // namespace core
