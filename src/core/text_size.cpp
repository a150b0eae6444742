// text_size.cpp - see text_size.h.
#include "core/text_size.h"

#include <cmath>

namespace core {
namespace {
// Each about 10 % above the last (the small end is held to whole pixels).
constexpr float kSteps[] = {12, 13, 14, 15, 17, 19, 21, 23, 25, 28, 31, 34, 36};
}  // namespace

float larger_text(float px) {
  for (float s : kSteps) {
    if (s > px + 0.01f) return s;
  }
  return kLargestTextPx;
}

float smaller_text(float px) {
  float best = kSmallestTextPx;
  for (float s : kSteps) {
    if (s < px - 0.01f) best = s;
  }
  return best;
}

int text_size_percent(float px) { return static_cast<int>(std::lround(px / kDefaultTextPx * 100.0f)); }

}  // namespace core
