// bidi_text.h - notes and quotes in the panels, wrapped the way their script reads. ImGui
// draws code points left to right and wraps what it is given; a right-to-left note put in
// visual order first would wrap from its end. Here a paragraph that holds right-to-left
// text is wrapped in reading order, each line is put in visual order
// (core/text/plain_order.h), and a right-to-left paragraph's lines sit flush right.
//
// How to use (inside a window, after PushTextWrapPos as for ImGui::TextWrapped):
//   bidi_text::wrapped(note);
#pragma once

#include <string>

namespace bidi_text {

// `text` wrapped at the current text wrap position, at spaces (ImGui alone would also break
// after punctuation, inside "5,000" and "3.5"); text with nothing right to left is drawn as
// one item. Returns the lines drawn, top to bottom, joined by '\n' (what the browser tests
// read back).
std::string wrapped(const std::string& text);

// What fits on one line `width` pixels wide, ready to draw: a right-to-left text's first
// words in visual order, with "…" at its left when it is cut (where its reading goes on).
// Text with nothing right to left comes back as it is, for ImGui's own ellipsis.
std::string one_line(const std::string& text, float width);

}  // namespace bidi_text
