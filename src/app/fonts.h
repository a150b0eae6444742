// fonts.h - the fonts of the app: a serif for reading (or OpenDyslexic when chosen), a bold
// serif for the title, a sans for the interface. The page fetches the font files and hands
// their bytes over ("font" host calls); Fonts builds ImGui's glyph atlas from them at the
// reader's size times the screen's pixel ratio, so text is sharp on HiDPI screens.
// Fonts for other scripts (tools/make-script-fonts.sh, listed in fonts/scripts/manifest.json)
// are fetched only when the document's text needs them (show_points); the reading view
// shapes with them (font sets per style, src/core/text) and draws their glyphs by index
// (GlyphAtlas); the interface fonts take their glyphs by code point for the document's
// characters, so notes and lists show them too.
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "app/glyph_atlas.h"
#include "core/text/font.h"
#include "core/text/font_manifest.h"
#include "core/text_layout.h"

struct ImFont;

struct FontSizes {
  float body_px = 19.0f;   // CSS pixels; the reader changes it with Ctrl +/-
  bool dyslexic = false;
  float dpr = 1.0f;
  bool operator==(const FontSizes& o) const {
    return body_px == o.body_px && dyslexic == o.dyslexic && dpr == o.dpr;
  }
};

struct Fonts {
  ImFont* body = nullptr;
  ImFont* title = nullptr;
  ImFont* ui = nullptr;
  ImFont* ui_small = nullptr;
  FontSizes built;       // what the atlas holds now
  int generation = 0;    // changes at every rebuild (layouts depend on it)

  // Keeps a font file's bytes; `name` is its file name (e.g. "NotoSerif-Regular.ttf", or
  // "manifest.json" and the script fonts it names). False when the name is none of these.
  bool add_file(std::string_view name, std::string_view bytes);
  bool has_dyslexic() const { return !dyslexic_.empty(); }
  bool ready() const { return !serif_.empty() && !sans_.empty(); }

  // Rebuilds the atlas and the GPU texture when `want` differs from what is built. Call
  // between frames (not between NewFrame and Render).
  void ensure(const FontSizes& want);
  // A rebuild is due (new glyphs wanted, fonts arrived): the caller keeps drawing frames.
  bool pending() const;

  // The code points the document shows (article, title, notes; sorted, each once): fetches
  // the script fonts they need and puts them in the interface fonts at the next ensure().
  void show_points(std::vector<char32_t> points);
  // Of those, how many no loaded font draws (window.annotator.state().missingGlyphs).
  size_t missing_glyphs() const { return missing_.size(); }
  const std::vector<char32_t>& missing() const { return missing_; }
  std::vector<std::string> script_files() const;  // the script fonts loaded, by file name

  // For the text engine, per layout style (0 body, 1 title, 2 heading): the fonts and the em
  // size in framebuffer pixels. Valid after ensure().
  const core::text::FontSet* font_set(int style) const { return style == 0 ? &body_set_ : &title_set_; }
  float em_px(int style) const { return em_[std::clamp(style, 0, 2)]; }
  // Shaped glyphs in the atlas (find or want them while drawing).
  mutable GlyphAtlas glyphs;

  // Advance widths of the reading fonts for layout (index 0 body, 1 title), in pixels.
  const core::FontMetrics& body_metrics() const { return body_metrics_; }
  const core::FontMetrics& title_metrics() const { return title_metrics_; }
  // Headings inside the article: the title's bold face, drawn smaller (heading_px).
  const core::FontMetrics& heading_metrics() const { return heading_metrics_; }
  float heading_px() const { return heading_px_; }

 private:
  struct ScriptFont {
    std::string name, bytes;
    std::shared_ptr<core::text::Font> font;
    bool bold = false;  // a bold cut ("arabic-bold.ttf"): titles and headings only
    std::string lang;   // a face for one language's documents ("ja"), else ""
  };
  // The script fonts of a style, in FontSet order after the Latin face: the faces for the
  // document's language first, then the others; titles put the bold cuts before all of
  // them. A face for another language is left out.
  std::vector<const ScriptFont*> style_scripts(bool title) const;
  void request_missing();
  void request_language_faces();
  void build_sets();
  void rebuild_atlas(const FontSizes& want, bool metrics);

  std::string serif_, serif_bold_, sans_, dyslexic_;
  std::vector<ScriptFont> scripts_;              // in the order they arrived
  std::optional<core::text::FontManifest> manifest_;
  bool manifest_requested_ = false;
  std::set<std::string> requested_;
  std::vector<char32_t> points_, missing_;
  bool sets_stale_ = false;     // a script font arrived since the last build
  bool points_dirty_ = false;   // show_points or the manifest since the last ensure()
  bool ui_points_stale_ = false;  // the interface fonts lack some of the document's points
  std::string lang_;  // the document's language as its fonts see it (core::text::document_lang)
  std::vector<ImVector<ImWchar>> ui_ranges_;  // per script font, for the interface fonts
  std::vector<size_t> ui_fonts_;             // which (index into scripts_), in ui_ranges_ order
  core::text::FontSet body_set_, title_set_;
  float em_[3] = {16, 16, 16};
  core::FontMetrics body_metrics_, title_metrics_, heading_metrics_;
  float heading_px_ = 0;
};

float title_scale();
// How much larger than its default the interface font is for a reading size (1 at 19 px).
float interface_scale(float body_px);
