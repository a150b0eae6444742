// fonts.cpp - glyph atlas for the reading and interface fonts (see fonts.h).
#include "app/fonts.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>

#include "core/text/plain_order.h"
#include "platform/platform.h"

namespace {

// Latin with its extensions, Greek, Cyrillic, general punctuation (curly quotes, dashes),
// currency, letterlike symbols, arrows and a few marks the interface uses. web/make-fonts.sh
// cuts the font files to the same ranges.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x1E00, 0x1EFF, 0x2000, 0x206F,
    0x20A0, 0x20CF, 0x2100, 0x214F, 0x2190, 0x2199, 0x2212, 0x2212, 0x25CF, 0x25CF,
    0x2713, 0x2713, 0x2715, 0x2715, 0xFFFD, 0xFFFD, 0};

bool in_base_ranges(char32_t c) {
  for (const ImWchar* r = kGlyphRanges; r[0]; r += 2) {
    if (c >= r[0] && c <= r[1]) return true;
  }
  return false;
}

ImFont* add(std::string& bytes, float px, int oversample, const ImWchar* ranges = kGlyphRanges,
            bool merge = false) {
  if (bytes.empty()) return nullptr;
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // Fonts keeps the bytes for the next rebuild
  cfg.OversampleH = oversample;
  cfg.OversampleV = 1;
  cfg.MergeMode = merge;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()),
                                                     px, &cfg, ranges);
}

const char kScriptDir[] = "fonts/scripts/";

core::FontMetrics metrics_of(const ImFont* f, float leading) {
  core::FontMetrics m;
  m.advance.assign(f->IndexAdvanceX.begin(), f->IndexAdvanceX.end());
  m.fallback = f->FallbackAdvanceX;
  m.line_height = std::round(f->FontSize * leading);  // generous leading for reading
  return m;
}

}  // namespace

float title_scale() { return 1.5f; }

float interface_scale(float body_px) {
  return std::clamp(1.0f + (body_px / 19.0f - 1.0f) * 0.75f, 0.85f, 1.5f);
}

bool Fonts::add_file(std::string_view name, std::string_view bytes) {
  std::string* slot = nullptr;
  if (name == "NotoSerif-Regular.ttf") slot = &serif_;
  else if (name == "NotoSerif-Bold.ttf") slot = &serif_bold_;
  else if (name == "NotoSans-Regular.ttf") slot = &sans_;
  else if (name == "OpenDyslexic-Regular.otf") slot = &dyslexic_;
  if (slot) {
    slot->assign(bytes.data(), bytes.size());
    return true;
  }
  if (name == "manifest.json") {
    std::string error;
    manifest_ = core::text::FontManifest::parse(bytes, &error);
    if (!manifest_) platform::log("fonts/scripts/manifest.json: " + error);
    points_dirty_ = true;
    return true;
  }
  if (!requested_.count(std::string(name))) return false;
  for (const ScriptFont& f : scripts_) {
    if (f.name == name) return true;
  }
  ScriptFont f{std::string(name), std::string(bytes), core::text::Font::load(std::string(bytes)),
               core::text::is_bold_cut(name), manifest_ ? manifest_->lang_of(name) : std::string()};
  if (!f.font) {
    platform::log("not a font: " + std::string(name));
    return true;
  }
  scripts_.push_back(std::move(f));
  sets_stale_ = true;
  return true;
}

std::vector<std::string> Fonts::script_files() const {
  std::vector<std::string> names;
  for (const ScriptFont& f : scripts_) names.push_back(f.name);
  return names;
}

void Fonts::show_points(std::vector<char32_t> points) {
  if (points == points_) return;
  points_ = std::move(points);
  points_dirty_ = true;
}

bool Fonts::pending() const { return sets_stale_ || points_dirty_ || glyphs.dirty(); }

void Fonts::request_missing() {
  if (missing_.empty()) return;
  if (!manifest_) {
    if (!manifest_requested_) platform::fetch_resource(std::string(kScriptDir) + "manifest.json");
    manifest_requested_ = true;
    return;
  }
  for (const std::string& file : manifest_->files_for(missing_, lang_)) {
    if (requested_.insert(file).second) platform::fetch_resource(kScriptDir + file);
    // Titles and headings in that script are set in its bold cut, when there is one.
    const std::string bold = manifest_->bold_of(file);
    if (!bold.empty() && requested_.insert(bold).second) platform::fetch_resource(kScriptDir + bold);
  }
}

