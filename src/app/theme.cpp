// theme.cpp - see theme.h.
#include "app/theme.h"

#include <cstdint>
#include <cstdio>
#include <string>

#include "app/theme_colors.h"
#include "app/ui_probe.h"

namespace {
Palette g_palette;

ImVec4 rgb(uint32_t hex, float a = 1.0f) {
  return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, a);
}
ImU32 col(uint32_t hex, float a = 1.0f) { return ImGui::ColorConvertFloat4ToU32(rgb(hex, a)); }

void base_style(ImGuiStyle& s) {
  s.WindowRounding = 0.0f;
  s.ChildRounding = 6.0f;
  s.FrameRounding = 5.0f;
  s.PopupRounding = 6.0f;
  s.GrabRounding = 4.0f;
  s.ScrollbarRounding = 6.0f;
  s.TabRounding = 4.0f;
  s.WindowBorderSize = 0.0f;
  s.ChildBorderSize = 0.0f;
  s.PopupBorderSize = 1.0f;
  s.FrameBorderSize = 0.0f;
  s.WindowPadding = ImVec2(14, 12);
  s.FramePadding = ImVec2(9, 5);
  s.ItemSpacing = ImVec2(8, 7);
  s.ItemInnerSpacing = ImVec2(6, 5);
  s.ScrollbarSize = 13.0f;
  s.GrabMinSize = 24.0f;
  s.WindowTitleAlign = ImVec2(0.5f, 0.5f);
}
}  // namespace

void apply_theme(bool dark, float scale, bool high_contrast) {
  ImGuiStyle s;
  base_style(s);
  ImVec4* c = s.Colors;
  if (high_contrast) {
    ImGui::StyleColorsDark(&s);
    const theme_colors::Scheme& k = theme_colors::kHighContrast;
    g_palette = {col(k.page), col(k.text), col(k.hint), col(0xffffff), col(0x1f5fbf, 0.85f),
                 col(0xffff00), col(k.panel), col(0xffffff), col(0xffff00), col(0x00ffff), true, true};
    c[ImGuiCol_WindowBg] = rgb(k.page);
    c[ImGuiCol_ChildBg] = rgb(k.panel);
    c[ImGuiCol_PopupBg] = rgb(k.popup);
    c[ImGuiCol_MenuBarBg] = rgb(k.panel);
    c[ImGuiCol_FrameBg] = rgb(k.frame);
    c[ImGuiCol_FrameBgHovered] = rgb(0x202020);
    c[ImGuiCol_FrameBgActive] = rgb(0x303030);
    c[ImGuiCol_Button] = rgb(k.button);
    c[ImGuiCol_ButtonHovered] = rgb(0x303030);
    c[ImGuiCol_ButtonActive] = rgb(0x404040);
    c[ImGuiCol_Header] = rgb(k.row_selected);
    c[ImGuiCol_HeaderHovered] = rgb(k.row_hovered);
    c[ImGuiCol_HeaderActive] = rgb(0x004488);
    c[ImGuiCol_Text] = rgb(k.text);
    c[ImGuiCol_TextDisabled] = rgb(k.hint);
    c[ImGuiCol_Border] = rgb(0xffffff);
    c[ImGuiCol_Separator] = rgb(0xffffff);
    c[ImGuiCol_ScrollbarBg] = rgb(0x000000);
    c[ImGuiCol_ScrollbarGrab] = rgb(0xc0c0c0);
    c[ImGuiCol_CheckMark] = rgb(0xffff00);
    c[ImGuiCol_Tab] = rgb(0x000000);
    c[ImGuiCol_TabActive] = rgb(0x003366);
    c[ImGuiCol_TabHovered] = rgb(0x202020);
    c[ImGuiCol_NavHighlight] = rgb(0xffff00);
    c[ImGuiCol_ModalWindowDimBg] = rgb(0x000000, 0.6f);
    s.FrameBorderSize = 1.0f;
    s.PopupBorderSize = 2.0f;
    s.ChildBorderSize = 1.0f;
  } else if (dark) {
    ImGui::StyleColorsDark(&s);
    const theme_colors::Scheme& k = theme_colors::kDark;
    g_palette = {col(k.page), col(k.text), col(k.hint), col(0xf0eee9), col(0x3d5a80, 0.75f),
                 col(0x8ab4f8), col(0x24262b), col(0x3a3c42), col(0x8ab4f8), col(0xc8c6c0, 0.7f), true};
    c[ImGuiCol_WindowBg] = rgb(k.page);
    c[ImGuiCol_ChildBg] = rgb(k.panel);
    c[ImGuiCol_PopupBg] = rgb(k.popup);
    c[ImGuiCol_MenuBarBg] = rgb(k.panel);
    c[ImGuiCol_FrameBg] = rgb(k.frame);
    c[ImGuiCol_FrameBgHovered] = rgb(0x3c3f46);
    c[ImGuiCol_FrameBgActive] = rgb(0x454852);
    c[ImGuiCol_Button] = rgb(k.button);
    c[ImGuiCol_ButtonHovered] = rgb(0x41444c);
    c[ImGuiCol_ButtonActive] = rgb(0x4d515a);
    c[ImGuiCol_Header] = rgb(k.row_selected);
    c[ImGuiCol_HeaderHovered] = rgb(k.row_hovered);
    c[ImGuiCol_HeaderActive] = rgb(0x3d5a80);
    c[ImGuiCol_Text] = rgb(k.text);
    c[ImGuiCol_TextDisabled] = rgb(k.hint);  // hints, counts, scores: 4.5:1 or more
    c[ImGuiCol_Border] = rgb(0x3a3c42);
    c[ImGuiCol_Separator] = rgb(0x3a3c42);
    c[ImGuiCol_ScrollbarBg] = rgb(0x1c1d21, 0.0f);
    c[ImGuiCol_ScrollbarGrab] = rgb(0x4a4d55);
    c[ImGuiCol_CheckMark] = rgb(0x8ab4f8);
    c[ImGuiCol_ModalWindowDimBg] = rgb(0x000000, 0.45f);
    c[ImGuiCol_NavHighlight] = rgb(0x8ab4f8);
  } else {
    ImGui::StyleColorsLight(&s);
    const theme_colors::Scheme& k = theme_colors::kLight;
    g_palette = {col(k.page), col(k.text), col(k.hint), col(0x15140f), col(0xb4d5fe, 0.9f),
                 col(0x1a5fb4), col(0xf1efea), col(0xdedbd4), col(0x1a5fb4), col(0x57534b, 0.7f), false};
    c[ImGuiCol_WindowBg] = rgb(k.page);
    c[ImGuiCol_ChildBg] = rgb(k.panel);
    c[ImGuiCol_PopupBg] = rgb(k.popup);
    c[ImGuiCol_MenuBarBg] = rgb(k.panel);
    c[ImGuiCol_FrameBg] = rgb(k.frame);
    c[ImGuiCol_FrameBgHovered] = rgb(0xf7f5f0);
    c[ImGuiCol_FrameBgActive] = rgb(0xffffff);
    c[ImGuiCol_Button] = rgb(k.button);
    c[ImGuiCol_ButtonHovered] = rgb(0xdad6cd);
    c[ImGuiCol_ButtonActive] = rgb(0xcdc8bd);
    c[ImGuiCol_Header] = rgb(k.row_selected);
    c[ImGuiCol_HeaderHovered] = rgb(k.row_hovered);
    c[ImGuiCol_HeaderActive] = rgb(0xc9dcf3);
    c[ImGuiCol_Text] = rgb(k.text);
    c[ImGuiCol_TextDisabled] = rgb(k.hint);  // hints, counts, scores: 4.5:1 or more
    c[ImGuiCol_Border] = rgb(0xd6d2c9);
    c[ImGuiCol_Separator] = rgb(0xdedbd4);
    c[ImGuiCol_ScrollbarBg] = rgb(0xfbfaf7, 0.0f);
    c[ImGuiCol_ScrollbarGrab] = rgb(0xc9c5bc);
    c[ImGuiCol_CheckMark] = rgb(0x1a5fb4);
    c[ImGuiCol_ModalWindowDimBg] = rgb(0x000000, 0.25f);
    c[ImGuiCol_NavHighlight] = rgb(0x1a5fb4);
    s.FrameBorderSize = 1.0f;
  }
  s.ScaleAllSizes(scale);
  ImGui::GetStyle() = s;
}

