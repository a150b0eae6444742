// annotation_merge.cpp - see annotation_merge.h.
#include "core/annotation_merge.h"

#include <map>
#include <tuple>

namespace core {

bool same_content(const Annotation& a, const Annotation& b) {
  return std::tie(a.id, a.start, a.end, a.exact, a.prefix, a.suffix, a.category, a.verdict, a.note,
                  a.links, a.author, a.created, a.modified) ==
             std::tie(b.id, b.start, b.end, b.exact, b.prefix, b.suffix, b.category, b.verdict,
                      b.note, b.links, b.author, b.created, b.modified) &&
         a.extra == b.extra;
}

std::vector<Annotation> merge_import(const std::vector<Annotation>& existing,
                                     std::vector<Annotation> imported) {
  std::vector<Annotation> out = existing;
  std::map<std::string, size_t> at;
  for (size_t i = 0; i < out.size(); ++i) at[out[i].id] = i;
  for (Annotation& a : imported) {
    if (a.id.empty()) a.id = new_annotation_id();
    const auto it = at.find(a.id);
    if (it != at.end()) {
      out[it->second] = std::move(a);
    } else {
      at[a.id] = out.size();
      out.push_back(std::move(a));
    }
  }
  return out;
}

nlohmann::json merge_collection_properties(const nlohmann::json& existing,
                                           const nlohmann::json& imported) {
  nlohmann::json out = existing.is_object() ? existing : nlohmann::json::object();
  if (!imported.is_object()) return out;
  for (auto it = imported.begin(); it != imported.end(); ++it) {
    if (!out.contains(it.key())) out[it.key()] = it.value();
  }
  return out;
}

namespace {
std::map<std::string, const Annotation*> by_id(const std::vector<Annotation>& v) {
  std::map<std::string, const Annotation*> m;
  for (const Annotation& a : v) m[a.id] = &a;
  return m;
}
}  // namespace

ThreeWayMerge merge_three_way(const std::vector<Annotation>& base,
                              const std::vector<Annotation>& mine,
                              const std::vector<Annotation>& theirs) {
  const auto b = by_id(base), m = by_id(mine), t = by_id(theirs);
  std::set<std::string> ids;
  for (const auto* side : {&b, &m, &t})
    for (const auto& kv : *side) ids.insert(kv.first);
  ThreeWayMerge out;
  for (const std::string& id : ids) {
    const auto find = [&id](const std::map<std::string, const Annotation*>& side) {
      const auto it = side.find(id);
      return it == side.end() ? nullptr : it->second;
    };
    const Annotation* bb = find(b);
    const Annotation* mm = find(m);
    const Annotation* tt = find(t);
    const bool m_changed = bb ? (!mm || !same_content(*bb, *mm)) : mm != nullptr;
    const bool t_changed = bb ? (!tt || !same_content(*bb, *tt)) : tt != nullptr;
    const Annotation* keep = nullptr;
    if (!m_changed && !t_changed) {
      keep = mm;  // == base == theirs (all present, or absent on both sides)
    } else if (m_changed && !t_changed) {
      keep = mm;  // may be a deletion (nullptr)
    } else if (!m_changed && t_changed) {
      keep = tt;
    } else if (mm && tt) {
      if (same_content(*mm, *tt)) {
        keep = mm;
      } else {
        keep = tt->modified > mm->modified ? tt : mm;
        out.conflicts.push_back(id);
      }
    } else {
      // Deleted on one side, changed (or added) on the other: the edit is kept.
      keep = mm ? mm : tt;
      if (bb && keep) out.conflicts.push_back(id);
    }
    if (keep) out.annotations.push_back(*keep);
  }
  return out;
}

std::set<std::string> merge_sets_three_way(const std::set<std::string>& base,
                                           const std::set<std::string>& mine,
                                           const std::set<std::string>& theirs) {
  std::set<std::string> out;
  std::set<std::string> all = base;
  all.insert(mine.begin(), mine.end());
  all.insert(theirs.begin(), theirs.end());
  for (const std::string& k : all) {
    const bool in_b = base.count(k) > 0, in_m = mine.count(k) > 0, in_t = theirs.count(k) > 0;
    // A side that differs from the base made a change; a change wins over no change.
    const bool keep = in_m != in_b ? in_m : in_t;
    if (keep) out.insert(k);
  }
  return out;
}

}  // namespace core
