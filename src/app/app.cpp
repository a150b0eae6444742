// app.cpp - one frame of the app: menu bar, reading column, side panel or bottom sheet,
// notices and dialogs.
#include "app/app.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/keyboard_focus.h"
#include "app/keys.h"
#include "app/nav_speech.h"
#include "app/text_area.h"
#include "app/theme.h"
#include "app/toasts.h"
#include "app/ui_probe.h"
#include "platform/platform.h"
#include "session/classroom_files.h"

void App::prepare(float device_pixel_ratio) {
  dpr = device_pixel_ratio;
  FontSizes want;
  want.body_px = state.settings.font_px;
  want.dyslexic = state.settings.dyslexic && fonts.has_dyslexic();
  want.dpr = dpr;
  if (state.settings.dyslexic && !fonts.has_dyslexic() && !dyslexic_requested) {
    // Loaded only when chosen: most readers never download it.
    platform::fetch_resource("fonts/OpenDyslexic-Regular.otf");
    dyslexic_requested = true;
  }
  if (booted && points.update(state)) fonts.show_points(points.points());
  fonts.ensure(want);
  // The system's light or dark until the reader picks one in the View menu; its wish for
  // less motion: no smooth scrolling, no blinking cursor.
  const platform::SystemPreferences sys = platform::system_preferences();
  Settings& set = state.settings;
  if (!set.theme_chosen && set.dark != sys.dark && state.ready()) set.dark = sys.dark;
  if (!set.theme_chosen && sys.more_contrast && !set.high_contrast && state.ready()) set.high_contrast = true;
  reduced_motion = sys.reduced_motion;
  reading.reduce_motion = reduced_motion;
  ImGui::GetIO().ConfigInputTextCursorBlink = !reduced_motion;
  if (theme_dark != set.dark || theme_high_contrast != set.high_contrast || theme_dpr != dpr) {
    apply_theme(set.dark, dpr, set.high_contrast);
    theme_dark = set.dark;
    theme_high_contrast = set.high_contrast;
    theme_dpr = dpr;
  }
}

bool App::animating() const {
  return reading.animating() || fonts.pending() || state.save_pending() || toasts::visible() || touch.active();
}

void App::draw() {
  ui_probe::begin_frame();
  probe_theme();
  keys::begin_frame();
  const int entered = keyboard_focus::begin_frame();
  if (entered == static_cast<int>(keyboard_focus::Region::Reading)) reading.start_caret(state);
  if (entered == static_cast<int>(keyboard_focus::Region::Panel) && compact) sheet_open = true;  // a closed sheet opens
  nav_speech::begin_frame(keyboard_focus::current() != keyboard_focus::Region::Reading);
  text_area::begin_frame();
  editor.BeginFrame(state);
  touch.apply(*this);
  toolbar.Shortcuts(*this);
  toolbar.Draw(*this);

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float top = toolbar.height;
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + top));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, vp->Size.y - top));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  // A student's exercise whose teacher turned claim suggestions off shows none (the reader
  // may come to it from an article that had them on).
  if (state.show_suggestions && !session::suggestions_allowed(state.doc())) state.show_suggestions = false;
  if (reading.clicked_suggestion >= 0) {
    focus_suggestion = reading.clicked_suggestion;
    select_suggestions_tab = true;
  }
  compact = vp->Size.x < kCompactWidth * dpr;
  if (compact) {
    draw_compact(vp->Size.x, vp->Size.y - top);
  } else {
    draw_wide(vp->Size.x, vp->Size.y - top);
  }
  ImGui::End();

  toasts::draw(reading_min_, reading_max_, dpr);
  banner.Draw(state, dpr, toolbar.height);
  library.Draw(state, dpr);
  dialogs.Draw(state, dpr);
  share.AfterChange(*this);
  share.Draw(*this);
  export_dialog.Draw(*this);
  classroom.Draw(*this);
  text_area::end_frame();
  a11y.update(*this);
  if (const std::string said = nav_speech::end_frame(); !said.empty()) platform::a11y_announce(said);
  ui_probe::text("a11y.updates", std::to_string(a11y.updates));
}

void App::draw_wide(float width, float height) {
  const float side_w = std::floor(std::min(380.0f * dpr * interface_scale(state.settings.font_px), width * 0.42f));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  draw_reading(width - side_w, height);
  ImGui::SetCursorScreenPos(ImVec2(origin.x + width - side_w, origin.y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * dpr, 12 * dpr));
  // It scrolls when the editor and the list do not fit (a short window, a long note).
  ImGui::BeginChild("side", ImVec2(side_w, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  keyboard_focus::note_panel_window();
  const ImVec2 sp = ImGui::GetWindowPos();
  ImGui::GetWindowDrawList()->AddLine(sp, ImVec2(sp.x, sp.y + ImGui::GetWindowHeight()),
                                      ImGui::GetColorU32(ImGuiCol_Border), 1.0f);
  ui_probe::rect("panel", sp, ImVec2(sp.x + side_w, sp.y + ImGui::GetWindowHeight()));
  draw_panel();
  ImGui::EndChild();
}

void App::draw_compact(float width, float height) {
  // The sheet opens by itself for what the reader just asked for: an annotation to edit,
  // a suggestion clicked in the article.
  if (state.editor_open && !sheet_had_editor) sheet_open = true;
  if (select_suggestions_tab) sheet_open = true;
  const bool opened_for_editor = state.editor_open && !sheet_had_editor;
  sheet_had_editor = state.editor_open;

  const float handle_h = std::round(40.0f * dpr);
  const float open_h = std::round(height * (state.editor_open ? 0.6f : 0.5f));
  const float sheet_h = sheet_open ? open_h : handle_h;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  draw_reading(width, height - sheet_h);
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height - sheet_h));
  if (opened_for_editor) {
    // Keep the annotation in sight above the sheet that now covers half the screen.
    if (const core::Annotation* a = state.store().find(state.selected_id)) {
      state.scroll_request = a->start;
      state.scroll_request_center = true;
    }
  }

  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12 * dpr, 0));
  ImGui::BeginChild("sheet", ImVec2(width, sheet_h), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar();
  const ImVec2 sp = ImGui::GetWindowPos();
  ui_probe::rect("panel", sp, ImVec2(sp.x + width, sp.y + sheet_h));
  ImGui::GetWindowDrawList()->AddLine(sp, ImVec2(sp.x + width, sp.y), ImGui::GetColorU32(ImGuiCol_Border), 1.0f);
  draw_sheet_handle(width);
  if (sheet_open) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12 * dpr, 4 * dpr));
    ImGui::BeginChild("sheet_body", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    keyboard_focus::note_panel_window();
    draw_panel();
    ImGui::EndChild();
  }
  ImGui::EndChild();
}

