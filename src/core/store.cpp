// store.cpp - see store.h. Changes are recorded as before/after pairs (not snapshots), so an
// edit costs O(n) to keep the order and rebuild the index, and history stays small.
#include "core/store.h"

#include "core/annotation_merge.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>
#include <utility>

namespace core {
namespace {

bool less(const Annotation& x, const Annotation& y) {
  return std::tie(x.start, x.end, x.id) < std::tie(y.start, y.end, y.id);
}

size_t reach(const Annotation& a) { return std::max(a.end, a.start + 1); }

// `now` is asked once per call of the store, not once per annotation: the clock and its
// formatting cost microseconds each in WebAssembly, which 10,000 imported annotations add up.
struct Clock {
  std::string value;
  const std::string& now() {
    if (value.empty()) value = now_iso8601();
    return value;
  }
};

void fill_defaults(Annotation& a, Clock& clock) {
  if (a.start > a.end) std::swap(a.start, a.end);
  if (a.created.empty()) a.created = clock.now();
  if (a.modified.empty()) a.modified = a.created;
}

}  // namespace

// [SECTION] lookups

const Annotation* AnnotationStore::find(std::string_view id) const {
  const auto i = index_of(id);
  return i ? &anns_[*i] : nullptr;
}

std::optional<size_t> AnnotationStore::index_of(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

// [SECTION] mutations

std::string AnnotationStore::add(Annotation a) {
  if (a.id.empty() || by_id_.count(a.id)) a.id = new_annotation_id();
  Clock clock;
  fill_defaults(a, clock);
  std::string id = a.id;
  Step s;
  s.after = a;
  put(std::move(a));
  record(std::move(s));
  return id;
}

bool AnnotationStore::update(const Annotation& a) {
  const auto i = index_of(a.id);
  if (!i) return false;
  Step s;
  s.before = anns_[*i];
  Annotation next = a;
  if (next.start > next.end) std::swap(next.start, next.end);
  next.modified = now_iso8601();
  if (next.created.empty()) next.created = s.before->created;
  s.after = next;
  erase(a.id);
  put(std::move(next));
  record(std::move(s));
  return true;
}

bool AnnotationStore::remove(std::string_view id) {
  const auto i = index_of(id);
  if (!i) return false;
  Step s;
  s.before = anns_[*i];
  erase(id);
  record(std::move(s));
  return true;
}

void AnnotationStore::replace_all(std::vector<Annotation> all) {
  std::unordered_set<std::string> seen;
  seen.reserve(all.size());
  Clock clock;
  for (Annotation& a : all) {
    if (a.id.empty() || !seen.insert(a.id).second) {
      a.id = new_annotation_id();
      seen.insert(a.id);
    }
    fill_defaults(a, clock);
  }
  Step s;
  s.whole = true;
  s.all_before = anns_;
  s.all_after = all;
  set_all(std::move(all));
  record(std::move(s));
}

void AnnotationStore::assign(std::vector<Annotation> all) {
  std::unordered_set<std::string> seen;
  seen.reserve(all.size());
  Clock clock;
  for (Annotation& a : all) {
    if (a.id.empty() || !seen.insert(a.id).second) {
      a.id = new_annotation_id();
      seen.insert(a.id);
    }
    fill_defaults(a, clock);
  }
  set_all(std::move(all));
}

// [SECTION] history

bool AnnotationStore::undo() {
  if (undo_.empty()) return false;
  Step s = std::move(undo_.back());
  undo_.pop_back();
  apply(s, false);
  redo_.push_back(std::move(s));
  return true;
}

bool AnnotationStore::redo() {
  if (redo_.empty()) return false;
  Step s = std::move(redo_.back());
  redo_.pop_back();
  apply(s, true);
  undo_.push_back(std::move(s));
  return true;
}

void AnnotationStore::clear_history() {
  undo_.clear();
  redo_.clear();
}

void AnnotationStore::record(Step s) {
  undo_.push_back(std::move(s));
  redo_.clear();  // a new edit forks history: what was undone cannot come back
  auto weight = [](const Step& st) { return st.whole ? st.all_before.size() + st.all_after.size() : 1; };
  size_t held = 0;
  for (const Step& st : undo_) held += weight(st);
  size_t drop = 0;
  while (undo_.size() - drop > 1 &&
         (undo_.size() - drop > kMaxHistory || held > kMaxHistoryAnnotations)) {
    held -= weight(undo_[drop]);
    ++drop;
  }
  undo_.erase(undo_.begin(), undo_.begin() + static_cast<std::ptrdiff_t>(drop));
}

void AnnotationStore::apply(const Step& s, bool forward) {
  if (s.whole) {
    apply_difference(forward ? s.all_before : s.all_after, forward ? s.all_after : s.all_before);
    return;
  }
  const auto& from = forward ? s.before : s.after;
  const auto& to = forward ? s.after : s.before;
  if (from) erase(from->id);
  if (to) {
    erase(to->id);  // another tab's copy of it may have arrived through assign
    put(*to);
  }
}

// Turns `from` into `to` on the current annotations: what only `from` has is removed, what
// `to` has differently from `from` is put; the rest of the current list is left alone.
void AnnotationStore::apply_difference(const std::vector<Annotation>& from,
                                       const std::vector<Annotation>& to) {
  std::unordered_map<std::string, const Annotation*> target;
  for (const Annotation& a : to) target.emplace(a.id, &a);
  std::unordered_set<std::string> drop;
  for (const Annotation& a : from) {
    const auto it = target.find(a.id);
    if (it == target.end()) drop.insert(a.id);
    else if (same_content(a, *it->second)) target.erase(it);  // untouched by the step
  }
  std::vector<Annotation> next;
  next.reserve(anns_.size() + target.size());
  for (Annotation& a : anns_) {
    if (drop.count(a.id) || target.count(a.id)) continue;
    next.push_back(std::move(a));
  }
  for (const Annotation& a : to)
    if (target.count(a.id)) next.push_back(a);
  set_all(std::move(next));
}

// [SECTION] storage and index

void AnnotationStore::put(Annotation a) {
  const auto it = std::upper_bound(anns_.begin(), anns_.end(), a, less);
  anns_.insert(it, std::move(a));
  rebuild_index();
}

void AnnotationStore::erase(std::string_view id) {
  const auto i = index_of(id);
  if (!i) return;
  anns_.erase(anns_.begin() + static_cast<std::ptrdiff_t>(*i));
  rebuild_index();
}

void AnnotationStore::set_all(std::vector<Annotation> all) {
  std::sort(all.begin(), all.end(), less);
  anns_ = std::move(all);
  rebuild_index();
}

void AnnotationStore::rebuild_index() {
  ++revision_;
  by_id_.clear();
  by_id_.reserve(anns_.size());
  for (size_t i = 0; i < anns_.size(); ++i) by_id_.emplace(anns_[i].id, i);

  leaf_base_ = 1;
  while (leaf_base_ < anns_.size()) leaf_base_ *= 2;
  max_reach_.assign(2 * leaf_base_, 0);
  for (size_t i = 0; i < anns_.size(); ++i) max_reach_[leaf_base_ + i] = reach(anns_[i]);
  for (size_t n = leaf_base_ - 1; n >= 1; --n)
    max_reach_[n] = std::max(max_reach_[2 * n], max_reach_[2 * n + 1]);
}

// Collects, in ascending order, annotations with start < b whose end (holds) or reach
// (overlap) is after a. Leaves are sorted by start, so only the first `limit` leaves can
// qualify, and a subtree whose max reach is <= a holds none: O((k + 1) log n).
void AnnotationStore::query(size_t a, size_t b, bool holds, std::vector<size_t>& out) const {
  out.clear();
  if (anns_.empty()) return;
  const size_t limit = static_cast<size_t>(
      std::lower_bound(anns_.begin(), anns_.end(), b,
                       [](const Annotation& x, size_t v) { return x.start < v; }) -
      anns_.begin());
  if (limit == 0) return;
  struct Frame { size_t node, lo, hi; };
  Frame stack[64];
  size_t top = 0;
  stack[top++] = {1, 0, leaf_base_};
  while (top > 0) {
    const Frame f = stack[--top];
    if (f.lo >= limit || max_reach_[f.node] <= a) continue;
    if (f.node >= leaf_base_) {
      const Annotation& x = anns_[f.lo];
      if ((holds ? x.end : reach(x)) > a) out.push_back(f.lo);
      continue;
    }
    const size_t mid = (f.lo + f.hi) / 2;
    stack[top++] = {2 * f.node + 1, mid, f.hi};  // right pushed first: left comes out first
    stack[top++] = {2 * f.node, f.lo, mid};
  }
}

std::vector<size_t> AnnotationStore::at(size_t pos) const {
  std::vector<size_t> out;
  query(pos, pos + 1, true, out);
  return out;
}

std::vector<size_t> AnnotationStore::overlapping(size_t a, size_t b) const {
  if (b <= a) return at(a);
  std::vector<size_t> out;
  query(a, b, false, out);
  return out;
}

}  // namespace core
