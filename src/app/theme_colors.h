// theme_colors.h - the colours text is read on, and the text colours, of both themes: one
// table that theme.cpp styles ImGui with and that tests/test_theme_contrast.cpp holds to
// WCAG's 4.5:1 for text (hints, counts and scores included). Plain numbers (0xRRGGBB), no
// ImGui, so the native tests can include it.
#pragma once

#include <cstdint>

namespace theme_colors {

struct Scheme {
  uint32_t page;          // the reading column, window background
  uint32_t panel;         // side panel, menu bar
  uint32_t popup;         // menus, tooltips, dialogs
  uint32_t frame;         // text fields, dropdowns
  uint32_t row_selected;  // the selected row of a list
  uint32_t row_hovered;   // a row under the pointer
  uint32_t button;        // buttons at rest
  uint32_t text;
  uint32_t hint;          // secondary text: hints, counts, scores, labels
};

constexpr Scheme kLight = {0xfbfaf7, 0xf1efea, 0xffffff, 0xffffff, 0xdbe8f7,
                           0xe7e4dd, 0xe6e3dc, 0x26241f, 0x625e57};
constexpr Scheme kDark = {0x1c1d21, 0x24262b, 0x2a2c31, 0x33353b, 0x2f4360,
                          0x34383f, 0x33353b, 0xdcdad5, 0xb4b2ac};
// High contrast (View > High contrast, issue 11): white on black, hints nearly white,
// the selected row dark blue, every pair 10:1 or more.
constexpr Scheme kHighContrast = {0x000000, 0x000000, 0x0a0a0a, 0x000000, 0x003366,
                                  0x202020, 0x1a1a1a, 0xffffff, 0xe6e6e6};

}  // namespace theme_colors
