// text_area.h - the page's one real text area (platform.h, "The note field"), shared by the
// app's long text boxes: the annotation's note (editor.cpp) and the exercise's instructions
// and feedback (exercise_dialog.cpp). It wraps, grows, scrolls, checks spelling and takes
// input methods, which ImGui's text box does not. Only one box holds it at a time: a box
// places it each frame it is being edited and in view; what the reader did in it goes, the
// next frame, to the box that placed it last. Nobody placed it in a frame: it is hidden.
//
//   text_area::begin_frame();                        // App::draw, before anyone draws
//   for (auto& e : text_area::events(Owner::Note)) ...
//   if (text_area::place(Owner::Note, box, style)) platform::note_field_set_text(note);
//   text_area::end_frame();                          // App::draw, after everyone drew
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "platform/platform.h"

namespace text_area {

enum class Owner { None, Note, Exercise };

void begin_frame();
void end_frame();
// Who placed it last (its text is theirs).
Owner owner();
// What the reader did in it since the last frame, when `who` placed it last; else nothing.
std::vector<platform::NoteFieldEvent> events(Owner who);
// Lays it over `box` (framebuffer pixels) this frame. True when it held another box's text
// before: the caller sets its own (platform::note_field_set_text).
bool place(Owner who, const ImVec2& box_min, float box_width, float dpr, const platform::NoteFieldStyle& style);
// Its look in the theme: the font, line height, colours, and its height between
// `min_lines` and `max_lines` lines of text (and at most 30 % of a short screen).
platform::NoteFieldStyle style(float dpr, float min_lines, float max_lines, const std::string& placeholder,
                               const std::string& label);
// Draws a box's frame and, unless the text area lies over it, its text (or the placeholder,
// dimmed) as the text area would show it: wrapped, on the same lines, clipped to the box.
void draw_box(const ImVec2& min, const ImVec2& max, float dpr, const std::string& text, const std::string& placeholder,
              bool text_inside);
// The height of a box `width` wide that shows all of `text` so, at least `min_height`.
float box_height(const std::string& text, float width, float dpr, float min_height);

}  // namespace text_area
