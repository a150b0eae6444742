// classroom.h - the app's side of classroom exercises (docs/CLASSROOM.md): the Class menu,
// the teacher's "Make exercise" dialog, the student mode (instructions beside the article,
// the student's name, Hand in) and the teacher's class view. The figures all come from
// src/core/classroom (ClassModel, the file writers); nothing here scores.
//
// How to use (app.cpp, toolbar.cpp, script_api.cpp):
//   classroom.DrawMenu(app);                 // inside the main menu bar
//   classroom.DrawStudentBox(app);           // top of the side panel (student documents)
//   classroom.Draw(app);                     // after the other dialogs: windows, modals
//   if (classroom.open_files(app, files)) ...;  // opened or dropped files it takes
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/layout.h"
#include "core/classroom/class_model.h"
#include "core/classroom/exercise.h"
#include "session/classroom_files.h"

struct App;
class AppState;

// The teacher's dialog: title, instructions, settings, feedback per key claim, downloads.
struct ExerciseDialog {
  bool open = false;
  void Open(App& app);
  void Draw(App& app);
  std::string last_made;  // "student file and key file downloaded: ..." (shown, probed)

 private:
  core::classroom::Exercise exercise_;
  std::vector<std::string> offered_;  // categories offered as checkboxes
  std::vector<bool> counts_;          // per offered category
  std::vector<std::string> feedback_;  // per key claim (annotation order)
  std::string doc_id_;
  float list_content_h_ = 0;  // the key claims' list as tall as it was drawn last frame
  // The long text box the page's text area is over: 0 the instructions, 1 + i claim i's
  // feedback, -1 none (each is drawn as its wrapped text).
  int editing_ = -1;
  bool set_text_ = false, focus_field_ = false;  // on the next frame it is placed
  bool focus_title_ = false;  // Shift+Tab left the instructions: the title takes the keyboard
  std::string* text_of(int box);
  void long_box(int box, float dpr, float min_lines, float max_lines, const std::string& placeholder,
                const std::string& label, const std::string& probe);
};

// The teacher's class view: a key, any number of students' files, and what the class did.
struct ClassView {
  bool open = false;
  core::classroom::ClassModel model;
  std::string key_name;
  std::vector<std::string> notes;  // said once above the table (the key came from the open document)

  // Replaces the key (and forgets the students).
  bool SetKey(const core::classroom::InputFile& key);
  void AddStudents(std::vector<core::classroom::InputFile> files);
  void Draw(App& app);
  // The report's table and figures as the page's window.annotator.classView() gives them.
  nlohmann::json ToJson() const;
  // Shows a tab on the next frame: 0 students, 1 key claims, 2 heat map, 3 agreement.
  void SelectTab(int tab) { tab_request_ = tab; }
  // Time the last load took (key, students: read, anchored, scored), for the benchmark.
  double last_load_ms = 0;

 private:
  void draw_summary(App& app);
  void draw_students(App& app);
  void draw_claims(App& app);
  void draw_heat(App& app);
  void draw_agreement(App& app);
  void sort_rows();
  std::vector<size_t> order_;  // rows of the students table, sorted
  int sort_column_ = 0;
  bool sort_descending_ = false;
  uint64_t generation_ = 1;  // raised by every change of the key (the heat map's layout)
  Layout heat_layout_;
  float heat_scroll_ = 0;
  std::optional<size_t> picked_;  // index into report().heat of the stretch clicked
  int tab_request_ = -1;          // a tab to select on the next frame
};

struct Classroom {
  ExerciseDialog exercise;
  ClassView view;
  bool ask_name = false;       // the student's name is being asked for
  std::string name_input;
  std::string name_doc;        // the document the name is asked for
  std::string handed_in_note;  // "Handed in as ...", shown in the student box

  // Files opened or dropped together. Takes what belongs to an exercise (session::route_files:
  // a student or feedback file opens as a document; a key, hand-ins and, with them, any other
  // annotation files go to the class view) and returns the files left to the ordinary open.
  std::vector<core::classroom::InputFile> open_files(App& app, std::vector<core::classroom::InputFile> files);
  // What window.annotator.classroom() answers (docs/EMBEDDING.md).
  nlohmann::json ToJson(App& app) const;
  // Opens the class view on the open document as the key (File > Class view with no key).
  void open_class_view(App& app);
  void hand_in(App& app);

  void DrawMenu(App& app);
  void DrawStudentBox(App& app);
  void Draw(App& app);

 private:
  void draw_name_dialog(App& app);
};
