// editor.h - the annotation editor at the top of the side panel: the quote, category,
// verdict, the note (a real text area of the page laid over the panel: it wraps, grows,
// scrolls, checks spelling; focused when the annotation was just created, so the reader
// types straight away) and the evidence: links that open in a new tab with a click, and
// source notes that are not links ("see p. 4 of the report"), shown as such. Escape closes
// it and keeps everything typed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace core {
struct Annotation;
}
class AppState;

struct Editor {
  void BeginFrame(AppState& app);  // what the reader did in the note field since last frame
  void Draw(AppState& app, float dpr);

 private:
  void load(AppState& app);
  void draw_note(AppState& app, float dpr);
  void draw_evidence(AppState& app, const core::Annotation& a, float dpr);
  void save_links(AppState& app, const core::Annotation& a);

  std::string id_;
  uint64_t revision_ = UINT64_MAX;
  std::string note_;
  std::vector<std::string> links_;
  std::string new_link_;
  int editing_link_ = -1;     // the evidence entry being edited as text, or -1
  std::string edit_buffer_;
  bool focus_edit_ = false;
  bool note_focused_ = false;
  bool close_ = false;        // Escape in the note field
};
