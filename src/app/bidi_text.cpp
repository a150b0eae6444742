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
  if (core::text::is_unidirectional_ltr(cps)) {
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    return text;
  }
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  float width = ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), w->DC.TextWrapPos);
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
