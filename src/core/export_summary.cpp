// export_summary.cpp - words, counts and order that every export shares.
#include <algorithm>

#include "core/exports.h"

namespace core {

const char* verdict_words(Verdict v) {
  switch (v) {
    case Verdict::Unverified: return "Unverified";
    case Verdict::True: return "True";
    case Verdict::MostlyTrue: return "Mostly true";
    case Verdict::Misleading: return "Misleading";
    case Verdict::False: return "False";
    case Verdict::Unsupported: return "Unsupported";
  }
  return "Unverified";
}

std::string category_words(const std::string& category) {
  if (category == "claim") return "Claim";
  if (category == "statistic") return "Statistic";
  if (category == "quote") return "Quote";
  if (category == "date") return "Date";
  if (category == "person-org") return "Person or organisation";
  if (category == "opinion") return "Opinion";
  return category.empty() ? "Claim" : category;
}

Summary summarise(const std::vector<Annotation>& anns) {
  Summary s;
  s.total = anns.size();
  std::map<Verdict, size_t> verdicts;
  std::map<std::string, size_t> categories;
  for (const Annotation& a : anns) {
    if (a.anchor == AnchorStatus::Orphaned) ++s.orphaned;
    else ++s.placed;
    ++verdicts[a.verdict];
    ++categories[a.category.empty() ? "claim" : a.category];
  }
  for (Verdict v : all_verdicts()) s.by_verdict.emplace_back(v, verdicts[v]);
  for (const std::string& c : builtin_categories()) {
    const auto it = categories.find(c);
    if (it != categories.end()) s.by_category.emplace_back(c, it->second);
  }
  for (const auto& [c, n] : categories)
    if (std::find(builtin_categories().begin(), builtin_categories().end(), c) == builtin_categories().end())
      s.by_category.emplace_back(c, n);
  return s;
}

std::vector<const Annotation*> reading_order(const std::vector<Annotation>& anns) {
  std::vector<const Annotation*> placed, orphans;
  for (const Annotation& a : anns) (a.anchor == AnchorStatus::Orphaned ? orphans : placed).push_back(&a);
  std::stable_sort(placed.begin(), placed.end(), [](const Annotation* x, const Annotation* y) {
    return x->start != y->start ? x->start < y->start : x->end > y->end;
  });
  placed.insert(placed.end(), orphans.begin(), orphans.end());
  return placed;
}

bool is_web_url(const std::string& s) {
  auto starts = [&](const char* p) {
    const std::string_view prefix(p);
    if (s.size() <= prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
  };
  return starts("http://") || starts("https://");
}

}  // namespace core
