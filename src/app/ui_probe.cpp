// ui_probe.cpp - see ui_probe.h.
#include "app/ui_probe.h"

#include <map>
#include <utility>

#include <nlohmann/json.hpp>

namespace {
struct Box {
  ImVec2 min, max;
};
std::map<std::string, Box> g_rects;
std::map<std::string, std::string> g_texts;
bool g_active = false;
}  // namespace

namespace ui_probe {

bool active() { return g_active; }
void set_active(bool on) { g_active = on; }

void begin_frame() {
  g_rects.clear();
  g_texts.clear();
}

void rect(const std::string& name, ImVec2 min, ImVec2 max) {
  if (g_active) g_rects[name] = {min, max};
}

void item(const std::string& name) {
  if (g_active) rect(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void text(const std::string& name, std::string value) {
  if (g_active) g_texts[name] = std::move(value);
}

std::string json(float dpr) {
  const float d = dpr > 0 ? dpr : 1.0f;
  nlohmann::json rects = nlohmann::json::object();
  for (const auto& [name, b] : g_rects) {
    rects[name] = {{"x", b.min.x / d}, {"y", b.min.y / d}, {"width", (b.max.x - b.min.x) / d},
                   {"height", (b.max.y - b.min.y) / d}};
  }
  return nlohmann::json{{"rects", rects}, {"texts", g_texts}}.dump();
}

}  // namespace ui_probe