// A grip and a line saying what the sheet holds; a tap opens or closes it.
void App::draw_sheet_handle(float width) {
  const float handle_h = std::round(40.0f * dpr);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 origin = ImGui::GetWindowPos();
  ImGui::SetCursorScreenPos(origin);
  if (ImGui::InvisibleButton("##sheet_handle", ImVec2(width, handle_h))) sheet_open = !sheet_open;
  ui_probe::item("sheet.handle");
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float cx = origin.x + width * 0.5f;
  dl->AddRectFilled(ImVec2(cx - 18 * dpr, origin.y + 6 * dpr), ImVec2(cx + 18 * dpr, origin.y + 10 * dpr),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), 2 * dpr);
  const size_t n = state.store().size();
  std::string label = std::to_string(n) + (n == 1 ? " annotation" : " annotations");
  if (state.show_suggestions) label += " \u00B7 suggestions";
  const char* action = sheet_open ? "Hide" : "Show";
  const float ty = origin.y + 13 * dpr;
  dl->AddText(ImVec2(p.x, ty), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
  // "Show" with a triangle pointing where the sheet will go.
  const float aw = ImGui::CalcTextSize(action).x, th = ImGui::GetFontSize() * 0.3f;
  const float tx = origin.x + width - 12 * dpr - th, tcy = ty + ImGui::GetFontSize() * 0.55f;
  const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  dl->AddText(ImVec2(tx - th - 6 * dpr - aw, ty), muted, action);
  if (sheet_open) {
    dl->AddTriangleFilled(ImVec2(tx - th, tcy - th * 0.5f), ImVec2(tx + th, tcy - th * 0.5f), ImVec2(tx, tcy + th * 0.6f), muted);
  } else {
    dl->AddTriangleFilled(ImVec2(tx - th, tcy + th * 0.5f), ImVec2(tx + th, tcy + th * 0.5f), ImVec2(tx, tcy - th * 0.6f), muted);
  }
  ImGui::SetCursorScreenPos(ImVec2(p.x, origin.y + handle_h));
}

void App::draw_reading(float width, float height) {
  const bool strip = !state.selection.empty() && !toolbar.marks_in_menubar;
  const float strip_h = strip ? toolbar.MarkStripHeight(width) : 0.0f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  reading_min_ = p;
  reading_max_ = ImVec2(p.x + width, p.y + height - strip_h);
  ImGui::BeginChild("reading_area", ImVec2(width, height - strip_h), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  reading.Draw(state, fonts, dpr);
  ImGui::EndChild();
  if (strip) {
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + height - strip_h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10 * dpr, 6 * dpr));
    ImGui::BeginChild("mark_strip", ImVec2(width, strip_h), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();
    ui_probe::rect("mark.strip", ImGui::GetWindowPos(),
                   ImVec2(ImGui::GetWindowPos().x + width, ImGui::GetWindowPos().y + strip_h));
    toolbar.DrawMarkStrip(*this, width);
    ImGui::EndChild();
  }
}

void App::draw_panel() {
  classroom.DrawStudentBox(*this);  // a student's exercise: instructions, name, Hand in
  if (state.editor_open) {
    editor.Draw(state, dpr);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
  }
  if (ImGui::BeginTabBar("tabs")) {
    const ImGuiTabItemFlags aflags = select_annotations_tab ? ImGuiTabItemFlags_SetSelected : 0;
    select_annotations_tab = false;
    if (ImGui::BeginTabItem("Annotations", nullptr, aflags)) {
      list.Draw(state, dpr);
      ImGui::EndTabItem();
    }
    // A student's exercise whose teacher turned suggestions off has no Suggestions tab.
    const bool allowed = session::suggestions_allowed(state.doc());
    const ImGuiTabItemFlags sflags = select_suggestions_tab && allowed ? ImGuiTabItemFlags_SetSelected : 0;
    select_suggestions_tab = false;
    if (allowed && ImGui::BeginTabItem("Suggestions", nullptr, sflags)) {
      state.show_suggestions = true;
      suggestions.Draw(state, dpr, focus_suggestion);
      focus_suggestion = -1;
      ImGui::EndTabItem();
    } else if (state.show_suggestions && sflags == 0) {
      // Leaving the tab hides the outlines; the menu brings them back.
      state.show_suggestions = false;
    }
    ImGui::EndTabBar();
  }
}
