// layout.cpp - see layout.h.
#include "app/layout.h"

#include <algorithm>
#include <cmath>

#include "app/fonts.h"
#include "core/text/bidi.h"
#include "core/text/line_break.h"
#include "core/text/unicode_props.h"

namespace {
// As the text engine's fast path decides (src/core/text/line_layout.cpp): drawn by code point
// from the primary font, with no shaping and nothing right to left.
bool simple_char(const core::text::Font& primary, char32_t c) {
  using core::text::Script;
  if (c < 0x20 || c == U' ' || c == 0xA0) return true;
  const Script s = core::text::script_of(c);
  if (s != Script::Latin && s != Script::Greek && s != Script::Cyrillic && s != Script::Common) return false;
  const auto lb = core::text::line_break_class(c);
  if (lb == core::text::LineBreakClass::CM || lb == core::text::LineBreakClass::ZWJ) return false;
  if (!core::text::is_unidirectional_ltr(std::u32string_view(&c, 1))) return false;
  return primary.has_glyph(c);
}

// The whole article on the fast path? One table look-up per character for the BMP.
bool article_is_simple(const core::text::Font& primary, std::u32string_view text) {
  std::vector<uint8_t> known(0x10000, 0);  // 0 unknown, 1 no, 2 yes
  for (char32_t c : text) {
    if (c >= 0x10000) {
      if (!simple_char(primary, c)) return false;
      continue;
    }
    uint8_t& k = known[c];
    if (k == 0) k = simple_char(primary, c) ? 2 : 1;
    if (k == 1) return false;
  }
  return true;
}

// The first paragraph's first line is the title when it is what make_article took as the
// title (the text keeps it, so offsets stay those of the file).
bool first_line_is_title(const core::Article& a) {
  if (a.paragraphs.empty() || a.title.empty()) return false;
  const auto& p = a.paragraphs.front();
  size_t nl = p.start;
  while (nl < p.end && a.cps[nl] != U'\n') ++nl;
  return core::slice(a, p.start, nl) == a.title;
}
}  // namespace

bool Layout::update(const core::Article& a, uint64_t article_generation, const Fonts& fonts,
                    float width) {
  width = std::floor(width);
  if (article_ == &a && generation_ == article_generation && font_generation_ == fonts.generation &&
      width_ == width) {
    return false;
  }
  article_ = &a;
  generation_ = article_generation;
  font_generation_ = fonts.generation;
  width_ = width;
  styles = {fonts.body_metrics(), fonts.title_metrics(), fonts.heading_metrics()};
  title_line = first_line_is_title(a);
  std::vector<std::pair<size_t, size_t>> paras;
  paras.reserve(a.paragraphs.size());
  for (const core::Range& r : a.paragraphs) paras.emplace_back(r.start, r.end);
  const float lh = styles[0].line_height;
  // Paragraphs the article marks as headings (an HTML page's h1-h6) are set as headings.
  std::vector<bool> headings(paras.size(), false);
  for (const core::Range& h : a.headings) {
    auto it = std::lower_bound(paras.begin(), paras.end(), std::make_pair(h.start, size_t{0}));
    if (it != paras.end() && it->first == h.start) headings[static_cast<size_t>(it - paras.begin())] = true;
  }
  core::TextLayoutInput in;
  in.text = a.cps;
  in.blocks = core::article_blocks(a.cps, paras, title_line, lh * 0.75f, lh * 0.9f, headings, lh * 1.1f);
  heading_blocks = static_cast<size_t>(std::count_if(in.blocks.begin(), in.blocks.end(),
                                                     [](const core::LayoutBlock& b) { return b.style == 2; }));
  in.width = width;
  const core::text::FontSet* body_set = fonts.font_set(0);
  // A right-to-left page sets even its Latin-only paragraphs right to left: the engine does.
  engine_ = body_set && body_set->size() > 0 && (a.dir == "rtl" || !article_is_simple((*body_set)[0], a.cps));
  if (!engine_) {
    in.styles = styles;
    lines = core::layout_text(in);
    shaped_ = core::text::LineLayout();
    return true;
  }
  core::text::LineLayoutInput tin;
  tin.text = a.cps;
  tin.blocks = std::move(in.blocks);
  tin.width = width;
  tin.direction = a.dir == "rtl"   ? core::text::BaseDirection::RTL
                  : a.dir == "ltr" ? core::text::BaseDirection::LTR
                                   : core::text::BaseDirection::Auto;
  for (int s = 0; s < 3; ++s) tin.styles.push_back({fonts.font_set(s), fonts.em_px(s), styles[s]});
  shaped_ = core::text::layout_lines(tin);
  // The same lines for callers that only walk lines.
  lines.lines.clear();
  lines.lines.reserve(shaped_.lines.size());
  for (const core::text::Line& l : shaped_.lines) {
    core::LayoutLine o;
    o.start = l.start;
    o.end = l.end;
    o.byte_start = l.byte_start;
    o.byte_end = l.byte_end;
    o.y = l.y;
    o.height = l.height;
    o.style = l.style;
    o.paragraph = l.paragraph;
    lines.lines.push_back(o);
  }
  lines.width = shaped_.width;
  lines.height = shaped_.height;
  return true;
}

