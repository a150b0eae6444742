// a11y_mirror.h - the document as the page's DOM for assistive technology (issue 11), as
// Flutter's web semantics tree does for its canvas: screen readers cannot read what ImGui
// draws, so web/a11y.js keeps a visually hidden copy of the article (headings, paragraphs,
// each annotation a <mark> described by its category, verdict and note), the annotation
// list as buttons, the open dialog, and a live region that announces what happened.
//
// How to use (once per frame, after drawing):
//   app.a11y.update(app);   // sends a compact JSON to the page only when something changed
// and from the page's calls: app.a11y.handle(app, "a11y.select", id).
//
// Only the paragraphs near the view are sent (a window of whole chunks around the reading
// position), so a 5 MB article costs the page a few dozen paragraphs of DOM.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

struct App;

struct A11yMirror {
  void update(App& app);
  std::string handle(App& app, const std::string& method, std::string_view data);

  size_t chunk = 32;  // paragraphs per chunk; the window is the chunk in view and one either side
  size_t updates = 0;  // how many times the page was sent the document (tests: not every frame)

 private:
  struct Seen {
    std::string category, quote, note;
    int verdict = 0;
  };
  void announce_changes(App& app);
  uint64_t sent_generation_ = 0, sent_revision_ = UINT64_MAX, announced_revision_ = UINT64_MAX;
  uint64_t announced_generation_ = 0;
  size_t sent_first_ = SIZE_MAX;
  std::string sent_state_;  // selection, selected annotation, dialog, region: as last sent
  std::string announced_selected_;
  int announced_region_ = 0;
  int announced_suggestion_ = -1;
  size_t announced_notices_ = 0;
  std::map<std::string, Seen> seen_;  // the annotations as last announced
};
