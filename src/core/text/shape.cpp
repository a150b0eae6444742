// shape.cpp - HarfBuzz shaping (see shape.h).
#include "core/text/shape.h"

#include <hb.h>

namespace core::text {

void shape(const Font& font, float px, std::u32string_view text, size_t start, size_t end,
           Script script, bool rtl, std::vector<Glyph>& out) {
  if (end <= start) return;
  // One buffer reused for every run: shaping a long article allocates once.
  static hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_clear_contents(buf);
  hb_buffer_add_utf32(buf, reinterpret_cast<const uint32_t*>(text.data()),
                      static_cast<int>(text.size()), static_cast<unsigned>(start),
                      static_cast<int>(end - start));
  hb_buffer_set_direction(buf, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  hb_script_t s = hb_script_from_string(script_code(script), 4);
  if (script == Script::Common || script == Script::Inherited || script == Script::Unknown) {
    s = HB_SCRIPT_COMMON;
  }
  hb_buffer_set_script(buf, s);
  hb_buffer_set_language(buf, hb_language_get_default());
  hb_buffer_set_cluster_level(buf, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_GRAPHEMES);
  hb_shape(font.hb(), buf, nullptr, 0);
  unsigned n = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
  const float k = px / static_cast<float>(font.units_per_em());
  out.reserve(out.size() + n);
  for (unsigned i = 0; i < n; ++i) {
    out.push_back({info[i].codepoint, info[i].cluster, pos[i].x_advance * k, pos[i].x_offset * k,
                   pos[i].y_offset * k});
  }
}

}  // namespace core::text
