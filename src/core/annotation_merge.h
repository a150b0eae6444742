// annotation_merge.h - how two lists of annotations for one article become one: an imported
// file joining a document's annotations, and two copies of a document changed apart (two
// browser tabs, or a tab and what it saved before closing) coming back together. Plain
// rules with no UI, shared by the app and the command-line tool.
//
// How to use:
//   auto all = core::merge_import(store.annotations(), std::move(imported));
//   core::ThreeWayMerge m = core::merge_three_way(base, mine, theirs);
//   if (!m.conflicts.empty()) tell_the_reader(m.conflicts);   // both sides changed these
#pragma once

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotation.h"

namespace core {

// True when the two annotations hold the same persisted content (everything a file or the
// storage keeps: place, quote, context, category, verdict, note, links, author, times and
// unknown properties). The anchoring status is not compared: it is derived.
bool same_content(const Annotation& a, const Annotation& b);

// An imported file joins a document: an annotation with an id already there replaces it,
// the others are added; an annotation without an id gets a fresh one.
std::vector<Annotation> merge_import(const std::vector<Annotation>& existing,
                                     std::vector<Annotation> imported);

// Collection-level properties (an imported file's unknown properties, its "id"): the
// document keeps its own; properties it does not have are taken from the file.
nlohmann::json merge_collection_properties(const nlohmann::json& existing,
                                           const nlohmann::json& imported);

struct ThreeWayMerge {
  std::vector<Annotation> annotations;
  // Ids changed differently on both sides (the later "modified" was kept; on a tie, mine),
  // or edited on one side and deleted on the other (the edit was kept).
  std::vector<std::string> conflicts;
};

// Both sides started from `base`. A change made on one side only is taken; additions from
// both sides are kept; a deletion on one side holds unless the other side edited it. With
// an empty base (nothing known in common) nothing is deleted.
ThreeWayMerge merge_three_way(const std::vector<Annotation>& base,
                              const std::vector<Annotation>& mine,
                              const std::vector<Annotation>& theirs);

// The same rule for sets of keys (dismissed suggestions): additions and removals of both
// sides are applied to the base.
std::set<std::string> merge_sets_three_way(const std::set<std::string>& base,
                                           const std::set<std::string>& mine,
                                           const std::set<std::string>& theirs);

}  // namespace core
