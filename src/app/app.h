// app.h - the whole app: its state, fonts and panels, and one frame of drawing. main.cpp
// owns the window and the loop; script_api.cpp answers the page's calls.
//
// Two layouts: on a wide window the side panel (editor, annotations, suggestions) stands
// right of the article; below kCompactWidth CSS pixels (phones, narrow windows) the article
// takes the whole width and the panel becomes a bottom sheet that opens when needed.
#pragma once

#include <functional>
#include <string>

#include <imgui.h>

#include "app/a11y_mirror.h"
#include "app/annotation_list.h"
#include "app/app_state.h"
#include "app/classroom.h"
#include "app/dialogs.h"
#include "app/editor.h"
#include "app/document_points.h"
#include "app/export_dialog.h"
#include "app/fonts.h"
#include "app/library_panel.h"
#include "app/reading_view.h"
#include "app/share_dialog.h"
#include "app/status_banner.h"
#include "app/suggestions.h"
#include "app/toolbar.h"
#include "app/touch.h"

constexpr float kCompactWidth = 700.0f;  // CSS pixels

struct App {
  AppState state;
  Fonts fonts;
  DocumentPoints points;  // what the fonts must draw (script fonts fetched for it)
  ReadingView reading;
  Editor editor;
  AnnotationList list;
  SuggestionsPanel suggestions;
  Toolbar toolbar;
  Dialogs dialogs;
  LibraryPanel library;
  StatusBanner banner;
  Touch touch;
  A11yMirror a11y;
  ShareDialog share;          // File > Share link, and links opened (issue 9)
  ExportDialog export_dialog;  // File > Export as...
  Classroom classroom;  // Class menu, student mode, class view (classroom.h)

  bool booted = false;  // the session has a document open (storage has been read)
  bool ready_sent = false;
  float dpr = 1.0f;
  bool theme_dark = false;
  bool theme_high_contrast = false;
  bool reduced_motion = false;  // the system asks for no animations
  float theme_dpr = 0.0f;
  bool select_suggestions_tab = false;
  bool select_annotations_tab = false;
  bool dyslexic_requested = false;
  std::string clipboard;  // what ImGui pastes (the page's last paste event)
  std::function<void()> force_frame;  // draws one frame now (benchmark)
  float fixed_dt = 0;  // when > 0, the time step of the frames drawn now (tests: a 60 Hz display)
  int focus_suggestion = -1;

  // The bottom sheet of the compact layout.
  bool compact = false;
  bool sheet_open = false;
  bool sheet_had_editor = false;

  // Per-frame CPU time of drawn frames, for the benchmark (milliseconds).
  double last_frame_ms = 0, total_frame_ms = 0;
  double last_build_ms = 0, last_gl_ms = 0, last_save_ms = 0;  // parts: ImGui build, GL draw, autosave
  long frames_drawn = 0;

  // Before NewFrame: fonts and theme for the current settings and pixel ratio.
  void prepare(float device_pixel_ratio);
  // Between NewFrame and Render.
  void draw();
  bool animating() const;

 private:
  void draw_wide(float width, float height);
  void draw_compact(float width, float height);
  // The article, with the category strip under it while text is selected (when the menu
  // bar has no room for it); remembers its box for notices.
  void draw_reading(float width, float height);
  void draw_panel();  // editor, then the Annotations / Suggestions tabs
  void draw_sheet_handle(float width);
  ImVec2 reading_min_{0, 0}, reading_max_{0, 0};
};
