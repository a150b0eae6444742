// session_suggestions.cpp - suggested claims on the open document (see session.h): the
// finder's suggestions, the panel's list of the strongest few and stepping through it,
// accepting (an annotation), dismissing (remembered with the article) and bringing
// dismissed ones back.
#include <algorithm>
#include <numeric>

#include "core/selection.h"
#include "core/suggestion_category.h"
#include "session/session.h"
#include "session/session_internal.h"

namespace session {

const std::vector<core::ClaimSuggestion>& Session::suggestions() {
  if (suggestions_generation_ != current_->generation) {
    suggestions_ = core::suggest_claims(article().cps);
    suggestions_generation_ = current_->generation;
  }
  return suggestions_;
}

std::string Session::suggestion_key(const core::ClaimSuggestion& s) {
  return std::to_string(s.start) + ":" + std::to_string(s.end);
}

bool Session::suggestion_hidden(const core::ClaimSuggestion& s) const {
  if (current_->dismissed.count(suggestion_key(s))) return true;
  // Accepted: an annotation covers exactly this sentence. Undoing the accept removes it, so
  // the suggestion comes back.
  const auto& all = store().annotations();
  for (size_t i : store().at(s.start))
    if (all[i].start == s.start && all[i].end == s.end) return true;
  return false;
}

size_t Session::open_suggestions() {
  const auto& all = suggestions();
  if (hidden_generation_ != current_->generation || hidden_store_revision_ != store().revision() ||
      hidden_version_ != current_->version) {
    suggestion_hidden_.assign(all.size(), false);
    open_kinds_.clear();
    dismissed_here_ = 0;
    for (size_t i = 0; i < all.size(); ++i) {
      suggestion_hidden_[i] = suggestion_hidden(all[i]);
      if (!suggestion_hidden_[i]) ++open_kinds_[all[i].category];
      else if (current_->dismissed.count(suggestion_key(all[i]))) ++dismissed_here_;
    }
    hidden_generation_ = current_->generation;
    hidden_store_revision_ = store().revision();
    hidden_version_ = current_->version;
  }
  return static_cast<size_t>(std::count(suggestion_hidden_.begin(), suggestion_hidden_.end(), false));
}

const std::map<std::string, size_t>& Session::open_suggestion_kinds() {
  open_suggestions();  // brings the counts up to date
  return open_kinds_;
}

std::vector<int> Session::listed_suggestions() {
  const auto& all = suggestions();
  if (by_score_generation_ != current_->generation || by_score_.size() != all.size()) {
    by_score_.resize(all.size());
    std::iota(by_score_.begin(), by_score_.end(), 0);
    std::stable_sort(by_score_.begin(), by_score_.end(), [&](int a, int b) { return all[a].score > all[b].score; });
    by_score_generation_ = current_->generation;
  }
  open_suggestions();  // brings the hidden flags up to date
  std::vector<int> listed;
  const size_t most = static_cast<size_t>(std::max(suggestions_listed, 1));
  for (int i : by_score_) {
    if (listed.size() >= most) break;
    if (!suggestion_hidden_[i] && suggestion_of_kind(all[i])) listed.push_back(i);
  }
  if (suggestions_in_article_order) std::sort(listed.begin(), listed.end());  // the finder's order
  return listed;
}

int Session::step_suggestion(int from, bool forward) {
  const std::vector<int> listed = listed_suggestions();
  if (listed.empty()) return -1;
  const auto at = std::find(listed.begin(), listed.end(), from);
  if (at != listed.end()) {
    if (forward) return std::next(at) == listed.end() ? -1 : *std::next(at);
    return at == listed.begin() ? -1 : *std::prev(at);
  }
  if (from < 0 || from >= static_cast<int>(suggestions().size())) return forward ? listed.front() : listed.back();
  // Not listed (dismissed or accepted a moment ago): the listed one that comes next after
  // it in the list's order, strongest first or the article's.
  std::vector<int> place(by_score_.size());
  for (size_t r = 0; r < by_score_.size(); ++r) place[by_score_[r]] = suggestions_in_article_order ? by_score_[r] : static_cast<int>(r);
  for (size_t k = 0; k < listed.size(); ++k) {
    const int i = forward ? listed[k] : listed[listed.size() - 1 - k];
    if (forward ? place[i] > place[from] : place[i] < place[from]) return i;
  }
  return -1;
}

void Session::accept_suggestion(const core::ClaimSuggestion& s) {
  commit_note_draft();
  core::Annotation a = core::make_annotation(article(), s.start, s.end,
                                             core::category_for_suggestion(s.category));
  current_suggestion = -1;
  const std::string id = current_->store.add(std::move(a));
  // The reason is the finder's, not the reader's: kept beside the note, never in it.
  if (!s.reason.empty()) {
    current_->reasons[id] = s.reason;
    ++current_->version;
  }
  after_edit();
  selected_id = id;
  editor_open = true;
}

void Session::dismiss_suggestion(const core::ClaimSuggestion& s) {
  commit_note_draft();
  const std::string key = suggestion_key(s);
  current_suggestion = -1;
  if (!current_->dismissed.insert(key).second) return;
  ++current_->version;
  ++change_counter_;
  record({HistoryStep::Kind::Dismiss, current_->id, "", key});
}

size_t Session::dismissed_suggestions() {
  open_suggestions();  // brings the count up to date
  return dismissed_here_;
}

size_t Session::restore_dismissed() {
  commit_note_draft();
  const std::set<std::string> keys = std::move(current_->dismissed);
  current_->dismissed.clear();
  if (keys.empty()) return 0;
  bool first = true;
  for (const std::string& key : keys) {
    HistoryStep step{HistoryStep::Kind::Restore, current_->id, "", key};
    step.joined = !first;  // one command: one undo dismisses them all again
    first = false;
    record(std::move(step));
  }
  ++current_->version;
  ++change_counter_;
  return keys.size();
}

std::string Session::suggested_reason(const std::string& annotation_id) const {
  const auto it = current_->reasons.find(annotation_id);
  return it == current_->reasons.end() ? std::string() : it->second;
}

}  // namespace session
