// cmd_anchor.cpp - `annotator anchor ARTICLE.txt FILE.json`: anchors every annotation to the
// article as it is now and prints a JSON report (offsets in code points; null when orphaned)
// with the evidence for each place: verbatim or approximate, why it won, how the recorded
// context compares there, how far it is from the recorded position (docs/FORMAT.md).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/cli_io.h"
#include "core/anchor.h"
#include "core/w3c_format.h"

namespace cli {

int cmd_anchor(const Args& args, std::ostream& out, std::ostream& err) {
  const ParsedArgs parsed = parse_args(args, {});
  if (!parsed.error.empty() || parsed.positional.size() != 2) {
    err << "usage: annotator anchor ARTICLE.txt FILE.json\n";
    if (!parsed.error.empty()) err << "annotator: " << parsed.error << "\n";
    return kUsage;
  }
  int exit_code = kOk;
  const auto file = load_article_file(parsed.positional[0], err, exit_code);
  if (!file) return exit_code;
  const core::Article* article = &file->article;
  std::string error;
  const auto bytes = read_file(parsed.positional[1], error);
  if (!bytes) {
    err << "annotator: " << error << "\n";
    return kIo;
  }
  core::ImportResult imported = core::import_w3c(*bytes);
  if (!imported.ok) {
    for (const std::string& problem : imported.errors)
      err << parsed.positional[1] << ": " << problem << "\n";
    return kInvalid;
  }
  std::vector<core::AnchorResult> why;
  const core::AnchorSummary summary = core::anchor_annotations(article->cps, imported.annotations, &why);
  using Json = nlohmann::ordered_json;  // keys in the order a person reads them
  auto side = [](const core::ContextMatch& m) {
    return Json{{"compared", m.compared}, {"errors", m.errors}, {"agrees", m.agrees}};
  };
  auto or_null = [](bool known, Json v) { return known ? v : Json(); };
  Json results = Json::array();
  for (size_t i = 0; i < imported.annotations.size(); ++i) {
    const core::Annotation& a = imported.annotations[i];
    const core::AnchorResult& r = why[i];
    const bool placed = a.anchor != core::AnchorStatus::Orphaned;
    const bool compared = placed && a.anchor != core::AnchorStatus::Exact;  // exact: not needed
    results.push_back(
        {{"id", a.id},
         {"status", core::to_string(a.anchor)},
         {"start", or_null(placed, a.start)},
         {"end", or_null(placed, a.end)},
         {"errors", a.anchor_errors},
         {"match", or_null(placed, a.anchor_errors > 0 ? "fuzzy" : "exact")},
         {"reason", core::to_string(r.reason)},
         {"distance", or_null(placed && r.distance.has_value(), r.distance.value_or(0))},
         {"occurrences", r.occurrences},
         {"context", or_null(compared, {{"prefix", side(r.prefix)}, {"suffix", side(r.suffix)}})}});
  }
  Json report = {{"results", results},
                 {"summary",
                  {{"total", imported.annotations.size()},
                   {"exact", summary.exact},
                   {"moved", summary.moved},
                   {"fuzzy", summary.fuzzy},
                   {"orphaned", summary.orphaned}}}};
  out << report.dump(2) << "\n";
  return kOk;
}

}  // namespace cli
