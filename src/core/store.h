// store.h - the annotations of one article, kept sorted by position, with undo/redo and
// fast position queries (a UI asks "what covers this character?" every frame).
//
// How to use:
//   core::AnnotationStore store;
//   std::string id = store.add(core::make_annotation(article, 10, 20));  // one undo step
//   for (size_t i : store.at(15)) draw(store.annotations()[i]);
//   for (size_t i : store.overlapping(first_visible, last_visible)) ...
//   store.undo(); store.redo();
//   if (store.revision() != seen) { redraw(); seen = store.revision(); }
//
// Indexes returned by at()/overlapping()/index_of() are valid until the next mutation
// (add, update, remove, replace_all, undo, redo).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/annotation.h"

namespace core {

class AnnotationStore {
 public:
  // Sorted by (start, end, id).
  const std::vector<Annotation>& annotations() const { return anns_; }
  size_t size() const { return anns_.size(); }
  const Annotation* find(std::string_view id) const;
  std::optional<size_t> index_of(std::string_view id) const;

  // Fills id (also when the id is already taken), created and modified if empty; swaps a
  // reversed range. Returns the id. One undo step.
  std::string add(Annotation a);
  // Replaces the annotation with a.id and sets its modified time to now. One undo step.
  // False (and no step) when there is no such id.
  bool update(const Annotation& a);
  // One undo step; false when there is no such id.
  bool remove(std::string_view id);
  // Import or clear: one undo step. Missing or duplicate ids get fresh ones.
  void replace_all(std::vector<Annotation> all);
  // Takes `all` as it is now without an undo step: changes made elsewhere (another tab)
  // that this store's own history must not take back. The history stays: undo and redo
  // apply this store's own steps by annotation id to whatever is there then.
  void assign(std::vector<Annotation> all);

  bool undo();
  bool redo();
  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  void clear_history();

  // Indexes into annotations(), ascending, whose [start, end) holds pos.
  std::vector<size_t> at(size_t pos) const;
  // Indexes whose range overlaps [a, b): start < b and end > a. An empty annotation (start
  // == end) overlaps when a <= start < b. An empty query (a == b) is the same as at(a).
  std::vector<size_t> overlapping(size_t a, size_t b) const;

  // Changes on every mutation, undo and redo (never repeats).
  uint64_t revision() const { return revision_; }

  // Undo steps kept; older ones are dropped. Also dropped when the steps together hold more
  // than kMaxHistoryAnnotations copies (replace_all keeps whole lists), so repeated imports
  // of a large file cannot fill memory; the latest step is always kept.
  static constexpr size_t kMaxHistory = 500;
  static constexpr size_t kMaxHistoryAnnotations = 200000;

 private:
  // One undoable change: the annotations before and after (an empty optional means "not
  // there"); replace_all keeps whole lists and is undone as the difference between them, so
  // annotations it did not touch (or that arrived since through assign) stay as they are.
  struct Step {
    std::optional<Annotation> before, after;
    std::vector<Annotation> all_before, all_after;
    bool whole = false;
  };

  void apply(const Step& s, bool forward);
  void apply_difference(const std::vector<Annotation>& from, const std::vector<Annotation>& to);
  void put(Annotation a);             // insert at its sorted place
  void erase(std::string_view id);
  void set_all(std::vector<Annotation> all);
  void record(Step s);
  void rebuild_index();
  void query(size_t a, size_t b, bool holds, std::vector<size_t>& out) const;

  std::vector<Annotation> anns_;
  std::unordered_map<std::string, size_t> by_id_;
  // Segment tree over anns_ (in sorted order) of the maximum "reach" end: max(end, start+1),
  // so subtrees that end before a query can be skipped. Leaves start at leaf_base_.
  std::vector<size_t> max_reach_;
  size_t leaf_base_ = 1;
  std::vector<Step> undo_, redo_;
  uint64_t revision_ = 0;
};

}  // namespace core
