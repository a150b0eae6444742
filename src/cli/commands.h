// commands.h - the subcommands of the `annotator` tool. Each takes its arguments (after the
// subcommand name) and writes to out/err; the return value is the process exit code:
//   0 success, 1 the input is invalid (validate) or an operation failed, 2 usage error,
//   3 a file could not be read or written.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace cli {

using Args = std::vector<std::string>;

int cmd_validate(const Args& args, std::ostream& out, std::ostream& err);
int cmd_anchor(const Args& args, std::ostream& out, std::ostream& err);
int cmd_add(const Args& args, std::ostream& out, std::ostream& err);
int cmd_stats(const Args& args, std::ostream& out, std::ostream& err);
int cmd_suggest(const Args& args, std::ostream& out, std::ostream& err);
int cmd_export(const Args& args, std::ostream& out, std::ostream& err);
int cmd_score(const Args& args, std::ostream& out, std::ostream& err);  // classroom
int cmd_agree(const Args& args, std::ostream& out, std::ostream& err);  // classroom
int cmd_extract(const Args& args, std::ostream& out, std::ostream& err);

enum Exit { kOk = 0, kInvalid = 1, kUsage = 2, kIo = 3 };

}  // namespace cli
