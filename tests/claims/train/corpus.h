// corpus.h - the labelled texts the claim model is trained and measured on: label files
// (tests/claims/*-labels.json: code point ranges into texts rebuilt by build-brown.mjs) and,
// for measurement only, the Wikinews development set (its labels.json and articles/).
#pragma once

#include <string>
#include <vector>

#include "core/claims/features.h"

namespace train {

struct Labelled {
  size_t start = 0, end = 0;  // code points, end exclusive
  int label = 0;
};

// A finder sentence of a text: its features, and the labelled sentences it would count as
// suggesting under score.py's rule (midpoint inside, or covering at least half).
struct Unit {
  core::claims::SentenceFeatures sf;
  std::vector<int> covers;  // indices into Doc::labels
  int label = -1;           // 1 if any covered sentence is check-worthy, 0 if none is, -1 if it covers none
};

struct Doc {
  std::string id;
  std::string genre;  // "press", "reviews", ... or "wikinews"
  std::string split;  // "dev", "final", "spent" (never trained on or scored) or "wikinews"
  std::u32string text;
  std::vector<Labelled> labels;
  std::vector<Unit> units;  // filled by compute_units
};

// Reads a label file; texts come from text_dir/<id>.txt. Returns false with a message.
bool load_label_file(const std::string& path, const std::string& text_dir, std::vector<Doc>& docs,
                     std::string& error);
// Reads the Wikinews development set (DIR/labels.json, DIR/articles/).
bool load_wikinews(const std::string& dir, std::vector<Doc>& docs, std::string& error);

// Splits and featurises every text with the configuration (only up to the last label).
void compute_units(std::vector<Doc>& docs, const core::claims::FeatureConfig& config);

std::string genre_of(const std::string& brown_id);

}  // namespace train
