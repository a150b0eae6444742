// fonts.cpp - glyph atlas for the reading and interface fonts (see fonts.h).
#include "app/fonts.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>

namespace {

// Latin with its extensions, Greek, Cyrillic, general punctuation (curly quotes, dashes),
// currency, letterlike symbols, arrows and a few marks the interface uses. web/make-fonts.sh
// cuts the font files to the same ranges.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x1E00, 0x1EFF, 0x2000, 0x206F,
    0x20A0, 0x20CF, 0x2100, 0x214F, 0x2190, 0x2199, 0x2212, 0x2212, 0x25CF, 0x25CF,
    0x2713, 0x2713, 0x2715, 0x2715, 0xFFFD, 0xFFFD, 0};

ImFont* add(std::string& bytes, float px, int oversample) {
  if (bytes.empty()) return nullptr;
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // Fonts keeps the bytes for the next rebuild
  cfg.OversampleH = oversample;
  cfg.OversampleV = 1;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()),
                                                     px, &cfg, kGlyphRanges);
}

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

void Fonts::add_file(std::string_view name, std::string_view bytes) {
  std::string* slot = nullptr;
  if (name == "NotoSerif-Regular.ttf") slot = &serif_;
  else if (name == "NotoSerif-Bold.ttf") slot = &serif_bold_;
  else if (name == "NotoSans-Regular.ttf") slot = &sans_;
  else if (name == "OpenDyslexic-Regular.otf") slot = &dyslexic_;
  if (slot) slot->assign(bytes.data(), bytes.size());
}

void Fonts::ensure(const FontSizes& want) {
  if (generation > 0 && want == built) return;
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
  ui = add(sans_, std::round(15.0f * ui_scale * d), os);
  ui_small = add(sans_, std::round(13.0f * ui_scale * d), os);
  if (!body) body = io.Fonts->AddFontDefault();
  if (!title) title = body;
  if (!ui) ui = body;
  if (!ui_small) ui_small = ui;
  io.Fonts->TexDesiredWidth = 2048;
  io.Fonts->Build();
  io.FontDefault = ui;
  ImGui_ImplOpenGL3_CreateFontsTexture();
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
