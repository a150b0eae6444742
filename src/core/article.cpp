// article.cpp - building an Article from raw bytes: validation, line endings, paragraphs.
#include "core/article.h"

#include <algorithm>

#include "core/sha256.h"
#include "core/utf8.h"

namespace core {
namespace {

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\v' || c == U'\f' || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

std::string normalise_line_endings(std::string_view in) {
  if (in.find('\r') == std::string_view::npos) return std::string(in);  // the usual case: one copy
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
    } else {
      out.push_back(in[i]);
    }
  }
  return out;
}

size_t line_of_byte(std::string_view bytes, size_t offset) {
  // Counts "\r\n", "\r" and "\n" as one line break each, as an editor would.
  size_t line = 1;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') ++line;
    else if (bytes[i] == '\r' && !(i + 1 < bytes.size() && bytes[i + 1] == '\n')) ++line;
  }
  return line;
}

std::string first_nonempty_line(std::u32string_view cps) {
  size_t i = 0;
  while (i < cps.size()) {
    size_t eol = cps.find(U'\n', i);
    if (eol == std::u32string_view::npos) eol = cps.size();
    size_t a = i, b = eol;
    while (a < b && is_space(cps[a])) ++a;
    while (b > a && is_space(cps[b - 1])) --b;
    if (a < b) return utf8::encode(cps.substr(a, b - a));
    i = eol + 1;
  }
  return {};
}

}  // namespace

std::vector<Range> find_paragraphs(std::u32string_view cps) {
  std::vector<Range> out;
  size_t para_start = 0, para_end = 0;  // trimmed bounds of the paragraph being built
  bool open = false;
  size_t i = 0;
  while (i <= cps.size()) {
    size_t eol = i < cps.size() ? cps.find(U'\n', i) : std::u32string_view::npos;
    if (eol == std::u32string_view::npos) eol = cps.size();
    size_t a = i, b = eol;
    while (a < b && is_space(cps[a])) ++a;
    while (b > a && is_space(cps[b - 1])) --b;
    if (a < b) {
      if (!open) para_start = a;
      para_end = b;
      open = true;
    } else if (open) {
      out.push_back({para_start, para_end});
      open = false;
    }
    if (eol >= cps.size()) break;
    i = eol + 1;
  }
  if (open) out.push_back({para_start, para_end});
  return out;
}

ArticleResult make_article(std::string_view bytes, std::string title, std::string url) {
  ArticleResult result;
  if (auto bad = utf8::find_invalid(bytes)) {
    result.error = "invalid UTF-8 at byte " + std::to_string(*bad) + " (line " +
                   std::to_string(line_of_byte(bytes, *bad)) + ")";
    return result;
  }
  std::string_view body = bytes;
  if (body.size() >= 3 && body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);

  Article a;
  a.text = normalise_line_endings(body);
  a.cps = utf8::decode(a.text);
  a.paragraphs = find_paragraphs(a.cps);
  a.title = title.empty() ? first_nonempty_line(a.cps) : std::move(title);
  a.url = std::move(url);
  result.article = std::move(a);
  return result;
}

std::string slice(const Article& a, size_t start, size_t end) {
  end = std::min(end, a.cps.size());
  start = std::min(start, end);
  return utf8::encode(std::u32string_view(a.cps).substr(start, end - start));
}

std::string article_sha256(const Article& a) { return sha256_hex(a.text); }

std::optional<size_t> paragraph_at(const Article& a, size_t pos) {
  // First paragraph whose end is after pos: it holds pos, or it is the next one.
  auto it = std::upper_bound(a.paragraphs.begin(), a.paragraphs.end(), pos,
                             [](size_t p, const Range& r) { return p < r.end; });
  if (it == a.paragraphs.end()) return std::nullopt;
  return static_cast<size_t>(it - a.paragraphs.begin());
}

}  // namespace core

namespace core {

void mark_headings(Article& a, const std::vector<std::string>& heading_texts) {
  auto collapse = [](std::u32string_view s) {
    std::u32string out;
    for (char32_t c : s) {
      const bool space = c == U' ' || c == U'\n' || c == U'\t' || c == 0x00A0;
      if (space) {
        if (!out.empty() && out.back() != U' ') out += U' ';
      } else {
        out += c;
      }
    }
    while (!out.empty() && out.back() == U' ') out.pop_back();
    return out;
  };
  a.headings.clear();
  size_t next = 0;  // headings come in the text's order: look only after the last one found
  for (const std::string& h : heading_texts) {
    const std::u32string want = collapse(utf8::decode(h));
    if (want.empty()) continue;
    for (size_t i = next; i < a.paragraphs.size(); ++i) {
      const Range& p = a.paragraphs[i];
      if (collapse(std::u32string_view(a.cps).substr(p.start, p.end - p.start)) == want) {
        a.headings.push_back(p);
        next = i + 1;
        break;
      }
    }
  }
}

}  // namespace core
