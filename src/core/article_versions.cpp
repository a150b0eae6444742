// article_versions.cpp - see article_versions.h.
#include "core/article_versions.h"

#include <algorithm>

#include "core/utf8.h"

namespace core {
namespace {
bool is_space(char32_t c) { return c == U' ' || c == U'\n' || c == U'\t' || c == 0x00A0; }

std::u32string_view paragraph(const Article& a, size_t i) {
  if (i >= a.paragraphs.size()) return {};
  const Range& r = a.paragraphs[i];
  return std::u32string_view(a.cps).substr(r.start, r.end - r.start);
}

// The paragraph from a little before where it differs, at most `n` code points.
std::string excerpt(std::u32string_view p, size_t from, size_t n) {
  if (p.empty()) return "";
  size_t start = from > 20 ? from - 20 : 0;
  while (start > 0 && !is_space(p[start - 1])) --start;  // from a word's start
  std::u32string out(p.substr(start, n));
  if (start > 0) out = U"\u2026" + out;
  if (start + n < p.size()) out += U'\u2026';
  for (char32_t& c : out) if (c == U'\n') c = U' ';
  return utf8::encode(out);
}
}  // namespace

size_t count_words(std::u32string_view text) {
  size_t n = 0;
  bool in_word = false;
  for (char32_t c : text) {
    if (is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++n;
    }
  }
  return n;
}

VersionDifference compare_versions(const Article& a, const Article& b, size_t excerpt_cps) {
  VersionDifference d;
  d.words_a = count_words(a.cps);
  d.words_b = count_words(b.cps);
  d.same_title = a.title == b.title;
  d.same_text = a.text == b.text;
  if (d.same_text) return d;
  const size_t n = std::max(a.paragraphs.size(), b.paragraphs.size());
  for (size_t i = 0; i < n; ++i) {
    const std::u32string_view pa = paragraph(a, i), pb = paragraph(b, i);
    if (pa == pb) continue;
    size_t k = 0;
    while (k < pa.size() && k < pb.size() && pa[k] == pb[k]) ++k;
    d.paragraph = i + 1;
    d.excerpt_a = excerpt(pa, k, excerpt_cps);
    d.excerpt_b = excerpt(pb, k, excerpt_cps);
    break;
  }
  return d;
}

}  // namespace core
