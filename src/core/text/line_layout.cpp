// line_layout.cpp - wrapping, bidi reordering and shaping of an article into lines, and the
// position mappings (see line_layout.h).
//
// [SECTION] Itemizing: which characters take the fast path, fonts and scripts of runs
// [SECTION] One block: breaks, advances, greedy wrapping, visual runs per line
// [SECTION] Queries: lines, hit test, caret x, boxes, visual caret movement
#include "core/text/line_layout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "core/text/line_break.h"
#include "core/text/shape.h"
#include "core/text/unicode_props.h"

namespace core::text {
namespace {

size_t utf8_len(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0x00A0; }

// [SECTION] Itemizing ------------------------------------------------------------------------

// Per style: whether a code point is drawn by the fast path (no shaping needed and the
// primary font has it), cached for the Basic Multilingual Plane.
class FastPath {
 public:
  explicit FastPath(const FontSet* fonts) : fonts_(fonts) {}
  // The advance of c on the fast path, or -1 when c needs the other path: one table look-up
  // for the code points the metrics cover (what a Latin article is made of).
  float advance(char32_t c, const core::FontMetrics& m) {
    if (c < m.advance.size()) {
      if (advances_.empty()) advances_.assign(m.advance.size(), -2.0f);
      float& v = advances_[c];
      if (v == -2.0f) v = simple(c) ? m.advance[c] : -1.0f;
      return v;
    }
    return simple(c) ? m.advance_of(c) : -1.0f;
  }
  bool simple(char32_t c) {
    if (!fonts_ || fonts_->size() == 0) return true;
    if (c >= 0x10000) return compute(c);
    if (cache_.empty()) cache_.assign(0x10000, 0);
    uint8_t& v = cache_[c];
    if (v == 0) v = compute(c) ? 2 : 1;
    return v == 2;
  }

