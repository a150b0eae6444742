// layout.cpp - see layout.h.
#include "app/layout.h"

#include <algorithm>
#include <cmath>

#include "app/fonts.h"

namespace {
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
  in.styles = styles;
  lines = core::layout_text(in);
  return true;
}

float Layout::x_of(size_t cp) const {
  if (lines.lines.empty() || !article_) return 0.0f;
  const core::LayoutLine& l = lines.lines[lines.line_of(cp)];
  return core::x_of(l, article_->cps, styles[std::min<size_t>(l.style, styles.size() - 1)], cp);
}

float Layout::y_of(size_t cp) const {
  if (lines.lines.empty()) return 0.0f;
  return lines.lines[lines.line_of(cp)].y;
}

size_t Layout::hit(float x, float y) const {
  if (!article_) return 0;
  return core::hit_test(lines, article_->cps, styles, x, y);
}

const core::FontMetrics& Layout::style_of(const core::LayoutLine& l) const {
  return styles[std::min<size_t>(l.style, styles.size() - 1)];
}

float Layout::x_in(const core::LayoutLine& l, size_t cp) const {
  if (!article_) return 0.0f;
  return core::x_of(l, article_->cps, style_of(l), cp);
}

std::optional<size_t> Layout::char_at(float x, float y) const {
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
