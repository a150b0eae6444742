// html_text.cpp - see html_text.h. A small forgiving tokenizer, not a full HTML parser:
// enough for saved news pages, never loops or throws on malformed markup.
#include "core/html_text.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <vector>

#include "core/utf8.h"

namespace core {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_one_of(const std::string& name, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (name == n) return true;
  return false;
}

// Elements whose content is never article text.
bool is_skipped_element(const std::string& tag) {
  return is_one_of(tag, {"script", "style", "noscript", "template", "svg", "math", "iframe",
                         "object", "canvas", "select", "button", "nav", "form"});
}

// Elements that start and end a paragraph.
bool is_block_element(const std::string& tag) {
  return is_one_of(tag, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                         "dl", "dt", "dd", "blockquote", "pre", "article", "section", "header",
                         "footer", "aside", "main", "figure", "figcaption", "table", "tr",
                         "caption", "hr", "address", "body", "html", "details", "summary"});
}

struct NamedEntity {
  const char* name;
  char32_t cp;
};

const NamedEntity kEntities[] = {
    {"amp", '&'},        {"lt", '<'},          {"gt", '>'},         {"quot", '"'},
    {"apos", '\''},      {"nbsp", ' '},        {"ndash", 0x2013},   {"mdash", 0x2014},
    {"lsquo", 0x2018},   {"rsquo", 0x2019},    {"sbquo", 0x201A},   {"ldquo", 0x201C},
    {"rdquo", 0x201D},   {"bdquo", 0x201E},    {"hellip", 0x2026},  {"laquo", 0x00AB},
    {"raquo", 0x00BB},   {"copy", 0x00A9},     {"reg", 0x00AE},     {"trade", 0x2122},
    {"deg", 0x00B0},     {"middot", 0x00B7},   {"bull", 0x2022},    {"euro", 0x20AC},
    {"pound", 0x00A3},   {"yen", 0x00A5},      {"cent", 0x00A2},    {"sect", 0x00A7},
    {"para", 0x00B6},    {"times", 0x00D7},    {"divide", 0x00F7},  {"minus", 0x2212},
    {"frac12", 0x00BD},  {"frac14", 0x00BC},   {"frac34", 0x00BE},  {"eacute", 0x00E9},
    {"egrave", 0x00E8},  {"aacute", 0x00E1},   {"agrave", 0x00E0},  {"iacute", 0x00ED},
    {"oacute", 0x00F3},  {"uacute", 0x00FA},   {"ntilde", 0x00F1},  {"ccedil", 0x00E7},
    {"auml", 0x00E4},    {"ouml", 0x00F6},     {"uuml", 0x00FC},    {"szlig", 0x00DF},
    {"Auml", 0x00C4},    {"Ouml", 0x00D6},     {"Uuml", 0x00DC},    {"Eacute", 0x00C9},
    {"thinsp", 0x2009},  {"ensp", 0x2002},     {"emsp", 0x2003},    {"shy", 0x00AD},
    {"zwj", 0x200D},     {"zwnj", 0x200C},     {"prime", 0x2032},   {"Prime", 0x2033},
};

// Decodes the character reference at html[i] ('&'). On success appends it and returns the
// number of bytes consumed; returns 0 when it is not a reference (the '&' is then literal).
size_t decode_reference(std::string_view html, size_t i, std::string& out) {
  const size_t limit = std::min(html.size(), i + 40);
  size_t semi = i + 1;
  while (semi < limit && html[semi] != ';' && html[semi] != '&' && html[semi] != '<' &&
         !std::isspace(static_cast<unsigned char>(html[semi])))
    ++semi;
  if (semi >= limit || html[semi] != ';') return 0;
  const std::string_view body = html.substr(i + 1, semi - i - 1);
  if (body.empty()) return 0;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return 0;
    uint32_t cp = 0;
    for (char c : digits) {
      const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(c))
                        ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                        : -1;
      if (d < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp == 0xA0) cp = ' ';
    utf8::append(out, cp);
    return semi - i + 1;
  }
  for (const NamedEntity& e : kEntities) {
    if (body == e.name) {
      utf8::append(out, e.cp);
      return semi - i + 1;
    }
  }
  return 0;
}

// Collects text into paragraphs, collapsing white space.
class TextBuilder {
 public:
  void text(std::string_view s) {
    for (char c : s) {
      if (std::isspace(static_cast<unsigned char>(c))) {
        pending_space_ = !current_.empty() && current_.back() != '\n';
      } else {
        flush_space();
        current_.push_back(c);
      }
    }
  }
  void raw(std::string_view s) {  // already decoded text, no white-space rules
    flush_space();
    current_.append(s);
  }
  void line_break() {
    while (!current_.empty() && current_.back() == ' ') current_.pop_back();
    if (!current_.empty() && current_.back() != '\n') current_.push_back('\n');
    pending_space_ = false;
  }
  void paragraph_break() {
    while (!current_.empty() && (current_.back() == ' ' || current_.back() == '\n'))
      current_.pop_back();
    if (!current_.empty()) paragraphs_.push_back(std::move(current_));
    current_.clear();
    pending_space_ = false;
  }
  std::string finish() {
    paragraph_break();
    std::string out;
    for (const std::string& p : paragraphs_) {
      if (!out.empty()) out += "\n\n";
      out += p;
    }
    return out;
  }

