// cmd_agree.cpp - `annotator agree FILE.json...`: Krippendorff's unitizing alpha among any
// annotation files on one article, overall, per category and for every pair (JSON).
#include <string>

#include <nlohmann/json.hpp>

#include "cli/cli_io.h"
#include "core/classroom/agreement.h"
#include "core/w3c_format.h"

namespace cli {

int cmd_agree(const Args& args, std::ostream& out, std::ostream& err) {
  using ojson = nlohmann::ordered_json;
  using namespace core::classroom;
  const ParsedArgs parsed = parse_args(args, {"--article"});
  if (!parsed.error.empty() || parsed.positional.size() < 2) {
    err << "usage: annotator agree [--article ARTICLE.txt|KEY.json] FILE.json FILE.json...\n";
    if (!parsed.error.empty()) err << "annotator: " << parsed.error << "\n";
    return kUsage;
  }
  int exit_code = kOk;
  std::optional<core::Article> article;
  if (const std::string* path = parsed.get("--article")) {
    // An annotation file that carries its article (a key), or the article itself.
    if (path->size() > 5 && path->compare(path->size() - 5, 5, ".json") == 0) {
      std::string error;
      const auto bytes = read_file(*path, error);
      if (!bytes) {
        err << "annotator: " << error << "\n";
        return kIo;
      }
      core::ImportResult r = core::import_w3c(*bytes);
      if (!r.ok || !r.article) {
        err << "annotator: " << *path << ": "
            << (r.ok ? "does not carry the article's text" : r.errors.front()) << "\n";
        return kInvalid;
      }
      article = std::move(r.article);
    } else {
      auto loaded = load_article_file(*path, err, exit_code);
      if (!loaded) return exit_code;
      article = std::move(loaded->article);
    }
  }
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
  const AgreementReport r = agreement(files, article);
  for (const FileProblem& p : r.problems) {
    err << "annotator: " << p.file << ": " << p.message << " (left out)\n";
    if (exit_code == kOk) exit_code = kInvalid;
  }
  for (const auto& a : r.anchored)
    err << "annotator: " << a.file << ": its article differs from the one compared on; anchored " << a.summary.exact
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
