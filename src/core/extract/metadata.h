// metadata.h - what a page says about its article: title, byline, publication time, site
// name, canonical URL and language, read from JSON-LD (schema.org Article types),
// OpenGraph and other meta tags, <link rel="canonical"> and <html lang>.
//
// How to use (before scripts are removed: JSON-LD lives in <script> elements):
//   core::extract::PageMetadata m = core::extract::read_metadata(doc);
//   std::string shown = core::extract::strip_site_name(m.title, m.site, m.url);  // title.h
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

}  // namespace core::extract