 private:
  void flush_space() {
    if (pending_space_ && !current_.empty() && current_.back() != '\n') current_.push_back(' ');
    pending_space_ = false;
  }
  std::string current_;
  std::vector<std::string> paragraphs_;
  bool pending_space_ = false;
};

size_t find_ci(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty()) return from;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() &&
           std::tolower(static_cast<unsigned char>(hay[i + k])) == needle[k])
      ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

std::string collapse(std::string_view s) {
  TextBuilder b;
  b.text(s);
  return b.finish();
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
  const std::string head = lower(bytes.substr(0, 1024));
  return head.find("<!doctype html") != std::string::npos ||
         head.find("<html") != std::string::npos || head.find("<body") != std::string::npos ||
         head.find("<p>") != std::string::npos || head.find("<div") != std::string::npos;
}

HtmlText html_to_text(std::string_view html) {
  HtmlText result;
  TextBuilder body;
  std::string decoded;  // scratch for entity decoding
  std::string title_text, h1_text;
  enum class Capture { None, Title, H1 } capture = Capture::None;
  std::string heading;      // the text of the heading element being read
  bool in_heading = false;
  size_t i = 0;
  const size_t n = html.size();
  auto capture_text = [&](std::string_view s) {
    if (capture == Capture::Title) title_text.append(s);
    if (capture == Capture::H1) h1_text.append(s);
    if (in_heading) heading.append(s);
  };
  while (i < n) {
    const char c = html[i];
    if (c == '<') {
      if (html.compare(i, 4, "<!--") == 0) {
        const size_t end = html.find("-->", i + 4);
        i = end == std::string_view::npos ? n : end + 3;
        continue;
      }
      if (i + 1 < n && (html[i + 1] == '!' || html[i + 1] == '?')) {
        const size_t end = html.find('>', i);
        i = end == std::string_view::npos ? n : end + 1;
        continue;
      }
      const bool closing = i + 1 < n && html[i + 1] == '/';
      size_t name_start = i + (closing ? 2 : 1);
      size_t name_end = name_start;
      while (name_end < n && (std::isalnum(static_cast<unsigned char>(html[name_end])) || html[name_end] == '-'))
        ++name_end;
      if (name_end == name_start || !std::isalpha(static_cast<unsigned char>(html[name_start]))) {
        body.text("<");  // a literal '<' in text
        capture_text("<");
        ++i;
        continue;
      }
      const std::string tag = lower(html.substr(name_start, name_end - name_start));
      // Skip attributes, respecting quotes, to the closing '>'.
      size_t j = name_end;
      char quote = 0;
      while (j < n) {
        if (quote) {
          if (html[j] == quote) quote = 0;
        } else if (html[j] == '"' || html[j] == '\'') {
          quote = html[j];
        } else if (html[j] == '>') {
          break;
        }
        ++j;
      }
      i = j < n ? j + 1 : n;
      if (!closing && is_skipped_element(tag)) {
        const size_t end = find_ci(html, "</" + tag, i);
        if (end == std::string_view::npos) {
          i = n;
        } else {
          const size_t gt = html.find('>', end);
          i = gt == std::string_view::npos ? n : gt + 1;
        }
        continue;
      }
      if (tag == "title") {
        capture = closing ? Capture::None : Capture::Title;
        continue;
      }
      if (tag == "h1") {
        if (!closing && h1_text.empty()) capture = Capture::H1;
        else if (closing && capture == Capture::H1) capture = Capture::None;
      }
      if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') {
        if (!closing) {
          in_heading = true;
          heading.clear();
        } else if (in_heading) {
          in_heading = false;
          if (!collapse(heading).empty()) result.headings.push_back(collapse(heading));
        }
      }
      if (tag == "meta" || tag == "link") continue;
      if (tag == "br") {
        body.line_break();
      } else if (is_block_element(tag)) {
        body.paragraph_break();
      } else if (tag == "td" || tag == "th") {
        body.text(" ");
      }
      continue;
    }
    if (c == '&') {
      decoded.clear();
      const size_t used = decode_reference(html, i, decoded);
      if (used > 0) {
        if (capture == Capture::Title) title_text.append(decoded);
        else body.raw(decoded), capture_text(decoded);
        i += used;
        continue;
      }
    }
    // A run of plain text up to the next markup or reference.
    size_t end = i + 1;
    while (end < n && html[end] != '<' && html[end] != '&') ++end;
    const std::string_view run = html.substr(i, end - i);
    if (capture == Capture::Title) title_text.append(run);
    else body.text(run), capture_text(run);
    i = end;
  }
  result.title = collapse(title_text);
  if (result.title.empty()) result.title = collapse(h1_text);
  result.text = body.finish();
  return result;
}

}  // namespace core