 private:
  bool compute(char32_t c) const {
    if (c < 0x20 || is_space(c)) return true;  // controls draw nothing; spaces measure alike
    const Script s = script_of(c);
    if (s != Script::Latin && s != Script::Greek && s != Script::Cyrillic && s != Script::Common) {
      return false;
    }
    const LineBreakClass lb = line_break_class(c);
    if (lb == LineBreakClass::CM || lb == LineBreakClass::ZWJ) return false;  // marks: shape
    // Common characters that can turn text right to left (Arabic comma, direction marks
    // and embeddings): a block of simple characters never needs the bidi algorithm.
    if (!is_unidirectional_ltr(std::u32string_view(&c, 1))) return false;
    return (*fonts_)[0].has_glyph(c);
  }
  const FontSet* fonts_;
  std::vector<uint8_t> cache_;
  std::vector<float> advances_;  // -2 not yet known, -1 not simple, else the advance
};

// A logical run of one font, script, level and path, shaped as one HarfBuzz buffer.
struct Item {
  uint32_t start = 0, end = 0;  // absolute offsets
  int16_t font = 0;
  Script script = Script::Common;
  uint8_t level = 0;
  bool simple = true;
  uint32_t g0 = 0, g1 = 0;  // its glyphs in Scratch::shaped, visual order
};

struct Scratch {
  std::vector<Break> brk;
  std::vector<float> adv;       // per code point of the block (0 inside a cluster)
  std::vector<uint8_t> cont;    // 1: continues a cluster (no caret stop, no split)
  BidiParagraph bidi;
  std::vector<Item> items;
  std::vector<Glyph> shaped;
  std::vector<uint8_t> levels;
  std::vector<uint32_t> visual;
  std::vector<BidiRun> bidi_runs;
  std::vector<std::pair<size_t, size_t>> line_ranges;
  // Shaped words of this layout, by font, script, direction and text (see shape_words).
  std::vector<std::pair<size_t, size_t>> words;
  std::u32string key;
  std::unordered_map<std::u32string, std::vector<Glyph>> word_cache;
  size_t cache_style = SIZE_MAX;  // the style the cache was filled for (fonts, size)
};

Script first_real_script(std::u32string_view t) {
  for (char32_t c : t) {
    const Script s = script_of(c);
    if (s != Script::Common && s != Script::Inherited && s != Script::Unknown) return s;
  }
  return Script::Common;
}

void itemize(std::u32string_view text, size_t s, size_t e, const LayoutStyle& st, FastPath& fast,
             Scratch& w) {
  w.items.clear();
  const std::u32string_view block = text.substr(s, e - s);
  Script script = first_real_script(block);
  int prev_font = -1;
  for (size_t i = s; i < e; ++i) {
    const char32_t c = text[i];
    const uint8_t level = w.bidi.levels()[i - s];
    Script sc = script_of(c);
    if (sc == Script::Common || sc == Script::Inherited || sc == Script::Unknown) sc = script;
    else script = sc;
    const bool simple = (level & 1) == 0 && fast.simple(c);
    int font = 0;
    if (!simple) {
      const bool follows = (line_break_class(c) == LineBreakClass::CM ||
                            line_break_class(c) == LineBreakClass::ZWJ || is_invisible(c));
      if (follows && prev_font >= 0 &&
          (is_invisible(c) || (*st.fonts)[static_cast<size_t>(prev_font)].has_glyph(c))) {
        font = prev_font;  // a mark or joiner stays in its base's font
      } else {
        font = std::max(0, st.fonts->font_for(c, sc));
      }
      prev_font = font;
    } else {
      sc = Script::Common;  // the fast path does not care; fewer items
      prev_font = 0;
    }
    if (!w.items.empty()) {
      Item& last = w.items.back();
      if (last.simple == simple && last.level == level && last.font == font &&
          (simple || last.script == sc)) {
        last.end = static_cast<uint32_t>(i + 1);
        continue;
      }
    }
    Item it;
    it.start = static_cast<uint32_t>(i);
    it.end = static_cast<uint32_t>(i + 1);
    it.font = static_cast<int16_t>(font);
    it.script = sc;
    it.level = level;
    it.simple = simple;
    w.items.push_back(it);
  }
}

// [SECTION] One block -------------------------------------------------------------------------

// Shapes an item word by word (a word with the spaces after it), each distinct word once per
// layout: letters do not join across a space, and an article repeats its words often.
// Glyphs are appended in visual order with absolute clusters.
void shape_words(std::u32string_view text, const Item& it, const LayoutStyle& st, Scratch& w) {
  const Font& font = (*st.fonts)[static_cast<size_t>(it.font)];
  const bool rtl = it.level & 1;
  // Word boundaries, in logical order.
  w.words.clear();
  size_t a = it.start;
  while (a < it.end) {
    size_t z = a;
    while (z < it.end && text[z] != U' ') ++z;
    while (z < it.end && text[z] == U' ') ++z;
    w.words.emplace_back(a, z);
    a = z;
  }
  auto emit = [&](size_t ws, size_t we) {
    std::u32string& key = w.key;
    key.assign(1, static_cast<char32_t>(it.font));
    key += static_cast<char32_t>(static_cast<uint32_t>(it.script) | (rtl ? 0x100u : 0u));
    key.append(text.data() + ws, we - ws);
    auto found = w.word_cache.find(key);
    if (found == w.word_cache.end()) {
      std::vector<Glyph> g;
      shape(font, st.px, text.substr(ws, we - ws), 0, we - ws, it.script, rtl, g);
      found = w.word_cache.emplace(key, std::move(g)).first;
    }
    for (Glyph g : found->second) {
      g.cluster += static_cast<uint32_t>(ws);
      w.shaped.push_back(g);
    }
  };
  if (rtl) {
    for (size_t k = w.words.size(); k-- > 0;) emit(w.words[k].first, w.words[k].second);
  } else {
    for (const auto& [ws, we] : w.words) emit(ws, we);
  }
}

// Advances per code point: the style's metrics on the fast path, shaped glyph advances
// (summed per cluster, on the cluster's first code point) elsewhere.
void measure(std::u32string_view text, size_t s, size_t e, const LayoutStyle& st, Scratch& w) {
  const size_t n = e - s;
  w.adv.assign(n, 0.0f);
  w.cont.assign(n, 0);
  w.shaped.clear();
  for (Item& it : w.items) {
    if (it.simple) {
      for (size_t i = it.start; i < it.end; ++i) w.adv[i - s] = st.metrics.advance_of(text[i]);
      continue;
    }
    it.g0 = static_cast<uint32_t>(w.shaped.size());
    shape_words(text, it, st, w);
    it.g1 = static_cast<uint32_t>(w.shaped.size());
    for (size_t i = it.start; i < it.end; ++i) w.cont[i - s] = 1;
    for (uint32_t g = it.g0; g < it.g1; ++g) {
      const Glyph& gl = w.shaped[g];
      w.adv[gl.cluster - s] += gl.advance;
      w.cont[gl.cluster - s] = 0;
    }
  }
}

// Greedy wrapping over break opportunities; spaces hang past the edge; a word wider than
// the column is split between clusters.
void wrap(std::u32string_view text, size_t s, size_t e, float width, Scratch& w) {
  w.line_ranges.clear();
  const std::u32string_view block = text.substr(s, e - s);
  line_breaks(block, w.brk);
  const size_t n = e - s;
  size_t line_start = 0, last_break = 0;
  float x = 0, x_at_break = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i > line_start && w.brk[i] == Break::Mandatory) {
      w.line_ranges.emplace_back(s + line_start, s + i);
      line_start = last_break = i;
      x = x_at_break = 0;
    } else if (i > line_start && w.brk[i] == Break::Allowed) {
      last_break = i;
      x_at_break = x;
    }
    const char32_t c = block[i];
    if (!is_space(c) && x + w.adv[i] > width && i > line_start) {
      if (last_break > line_start) {
        w.line_ranges.emplace_back(s + line_start, s + last_break);
        line_start = last_break;
        x -= x_at_break;
      } else {
        // Emergency: break inside the word, before a cluster that is not a mark.
        size_t cut = i;
        while (cut > line_start + 1 &&
               (w.cont[cut] || line_break_class(block[cut]) == LineBreakClass::CM ||
                line_break_class(block[cut]) == LineBreakClass::ZWJ)) {
          --cut;
        }
        w.line_ranges.emplace_back(s + line_start, s + cut);
        x = 0;
        for (size_t k = cut; k < i; ++k) x += w.adv[k];
        line_start = cut;
      }
      last_break = line_start;
      x_at_break = 0;
    }
    x += w.adv[i];
  }
  w.line_ranges.emplace_back(s + line_start, e);
}

}  // namespace

