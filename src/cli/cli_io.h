// cli_io.h - what every subcommand needs: reading files whole, writing them safely, loading
// an article file, and a small option parser.
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/article_file.h"

namespace cli {

// The whole file, or nullopt with `error` set ("cannot open FILE: reason").
std::optional<std::string> read_file(const std::string& path, std::string& error);
// Writes to PATH.tmp then renames, so a failed write never leaves a half-written file.
bool write_file_atomically(const std::string& path, const std::string& bytes, std::string& error);

// Reads ARTICLE as core::read_article_file decides (a web page's article, or UTF-8 text).
// On failure prints "annotator: PATH: ..." to err and returns nullopt with `exit_code` set;
// a page read only in part is printed as a warning.
std::optional<core::ArticleFile> load_article_file(const std::string& path, std::ostream& err,
                                                   int& exit_code);

// Parsed command line: positional arguments and --options. Options listed in `repeatable`
// may be given many times; flags listed in `flags` take no value.
struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> options;
  std::string error;  // non-empty when the command line is malformed
  const std::string* get(const std::string& name) const;
};
ParsedArgs parse_args(const Args& args, const std::vector<std::string>& known_options,
                      const std::vector<std::string>& flags = {});

}  // namespace cli
