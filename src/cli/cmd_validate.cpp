// cmd_validate.cpp - `annotator validate FILE.json`: exit 0 when the file is a valid
// annotation file, else exit 1 with one line per problem (item and field named).
#include <string>

#include "cli/cli_io.h"
#include "core/w3c_format.h"

namespace cli {

int cmd_validate(const Args& args, std::ostream& out, std::ostream& err) {
  const ParsedArgs parsed = parse_args(args, {});
  if (!parsed.error.empty() || parsed.positional.size() != 1) {
    err << "usage: annotator validate FILE.json\n";
    if (!parsed.error.empty()) err << "annotator: " << parsed.error << "\n";
    return kUsage;
  }
  const std::string& path = parsed.positional[0];
  std::string error;
  const auto bytes = read_file(path, error);
  if (!bytes) {
    err << "annotator: " << error << "\n";
    return kIo;
  }
  const core::ImportResult result = core::import_w3c(*bytes);
  if (!result.ok) {
    for (const std::string& problem : result.errors) out << path << ": " << problem << "\n";
    return kInvalid;
  }
  out << path << ": valid, " << result.annotations.size() << " annotation"
      << (result.annotations.size() == 1 ? "" : "s")
      << (result.article ? ", article embedded" : "") << "\n";
  return kOk;
}

}  // namespace cli