LineLayout layout_lines(const LineLayoutInput& in) {
  LineLayout lay;
  lay.width = in.width;
  lay.text_ = in.text;
  if (in.styles.empty()) return lay;
  for (const LayoutStyle& st : in.styles) lay.metrics_.push_back(st.metrics);
  std::vector<FastPath> fast;
  for (const LayoutStyle& st : in.styles) fast.emplace_back(st.fonts);
  Scratch w;
  float y = 0;
  size_t byte_pos = 0, cp_pos = 0;
  const std::u32string_view text = in.text;
  for (const core::LayoutBlock& b : in.blocks) {
    if (b.start > b.end || b.end > text.size() || b.start < cp_pos) continue;
    for (; cp_pos < b.start; ++cp_pos) byte_pos += utf8_len(text[cp_pos]);
    y += b.gap_before;
    const size_t si = std::min<size_t>(b.style, in.styles.size() - 1);
    const LayoutStyle& st = in.styles[si];
    const float width = std::max(in.width, st.metrics.fallback * 2);
    const size_t s = b.start, e = b.end;
    const std::u32string_view block = text.substr(s, e - s);

    // Fast path: every character simple (then nothing can run right to left), advances
    // taken on the way.
    bool simple_block = in.direction != BaseDirection::RTL;
    if (simple_block) {
      w.adv.resize(e - s);
      w.cont.assign(e - s, 0);
      for (size_t i = 0; i < e - s; ++i) {
        const float a = fast[si].advance(block[i], st.metrics);
        if (a < 0) {
          simple_block = false;
          break;
        }
        w.adv[i] = a;
      }
    }
    bool rtl = false;
    if (!simple_block) {
      if (w.cache_style != si) {
        w.word_cache.clear();
        w.cache_style = si;
      }
      w.bidi.resolve(block, in.direction);
      rtl = w.bidi.rtl();
      itemize(text, s, e, st, fast[si], w);
      measure(text, s, e, st, w);
    }
    wrap(text, s, e, width, w);

    for (const auto& [ls, le] : w.line_ranges) {
      Line line;
      line.start = ls;
      line.end = le;
      line.byte_start = byte_pos;
      line.y = y;
      line.height = st.metrics.line_height;
      line.style = static_cast<uint8_t>(si);
      line.paragraph = b.paragraph;
      line.rtl = rtl;
      line.simple = simple_block;
      line.run_begin = static_cast<uint32_t>(lay.runs.size());
      size_t line_bytes = 0;
      float line_width = 0;
      for (size_t i = ls; i < le; ++i) {
        line_bytes += utf8_len(text[i]);
        line_width += w.adv[i - s];
      }
      line.byte_end = byte_pos + line_bytes;
      if (simple_block) {
        Run r;
        r.start = static_cast<uint32_t>(ls);
        r.end = static_cast<uint32_t>(le);
        r.byte_start = line.byte_start;
        r.byte_end = line.byte_end;
        r.width = line_width;
        if (le > ls) lay.runs.push_back(r);
      } else {
        // Visual runs of the line (UAX #9 rules L1, L2), cut where items change.
        w.bidi.line(ls - s, le - s, w.levels, w.visual);
        visual_runs(ls - s, w.levels, w.visual, w.bidi_runs);
        const size_t first_run = lay.runs.size();
        for (const BidiRun& br : w.bidi_runs) {
          const uint32_t a = static_cast<uint32_t>(s + br.start), z = static_cast<uint32_t>(s + br.end);
          auto it = std::upper_bound(w.items.begin(), w.items.end(), a,
                                     [](uint32_t v, const Item& i) { return v < i.end; });
          const size_t piece_begin = lay.runs.size();
          for (; it != w.items.end() && it->start < z; ++it) {
            Run r;
            r.start = std::max(a, it->start);
            r.end = std::min(z, it->end);
            r.level = br.level;
            r.font = it->font;
            r.simple = it->simple;
            if (!r.simple) {
              r.glyph_begin = static_cast<uint32_t>(lay.glyphs.size());
              for (uint32_t g = it->g0; g < it->g1; ++g) {
                const Glyph& gl = w.shaped[g];
                if (gl.cluster < r.start || gl.cluster >= r.end) continue;
                lay.glyphs.push_back({gl.id, gl.cluster, 0, gl.advance, gl.dx, gl.dy});
                r.width += gl.advance;
              }
              r.glyph_end = static_cast<uint32_t>(lay.glyphs.size());
              // Trailing spaces moved to the paragraph level by rule L1 may now run the
              // other way than they were shaped.
              if ((it->level & 1) != (br.level & 1)) {
                std::reverse(lay.glyphs.begin() + r.glyph_begin, lay.glyphs.begin() + r.glyph_end);
              }
            } else {
              for (size_t i = r.start; i < r.end; ++i) r.width += w.adv[i - s];
            }
            lay.runs.push_back(r);
          }
          if (br.rtl()) std::reverse(lay.runs.begin() + piece_begin, lay.runs.end());
        }
        // Byte ranges of runs (for drawing simple runs by their UTF-8 text).
        for (size_t k = first_run; k < lay.runs.size(); ++k) {
          Run& r = lay.runs[k];
          size_t off = line.byte_start;
          for (size_t i = ls; i < r.start; ++i) off += utf8_len(text[i]);
          r.byte_start = off;
          for (size_t i = r.start; i < r.end; ++i) off += utf8_len(text[i]);
          r.byte_end = off;
        }
      }
      line.run_end = static_cast<uint32_t>(lay.runs.size());
      // Place the runs: from the left edge, or right-aligned in a right-to-left paragraph.
      float total = 0;
      for (uint32_t k = line.run_begin; k < line.run_end; ++k) total += lay.runs[k].width;
      float x = line.rtl ? width - total : 0.0f;
      for (uint32_t k = line.run_begin; k < line.run_end; ++k) {
        Run& r = lay.runs[k];
        r.x = x;
        float pen = x;
        for (uint32_t g = r.glyph_begin; g < r.glyph_end; ++g) {
          lay.glyphs[g].x = pen;
          pen += lay.glyphs[g].advance;
        }
        x += r.width;
      }
      lay.lines.push_back(line);
      y += line.height;
      byte_pos = line.byte_end;
    }
    cp_pos = e;
  }
  lay.height = y;
  return lay;
}

