// cmd_suggest.cpp - `annotator suggest ARTICLE.txt [--min-score S]`: prints the claims worth
// checking as a JSON array sorted by position, offsets in code points.
#include <cmath>

#include <nlohmann/json.hpp>

#include "cli/cli_io.h"
#include "core/claims/claim_finder.h"

namespace cli {
namespace {

constexpr const char* kUsageLine = "usage: annotator suggest ARTICLE.txt [--min-score S]  (S from 0 to 1)\n";

bool parse_score(const std::string& s, double& out) {
  if (s.empty()) return false;
  size_t used = 0;
  try {
    out = std::stod(s, &used);
  } catch (...) {
    return false;
  }
  return used == s.size() && std::isfinite(out) && out >= 0 && out <= 1;
}

}  // namespace

int cmd_suggest(const Args& args, std::ostream& out, std::ostream& err) {
  std::string path;
  double min_score = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string value;
    if (a == "--min-score") {
      if (i + 1 >= args.size()) {
        err << "annotator suggest: --min-score needs a value\n" << kUsageLine;
        return kUsage;
      }
      value = args[++i];
    } else if (a.rfind("--min-score=", 0) == 0) {
      value = a.substr(12);
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      err << "annotator suggest: unknown option '" << a << "'\n" << kUsageLine;
      return kUsage;
    } else if (path.empty()) {
      path = a;
      continue;
    } else {
      err << "annotator suggest: more than one article given ('" << path << "', '" << a << "')\n"
          << kUsageLine;
      return kUsage;
    }
    if (!parse_score(value, min_score)) {
      err << "annotator suggest: --min-score '" << value << "' is not a number from 0 to 1\n";
      return kUsage;
    }
  }
  if (path.empty()) {
    err << kUsageLine;
    return kUsage;
  }

  // The article as every command reads it (core::read_article_file), so the offsets
  // printed here are those `add`, `anchor` and the app use.
  int exit_code = kOk;
  const auto file = load_article_file(path, err, exit_code);
  if (!file) return exit_code;
  const core::Article& article = file->article;

  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const core::ClaimSuggestion& c : core::suggest_claims(article.cps, min_score)) {
    nlohmann::ordered_json item;
    item["start"] = c.start;
    item["end"] = c.end;
    item["key_start"] = c.key_start;
    item["key_end"] = c.key_end;
    item["exact"] = core::slice(article, c.start, c.end);
    item["category"] = c.category;
    item["score"] = c.score;
    item["reason"] = c.reason;
    list.push_back(std::move(item));
  }
  out << list.dump(2) << "\n";
  return kOk;
}

}  // namespace cli
