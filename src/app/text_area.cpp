// text_area.cpp - see text_area.h.
#include "app/text_area.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace text_area {
namespace {
Owner g_owner = Owner::None;       // placed it last
bool g_placed = false;             // someone placed it this frame
std::vector<platform::NoteFieldEvent> g_events;  // taken at the frame's start, for g_owner

std::string css_color(ImGuiCol idx) {
  const ImVec4 c = ImGui::GetStyleColorVec4(idx);
  auto b = [](float v) { return std::to_string(static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255))); };
  return "rgb(" + b(c.x) + "," + b(c.y) + "," + b(c.z) + ")";
}
// The page's text area's line height (style(): whole CSS pixels) in framebuffer pixels, so
// that text drawn here has the lines it will have there.
float line_height(float dpr) { return std::round(ImGui::GetFontSize() / dpr * 1.25f) * dpr; }

// Calls `line(begin, end)` for each line of `text` wrapped to `width`, as ImGui wraps.
template <typename F>
int for_each_line(const std::string& text, float width, F line) {
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  const char* s = text.c_str();
  const char* end = s + text.size();
  int lines = 0;
  while (s < end) {
    const char* nl = static_cast<const char*>(memchr(s, '\n', static_cast<size_t>(end - s)));
    const char* para_end = nl ? nl : end;
    do {
      const char* cut = font->CalcWordWrapPositionA(scale, s, para_end, width);
      if (cut == s && s < para_end) {  // a character wider than the box: it alone
        unsigned int c = 0;
        cut = s + ImTextCharFromUtf8(&c, s, para_end);
      }
      if (cut > para_end) cut = para_end;
      line(s, cut);
      ++lines;
      s = cut;
      while (s < para_end && (*s == ' ' || *s == '\t')) ++s;  // spaces at a wrap start no line
    } while (s < para_end);
    if (nl) {
      s = nl + 1;
      if (s == end) {
        line(s, s);  // a final line break opens an empty line
        ++lines;
      }
    }
  }
  return lines;
}
}  // namespace

void begin_frame() {
  g_placed = false;
  g_events = platform::take_note_field_events();
}

void end_frame() {
  if (!g_placed) platform::note_field_hide();
  g_events.clear();  // the owner's, unheard when it drew nothing this frame
}

Owner owner() { return g_owner; }

std::vector<platform::NoteFieldEvent> events(Owner who) {
  std::vector<platform::NoteFieldEvent> out;
  if (who == g_owner) out.swap(g_events);
  return out;
}

bool place(Owner who, const ImVec2& box_min, float box_width, float dpr, const platform::NoteFieldStyle& style) {
  const bool taken = g_owner != who;
  g_owner = who;
  g_placed = true;
  platform::note_field_show(box_min.x / dpr, box_min.y / dpr, box_width / dpr, style);
  return taken;
}

platform::NoteFieldStyle style(float dpr, float min_lines, float max_lines, const std::string& placeholder,
                               const std::string& label) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const float line_css = line_height(dpr) / dpr;
  platform::NoteFieldStyle s;
  // ImGui sizes a font by its ascent plus descent, CSS by its em: for Noto Sans (ascent
  // 1069, descent 293 per 1000 em) the same letters are 1000/1362 of ImGui's number.
  s.font_px = std::round(ImGui::GetFontSize() / dpr * 1000.0f / 1362.0f * 10.0f) / 10.0f;
  s.line_px = line_css;
  s.rounding_px = st.FrameRounding / dpr;
  s.min_height = line_css * min_lines + 12;
  const float screen_css = ImGui::GetMainViewport()->Size.y / dpr;
  s.max_height = std::max(s.min_height, std::min(line_css * max_lines + 12, screen_css * 0.3f));
  s.text = css_color(ImGuiCol_Text);
  s.border = css_color(ImGuiCol_Border);
  s.placeholder_color = css_color(ImGuiCol_TextDisabled);
  s.placeholder = placeholder;
  s.label = label;
  return s;
}

void draw_box(const ImVec2& min, const ImVec2& max, float dpr, const std::string& text, const std::string& placeholder,
              bool text_inside) {
  const ImGuiStyle& st = ImGui::GetStyle();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBg), st.FrameRounding);
  dl->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border), st.FrameRounding);
  if (text_inside) return;
  // Where the page's text area puts its lines: inside its border and padding, each line
  // 1.25 times the font's height with the glyphs in its middle.
  const float lh = line_height(dpr);
  const ImVec2 at(min.x + st.FramePadding.x + 1, min.y + st.FramePadding.y + 1 + (lh - ImGui::GetFontSize()) / 2);
  const std::string& shown = text.empty() ? placeholder : text;
  const ImU32 color = ImGui::GetColorU32(text.empty() ? ImGuiCol_TextDisabled : ImGuiCol_Text);
  ImGui::PushClipRect(min, max, true);
  float y = at.y;
  for_each_line(shown, max.x - min.x - (st.FramePadding.x + 1) * 2, [&](const char* b, const char* e) {
    if (y < max.y) dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x, y), color, b, e);
    y += lh;
  });
  ImGui::PopClipRect();
}

float box_height(const std::string& text, float width, float dpr, float min_height) {
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  const int lines = for_each_line(text, width - (pad.x + 1) * 2, [](const char*, const char*) {});
  return std::max(min_height, lines * line_height(dpr) + (pad.y + 1) * 2);
}

}  // namespace text_area
