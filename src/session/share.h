// share.h - share links in the session: what File > Share link puts in a link, and what
// opening a link does. The link's format is core/share_link.h; the browser compresses and
// decompresses (web/share.js); this is what it all means for the library.
//
// Opening a link that carries its article adds it to the library as a new document (one
// undo step; nothing is replaced). A link that carries annotations only (a long article)
// waits for its article: when a document whose text has the recorded SHA-256 (or, failing
// that, the recorded web address) is open, the annotations are imported into it, and the
// import report shows where they landed. A damaged link is a notice and changes nothing.
//
// How to use:
//   session::Shares shares;
//   core::SharePayloads p = shares.payloads(session);      // compress p.full and p.lean
//   shares.made_link(core::choose_share(base, full_z, lean_z), session);  // the dialog shows it
//   shares.open_fragment(session, "#share=v1.…")            // -> bytes to decompress, or a notice
//   shares.open_payload(session, decompressed_json);        // adds the document, or waits
//   shares.adopt(session);                                  // after the open document changed
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/share_link.h"
#include "session/session.h"

namespace session {

// A link made from the open document, for the share dialog and window.annotator.shareLink().
struct MadeLink {
  core::ShareChoice choice;
  std::string title;
  size_t annotations = 0;
  std::string json() const;  // {"link", "kind": "full"|"annotations"|"tooLong", "length", ...}
};

// What the last link opened carried, for the share dialog.
struct OpenedLink {
  std::string title, url;
  size_t annotations = 0;
  bool waiting = false;  // annotations only: their article is not open yet
  bool adopted = false;  // ... and then it was: they were imported into it
  std::string json() const;
};

class Shares {
 public:
  // The open document as the two payloads a link can carry.
  core::SharePayloads payloads(Session& s) const;
  // Remembers the link made (shown until dismissed).
  const MadeLink& made_link(core::ShareChoice choice, const Session& s);

  // The page's address held a share link: its compressed bytes, or nullopt after a notice
  // saying what is wrong with it (nothing changes).
  std::optional<std::string> open_fragment(Session& s, std::string_view fragment);
  // The browser could not decompress what the link holds.
  void decompress_failed(Session& s, const std::string& why);
  // The decompressed payload: adds the document, or waits for the article (and opens the
  // library's copy of it when there is one). Returns "" or the reason it failed (also a notice).
  std::string open_payload(Session& s, std::string_view json_text);
  // Imports the waiting annotations when their article is the open document. True when it did.
  bool adopt(Session& s);

  bool waiting() const { return waiting_.has_value(); }
  std::optional<MadeLink> made;      // the share dialog shows it
  std::optional<OpenedLink> opened;  // the share dialog shows it after a link was opened
  // The page should drop the share link from its address (it has been taken in full): a
  // reload must not add the document again.
  bool clear_fragment = false;

 private:
  struct Waiting {
    std::string payload;  // the lean W3C file, imported as is when the article is open
    std::string sha256, url, title;
    size_t annotations = 0;
  };
  std::optional<Waiting> waiting_;
  uint64_t checked_generation_ = 0;  // the open document last compared with the waiting link
};

}  // namespace session
