// line_break.h - where a line may be broken: the Unicode Line Breaking Algorithm (UAX #14,
// default rules with the number tailoring of its Example 7, as Unicode's LineBreakTest.txt
// uses), on the classes of unicode_props.h. Ideographs break between each other, hyphens
// and dashes after themselves, spaces after their run (so they hang at a line's end).
//
// How to use:
//   std::vector<core::text::Break> brk;
//   core::text::line_breaks(text, brk);        // brk.size() == text.size() + 1
//   if (brk[i] != core::text::Break::None) ... // a line may start at text[i]
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace core::text {

enum class Break : uint8_t {
  None,       // no break before this position
  Allowed,    // a line may start here
  Mandatory,  // a line must start here (after a hard line break, and at the text's end)
};

// out[i] says whether a line may start at text[i]; out[0] is None (rule LB2) and
// out[text.size()] is Mandatory (rule LB3).
void line_breaks(std::u32string_view text, std::vector<Break>& out);

}  // namespace core::text
