// agreement.h - agreement among any annotation files on one article: Krippendorff's
// unitizing alpha over all of them, per category and overall, and for every pair.
//
// How to use:
//   classroom::AgreementReport r = classroom::agreement({{"a.json", a}, {"b.json", b}});
//   for (const auto& p : r.problems) show(p.file, p.message);   // left out, others compared
//   show(r.alpha.overall); for (const auto& p : r.pairs) show(r.files[p.a], r.files[p.b], p.alpha);
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/anchor.h"
#include "core/classroom/class_model.h"
#include "core/classroom/unitizing_alpha.h"

namespace core::classroom {

struct AgreementPair {
  size_t a = 0, b = 0;           // indices into AgreementReport::files
  std::optional<double> alpha;   // overall alpha of the two alone
};

struct AgreementReport {
  std::vector<std::string> files;       // the files compared, in the order given
  std::vector<FileProblem> problems;    // files left out, and why
  // Files whose article differs from the one compared on: anchored to it.
  struct Anchored {
    std::string file;
    AnchorSummary summary;
  };
  std::vector<Anchored> anchored;
  AlphaResult alpha;                    // all files together
  std::vector<AgreementPair> pairs;     // every pair, (0,1), (0,2), ..., (1,2), ...
};

// `article` sets the continuum; without it, the first file that carries its article's text
// does (hand-ins carry only the hash). Every file's annotations are anchored to that text and
// trimmed of white space and punctuation at both ends; every category counts.
AgreementReport agreement(const std::vector<InputFile>& files, const std::optional<Article>& article = {});

}  // namespace core::classroom
