// toolbar.cpp - see toolbar.h.
#include "app/toolbar.h"

#include <imgui.h>

#include <algorithm>

#include "app/app.h"
#include "app/labels.h"
#include "app/theme.h"
#include "platform/platform.h"

namespace {
constexpr const char* kOpenTypes = ".txt,.md,.markdown,.html,.htm,.json,.jsonld,text/plain,text/html,application/json";

void change_font(App& app, float delta) {
  float& px = app.state.settings.font_px;
  px = delta == 0 ? 19.0f : std::clamp(px + delta, 12.0f, 36.0f);
}
}  // namespace

void Toolbar::Shortcuts(App& app) {
  ImGuiIO& io = ImGui::GetIO();
  AppState& s = app.state;
  const bool ctrl = io.KeyCtrl || io.KeySuper;
  if (!ctrl) return;
  const bool modal = ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  // Text size works everywhere (GLFW key codes: '=' 61, '-' 45, '0' 48, keypad + 334, - 333).
  if (ImGui::IsKeyPressed(61) || ImGui::IsKeyPressed(334)) change_font(app, 1);
  if (ImGui::IsKeyPressed(45) || ImGui::IsKeyPressed(333)) change_font(app, -1);
  if (ImGui::IsKeyPressed(48, false)) change_font(app, 0);
  if (modal) return;
  // In a text field, Ctrl+Z belongs to the field.
  if (!io.WantTextInput) {
    if (ImGui::IsKeyPressed('Z') && !io.KeyShift) s.undo();
    if ((ImGui::IsKeyPressed('Z') && io.KeyShift) || ImGui::IsKeyPressed('Y')) s.redo();
  }
  if (ImGui::IsKeyPressed('S', false)) s.download_export();
  // No Ctrl+O: browsers show a file dialog only after a click, not after a shortcut.
}

void Toolbar::Draw(App& app) {
  AppState& s = app.state;
  if (!ImGui::BeginMainMenuBar()) return;
  height = ImGui::GetWindowSize().y;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Open article or annotations\u2026")) platform::open_file_dialog(kOpenTypes);
    if (ImGui::MenuItem("Paste an article\u2026")) s.paste_dialog = true;
    if (ImGui::MenuItem("Open the sample article")) {
      if (auto r = core::make_article(app.sample); r.article) s.open_article(std::move(*r.article), {}, true);
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Import annotations (JSON)\u2026")) platform::open_file_dialog(".json,.jsonld,application/json");
    if (ImGui::MenuItem("Export annotations (W3C JSON)", "Ctrl+S")) s.download_export();
    ImGui::Separator();
    if (ImGui::MenuItem("Delete all annotations\u2026", nullptr, false, s.store().size() > 0)) s.clear_annotations();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Edit")) {
    if (ImGui::MenuItem("Undo", "Ctrl+Z", false, s.can_undo())) s.undo();
    if (ImGui::MenuItem("Redo", "Ctrl+Shift+Z", false, s.can_redo())) s.redo();
    ImGui::Separator();
    if (ImGui::MenuItem("Delete annotation", "Del", false, !s.selected_id.empty())) s.delete_annotation(s.selected_id);
    if (ImGui::MenuItem("Select all", "Ctrl+A")) s.selection = {0, s.article().cps.size()};
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    if (ImGui::MenuItem("Larger text", "Ctrl +")) change_font(app, 1);
    if (ImGui::MenuItem("Smaller text", "Ctrl -")) change_font(app, -1);
    if (ImGui::MenuItem("Default text size", "Ctrl 0")) change_font(app, 0);
    ImGui::Separator();
    ImGui::MenuItem("Dark theme", nullptr, &s.settings.dark);
    ImGui::MenuItem("Dyslexia-friendly font", nullptr, &s.settings.dyslexic);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Claims")) {
    if (ImGui::MenuItem("Suggest claims", nullptr, s.show_suggestions)) {
      s.show_suggestions = !s.show_suggestions;
      app.select_suggestions_tab = s.show_suggestions;
      app.select_annotations_tab = !s.show_suggestions;
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("Annotate this page: the bookmarklet\u2026")) platform::show_bookmarklet();
    ImGui::EndMenu();
  }
  ImGui::Separator();
  // With a selection: one button per category (their keys in the tooltip).
  if (!s.selection.empty()) {
    static const std::pair<const char*, const char*> kButtons[] = {
        {"claim", "C"}, {"statistic", "S"}, {"quote", "Q"}, {"date", "D"}, {"person-org", "P"}, {"opinion", "O"}};
    ImGui::TextDisabled("Mark as");
    for (const auto& [cat, key] : kButtons) {
      category_dot(cat);
      ImGui::SameLine(0, 0);
      if (ImGui::MenuItem((category_label(cat) + "##b").c_str())) s.create_annotation(cat);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Press %s", key);
    }
  } else {
    ImGui::TextDisabled("Select text to annotate it");
  }
  ImGui::EndMainMenuBar();
}
