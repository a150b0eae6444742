// feedback.h - commands whose result the reader should see confirmed: deleting an
// annotation (with Undo at hand) and exporting (which file, how many annotations). The
// panels and shortcuts call these instead of the bare AppState commands.
#pragma once

#include <string>

class AppState;

void delete_annotation_with_notice(AppState& app, const std::string& id);
void export_with_notice(AppState& app);
