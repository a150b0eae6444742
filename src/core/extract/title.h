// title.h - an article's title from a page: <title> read the way Readability reads it, the
// site's name taken off, and the word-overlap similarity used to spot a heading that
// repeats the title.
#pragma once

#include <string>

#include "core/extract/dom.h"

namespace core::extract {

// The title of the document from <title> alone, separators handled the way Readability
// does (" | Site" and "Site > Section > " parts dropped when what is left is long enough).
std::string title_from_title_element(Document& doc);

// `title` without a leading or trailing site name ("Story | Site", "Site - Story"). With no
// site name known, a part after " | " or a short one that names the URL's host is dropped.
std::string strip_site_name(const std::string& title, const std::string& site, const std::string& url);

// Readability's word-overlap similarity of two strings (0..1): how much of b's text is
// made of words that also occur in a.
double text_similarity(const std::string& a, const std::string& b);

// JavaScript's str.split(/\s+/).length: words plus empty pieces at the ends.
size_t word_count(std::string_view s);

}  // namespace core::extract
