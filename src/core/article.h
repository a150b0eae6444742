// article.h - the article being annotated: UTF-8 text with a title and an optional source
// URL, its code points (what every offset counts) and its paragraphs.
//
// How to use:
//   core::ArticleResult r = core::make_article(file_bytes, "", "https://example.org/story");
//   if (!r.article) show(r.error);                 // "invalid UTF-8 at byte 17 (line 2)"
//   const core::Article& a = *r.article;
//   std::string quote = core::slice(a, 10, 25);    // code points [10, 25)
//   std::string hex = core::article_sha256(a);     // fingerprint written into exported files
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

// Code point offsets, end exclusive.
struct Range {
  size_t start = 0, end = 0;
};

struct Article {
  std::string title;              // UTF-8
  std::string url;                // may be empty
  std::string text;               // UTF-8, line endings normalised to "\n", BOM dropped
  std::u32string cps;             // the same text as code points (what offsets index)
  std::vector<Range> paragraphs;  // blank-line separated, trimmed, non-empty
  // Paragraphs the source marks as headings (a web page's <h1>-<h6>), in order; each is
  // one of `paragraphs`. The reading view sets them as headings; offsets are unaffected.
  std::vector<Range> headings;
  // A web page's direction (its <html> or article's dir): "rtl" or "ltr" sets every
  // paragraph's direction, as the browser does; "" lets each paragraph's text decide.
  std::string dir;
};

struct ArticleResult {
  std::optional<Article> article;
  std::string error;  // names the byte offset for invalid UTF-8
};

// Validates UTF-8 (the error names the byte offset in `bytes`), drops a leading BOM and
// normalises "\r\n" and "\r" to "\n". If title is empty, the first non-empty line (trimmed)
// becomes the title; the text keeps that line, so offsets always index the full text.
ArticleResult make_article(std::string_view bytes, std::string title = {}, std::string url = {});

// UTF-8 of cps[start, end), both clamped to the text.
std::string slice(const Article& a, size_t start, size_t end);

// Lowercase hex SHA-256 of a.text's UTF-8 bytes.
std::string article_sha256(const Article& a);

// Paragraph ranges of `cps`: runs of non-blank lines, trimmed of white space. Exposed for
// tests and for callers that edit cps directly.
std::vector<Range> find_paragraphs(std::u32string_view cps);

// Marks as headings the paragraphs whose text (white space collapsed) is, in order, each
// of `heading_texts` (what an HTML page's h1-h6 held); texts not found are skipped.
void mark_headings(Article& a, const std::vector<std::string>& heading_texts);

// Index into a.paragraphs of the paragraph holding code point `pos`, or of the first
// paragraph after it when `pos` is between paragraphs; nullopt past the last one.
std::optional<size_t> paragraph_at(const Article& a, size_t pos);

}  // namespace core
