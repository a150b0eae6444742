// cmd_stats.cpp - `annotator stats FILE.json`: counts by category and verdict, as JSON.
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/cli_io.h"
#include "core/w3c_format.h"

namespace cli {

int cmd_stats(const Args& args, std::ostream& out, std::ostream& err) {
  const ParsedArgs parsed = parse_args(args, {});
  if (!parsed.error.empty() || parsed.positional.size() != 1) {
    err << "usage: annotator stats FILE.json\n";
    if (!parsed.error.empty()) err << "annotator: " << parsed.error << "\n";
    return kUsage;
  }
  std::string error;
  const auto bytes = read_file(parsed.positional[0], error);
  if (!bytes) {
    err << "annotator: " << error << "\n";
    return kIo;
  }
  const core::ImportResult result = core::import_w3c(*bytes);
  if (!result.ok) {
    for (const std::string& problem : result.errors)
      err << parsed.positional[0] << ": " << problem << "\n";
    return kInvalid;
  }
  // Every verdict is listed, even at zero, so scripts can rely on the keys.
  std::map<std::string, int> by_category, by_verdict;
  for (core::Verdict v : core::all_verdicts()) by_verdict[core::to_string(v)] = 0;
  for (const core::Annotation& a : result.annotations) {
    ++by_category[a.category];
    ++by_verdict[core::to_string(a.verdict)];
  }
  nlohmann::json report = {{"total", result.annotations.size()},
                           {"by_category", by_category},
                           {"by_verdict", by_verdict}};
  out << report.dump(2) << "\n";
  return kOk;
}

}  // namespace cli
