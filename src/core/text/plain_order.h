// plain_order.h - right-to-left text for interfaces that draw one glyph per code point, left
// to right (Dear ImGui's panels): Arabic letters replaced by their contextual presentation
// forms (isolated, initial, medial, final; lam-alef ligatures) and the line put in visual
// order by the bidirectional algorithm, brackets mirrored in right-to-left runs. An
// approximation of shaping for short labels (quotes, notes in lists, tooltips); the reading
// view shapes with HarfBuzz instead. Text with nothing right to left comes back unchanged.
//
// How to use:
//   std::string shown = core::text::plain_visual_order_utf8(note);   // draw `shown`
//   for (auto& l : core::text::plain_wrapped_lines(paragraph, w, width_of))  // wrapped notes
//     draw(l.text, l.rtl ? flush_right : flush_left);
//   core::text::presentation_forms(U'\u0628', forms);                 // what a font must hold
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace core::text {

// One line of text (no '\n') in visual order with presentation forms, as code points.
std::u32string plain_visual_order(std::u32string_view text);
// The same for UTF-8, line by line ('\n' kept).
std::string plain_visual_order_utf8(std::string_view text);
// One wrapped line of a paragraph, in visual order with presentation forms.
struct PlainLine {
  std::u32string text;
  bool rtl = false;  // the paragraph reads right to left: its lines sit flush right
};
// One paragraph (no '\n') wrapped to `width` as `measure` (the width of code points as
// drawn) counts it: lines break after spaces in reading (logical) order, so a right-to-left
// note's first words are on the first line, and a word wider than a line is cut. Trailing
// spaces are dropped. Each line is then put in visual order (the line rules of UAX #9).
// At most `max_lines` lines are made (a one-line label needs to know only whether it is cut).
std::vector<PlainLine> plain_wrapped_lines(std::u32string_view text, float width,
                                           const std::function<float(std::u32string_view)>& measure,
                                           size_t max_lines = SIZE_MAX);
// The presentation forms plain_visual_order may put in place of c (appended; none for most).
void presentation_forms(char32_t c, std::vector<char32_t>& out);

}  // namespace core::text
