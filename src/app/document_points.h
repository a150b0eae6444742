// document_points.h - the code points a document shows (its article, title and notes, the
// note being typed included), sorted and each once: what the fonts must draw
// (Fonts::show_points fetches the script fonts for them). The article's set is computed once
// per document; the notes' whenever they change.
#pragma once

#include <cstdint>
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
  std::vector<char32_t> article_, points_;
};
