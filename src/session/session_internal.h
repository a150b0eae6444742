// session_internal.h - the parts of Session that its own .cpp files share: a library entry
// with its storage bookkeeping, reads waiting for an answer, writes in flight.
#pragma once

#include <limits>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "session/records.h"
#include "session/session.h"

namespace session {

constexpr uint64_t kNever = std::numeric_limits<uint64_t>::max();

struct Session::Entry {
  MetaRecord meta;                // title, source, dates, counts as the library lists them
  std::unique_ptr<Document> doc;  // in memory, or null (read from storage when needed)
  bool attached = true;           // in the library (false: deleted, kept for undo)
  std::string damaged;            // its stored records could not be read: never written

  // Storage: what is known to be there, what is on its way.
  uint64_t rev = 0;         // revision committed in storage (0: not there)
  uint64_t issued_rev = 0;  // revision of the last write issued (== rev when none in flight)
  bool text_stored = false;
  uint64_t written_store_revision = kNever, written_version = kNever;  // last write issued
  uint64_t stored_store_revision = kNever, stored_version = kNever;    // last write committed
  int in_flight = 0;
  bool conflict = false;        // a write was refused (another tab wrote first): merge first
  bool refresh_wanted = false;  // another tab wrote while our write was in flight
  std::vector<core::Annotation> base;  // what storage holds at `rev`: the merge base
  std::set<std::string> base_dismissed;
  bool dormant = false;  // deleted in another tab while open here: written again on a change

  bool loaded() const { return doc != nullptr; }
  bool dirty() const {
    return doc && (doc->store.revision() != written_store_revision || doc->version != written_version);
  }
};

enum class LoadPurpose : int { Open, BootOpen, Delete, Export, Refresh, AddInto };

struct Session::Load {
  std::string id;
  LoadPurpose purpose = LoadPurpose::Open;
  // AddInto: what joins the document once it is read (if its text is the same), and the
  // documents of the same length already found to differ.
  std::vector<std::pair<NewDocument, std::set<std::string>>> adds;
};

struct Session::PendingWrite {
  struct Part {
    std::string doc;
    uint64_t new_rev = 0;
    bool removal = false;
    bool text = false;
    bool content = false;  // the doc record was written
    uint64_t store_revision = 0, version = 0;
    std::vector<core::Annotation> annotations;  // what was written: the next merge base
    std::set<std::string> dismissed;
  };
  std::vector<Part> parts;
  std::vector<std::pair<std::string, std::string>> drafts_removed;  // (doc, annotation)
  std::string draft_doc, draft_id;  // a note draft was written
  bool ui = false;
  bool migration_marker = false;
};

// The time now as ISO 8601 UTC with milliseconds ("2026-11-30T14:33:22.123Z"): the library
// orders documents by their last change, and seconds tie too often.
std::string now_iso8601_ms();

// A short, one-line version of a text for lists, reports and messages.
std::string shorten(const std::string& s, size_t max_cps);

}  // namespace session
