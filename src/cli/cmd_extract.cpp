// cmd_extract.cpp - `annotator extract PAGE.html [--json]`: the article text of a saved web
// page, exactly as `add`, `anchor`, `suggest` and the app read it (paragraphs separated by
// a blank line), or with --json the text and what the page says about it.
#include <nlohmann/json.hpp>

#include "cli/cli_io.h"

namespace cli {

int cmd_extract(const Args& args, std::ostream& out, std::ostream& err) {
  const ParsedArgs parsed = parse_args(args, {}, {"--json"});
  if (!parsed.error.empty() || parsed.positional.size() != 1) {
    err << "usage: annotator extract PAGE.html [--json]\n";
    if (!parsed.error.empty()) err << "annotator: " << parsed.error << "\n";
    return kUsage;
  }
  int exit_code = kOk;
  const auto file = load_article_file(parsed.positional[0], err, exit_code);
  if (!file) return exit_code;
  if (!parsed.options.count("--json")) {
    out << file->article.text << "\n";
    return kOk;
  }
  // Unknown fields are null rather than "", so a script can tell them apart.
  auto field = [](const std::string& s) { return s.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s); };
  nlohmann::ordered_json j;
  // A page's own title (null when it has none); a text file's title is its first line.
  j["title"] = field(file->from_html ? file->page_title : file->article.title);
  j["byline"] = field(file->byline);
  j["published"] = field(file->published);
  j["site"] = field(file->site);
  j["url"] = field(file->article.url);
  j["lang"] = field(file->lang);
  j["dir"] = field(file->dir);
  j["text"] = file->article.text;
  out << j.dump(2) << "\n";
  return kOk;
}

}  // namespace cli
