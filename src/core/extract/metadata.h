// metadata.h - what a page says about its article: title, byline, publication time, site
// name, canonical URL and language, read from JSON-LD (schema.org Article types),
// OpenGraph and other meta tags, <link rel="canonical"> and <html lang>.
//
// How to use (before scripts are removed: JSON-LD lives in <script> elements):
//   core::extract::PageMetadata m = core::extract::read_metadata(doc);
//   std::string shown = core::extract::strip_site_name(m.title, m.site, m.url);
#pragma once

#include <string>

#include "core/extract/dom.h"

namespace core::extract {

struct PageMetadata {
  std::string title;      // as Readability chooses it (used to spot the duplicate heading)
  std::string byline;
  std::string published;  // as the page writes it (usually ISO 8601)
  std::string site;
  std::string url;        // canonical URL, else og:url, else JSON-LD url
  std::string lang;       // <html lang>, else Content-Language
  std::string dir;        // <html dir> or <body dir>
};

PageMetadata read_metadata(Document& doc);

// The title of the document from <title> alone, separators handled the way Readability
// does (" | Site" and "Site > Section > " parts dropped when what is left is long enough).
std::string title_from_title_element(Document& doc);

// `title` without a leading or trailing site name ("Story | Site", "Site - Story"). With no
// site name known, a part after " | " or one that names the URL's host is dropped.
std::string strip_site_name(const std::string& title, const std::string& site, const std::string& url);

// Readability's word-overlap similarity of two strings (0..1): how much of b's text is
// made of words that also occur in a.
double text_similarity(const std::string& a, const std::string& b);

}  // namespace core::extract
