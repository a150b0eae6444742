// evidence.h - what an annotation's evidence entry is: a web address to open, or a note on
// a source that has none ("see p. 4 of the report"), kept as written and shown as such.
//
// How to use:
//   core::Evidence e = core::read_evidence("www.icc-cpi.int/states-parties");
//   if (e.kind == core::Evidence::Kind::Link) open(e.href);   // "https://www.icc-cpi.int/..."
//   std::string shown = core::short_link(e.href, 40);         // "icc-cpi.int/states-parties"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace core {

struct Evidence {
  enum class Kind { Link, SourceNote };
  Kind kind = Kind::SourceNote;
  std::string href;  // Link: the address to open (with https:// added to a bare "www.x.org")
};

// http(s) addresses, "www.…", bare domains with a path ("bbc.co.uk/news/…") and DOIs are
// links; anything with a space, or without a dot before the first slash, is a source note.
Evidence read_evidence(std::string_view text);

// What the reader types, as it is kept: links get their scheme ("www.x.org" ->
// "https://www.x.org"), DOIs their resolver; source notes are only trimmed.
std::string normalise_evidence(std::string_view text);

// A link for people: no scheme, no "www.", at most `max_cps` code points with an ellipsis.
std::string short_link(std::string_view href, size_t max_cps);

}  // namespace core
