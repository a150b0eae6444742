// contrast.h - WCAG 2 contrast between two sRGB colours (0xRRGGBB): 1 (none) to 21 (black on
// white). Text needs 4.5 (level AA), large text and interface parts 3.
#pragma once

#include <cstdint>

namespace core {

double relative_luminance(uint32_t rgb);
double contrast_ratio(uint32_t a, uint32_t b);

}  // namespace core
