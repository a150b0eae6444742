// cmd_pending.cpp - TEMPORARY during development: subcommands not yet written. Each is
// removed from here as its own cmd_<name>.cpp lands.
#include "cli/commands.h"

namespace cli {
namespace {
int pending(const char* name, std::ostream& err) {
  err << "annotator: '" << name << "' is not available in this build yet\n";
  return kUsage;
}
}  // namespace
int cmd_validate(const Args&, std::ostream&, std::ostream& err) { return pending("validate", err); }
int cmd_anchor(const Args&, std::ostream&, std::ostream& err) { return pending("anchor", err); }
int cmd_add(const Args&, std::ostream&, std::ostream& err) { return pending("add", err); }
int cmd_stats(const Args&, std::ostream&, std::ostream& err) { return pending("stats", err); }
}  // namespace cli
