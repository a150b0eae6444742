// classroom.cpp - see classroom.h: which files belong to an exercise, the Class menu, the
// student mode (instructions, name, Hand in). The dialog and the class view have files of
// their own (exercise_dialog.cpp, class_view.cpp).
#include "app/classroom.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/app.h"
#include "app/keys.h"
#include "app/toasts.h"
#include "app/ui_probe.h"
#include "core/w3c_format.h"
#include "platform/platform.h"

namespace cls = core::classroom;
using nlohmann::json;

std::optional<cls::ExerciseInfo> document_exercise(const session::Document& d) {
  if (!d.extra.is_object() || !d.extra.contains("exercise")) return std::nullopt;
  cls::ExerciseRead r = cls::read_exercise(d.extra);
  if (!r.errors.empty() || r.info.kind == cls::FileKind::Plain) return std::nullopt;
  return r.info;
}

namespace {

bool is_json_name(const std::string& name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string::npos) return false;
  std::string ext = name.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return ext == "json" || ext == "jsonld";
}

// What one opened file is, as far as exercises go.
struct Sorted {
  cls::InputFile file;
  bool json = false;
  bool exercise = false;  // carries an "exercise" property (readable or not)
  cls::FileKind kind = cls::FileKind::Plain;
  core::ImportResult imported;  // read only for student and feedback files (they open)
};

Sorted sort_file(cls::InputFile f) {
  Sorted s;
  s.json = is_json_name(f.name);
  // Only files that name the property are read here: ordinary imports are not parsed twice.
  if (s.json && f.bytes.find("\"exercise\"") != std::string::npos) {
    core::ImportResult imp = core::import_w3c(f.bytes);
    if (imp.ok) {
      cls::ExerciseRead r = cls::read_exercise(imp.extra);
      s.exercise = imp.extra.is_object() && imp.extra.contains("exercise");
      if (r.errors.empty()) s.kind = r.info.kind;
      if (s.kind == cls::FileKind::Student || s.kind == cls::FileKind::Feedback) s.imported = std::move(imp);
    }
  }
  s.file = std::move(f);
  return s;
}

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
  std::vector<Sorted> sorted;
  sorted.reserve(files.size());
  for (cls::InputFile& f : files) sorted.push_back(sort_file(std::move(f)));

  std::vector<cls::InputFile> left;
  bool for_class = view.open;
  for (const Sorted& x : sorted)
    if (x.kind == cls::FileKind::Key || x.kind == cls::FileKind::HandIn) for_class = true;

  std::optional<cls::InputFile> key;
  std::vector<cls::InputFile> students;
  for (Sorted& x : sorted) {
    if (x.kind == cls::FileKind::Student || x.kind == cls::FileKind::Feedback) {
      // The article opens as a document of the library; the exercise stays in its
      // collection properties (saved with it, written again on export).
      if (!x.imported.article) {
        s.notices.push_back("\"" + x.file.name + "\" has no article in it, so it cannot be opened.");
        continue;
      }
      s.add_document({std::move(*x.imported.article), std::move(x.imported.annotations), x.file.name,
                      std::move(x.imported.extra)});
      handed_in_note.clear();
      view.open = false;  // the document is what was asked for
      continue;
    }
    if (x.kind == cls::FileKind::Key && !key) {
      key = std::move(x.file);
      continue;
    }
    // Everything else goes with a class (and is reported there when it cannot be scored).
    if (for_class && (x.json || x.exercise)) {
      students.push_back(std::move(x.file));
      continue;
    }
    left.push_back(std::move(x.file));
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
  ImGui::TextUnformatted(ex.title.c_str());
  ImGui::PushTextWrapPos(0.0f);
  if (!ex.instructions.empty()) {
    ImGui::TextUnformatted(ex.instructions.c_str());
    ui_probe::text("student.instructions", ex.instructions);
  }
  if (!ex.settings.categories.empty()) {
    std::string cats;
    for (const std::string& c : ex.settings.categories) cats += (cats.empty() ? "" : ", ") + c;
    ImGui::TextDisabled("Counted: %s", cats.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (info->student.empty()) {
    ImGui::TextDisabled("Your name: not given yet");
  } else {
    ImGui::TextDisabled("Your name:");
    ImGui::SameLine();
    ImGui::TextUnformatted(info->student.c_str());
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
    json& ex = s.doc().extra["exercise"];
    ex["student"] = trimmed;
    ++s.doc().version;  // saved with the document
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
