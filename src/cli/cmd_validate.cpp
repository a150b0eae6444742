// cmd_validate.cpp - `annotator validate FILE.json...`: exit 0 when every file is a valid
// annotation file (ours or another tool's), else exit 1 with one line per problem (item and
// field named). Notes (items kept but not placed, ids met in two files) are printed too.
#include <string>
#include <vector>

#include "cli/cli_io.h"
#include "core/import_files.h"

namespace cli {

int cmd_validate(const Args& args, std::ostream& out, std::ostream& err) {
  const ParsedArgs parsed = parse_args(args, {});
  if (!parsed.error.empty() || parsed.positional.empty()) {
    err << "usage: annotator validate FILE.json...\n";
    if (!parsed.error.empty()) err << "annotator: " << parsed.error << "\n";
    return kUsage;
  }
  std::vector<std::string> contents;
  contents.reserve(parsed.positional.size());
  for (const std::string& path : parsed.positional) {
    std::string error;
    const auto bytes = read_file(path, error);
    if (!bytes) {
      err << "annotator: " << error << "\n";
      return kIo;
    }
    contents.push_back(*bytes);
  }
  std::vector<core::ImportSource> sources;
  for (size_t i = 0; i < contents.size(); ++i) sources.push_back({parsed.positional[i], contents[i]});
  const core::ImportBatch batch = core::import_files(sources);
  for (const core::FileImport& f : batch.files) {
    const core::ImportResult& r = f.result;
    if (!r.ok) {
      for (const std::string& problem : r.errors) out << f.name << ": " << problem << "\n";
      continue;
    }
    out << f.name << ": valid, " << r.annotations.size() << " annotation"
        << (r.annotations.size() == 1 ? "" : "s") << (r.article ? ", article embedded" : "")
        << (r.format != "W3C Web Annotation" ? " (" + r.format + ")" : "") << "\n";
  }
  for (const std::string& note : batch.notices) out << "note: " << note << "\n";
  return batch.all_ok() ? kOk : kInvalid;
}

}  // namespace cli
