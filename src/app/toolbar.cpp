// toolbar.cpp - see toolbar.h.
#include "app/toolbar.h"

#include <imgui.h>

#include <algorithm>

#include "app/app.h"
#include "app/feedback.h"
#include "app/keys.h"
#include "app/labels.h"
#include "app/theme.h"
#include "app/toasts.h"
#include "app/ui_probe.h"
#include "core/text_size.h"
#include "platform/platform.h"
#include "session/classroom_files.h"

namespace {
constexpr const char* kOpenTypes = ".txt,.md,.markdown,.html,.htm,.json,.jsonld,text/plain,text/html,application/json";

struct MarkButton {
  const char* category;
  const char* key;
};
constexpr MarkButton kMarks[] = {{"claim", "C"}, {"statistic", "S"}, {"quote", "Q"},
                                 {"date", "D"},  {"person-org", "P"}, {"opinion", "O"}};

// -1 smaller, +1 larger, 0 the default; says the new size, as browsers do when zooming.
void change_font(App& app, int step) {
  float& px = app.state.settings.font_px;
  const float was = px;
  px = step == 0 ? core::kDefaultTextPx : step > 0 ? core::larger_text(px) : core::smaller_text(px);
  if (px != was || step != 0) {
    toasts::show("Text size " + std::to_string(core::text_size_percent(px)) + " %" +
                 (step > 0 && px == core::kLargestTextPx ? " (the largest)" : "") +
                 (step < 0 && px == core::kSmallestTextPx ? " (the smallest)" : ""));
  }
}

// A menu item whose box the browser tests can find as "Menu/Label".
bool item(const char* menu, const char* label, const char* shortcut = nullptr, bool selected = false,
          bool enabled = true) {
  const bool clicked = ImGui::MenuItem(label, shortcut, selected, enabled);
  ui_probe::item(std::string(menu) + "/" + label);
  return clicked;
}

bool menu(const char* label) {
  const bool open = ImGui::BeginMenu(label);
  ui_probe::item(std::string("menu.") + label);
  if (open) {
    ui_probe::rect(std::string("menu.") + label + ".popup", ImGui::GetWindowPos(),
                   ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                          ImGui::GetWindowPos().y + ImGui::GetWindowSize().y));
  }
  return open;
}

// Width of one category button with its coloured dot (as drawn by mark_button).
float mark_button_width(const char* category) {
  const ImGuiStyle& st = ImGui::GetStyle();
  return ImGui::GetTextLineHeight() * 0.7f + ImGui::CalcTextSize(category_label(category).c_str()).x +
         st.FramePadding.x * 2;
}

bool mark_button(const MarkButton& m, bool in_menubar) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const std::string label = category_label(m.category);
  bool clicked;
  if (in_menubar) {
    category_dot(m.category);
    ImGui::SameLine(0, 0);
    clicked = ImGui::MenuItem((label + "##mark").c_str());
  } else {
    const float w = mark_button_width(m.category);
    clicked = ImGui::Button(("##mark" + label).c_str(), ImVec2(w, 0));
    const ImVec2 c(p.x + ImGui::GetStyle().FramePadding.x, p.y + ImGui::GetStyle().FramePadding.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(ImVec2(c.x + h * 0.25f, c.y + h * 0.55f), h * 0.26f, category_color(m.category), 16);
    dl->AddText(ImVec2(c.x + h * 0.7f, c.y), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
  }
  ui_probe::item(std::string("mark.") + m.category);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Mark as %s (key %s)", label.c_str(), m.key);
  return clicked;
}
}  // namespace

void Toolbar::Shortcuts(App& app) {
  ImGuiIO& io = ImGui::GetIO();
  AppState& s = app.state;
  keys::close_menus_on_escape();
  const bool ctrl = io.KeyCtrl || io.KeySuper;
  if (!ctrl) return;
  // An open menu or dropdown does not stop shortcuts; a dialog waiting for an answer does.
  const bool modal = keys::dialog_open();
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
  if (ImGui::IsKeyPressed('S', false)) export_with_notice(s);
  // No Ctrl+O: browsers show a file dialog only after a click, not after a shortcut.
}