// [SECTION] Queries ----------------------------------------------------------------------------

size_t LineLayout::line_at_y(float y) const {
  if (lines.empty()) return 0;
  auto it = std::upper_bound(lines.begin(), lines.end(), y,
                             [](float v, const Line& l) { return v < l.y; });
  return it == lines.begin() ? 0 : static_cast<size_t>(it - lines.begin()) - 1;
}

size_t LineLayout::line_of(size_t cp) const {
  if (lines.empty()) return 0;
  auto it = std::upper_bound(lines.begin(), lines.end(), cp,
                             [](size_t v, const Line& l) { return v < l.start; });
  return it == lines.begin() ? 0 : static_cast<size_t>(it - lines.begin()) - 1;
}

float LineLayout::advance_of(const Line& l, char32_t c) const {
  return metrics_[std::min<size_t>(l.style, metrics_.size() - 1)].advance_of(c);
}

float LineLayout::run_x(const Run& r, size_t cp) const {
  if (cp <= r.start) return r.rtl() ? r.x + r.width : r.x;
  if (cp >= r.end) return r.rtl() ? r.x : r.x + r.width;
  if (r.simple) {
    const Line& l = lines[line_of(r.start)];
    float sum = 0;
    for (size_t i = r.start; i < cp; ++i) sum += advance_of(l, text_[i]);
    return r.rtl() ? r.x + r.width - sum : r.x + sum;
  }
  // The cluster holding cp, its extent on screen and its code point count.
  uint32_t c0 = r.start, c1 = r.end;
  for (uint32_t g = r.glyph_begin; g < r.glyph_end; ++g) {
    const uint32_t c = glyphs[g].cluster;
    if (c <= cp && c > c0) c0 = c;
  }
  for (uint32_t g = r.glyph_begin; g < r.glyph_end; ++g) {
    const uint32_t c = glyphs[g].cluster;
    if (c > c0 && c < c1) c1 = c;
  }
  float lo = 1e30f, hi = -1e30f;
  for (uint32_t g = r.glyph_begin; g < r.glyph_end; ++g) {
    if (glyphs[g].cluster != c0) continue;
    lo = std::min(lo, glyphs[g].x);
    hi = std::max(hi, glyphs[g].x + glyphs[g].advance);
  }
  if (lo > hi) return r.rtl() ? r.x + r.width : r.x;
  // Inside a ligature (lam-alef, "fi"): share its width between its code points.
  const float f = static_cast<float>(cp - c0) / static_cast<float>(std::max<uint32_t>(1, c1 - c0));
  return r.rtl() ? hi - f * (hi - lo) : lo + f * (hi - lo);
}

