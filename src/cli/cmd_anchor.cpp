// cmd_anchor.cpp - `annotator anchor ARTICLE.txt FILE.json`: anchors every annotation to the
// article as it is now and prints a JSON report (offsets in code points; null when orphaned).
#include <string>

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
  const core::AnchorSummary summary = core::anchor_annotations(article->cps, imported.annotations);
  nlohmann::json results = nlohmann::json::array();
  for (const core::Annotation& a : imported.annotations) {
    const bool placed = a.anchor != core::AnchorStatus::Orphaned;
    results.push_back({{"id", a.id},
                       {"status", core::to_string(a.anchor)},
                       {"start", placed ? nlohmann::json(a.start) : nlohmann::json()},
                       {"end", placed ? nlohmann::json(a.end) : nlohmann::json()},
                       {"errors", a.anchor_errors}});
  }
  nlohmann::json report = {
      {"results", results},
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