void Toolbar::Draw(App& app) {
  AppState& s = app.state;
  if (!ImGui::BeginMainMenuBar()) return;
  height = ImGui::GetWindowSize().y;
  const ImVec2 bar_pos = ImGui::GetWindowPos();
  ui_probe::rect("menubar", bar_pos, ImVec2(bar_pos.x + ImGui::GetWindowSize().x, bar_pos.y + height));
  if (menu("File")) {
    if (item("File", "Open article or annotations\u2026")) platform::open_file_dialog(kOpenTypes, true);
    if (item("File", "Paste an article\u2026")) s.paste_dialog = true;
    if (item("File", "Open the sample article")) s.open_sample();
    ImGui::Separator();
    if (item("File", "Import annotations (JSON)\u2026")) platform::open_file_dialog(".json,.jsonld,application/json", true);
    if (item("File", "Export annotations (W3C JSON)", "Ctrl+S")) export_with_notice(s);
    ImGui::Separator();
    if (item("File", "Delete all annotations\u2026", nullptr, false, s.store().size() > 0)) s.clear_annotations();
    ImGui::Separator();
    // Last, so the items above keep their places.
    if (item("File", "Library\u2026", nullptr, s.library_open)) s.library_open = !s.library_open;
    // Share and publish (issue 9), after the Library so that the items above keep their places.
    ImGui::Separator();
    if (item("File", "Export as\u2026")) app.export_dialog.open = true;
    if (item("File", "Export report (HTML)")) app.export_dialog.Download(app, session::ExportFormat::Html);
    if (item("File", "Share link\u2026")) app.share.Request(app, true);
    if (app.share.shares.waiting() && item("File", "Shared annotations waiting\u2026")) app.share.ShowWaiting();
    ImGui::EndMenu();
  }
  if (menu("Edit")) {
    if (item("Edit", "Undo", "Ctrl+Z", false, s.can_undo())) s.undo();
    if (item("Edit", "Redo", "Ctrl+Shift+Z", false, s.can_redo())) s.redo();
    ImGui::Separator();
    if (item("Edit", "Delete annotation", "Del", false, !s.selected_id.empty())) {
      delete_annotation_with_notice(s, s.selected_id);
    }
    if (item("Edit", "Select all", "Ctrl+A")) s.selection = {0, s.article().cps.size()};
    ImGui::EndMenu();
  }
  if (menu("View")) {
    ImGui::TextDisabled("Text size %d %%", core::text_size_percent(s.settings.font_px));
    if (item("View", "Larger text", "Ctrl +")) change_font(app, 1);
    if (item("View", "Smaller text", "Ctrl -")) change_font(app, -1);
    if (item("View", "Default text size", "Ctrl 0")) change_font(app, 0);
    ImGui::Separator();
    if (item("View", "Dark theme", nullptr, s.settings.dark)) {
      s.settings.dark = !s.settings.dark;
      s.settings.theme_chosen = true;  // from now on the reader's, not the system's
    }
    if (item("View", "High contrast", nullptr, s.settings.high_contrast)) {
      s.settings.high_contrast = !s.settings.high_contrast;
      s.settings.theme_chosen = true;
    }
    if (item("View", "Dyslexia-friendly font", nullptr, s.settings.dyslexic)) s.settings.dyslexic = !s.settings.dyslexic;
    ImGui::EndMenu();
  }
  if (menu("Claims")) {
    const bool allowed = session::suggestions_allowed(s.doc());
    if (item("Claims", "Suggest claims", nullptr, s.show_suggestions, allowed)) {
      s.show_suggestions = !s.show_suggestions;
      app.select_suggestions_tab = s.show_suggestions;
      app.select_annotations_tab = !s.show_suggestions;
    }
    if (!allowed) {
      ImGui::TextDisabled("Off in this exercise: your teacher asks you to find the claims yourself.");
      ui_probe::item("Claims/off");
    }
    ImGui::EndMenu();
  }
  app.classroom.DrawMenu(app);
  if (menu("Help")) {
    if (item("Help", "Annotate this page: the bookmarklet\u2026")) platform::show_bookmarklet();
    ImGui::EndMenu();
  }
  // With a selection: one button per category (their keys in the tooltip), here when they
  // fit; otherwise the app shows them in a strip of their own (DrawMarkStrip).
  const ImGuiStyle& st = ImGui::GetStyle();
  float need = ImGui::CalcTextSize("Mark as").x + st.ItemSpacing.x * 3;
  for (const MarkButton& m : kMarks) need += mark_button_width(m.category) + st.ItemSpacing.x;
  marks_in_menubar = ImGui::GetContentRegionAvail().x >= need;
  if (marks_in_menubar) {
    ImGui::Separator();
    if (!s.selection.empty()) {
      ImGui::TextDisabled("Mark as");
      for (const MarkButton& m : kMarks) {
        if (mark_button(m, true)) s.create_annotation(m.category);
      }
    } else {
      ImGui::TextDisabled("Select text to annotate it");
    }
  }
  // Work that is not being saved: said where it stays in view (status_banner.h explains).
  if (const session::SaveStatus save = s.save_status(); save.failing || save.blocked) {
    const float w = ImGui::CalcTextSize(save.message.c_str()).x + ImGui::GetStyle().ItemSpacing.x * 2;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowWidth() - w));
    ImGui::TextColored(ImVec4(0.80f, 0.25f, 0.10f, 1.0f), "%s", save.message.c_str());
  }
  ImGui::EndMainMenuBar();
}

// Buttons wrapped into rows as wide as the strip.
float Toolbar::MarkStripHeight(float width) const {
  const ImGuiStyle& st = ImGui::GetStyle();
  float x = ImGui::CalcTextSize("Mark as").x + st.ItemSpacing.x;
  int rows = 1;
  const float avail = width - st.WindowPadding.x * 2;
  for (const MarkButton& m : kMarks) {
    const float w = mark_button_width(m.category);
    if (x > 0 && x + w > avail) {
      ++rows;
      x = 0;
    }
    x += w + st.ItemSpacing.x;
  }
  return rows * ImGui::GetFrameHeight() + (rows - 1) * st.ItemSpacing.y + st.WindowPadding.y * 2;
}

void Toolbar::DrawMarkStrip(App& app, float width) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const float avail = width - st.WindowPadding.x * 2;
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Mark as");
  float x = ImGui::CalcTextSize("Mark as").x + st.ItemSpacing.x;
  for (const MarkButton& m : kMarks) {
    const float w = mark_button_width(m.category);
    if (x + w > avail) {
      x = 0;  // next row
    } else {
      ImGui::SameLine();
    }
    if (mark_button(m, false)) app.state.create_annotation(m.category);
    x += w + st.ItemSpacing.x;
  }
}