float LineLayout::x_on_line(size_t li, size_t cp) const {
  if (li >= lines.size()) return 0;
  const Line& l = lines[li];
  cp = std::clamp(cp, l.start, l.end);
  const Run* last = nullptr;
  for (const Run* r = runs_begin(l); r != runs_end(l); ++r) {
    if (cp >= r->start && cp < r->end) return run_x(*r, cp);
    if (r->end == cp) last = r;
  }
  if (last) return run_x(*last, cp);  // the end of the line (or of a run at its edge)
  return l.rtl ? width : 0.0f;        // an empty line
}

float LineLayout::caret_x(size_t cp) const { return x_on_line(line_of(cp), cp); }

void LineLayout::line_boxes(size_t li, size_t start, size_t end, std::vector<Box>& out) const {
  if (li >= lines.size() || end <= start) return;
  const Line& l = lines[li];
  const size_t first = out.size();
  for (const Run* r = runs_begin(l); r != runs_end(l); ++r) {
    const size_t a = std::max<size_t>(start, r->start), z = std::min<size_t>(end, r->end);
    if (a >= z) continue;
    const float xa = run_x(*r, a), xz = run_x(*r, z);
    Box b{std::min(xa, xz), std::max(xa, xz), l.y, l.height, static_cast<uint32_t>(a),
          static_cast<uint32_t>(z)};
    if (out.size() > first && std::fabs(out.back().x1 - b.x0) < 0.01f) {
      out.back().x1 = b.x1;  // touching runs: one box
      out.back().start = std::min(out.back().start, b.start);
      out.back().end = std::max(out.back().end, b.end);
    } else {
      out.push_back(b);
    }
  }
}

