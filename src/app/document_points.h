// document_points.h - the code points a document shows (its article, title, notes and
// evidence, the note being typed, the search and whatever is typed into a text field),
// sorted and each once: what the fonts must draw (Fonts::show_points fetches the script
// fonts for them). The article's set is computed once per document; the rest whenever it
// changes.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

class AppState;

class DocumentPoints {
 public:
  // True when the set changed since the last call; then points() holds it.
  bool update(const AppState& app);
  const std::vector<char32_t>& points() const { return points_; }

 private:
  uint64_t generation_ = UINT64_MAX, revision_ = UINT64_MAX;
  std::string draft_;
  std::u32string field_;       // the active text field's text and the search, last frame
  std::set<char32_t> typed_;   // every character typed into fields since the document opened
  std::vector<char32_t> article_, points_;
};
