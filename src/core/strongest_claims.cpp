// strongest_claims.cpp - see strongest_claims.h.
#include "core/strongest_claims.h"

#include <algorithm>
#include <numeric>

namespace core {

size_t outline_budget(size_t paragraphs) { return std::max<size_t>(3, (paragraphs + 3) / 4); }

std::vector<bool> strongest_claims(const std::vector<ClaimSuggestion>& all, size_t budget,
                                   const std::function<bool(size_t)>& skip) {
  std::vector<size_t> order(all.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return all[a].score > all[b].score; });
  std::vector<bool> chosen(all.size(), false);
  size_t taken = 0;
  for (size_t i : order) {
    if (taken == budget) break;
    if (skip && skip(i)) continue;
    chosen[i] = true;
    ++taken;
  }
  return chosen;
}

}  // namespace core