void LineLayout::range_boxes(size_t start, size_t end, std::vector<Box>& out) const {
  if (lines.empty() || end <= start) return;
  for (size_t li = line_of(start); li < lines.size() && lines[li].start < end; ++li) {
    line_boxes(li, start, end, out);
  }
}

Box LineLayout::first_box(size_t start, size_t end) const {
  if (lines.empty()) return {};
  const size_t li = line_of(start);
  const Line& l = lines[li];
  for (const Run* r = runs_begin(l); r != runs_end(l); ++r) {
    if (start >= r->start && start < r->end) {
      const size_t z = std::min<size_t>(std::max(end, start), r->end);
      const float xa = run_x(*r, start), xz = run_x(*r, z);
      return {std::min(xa, xz), std::max(xa, xz), l.y, l.height, static_cast<uint32_t>(start),
              static_cast<uint32_t>(z)};
    }
  }
  const float x = x_on_line(li, start);
  return {x, x, l.y, l.height, static_cast<uint32_t>(start), static_cast<uint32_t>(start)};
}

size_t LineLayout::hit_test(float x, float y) const {
  if (lines.empty()) return 0;
  if (y < lines.front().y) return lines.front().start;
  const size_t li = line_at_y(y);
  const Line& l = lines[li];
  if (y >= l.y + l.height && li + 1 == lines.size()) return l.end;
  // Past the end of a wrapped line: before its trailing space, so a click right of (or,
  // right to left, left of) a line selects up to its last word.
  const bool wrapped = l.end < text_.size() && text_[l.end] != U'\n' && l.end > l.start &&
                       is_space(text_[l.end - 1]);
  std::vector<Stop> stops;
  caret_stops(li, stops);
  if (stops.empty()) return l.start;
  size_t best = stops.front().cp;
  float best_d = 1e30f;
  for (const Stop& s : stops) {
    const float d = std::fabs(s.x - x);
    if (d < best_d) {
      best_d = d;
      best = s.cp;
    }
  }
  if (wrapped && best == l.end) return l.end - 1;
  return best;
}

