// highlight_lanes.cpp - see highlight_lanes.h.
#include "core/highlight_lanes.h"

#include <functional>
#include <queue>

namespace core {

std::vector<int> assign_lanes(const std::vector<std::pair<size_t, size_t>>& ranges) {
  std::vector<int> lanes(ranges.size(), 0);
  // Lanes in use, by the end of the range that holds them (earliest end on top).
  using Busy = std::pair<size_t, int>;
  std::priority_queue<Busy, std::vector<Busy>, std::greater<Busy>> busy;
  std::priority_queue<int, std::vector<int>, std::greater<int>> free_lanes;
  int next_lane = 0;
  for (size_t i = 0; i < ranges.size(); ++i) {
    while (!busy.empty() && busy.top().first <= ranges[i].first) {
      free_lanes.push(busy.top().second);
      busy.pop();
    }
    int lane;
    if (!free_lanes.empty()) {
      lane = free_lanes.top();
      free_lanes.pop();
    } else {
      lane = next_lane++;
    }
    lanes[i] = lane;
    // An empty range still takes its lane until its position has passed.
    busy.push({ranges[i].second > ranges[i].first ? ranges[i].second : ranges[i].first + 1, lane});
  }
  return lanes;
}

}  // namespace core
