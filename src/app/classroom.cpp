// classroom.cpp - see classroom.h: which files belong to an exercise, the Class menu, the
// student mode (instructions, name, Hand in). The dialog and the class view have files of
// their own (exercise_dialog.cpp, class_view.cpp).
#include "app/classroom.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/app.h"
#include "app/bidi_text.h"
#include "app/keys.h"
#include "app/toasts.h"
#include "app/ui_probe.h"
#include "platform/platform.h"

namespace cls = core::classroom;
using nlohmann::json;

using session::document_exercise;

namespace {

bool menu_item(const char* label, const char* shortcut = nullptr, bool selected = false, bool enabled = true) {
  const bool clicked = ImGui::MenuItem(label, shortcut, selected, enabled);
  ui_probe::item(std::string("Class/") + label);
  return clicked;
}

bool no_other_dialog(const AppState& s) {
  return !s.confirm && !s.report && s.notices.empty() && !s.paste_dialog;
}

}  // namespace

// [SECTION] Files ---------------------------------------------------------------------------

std::vector<cls::InputFile> Classroom::open_files(App& app, std::vector<cls::InputFile> files) {
  AppState& s = app.state;
  std::vector<cls::InputFile> left;
  std::optional<cls::InputFile> key;
  std::vector<cls::InputFile> students;
  for (session::RoutedFile& f : session::route_files(std::move(files), view.open)) {
    switch (f.route) {
      case session::FileRoute::Document:
        // The article opens as a document of the library; the exercise stays in its
        // collection properties (saved with it, written again on export).
        s.add_document(std::move(*f.document));
        handed_in_note.clear();
        view.open = false;  // the document is what was asked for
        break;
      case session::FileRoute::Key: key = std::move(f.file); break;
      case session::FileRoute::Student: students.push_back(std::move(f.file)); break;
      case session::FileRoute::Ordinary: left.push_back(std::move(f.file)); break;
    }
  }
  if (key) {
    view.SetKey(*key);
  } else if (!students.empty() && view.model.report().key_file.empty()) {
    open_class_view(app);  // the open document is the key
  }
  if (key || !students.empty()) {
    view.AddStudents(std::move(students));
    view.open = true;
  }
  return left;
}

void Classroom::open_class_view(App& app) {
  AppState& s = app.state;
  view.open = true;
  if (!view.model.report().key_file.empty()) return;
  const auto info = document_exercise(s.doc());
  if (info && info->kind == cls::FileKind::Student) return;  // a student's own work is no key
  if (s.store().size() == 0 && !info) return;
  const std::string name = "the open document (\u201C" + s.article().title + "\u201D)";
  view.SetKey({name, s.export_json()});
}

void Classroom::hand_in(App& app) {
  AppState& s = app.state;
  const auto info = document_exercise(s.doc());
  if (!info || info->kind != cls::FileKind::Student) return;
  if (info->student.empty()) {
    ask_name = true;
    name_doc = s.current_id();
    return;
  }
  s.commit_note_draft();
  const std::string bytes = cls::write_hand_in(s.article(), info->exercise, info->student,
                                               s.store().annotations(), core::now_iso8601());
  const std::string file = cls::hand_in_file_name(info->exercise, info->student);
  platform::download(file, "application/ld+json", bytes);
  const size_t n = s.store().size();
  handed_in_note = "Handed in " + std::to_string(n) + (n == 1 ? " annotation" : " annotations") +
                   " as \u201C" + file + "\u201D (in your downloads): give that file to your teacher.";
  toasts::show("Handed in: \u201C" + file + "\u201D is in your downloads.");
}

// [SECTION] Menu and student mode -----------------------------------------------------------

void Classroom::DrawMenu(App& app) {
  AppState& s = app.state;
  const bool open = ImGui::BeginMenu("Class");
  ui_probe::item("menu.Class");
  if (!open) return;
  ui_probe::rect("menu.Class.popup", ImGui::GetWindowPos(),
                 ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                        ImGui::GetWindowPos().y + ImGui::GetWindowSize().y));
  const auto info = document_exercise(s.doc());
  const bool student = info && info->kind == cls::FileKind::Student;
  if (menu_item("Make exercise\u2026", nullptr, false, !student)) exercise.Open(app);
  if (menu_item("Open key and students\u2019 files\u2026")) platform::open_file_dialog(".json,.jsonld,application/json", true);
  if (menu_item("Class view", nullptr, view.open)) {
    if (view.open) view.open = false;
    else open_class_view(app);
  }
  ImGui::Separator();
  if (menu_item("Hand in\u2026", nullptr, false, student)) hand_in(app);
  ImGui::EndMenu();
}