std::optional<size_t> LineLayout::char_at(float x, float y) const {
  if (lines.empty()) return std::nullopt;
  const Line& l = lines[line_at_y(y)];
  if (y < l.y || y >= l.y + l.height) return std::nullopt;
  for (const Run* r = runs_begin(l); r != runs_end(l); ++r) {
    if (x < r->x || x >= r->x + r->width) continue;
    if (r->simple) {
      // Characters from the run's start edge.
      float pos = 0;
      const float d = r->rtl() ? r->x + r->width - x : x - r->x;
      for (size_t i = r->start; i < r->end; ++i) {
        pos += advance_of(l, text_[i]);
        if (d < pos) return i;
      }
      return r->end - 1;
    }
    for (const PlacedGlyph* g = glyphs_begin(*r); g != glyphs_end(*r); ++g) {
      if (x >= g->x && x < g->x + g->advance) return g->cluster;
    }
  }
  return std::nullopt;
}

// Every caret position of a line with its x, from left to right: both edges of each cluster.
void LineLayout::caret_stops(size_t li, std::vector<Stop>& out) const {
  out.clear();
  const Line& l = lines[li];
  for (const Run* r = runs_begin(l); r != runs_end(l); ++r) {
    if (r->simple) {
      if (!r->rtl()) {
        float x = r->x;
        for (size_t i = r->start; i < r->end; ++i) {
          out.push_back({x, i});
          x += advance_of(l, text_[i]);
        }
        out.push_back({x, r->end});
      } else {
        float x = r->x + r->width;
        std::vector<Stop> tmp;
        for (size_t i = r->start; i < r->end; ++i) {
          tmp.push_back({x, i});
          x -= advance_of(l, text_[i]);
        }
        tmp.push_back({x, r->end});
        out.insert(out.end(), tmp.rbegin(), tmp.rend());
      }
      continue;
    }
    // Cluster starts in logical order, then each one's screen position.
    std::vector<uint32_t> starts;
    for (const PlacedGlyph* g = glyphs_begin(*r); g != glyphs_end(*r); ++g) starts.push_back(g->cluster);
    starts.push_back(r->end);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    std::vector<Stop> tmp;
    for (uint32_t c : starts) tmp.push_back({run_x(*r, c), c});
    std::sort(tmp.begin(), tmp.end(), [](const Stop& a, const Stop& b) { return a.x < b.x; });
    out.insert(out.end(), tmp.begin(), tmp.end());
  }
}

size_t LineLayout::move_visual(size_t cp, int dir) const {
  if (lines.empty() || dir == 0) return cp;
  const size_t li = line_of(cp);
  std::vector<Stop> stops;
  caret_stops(li, stops);
  // From where the caret is drawn, the nearest stop on the side it moves to. Where runs
  // meet, two offsets share one x (the end of one run, the start of the other): take the
  // one whose caret is drawn there, so no position is skipped.
  const float here = x_on_line(li, cp);
  long best = -1;
  for (size_t k = 0; k < stops.size(); ++k) {
    const float d = (stops[k].x - here) * static_cast<float>(dir);
    if (d <= 0.01f) continue;
    const float bd = best < 0 ? 0 : (stops[static_cast<size_t>(best)].x - here) * static_cast<float>(dir);
    if (best < 0 || d < bd - 0.01f ||
        (std::fabs(d - bd) <= 0.01f &&
         std::fabs(x_on_line(li, stops[k].cp) - stops[k].x) <= 0.01f)) {
      best = static_cast<long>(k);
    }
  }
  if (best >= 0) return stops[static_cast<size_t>(best)].cp;
  // Past the edge: the neighbouring line in reading order, entering at its near edge.
  const bool forward = (dir > 0) != lines[li].rtl;
  if (forward && li + 1 < lines.size()) {
    const Line& n = lines[li + 1];
    return n.start + (n.start == cp && n.end > n.start ? 1 : 0);
  }
  if (!forward && li > 0) {
    const Line& p = lines[li - 1];
    // The end of the previous line, before its trailing space when it wrapped there.
    size_t e = p.end;
    if (e > p.start && is_space(text_[e - 1])) --e;
    return e;
  }
  return cp;
}

}  // namespace core::text