void Layout::boxes(const core::LayoutLine& l, size_t start, size_t end, std::vector<core::text::Box>& out) const {
  start = std::max(start, l.start);
  end = std::min(end, l.end);
  if (end <= start) return;
  if (engine_) {
    shaped_.line_boxes(index_of(l), start, end, out);
    return;
  }
  core::text::Box b;
  b.x0 = x_in(l, start);
  b.x1 = x_in(l, end);
  b.y = l.y;
  b.height = l.height;
  b.start = static_cast<uint32_t>(start);
  b.end = static_cast<uint32_t>(end);
  out.push_back(b);
}

core::text::Box Layout::first_box(size_t start, size_t end) const {
  if (engine_) return shaped_.first_box(start, end);
  core::text::Box b;
  if (lines.lines.empty()) return b;
  const core::LayoutLine& l = lines.lines[lines.line_of(start)];
  b.x0 = x_in(l, start);
  b.x1 = x_in(l, std::min(std::max(end, start), l.end));
  b.y = l.y;
  b.height = l.height;
  b.start = static_cast<uint32_t>(start);
  b.end = static_cast<uint32_t>(std::min(end, l.end));
  return b;
}

bool Layout::rtl(const core::LayoutLine& l) const {
  return engine_ && index_of(l) < shaped_.lines.size() && shaped_.lines[index_of(l)].rtl;
}

float Layout::x_of(size_t cp) const {
  if (lines.lines.empty() || !article_) return 0.0f;
  if (engine_) return shaped_.caret_x(cp);
  const core::LayoutLine& l = lines.lines[lines.line_of(cp)];
  return core::x_of(l, article_->cps, styles[std::min<size_t>(l.style, styles.size() - 1)], cp);
}

float Layout::y_of(size_t cp) const {
  if (lines.lines.empty()) return 0.0f;
  return lines.lines[lines.line_of(cp)].y;
}

size_t Layout::hit(float x, float y) const {
  if (!article_) return 0;
  if (engine_) return shaped_.lines.empty() ? 0 : shaped_.hit_test(x, y);
  return core::hit_test(lines, article_->cps, styles, x, y);
}

const core::FontMetrics& Layout::style_of(const core::LayoutLine& l) const {
  return styles[std::min<size_t>(l.style, styles.size() - 1)];
}

float Layout::x_in(const core::LayoutLine& l, size_t cp) const {
  if (!article_) return 0.0f;
  if (engine_) return shaped_.x_on_line(index_of(l), cp);
  return core::x_of(l, article_->cps, style_of(l), cp);
}

std::optional<size_t> Layout::char_at(float x, float y) const {
  if (engine_) return shaped_.lines.empty() ? std::nullopt : shaped_.char_at(x, y);
  if (!article_ || lines.lines.empty() || x < 0) return std::nullopt;
  const core::LayoutLine& l = lines.lines[lines.line_at_y(y)];
  if (y < l.y || y >= l.y + l.height) return std::nullopt;
  const core::FontMetrics& m = style_of(l);
  float pos = 0.0f;
  for (size_t i = l.start; i < l.end; ++i) {
    pos += m.advance_of(article_->cps[i]);
    if (x < pos) return i;
  }
  return std::nullopt;
}

size_t Layout::move_visual(size_t cp, int dir, size_t n) const {
  if (engine_ && !shaped_.lines.empty()) return shaped_.move_visual(cp, dir);
  return dir > 0 ? std::min(n, cp + 1) : (cp > 0 ? cp - 1 : 0);
}