// A document in a language with faces of its own gets them even when the shared faces
// already draw every character (kanji in Japanese shapes after a Chinese document).
void Fonts::request_language_faces() {
  if (lang_.empty() || !manifest_) return;
  for (const std::string& file : manifest_->files_for(points_, lang_)) {
    if (manifest_->lang_of(file) == lang_ && requested_.insert(file).second) platform::fetch_resource(kScriptDir + file);
  }
}

void Fonts::build_sets() {
  const bool dys = built.dyslexic && !dyslexic_.empty();
  body_set_ = core::text::FontSet();
  title_set_ = core::text::FontSet();
  body_set_.add(core::text::Font::load(dys ? dyslexic_ : serif_));
  title_set_.add(core::text::Font::load(dys ? dyslexic_ : (serif_bold_.empty() ? serif_ : serif_bold_)));
  for (const ScriptFont* f : style_scripts(false)) body_set_.add(f->font);
  for (const ScriptFont* f : style_scripts(true)) title_set_.add(f->font);
  sets_stale_ = false;
}

std::vector<const Fonts::ScriptFont*> Fonts::style_scripts(bool title) const {
  std::vector<const ScriptFont*> out;
  if (title)
    for (const ScriptFont& f : scripts_)
      if (f.bold && (f.lang.empty() || f.lang == lang_)) out.push_back(&f);
  if (!lang_.empty())
    for (const ScriptFont& f : scripts_)
      if (!f.bold && f.lang == lang_) out.push_back(&f);
  for (const ScriptFont& f : scripts_)
    if (!f.bold && f.lang.empty()) out.push_back(&f);
  return out;
}

void Fonts::ensure(const FontSizes& want) {
  if (points_dirty_) {
    const std::string lang = core::text::document_lang(points_);
    if (lang != lang_) {
      lang_ = lang;
      sets_stale_ = true;  // the sets' order follows the language
    }
  }
  const bool sizes = generation == 0 || !(want == built);
  const bool sets = sizes || sets_stale_;
  if (sets) {
    built.dyslexic = want.dyslexic;  // the sets' primary font follows the reading font
    build_sets();
  }
  if (sets || points_dirty_) {
    std::u32string text(points_.begin(), points_.end());
    missing_ = body_set_.missing(text);
    request_missing();
    request_language_faces();
    points_dirty_ = false;
    // The interface fonts draw by code point: each script font gives them the document's
    // characters it has that the interface font lacks, in the body's order of preference.
    std::vector<size_t> order;
    for (const ScriptFont* f : style_scripts(false)) order.push_back(static_cast<size_t>(f - scripts_.data()));
    std::vector<ImVector<ImWchar>> ranges(order.size());
    // Panels draw right-to-left text in presentation forms (core/text/plain_order.h).
    std::vector<char32_t> ui_points = points_;
    for (char32_t c : points_) core::text::presentation_forms(c, ui_points);
    std::sort(ui_points.begin(), ui_points.end());
    ui_points.erase(std::unique(ui_points.begin(), ui_points.end()), ui_points.end());
    for (char32_t c : ui_points) {
      if (in_base_ranges(c) || c > IM_UNICODE_CODEPOINT_MAX || core::text::is_invisible(c)) continue;
      for (size_t i = 0; i < order.size(); ++i) {
        if (!scripts_[order[i]].font->has_glyph(c)) continue;
        ImVector<ImWchar>& r = ranges[i];
        if (!r.empty() && r.back() + 1 == static_cast<ImWchar>(c)) r.back() = static_cast<ImWchar>(c);
        else { r.push_back(static_cast<ImWchar>(c)); r.push_back(static_cast<ImWchar>(c)); }
        break;
      }
    }
    for (auto& r : ranges) if (!r.empty()) r.push_back(0);
    bool same = ranges.size() == ui_ranges_.size() && order == ui_fonts_;
    for (size_t i = 0; same && i < ranges.size(); ++i) {
      same = ranges[i].size() == ui_ranges_[i].size() &&
             std::equal(ranges[i].begin(), ranges[i].end(), ui_ranges_[i].begin());
    }
    if (!same) {
      ui_ranges_ = std::move(ranges);
      ui_fonts_ = std::move(order);
      ui_points_stale_ = true;
    }
  }
  if (sets) rebuild_atlas(want, true);
  else if (ui_points_stale_ || glyphs.dirty()) rebuild_atlas(want, false);
}

