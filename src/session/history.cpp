// history.cpp - see history.h.
#include "session/history.h"

namespace session {

void History::push(HistoryStep s) {
  undo_.push_back(std::move(s));
  redo_.clear();
}

const HistoryStep* History::undo() {
  if (undo_.empty()) return nullptr;
  redo_.push_back(std::move(undo_.back()));
  undo_.pop_back();
  return &redo_.back();
}

const HistoryStep* History::redo() {
  if (redo_.empty()) return nullptr;
  undo_.push_back(std::move(redo_.back()));
  redo_.pop_back();
  return &undo_.back();
}

std::set<std::string> History::documents() const {
  std::set<std::string> out;
  for (const auto* list : {&undo_, &redo_}) {
    for (const HistoryStep& s : *list) {
      if (!s.doc.empty()) out.insert(s.doc);
      if (!s.other.empty()) out.insert(s.other);
    }
  }
  return out;
}

bool History::trim() {
  bool dropped = false;
  // The oldest undo steps go first; redo steps are newer than every undo step.
  while (!undo_.empty() && (size() > kMaxSteps || documents().size() > kMaxDocuments)) {
    undo_.erase(undo_.begin());
    while (!undo_.empty() && undo_.front().joined) undo_.erase(undo_.begin());
    dropped = true;
  }
  while (!redo_.empty() && (size() > kMaxSteps || documents().size() > kMaxDocuments)) {
    redo_.erase(redo_.begin());  // the farthest redo step
    dropped = true;
  }
  return dropped;
}

void History::clear() {
  undo_.clear();
  redo_.clear();
}

}  // namespace session
