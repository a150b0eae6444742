// nav_speech.cpp - see nav_speech.h.
#include "app/nav_speech.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <unordered_map>

namespace {
struct Item {
  std::string words;
  ImGuiItemStatusFlags flags = 0;
  bool described = false;
};
std::unordered_map<ImGuiID, Item> g_items;  // this frame's items with labels
ImGuiID g_last_nav = 0;
bool g_on = false;

// "Dark theme" from "Dark theme##dark"; "search" from "##search".
std::string visible_label(const char* label) {
  std::string s = label ? label : "";
  const size_t hashes = s.find("##");
  if (hashes == 0) return s.substr(2);
  if (hashes != std::string::npos) s.resize(hashes);
  return s;
}
}  // namespace

// [SECTION] ImGui's item hooks (imgui_internal.h, IMGUI_ENABLE_TEST_ENGINE)
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  Item& it = g_items[id];
  if (it.described) return;
  it.words = visible_label(label);
  it.flags = flags;
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace nav_speech {

void begin_frame(bool on) {
  g_on = on;
  ImGui::GetCurrentContext()->TestEngineHookItems = on;
  g_items.clear();
  if (!on) g_last_nav = 0;
}

bool active() { return g_on; }

void describe_last_item(const std::string& words) {
  if (!g_on) return;
  Item& it = g_items[ImGui::GetItemID()];
  it.words = words;
  it.described = true;
}

std::string end_frame() {
  if (!g_on) return "";
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.NavId == 0 || g.NavId == g_last_nav || g.NavDisableHighlight) return "";
  const auto it = g_items.find(g.NavId);
  if (it == g_items.end() || it->second.words.empty()) return "";
  g_last_nav = g.NavId;
  std::string say = it->second.words;
  const ImGuiItemStatusFlags f = it->second.flags;
  if (f & ImGuiItemStatusFlags_Checkable) say += (f & ImGuiItemStatusFlags_Checked) ? ", checked" : ", not checked";
  if (f & ImGuiItemStatusFlags_Openable) say += (f & ImGuiItemStatusFlags_Opened) ? ", menu, open" : ", menu";
  return say;
}

}  // namespace nav_speech
