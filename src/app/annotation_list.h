// annotation_list.h - the side panel's list of annotations in article order (quote,
// category, verdict), filtered by category, verdict and a text search; clicking one selects
// it and scrolls the article to it. Draws only the visible rows, so 10,000 stay fast.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/annotation_filter.h"

class AppState;

struct AnnotationList {
  void Draw(AppState& app, float dpr);

 private:
  std::vector<size_t> rows_;
  uint64_t revision_ = UINT64_MAX, generation_ = 0;
  core::AnnotationFilter applied_;
  bool first_ = true;
  std::string scrolled_to_;  // keep the selected row in view once
};
