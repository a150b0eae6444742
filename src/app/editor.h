// editor.h - the annotation editor at the top of the side panel: the quote, category,
// verdict, a multi-line note (focused when the annotation was just created, so the reader
// types straight away) and evidence links. Escape closes it and keeps everything typed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

class AppState;

struct Editor {
  void Draw(AppState& app, float dpr);

 private:
  void load(AppState& app);
  std::string id_;
  uint64_t revision_ = UINT64_MAX;
  std::string note_;
  std::vector<std::string> links_;
  std::string new_link_;
  bool note_active_ = false;
};
