// cmd_agree.cpp - `annotator agree FILE.json...`: Krippendorff's unitizing alpha among any
// annotation files on one article, overall, per category and for every pair (JSON).
#include <string>

#include <nlohmann/json.hpp>

#include "cli/cli_io.h"
#include "core/classroom/agreement.h"

namespace cli {

int cmd_agree(const Args& args, std::ostream& out, std::ostream& err) {
  using ojson = nlohmann::ordered_json;
  using namespace core::classroom;
  const ParsedArgs parsed = parse_args(args, {});
  if (!parsed.error.empty() || parsed.positional.size() < 2) {
    err << "usage: annotator agree FILE.json FILE.json...\n";
    if (!parsed.error.empty()) err << "annotator: " << parsed.error << "\n";
    return kUsage;
  }
  int exit_code = kOk;
  std::vector<InputFile> files;
  std::string error;
  for (const std::string& path : parsed.positional) {
    if (auto bytes = read_file(path, error)) {
      files.push_back({path, std::move(*bytes)});
    } else {
      err << "annotator: " << error << "\n";
      exit_code = kIo;
    }
  }
  const AgreementReport r = agreement(files);
  for (const FileProblem& p : r.problems) {
    err << "annotator: " << p.file << ": " << p.message << " (left out)\n";
    if (exit_code == kOk) exit_code = kInvalid;
  }
  for (const auto& a : r.anchored)
    err << "annotator: " << a.file << ": article differs from the first one's; anchored " << a.summary.exact
        << " exact, " << a.summary.moved << " moved, " << a.summary.fuzzy << " fuzzy, " << a.summary.orphaned
        << " orphaned\n";
  if (r.files.empty()) return exit_code == kOk ? kInvalid : exit_code;

  auto figure = [](std::optional<double> v) { return v ? ojson(*v) : ojson(nullptr); };
  ojson categories = ojson::object();
  for (const auto& [name, c] : r.alpha.categories) categories[name] = figure(c.alpha);
  ojson alpha = ojson::object();
  alpha["overall"] = figure(r.alpha.overall);
  alpha["categories"] = std::move(categories);
  ojson pairs = ojson::array();
  for (const AgreementPair& p : r.pairs) {
    ojson one = ojson::object();
    one["a"] = r.files[p.a];
    one["b"] = r.files[p.b];
    one["alpha"] = figure(p.alpha);
    pairs.push_back(std::move(one));
  }
  ojson report = ojson::object();
  report["alpha"] = std::move(alpha);
  report["pairs"] = std::move(pairs);
  out << report.dump(2) << "\n";
  return exit_code;
}

}  // namespace cli