void Classroom::DrawStudentBox(App& app) {
  AppState& s = app.state;
  const auto info = document_exercise(s.doc());
  if (!info || info->kind != cls::FileKind::Student) return;
  const float dpr = app.dpr;
  const cls::Exercise& ex = info->exercise;
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::TextDisabled("Exercise");
  ImGui::SameLine();
  bidi_text::wrapped(ex.title);
  ImGui::PushTextWrapPos(0.0f);
  if (!ex.instructions.empty()) {
    bidi_text::wrapped(ex.instructions);
    ui_probe::text("student.instructions", ex.instructions);
  }
  if (!ex.settings.categories.empty()) {
    std::string cats;
    for (const std::string& c : ex.settings.categories) cats += (cats.empty() ? "" : ", ") + c;
    ImGui::TextDisabled("Counted: %s", cats.c_str());
  }
  if (!ex.settings.claim_suggestions) ImGui::TextDisabled("Claim suggestions are off: find the claims yourself.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (info->student.empty()) {
    ImGui::TextDisabled("Your name: not given yet");
  } else {
    ImGui::TextDisabled("Your name:");
    ImGui::SameLine();
    bidi_text::wrapped(info->student);
    ui_probe::text("student.name", info->student);
  }
  ImGui::SameLine();
  if (ImGui::SmallButton(info->student.empty() ? "Enter it" : "Change")) {
    ask_name = true;
    name_doc = s.current_id();
    name_input = info->student;
  }
  ui_probe::item("student.changeName");
  if (ImGui::Button("Hand in", ImVec2(140 * dpr, 0))) hand_in(app);
  ui_probe::item("student.handIn");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Downloads your annotations as a file to give to your teacher");
  ImGui::SameLine();
  const size_t n = s.store().size();
  ImGui::TextDisabled("%zu annotation%s so far", n, n == 1 ? "" : "s");
  if (!handed_in_note.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", handed_in_note.c_str());
    ImGui::PopTextWrapPos();
    ui_probe::text("student.handedIn", handed_in_note);
  }
  ui_probe::rect("student.box", p0, ImVec2(p0.x + ImGui::GetContentRegionAvail().x, ImGui::GetCursorScreenPos().y));
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
}

void Classroom::draw_name_dialog(App& app) {
  AppState& s = app.state;
  if (!ask_name) return;
  if (!s.ready() || name_doc != s.current_id()) {
    ask_name = false;
    return;
  }
  if (!no_other_dialog(s)) return;
  const float dpr = app.dpr;
  ImGui::OpenPopup("Your name");
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(420 * dpr, vp->Size.x - 20 * dpr), 0));
  if (!ImGui::BeginPopupModal("Your name", nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar)) return;
  const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
  ui_probe::rect("dialog", wp, ImVec2(wp.x + ws.x, wp.y + ws.y));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted("Your name");
  ImGui::Separator();
  ImGui::TextUnformatted("Your teacher sees it next to your work, and it names the file you hand in.");
  ImGui::PopTextWrapPos();
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(-1);
  const bool entered = ImGui::InputTextWithHint("##student_name", "First and last name", &name_input,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  ui_probe::item("student.nameField");
  std::string trimmed = name_input;
  trimmed.erase(0, trimmed.find_first_not_of(" \t"));
  trimmed.erase(trimmed.find_last_not_of(" \t") + 1);
  ImGui::BeginDisabled(trimmed.empty());
  const bool ok = ImGui::Button("OK", ImVec2(120 * dpr, 0)) || (entered && !trimmed.empty());
  ui_probe::item("student.nameOk");
  ImGui::EndDisabled();
  ImGui::SameLine();
  const bool later = ImGui::Button("Later", ImVec2(120 * dpr, 0));
  ui_probe::item("student.nameLater");
  if (ok && !trimmed.empty()) {
    session::set_student_name(s.doc(), trimmed);
  }
  if ((ok && !trimmed.empty()) || later) {
    ask_name = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void Classroom::Draw(App& app) {
  AppState& s = app.state;
  if (!s.ready()) return;
  // A student's name is asked once, when their exercise first opens.
  if (name_doc != s.current_id()) {
    const auto info = document_exercise(s.doc());
    if (info && info->kind == cls::FileKind::Student && info->student.empty()) {
      ask_name = true;
      name_input.clear();
    }
    name_doc = s.current_id();
  }
  if (view.open) view.Draw(app);
  if (exercise.open) exercise.Draw(app);
  draw_name_dialog(app);
}

json Classroom::ToJson(App& app) const {
  AppState& s = app.state;
  json j{{"exerciseDialog", exercise.open}, {"lastMade", exercise.last_made}, {"classView", view.open},
         {"handedIn", handed_in_note}, {"askingName", ask_name}};
  if (s.ready()) {
    if (const auto info = document_exercise(s.doc())) {
      j["document"] = cls::exercise_json(*info);
    } else {
      j["document"] = nullptr;
    }
  }
  if (!view.model.report().key_file.empty()) j["class"] = view.ToJson();
  return j;
}
