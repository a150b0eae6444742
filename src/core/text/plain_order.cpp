// plain_order.cpp - see plain_order.h.
#include "core/text/plain_order.h"

#include <algorithm>

#include "core/text/bidi.h"
#include "core/utf8.h"

namespace core::text {
namespace {

// Arabic letters with presentation forms: isolated, final, initial, medial (0: none, the
// letter joins only on its right side).
struct Forms {
  char32_t c, iso, fin, ini, med;
};
constexpr Forms kForms[] = {
    {0x0621, 0xFE80, 0, 0, 0},            {0x0622, 0xFE81, 0xFE82, 0, 0},
    {0x0623, 0xFE83, 0xFE84, 0, 0},       {0x0624, 0xFE85, 0xFE86, 0, 0},
    {0x0625, 0xFE87, 0xFE88, 0, 0},       {0x0626, 0xFE89, 0xFE8A, 0xFE8B, 0xFE8C},
    {0x0627, 0xFE8D, 0xFE8E, 0, 0},       {0x0628, 0xFE8F, 0xFE90, 0xFE91, 0xFE92},
    {0x0629, 0xFE93, 0xFE94, 0, 0},       {0x062A, 0xFE95, 0xFE96, 0xFE97, 0xFE98},
    {0x062B, 0xFE99, 0xFE9A, 0xFE9B, 0xFE9C}, {0x062C, 0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0},
    {0x062D, 0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4}, {0x062E, 0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8},
    {0x062F, 0xFEA9, 0xFEAA, 0, 0},       {0x0630, 0xFEAB, 0xFEAC, 0, 0},
    {0x0631, 0xFEAD, 0xFEAE, 0, 0},       {0x0632, 0xFEAF, 0xFEB0, 0, 0},
    {0x0633, 0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4}, {0x0634, 0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8},
    {0x0635, 0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC}, {0x0636, 0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0},
    {0x0637, 0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4}, {0x0638, 0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8},
    {0x0639, 0xFEC9, 0xFECA, 0xFECB, 0xFECC}, {0x063A, 0xFECD, 0xFECE, 0xFECF, 0xFED0},
    {0x0641, 0xFED1, 0xFED2, 0xFED3, 0xFED4}, {0x0642, 0xFED5, 0xFED6, 0xFED7, 0xFED8},
    {0x0643, 0xFED9, 0xFEDA, 0xFEDB, 0xFEDC}, {0x0644, 0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0},
    {0x0645, 0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4}, {0x0646, 0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8},
    {0x0647, 0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC}, {0x0648, 0xFEED, 0xFEEE, 0, 0},
    {0x0649, 0xFEEF, 0xFEF0, 0, 0},       {0x064A, 0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4},
    {0x0671, 0xFB50, 0xFB51, 0, 0},       {0x0679, 0xFB66, 0xFB67, 0xFB68, 0xFB69},
    {0x067E, 0xFB56, 0xFB57, 0xFB58, 0xFB59}, {0x0686, 0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D},
    {0x0688, 0xFB88, 0xFB89, 0, 0},       {0x0691, 0xFB8C, 0xFB8D, 0, 0},
    {0x0698, 0xFB8A, 0xFB8B, 0, 0},       {0x06A9, 0xFB8E, 0xFB8F, 0xFB90, 0xFB91},
    {0x06AF, 0xFB92, 0xFB93, 0xFB94, 0xFB95}, {0x06BA, 0xFB9E, 0xFB9F, 0, 0},
    {0x06BE, 0xFBAA, 0xFBAB, 0xFBAC, 0xFBAD}, {0x06C1, 0xFBA6, 0xFBA7, 0xFBA8, 0xFBA9},
    {0x06CC, 0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}, {0x06D2, 0xFBAE, 0xFBAF, 0, 0},
};

const Forms* forms_of(char32_t c) {
  auto it = std::lower_bound(std::begin(kForms), std::end(kForms), c,
                             [](const Forms& f, char32_t x) { return f.c < x; });
  return it != std::end(kForms) && it->c == c ? it : nullptr;
}

// Marks between letters do not break joining.
bool transparent(char32_t c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 ||
         c == 0x06E8 || (c >= 0x06EA && c <= 0x06ED);
}
// Joins to the letter after it (on its left on screen): dual-joining letters, tatweel, ZWJ.
bool joins_next(char32_t c) {
  if (c == 0x0640 || c == 0x200D) return true;
  const Forms* f = forms_of(c);
  return f && f->ini != 0;
}
// Joins to the letter before it: any letter with a final form, tatweel, ZWJ.
bool joins_prev(char32_t c) {
  if (c == 0x0640 || c == 0x200D) return true;
  const Forms* f = forms_of(c);
  return f && f->fin != 0;
}

char32_t lam_alef(char32_t alef) {
  switch (alef) {
    case 0x0622: return 0xFEF5;
    case 0x0623: return 0xFEF7;
    case 0x0625: return 0xFEF9;
    case 0x0627: return 0xFEFB;
    default: return 0;
  }
}

char32_t mirror(char32_t c) {
  switch (c) {
    case U'(': return U')';
    case U')': return U'(';
    case U'[': return U']';
    case U']': return U'[';
    case U'{': return U'}';
    case U'}': return U'{';
    case U'<': return U'>';
    case U'>': return U'<';
    case 0x00AB: return 0x00BB;
    case 0x00BB: return 0x00AB;
    default: return c;
  }
}

// Contextual forms, in logical order; a lam-alef pair becomes one ligature (the alef's slot
// is dropped: `keep` false).
void shape_arabic(std::u32string& t, std::vector<bool>& keep) {
  const size_t n = t.size();
  const std::u32string src = t;
  auto prev_letter = [&](size_t i) -> char32_t {
    while (i > 0) {
      --i;
      if (!transparent(src[i])) return src[i];
    }
    return 0;
  };
  auto next_at = [&](size_t i) -> size_t {
    for (++i; i < n; ++i) {
      if (!transparent(src[i])) return i;
    }
    return n;
  };
  for (size_t i = 0; i < n; ++i) {
    const Forms* f = forms_of(src[i]);
    if (!f) continue;
    const bool after_joiner = joins_next(prev_letter(i)) && f->fin != 0;
    const size_t j = next_at(i);
    const char32_t next = j < n ? src[j] : 0;
    if (src[i] == 0x0644 && lam_alef(next)) {
      t[i] = lam_alef(next) + (after_joiner ? 1 : 0);
      keep[j] = false;
      continue;
    }
    const bool before_joiner = f->ini != 0 && joins_prev(next);
    if (after_joiner && before_joiner) t[i] = f->med;
    else if (after_joiner) t[i] = f->fin;
    else if (before_joiner) t[i] = f->ini;
    else t[i] = f->iso;
  }
}

}  // namespace

namespace {

// The line [start, end) of a paragraph already shaped (`t`, with `keep`) and resolved (`p`),
// in visual order.
std::u32string visual_line(const std::u32string& t, const std::vector<bool>& keep, const BidiParagraph& p,
                           size_t start, size_t end) {
  std::vector<uint8_t> levels;
  std::vector<uint32_t> visual;
  p.line(start, end, levels, visual);
  std::u32string out;
  out.reserve(end - start);
  for (size_t v = 0; v < visual.size(); ++v) {
    const uint32_t k = visual[v];
    if (k >= t.size() || !keep[k]) continue;
    out.push_back((levels[k - start] & 1) ? mirror(t[k]) : t[k]);
  }
  // Marks come after their letter in logical order, so reversed they precede it; ImGui
  // draws a mark over the glyph on its left: put each letter back before its marks.
  for (size_t i = 0; i < out.size(); ++i) {
    if (!transparent(out[i])) continue;
    size_t j = i;
    while (j < out.size() && transparent(out[j])) ++j;
    if (j < out.size()) std::rotate(out.begin() + i, out.begin() + j, out.begin() + j + 1);
    i = j;
  }
  return out;
}

// The shaped code points of [start, end) in logical order, as measured (a line's width does
// not depend on its order).
std::u32string kept(const std::u32string& t, const std::vector<bool>& keep, size_t start, size_t end) {
  std::u32string out;
  for (size_t k = start; k < end; ++k)
    if (keep[k]) out.push_back(t[k]);
  return out;
}

}  // namespace

std::u32string plain_visual_order(std::u32string_view text) {
  if (is_unidirectional_ltr(text)) return std::u32string(text);
  std::u32string t(text);
  std::vector<bool> keep(t.size(), true);
  shape_arabic(t, keep);
  BidiParagraph p;
  p.resolve(text, BaseDirection::Auto);
  return visual_line(t, keep, p, 0, t.size());
}

std::vector<PlainLine> plain_wrapped_lines(std::u32string_view text, float width,
                                           const std::function<float(std::u32string_view)>& measure,
                                           size_t max_lines) {
  std::u32string t(text);
  std::vector<bool> keep(t.size(), true);
  shape_arabic(t, keep);
  BidiParagraph p;
  p.resolve(text, BaseDirection::Auto);
  const auto fits = [&](size_t a, size_t b) { return measure(kept(t, keep, a, b)) <= width; };
  std::vector<PlainLine> out;
  const size_t n = t.size();
  size_t start = 0;
  do {
    // The furthest break after a run of spaces whose line (without the spaces) fits.
    bool found = false;
    size_t end = start, next = start;
    for (size_t i = start; i < n;) {
      size_t word_end = i;
      while (word_end < n && t[word_end] != U' ') ++word_end;
      size_t after = word_end;
      while (after < n && t[after] == U' ') ++after;
      if (!fits(start, word_end)) break;
      found = true;
      end = word_end;
      next = after;
      i = after;
    }
    if (!found && start < n) {
      // Not even the first word fits: as many code points as do (at least one).
      end = start + 1;
      while (end < n && t[end] != U' ' && fits(start, end + 1)) ++end;
      next = end;
      while (next < n && t[next] == U' ') ++next;
    }
    out.push_back({visual_line(t, keep, p, start, end), p.rtl()});
    start = next;
  } while (start < n && out.size() < max_lines);
  return out;
}

std::string plain_visual_order_utf8(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    out += utf8::encode(plain_visual_order(utf8::decode(text.substr(pos, nl - pos))));
    if (nl < text.size()) out += '\n';
    pos = nl + 1;
  }
  return out;
}

void presentation_forms(char32_t c, std::vector<char32_t>& out) {
  const Forms* f = forms_of(c);
  if (!f) return;
  for (char32_t v : {f->iso, f->fin, f->ini, f->med}) {
    if (v) out.push_back(v);
  }
  if (c == 0x0644) {
    for (char32_t v = 0xFEF5; v <= 0xFEFC; ++v) out.push_back(v);
  }
}

}  // namespace core::text
