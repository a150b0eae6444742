// text_draw.cpp - see text_draw.h.
#include "app/text_draw.h"

#include <cmath>

#include "app/fonts.h"
#include "app/layout.h"

void draw_text_line(ImDrawList* dl, const Layout& layout, const core::LayoutLine& l, const std::string& text,
                    const Fonts& fonts, const ImFont* font, float fs, ImVec2 pos, ImU32 col) {
  const core::text::LineLayout* lay = layout.shaped();
  if (!lay || lay->lines[layout.index_of(l)].simple) {
    dl->AddText(font, fs, pos, col, text.data() + l.byte_start, text.data() + l.byte_end);
    return;
  }
  const core::text::Line& line = lay->lines[layout.index_of(l)];
  // Where ImGui puts the baseline of the code-point glyphs: the rounded ascent.
  const float baseline = pos.y + std::round(font->Ascent) * fs / font->FontSize;
  for (const core::text::Run* r = lay->runs_begin(line); r != lay->runs_end(line); ++r) {
    if (r->simple) {
      dl->AddText(font, fs, ImVec2(pos.x + r->x, pos.y), col, text.data() + r->byte_start,
                  text.data() + r->byte_end);
      continue;
    }
    for (const core::text::PlacedGlyph* g = lay->glyphs_begin(*r); g != lay->glyphs_end(*r); ++g) {
      const GlyphAtlas::Entry* e = fonts.glyphs.find(line.style, r->font, g->id);
      if (!e) {
        fonts.glyphs.want(line.style, r->font, g->id);
        continue;
      }
      if (e->w <= 0) continue;
      const float x = std::round(pos.x + g->x + g->dx + e->x0);
      const float y = std::round(baseline - g->dy + e->y0);
      dl->PrimReserve(6, 4);
      dl->PrimRectUV(ImVec2(x, y), ImVec2(x + e->w, y + e->h), e->uv0, e->uv1, col);
    }
  }
}

void want_glyphs(const Layout& layout, const Fonts& fonts) {
  const core::text::LineLayout* lay = layout.shaped();
  if (!lay) return;
  for (const core::text::Line& line : lay->lines) {
    if (line.simple) continue;
    for (const core::text::Run* r = lay->runs_begin(line); r != lay->runs_end(line); ++r) {
      for (const core::text::PlacedGlyph* g = lay->glyphs_begin(*r); g != lay->glyphs_end(*r); ++g) {
        if (!fonts.glyphs.find(line.style, r->font, g->id)) fonts.glyphs.want(line.style, r->font, g->id);
      }
    }
  }
}
