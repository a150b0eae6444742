// history.h - undo and redo across documents. Each step names what it changed: an edit of
// a document's annotations (the document's own store holds the details), a dismissed
// suggestion or one brought back, opening, adding or deleting a document. Bounded: at most
// kMaxSteps steps and kMaxDocuments documents named in them, the oldest steps going first,
// so the documents an old step kept in memory are let go (they stay in the library).
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace session {

struct HistoryStep {
  enum class Kind { Edit, Dismiss, Restore, Open, Add, Delete };
  Kind kind = Kind::Edit;
  std::string doc;    // Edit, Dismiss, Restore: the document; Open: the one opened; Add: the
                      // new one; Delete: the deleted one
  std::string other;  // Open, Add: the one open before; Delete: the one opened in its place
                      // when it was open, else ""
  std::string key;    // Dismiss, Restore: the suggestion's key
  bool joined = false;  // undone and redone together with the step before it (one command)
};

class History {
 public:
  static constexpr size_t kMaxSteps = 500;
  static constexpr size_t kMaxDocuments = 8;

  void push(HistoryStep s);  // a new step: what was undone cannot be redone any more
  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  // The step to undo (moved onto the redo list), or nullptr.
  const HistoryStep* undo();
  const HistoryStep* redo();
  const HistoryStep* next_redo() const { return redo_.empty() ? nullptr : &redo_.back(); }
  // Drops the oldest steps beyond the limits (never half a command); true when any was.
  bool trim();
  std::set<std::string> documents() const;  // every document a step names
  size_t size() const { return undo_.size() + redo_.size(); }
  void clear();

 private:
  std::vector<HistoryStep> undo_, redo_;
};

}  // namespace session