const Palette& palette() { return g_palette; }

ImVec4 category_color_vec(std::string_view category) {
  // Distinct hues that stay readable under text in both themes.
  if (category == "claim") return rgb(0xf5a623);
  if (category == "statistic") return rgb(0x3a9bdc);
  if (category == "quote") return rgb(0x9b6bd3);
  if (category == "date") return rgb(0x2bb39b);
  if (category == "person-org") return rgb(0xe0607e);
  if (category == "opinion") return rgb(0x8aa93b);
  uint32_t h = 2166136261u;  // FNV-1a: a user category keeps its colour between sessions
  for (char ch : category) h = (h ^ static_cast<uint8_t>(ch)) * 16777619u;
  float r, g, b;
  ImGui::ColorConvertHSVtoRGB((h % 360) / 360.0f, 0.55f, 0.85f, r, g, b);
  return ImVec4(r, g, b, 1.0f);
}

ImU32 category_color(std::string_view category, float alpha) {
  ImVec4 v = category_color_vec(category);
  v.w = alpha;
  return ImGui::ColorConvertFloat4ToU32(v);
}

void category_dot(std::string_view category) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + h * 0.35f, p.y + h * 0.55f), h * 0.28f,
                                              category_color(category), 16);
  ImGui::Dummy(ImVec2(h * 0.7f, h));
}

void probe_theme() {
  if (!ui_probe::active()) return;
  // What text is drawn on, and in, as the browser tests check it for contrast.
  static const std::pair<const char*, ImGuiCol> kColours[] = {
      {"Text", ImGuiCol_Text},         {"TextDisabled", ImGuiCol_TextDisabled}, {"WindowBg", ImGuiCol_WindowBg},
      {"ChildBg", ImGuiCol_ChildBg},   {"PopupBg", ImGuiCol_PopupBg},           {"MenuBarBg", ImGuiCol_MenuBarBg},
      {"FrameBg", ImGuiCol_FrameBg},   {"Header", ImGuiCol_Header},             {"HeaderHovered", ImGuiCol_HeaderHovered},
      {"Button", ImGuiCol_Button}};
  for (const auto& [name, idx] : kColours) {
    const ImU32 c = ImGui::GetColorU32(idx);
    char hex[8];
    snprintf(hex, sizeof hex, "%02x%02x%02x", c & 0xFF, (c >> 8) & 0xFF, (c >> 16) & 0xFF);
    ui_probe::text(std::string("theme.") + name, hex);
  }
}
