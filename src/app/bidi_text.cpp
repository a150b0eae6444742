// bidi_text.cpp - see bidi_text.h.
#include "app/bidi_text.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <vector>

#include "core/text/bidi.h"
#include "core/text/plain_order.h"
#include "core/utf8.h"

namespace bidi_text {

namespace {

float measure(std::u32string_view t) {
  const std::string s = utf8::encode(t);
  return ImGui::CalcTextSize(s.c_str(), s.c_str() + s.size()).x;
}

// Left-to-right text with a '\n' at each line break. ImGui also breaks after punctuation,
// which would put "5," and "000" or "3." and "5 percent" on two lines: here a line breaks
// at its last space, and only a line without one where ImGui would.
std::string broken_at_spaces(const std::string& text, float width) {
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  std::string out;
  const char* const end = text.c_str() + text.size();
  for (const char* s = text.c_str(); s <= end;) {
    const char* para_end = std::find(s, end, '\n');
    const char* p = s;
    do {
      const char* brk = font->CalcWordWrapPositionA(scale, p, para_end, width);
      if (brk < para_end && *brk != ' ' && brk > p && brk[-1] != ' ') {  // not at a space
        const char* space = brk;
        while (space > p && space[-1] != ' ') --space;
        if (space > p) brk = space;
      }
      if (brk == p && p < para_end) brk += std::max(1, ImTextCountUtf8BytesFromChar(p, para_end));  // a character at least
      const char* line_end = brk;
      while (line_end > p && line_end[-1] == ' ') --line_end;
      out.append(p, line_end);
      p = brk;
      while (p < para_end && *p == ' ') ++p;
      if (p < para_end) out += '\n';
    } while (p < para_end);
    if (para_end < end) out += '\n';
    s = para_end + 1;
  }
  return out;
}

}  // namespace

std::string one_line(const std::string& text, float width) {
  std::u32string cps = utf8::decode(text);
  if (core::text::is_unidirectional_ltr(cps)) return text;
  for (char32_t& c : cps)
    if (c == U'\n') c = U' ';
  auto lines = core::text::plain_wrapped_lines(cps, width, measure, 2);
  if (lines.size() == 1) return utf8::encode(lines[0].text);
  // Cut: room for the ellipsis on the side where the text goes on.
  const float ellipsis = ImGui::CalcTextSize("\u2026").x;
  lines = core::text::plain_wrapped_lines(cps, std::max(0.0f, width - ellipsis), measure, 1);
  const std::string first = utf8::encode(lines[0].text);
  return lines[0].rtl ? "\u2026" + first : first + "\u2026";
}

std::string wrapped(const std::string& text) {
  const std::u32string cps = utf8::decode(text);
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  float width = ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), w->DC.TextWrapPos);
  if (core::text::is_unidirectional_ltr(cps)) {
    // One item, as ImGui's own wrapping makes: the lines sit as close and click as one.
    const std::string lines = width > 0 ? broken_at_spaces(text, width) : text;
    ImGui::PushTextWrapPos(-1.0f);
    ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
    ImGui::PopTextWrapPos();
    return lines;
  }
  if (width <= 0) width = 1e9f;  // no wrap position: one line a paragraph
  struct Line {
    std::string text;
    float width;
    bool rtl;
  };
  std::vector<Line> lines;
  float block = 0;
  size_t pos = 0;
  while (pos <= cps.size()) {
    size_t nl = cps.find(U'\n', pos);
    if (nl == std::u32string::npos) nl = cps.size();
    for (core::text::PlainLine& l :
         core::text::plain_wrapped_lines(std::u32string_view(cps).substr(pos, nl - pos), width, measure)) {
      const float lw = measure(l.text);
      block = std::max(block, lw);
      lines.push_back({utf8::encode(l.text), lw, l.rtl});
    }
    pos = nl + 1;
  }
  // Flush right within the widest line, so a note lines up on its right edge.
  const float x0 = ImGui::GetCursorPosX();
  std::string drawn;
  for (const Line& l : lines) {
    drawn += (drawn.empty() ? "" : "\n") + l.text;
    ImGui::SetCursorPosX(l.rtl ? x0 + block - l.width : x0);
    ImGui::PushTextWrapPos(-1.0f);  // already wrapped
    ImGui::TextUnformatted(l.text.c_str(), l.text.c_str() + l.text.size());
    ImGui::PopTextWrapPos();
  }
  return drawn;
}

}  // namespace bidi_text
