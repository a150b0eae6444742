// cmd_suggest.cpp - `annotator suggest ARTICLE.txt [--min-score S]`: prints the claims worth
// checking as a JSON array sorted by position, offsets in code points.
#include <cmath>
#include <cstdio>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/article.h"
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

// Whole file; false when it cannot be opened or read (a directory, no permission). C stdio
// reports a directory as a read error on every platform we build for.
bool read_bytes(const std::string& path, std::string& out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  out.clear();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  const bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
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

  std::string bytes;
  if (!read_bytes(path, bytes)) {
    err << "annotator suggest: cannot read '" << path << "'\n";
    return kIo;
  }
  // make_article validates UTF-8 and normalises line endings exactly as the app does, so
  // offsets printed here match the app's.
  const core::ArticleResult r = core::make_article(bytes);
  if (!r.article) {
    err << "annotator suggest: " << path << ": " << r.error << "\n";
    return kInvalid;
  }
  const core::Article& article = *r.article;

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
