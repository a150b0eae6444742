// app_state.h - the app's state: the session model (src/session: documents, library,
// history, commands, drafts, saving) plus its browser side, which performs the effects the
// model returns (storage writes and reads, downloads, a reload) through the platform seam.
// The answers come back through script_api.cpp into the model's on_* methods.
#pragma once

#include "session/session.h"

// The panels name these types without the namespace.
using session::Confirm;
using session::Document;
using session::DocumentInfo;
using session::ImportReport;
using session::NoteDraft;
using session::Selection;
using session::Settings;

class AppState : public session::Session {
 public:
  // Performs what the model asks for now: call once per frame and after every call from the
  // page. `force` when the page is being hidden or closed (everything is written at once).
  void pump(double now_ms, bool force = false);
  // Something waits for a later frame (the UI record's spacing, a read to issue).
  bool save_pending() const { return has_pending_effects(); }
};