// metrics: the sizes or the fonts changed (a new generation: layouts are redone); otherwise
// only glyphs were added (the interface's, or shaped ones).
void Fonts::rebuild_atlas(const FontSizes& want, bool metrics) {
  ImGuiIO& io = ImGui::GetIO();
  if (generation > 0) ImGui_ImplOpenGL3_DestroyFontsTexture();
  io.Fonts->Clear();
  const float d = want.dpr;
  // Oversampling sharpens glyphs placed at fractional positions; on dense screens the
  // pixels are small enough without it, and the atlas stays small.
  const int os = d >= 1.5f ? 1 : 2;
  const bool dys = want.dyslexic && !dyslexic_.empty();
  std::string& reading = dys ? dyslexic_ : serif_;
  // OpenDyslexic's tall ascenders and descenders make its letters small for their pixel
  // size (ImGui sizes fonts by ascent + descent): a larger size matches the serif's x-height.
  const float size_factor = dys ? 1.3f : 1.0f;
  const float body_px = std::round(want.body_px * size_factor * d);
  body = add(reading, body_px, os);
  title = add(dys ? dyslexic_ : (serif_bold_.empty() ? serif_ : serif_bold_),
              std::round(want.body_px * title_scale() * size_factor * d), os);
  // The interface grows and shrinks with the reading text (less steeply), so Ctrl + helps
  // with the side panel too.
  const float ui_scale = interface_scale(want.body_px);
  const float ui_px = std::round(15.0f * ui_scale * d), ui_small_px = std::round(13.0f * ui_scale * d);
  auto add_ui = [&](float px) {
    ImFont* f = add(sans_, px, os);
    if (!f) return f;
    for (size_t i = 0; i < ui_ranges_.size() && i < ui_fonts_.size(); ++i) {
      if (!ui_ranges_[i].empty()) add(scripts_[ui_fonts_[i]].bytes, px, 1, ui_ranges_[i].Data, true);
    }
    return f;
  };
  ui = add_ui(ui_px);
  ui_small = add_ui(ui_small_px);
  ui_points_stale_ = false;
  if (!body) body = io.Fonts->AddFontDefault();
  if (!title) title = body;
  if (!ui) ui = body;
  if (!ui_small) ui_small = ui;
  io.Fonts->TexDesiredWidth = 2048;
  if (metrics) {
    // Shaped glyphs are drawn at the em size HarfBuzz lays them out with.
    const std::string& bold = dys ? dyslexic_ : (serif_bold_.empty() ? serif_ : serif_bold_);
    em_[0] = em_for_pixel_height(reading, body_px);
    const float title_px = std::round(want.body_px * title_scale() * size_factor * d);
    em_[1] = em_for_pixel_height(bold, title_px);
    em_[2] = em_[1] * std::round(body_px * 1.2f) / title_px;
    std::vector<GlyphAtlas::Style> styles(3);
    for (int s = 0; s < 3; ++s) {
      styles[s].files.push_back(s == 0 ? std::string_view(reading) : std::string_view(bold));
      for (const ScriptFont* f : style_scripts(s != 0)) styles[s].files.push_back(f->bytes);
      styles[s].em_px = em_[s];
    }
    glyphs.set_styles(std::move(styles));
  }
  glyphs.add_rects(io.Fonts);
  io.Fonts->Build();
  glyphs.rasterise(io.Fonts);
  io.FontDefault = ui;
  ImGui_ImplOpenGL3_CreateFontsTexture();
  if (!metrics) return;
  body_metrics_ = metrics_of(body, dys ? 1.2f : 1.5f);
  title_metrics_ = metrics_of(title, 1.5f);
  title_metrics_.line_height = std::round(title->FontSize * (dys ? 1.1f : 1.3f));
  // Headings: 1.2 times the body size, set in the title's face scaled down.
  heading_px_ = std::round(body->FontSize * 1.2f);
  const float k = heading_px_ / title->FontSize;
  heading_metrics_ = title_metrics_;
  for (float& adv : heading_metrics_.advance) adv *= k;
  heading_metrics_.fallback *= k;
  heading_metrics_.line_height = std::round(heading_px_ * 1.35f);
  built = want;
  ++generation;
}
