// highlight_lanes.h - keeps overlapping highlights distinguishable: each range gets the
// lowest lane (0, 1, 2, ...) not used by a range it overlaps, so the reading view can draw
// one underline per lane and nested or crossing annotations never hide each other.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace core {

// `ranges` sorted by start ([start, end), code points). Returns one lane per range.
// O(n log n): an interval-graph colouring that uses the fewest lanes.
std::vector<int> assign_lanes(const std::vector<std::pair<size_t, size_t>>& ranges);

}  // namespace core
