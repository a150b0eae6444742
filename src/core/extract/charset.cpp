// charset.cpp - see charset.h. The declaration scan follows the spirit of the HTML
// standard's prescan (skip comments, read <meta> attributes, quoted or not) over a larger
// window, since saved pages often carry long heads.
#include "core/extract/charset.h"

#include <cstdint>
#include <optional>

#include "core/extract/dom.h"
#include "core/utf8.h"

namespace core::extract {
namespace {

constexpr size_t kScanWindow = 8192;

// windows-1252 bytes 0x80-0x9F; the rest of the byte range maps to the same code point.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

enum class Family { Utf8, Cp1252, Utf16, Unsupported };

Family family_of(const std::string& label) {
  static const char* const utf8_labels[] = {"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"};
  // The WHATWG Encoding Standard maps all of these to windows-1252.
  static const char* const cp1252_labels[] = {
      "windows-1252", "cp1252",     "x-cp1252",   "iso-8859-1", "iso8859-1", "iso_8859-1",
      "iso88591",     "latin1",     "l1",         "cp819",      "ibm819",    "csisolatin1",
      "iso-ir-100",   "iso_8859-1:1987", "us-ascii", "ascii",    "ansi_x3.4-1968"};
  for (const char* l : utf8_labels)
    if (label == l) return Family::Utf8;
  for (const char* l : cp1252_labels)
    if (label == l) return Family::Cp1252;
  // A page cannot declare UTF-16 in its own ASCII bytes; the standard reads that as UTF-8.
  if (label == "utf-16" || label == "utf-16le" || label == "utf-16be") return Family::Utf8;
  return Family::Unsupported;
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/'; }

// "charset=NAME" inside a Content-Type value.
std::string charset_from_content(std::string_view content) {
  const std::string lower = lower_ascii(content);
  const size_t at = lower.find("charset");
  if (at == std::string::npos) return {};
  size_t i = at + 7;
  while (i < lower.size() && lower[i] == ' ') ++i;
  if (i >= lower.size() || lower[i] != '=') return {};
  ++i;
  while (i < lower.size() && lower[i] == ' ') ++i;
  char quote = 0;
  if (i < lower.size() && (lower[i] == '"' || lower[i] == '\'')) quote = lower[i++];
  size_t end = i;
  while (end < lower.size() && lower[end] != quote && lower[end] != ';' && !(quote == 0 && lower[end] == ' '))
    ++end;
  return trim(lower.substr(i, end - i));
}

// Reads the attributes of the tag whose name ends at `i`; returns the position after '>'.
size_t read_attributes(std::string_view s, size_t i, std::string& charset, std::string& http_equiv,
                       std::string& content) {
  while (i < s.size() && s[i] != '>') {
    while (i < s.size() && is_ws(s[i])) ++i;
    size_t name_start = i;
    while (i < s.size() && !is_ws(s[i]) && s[i] != '=' && s[i] != '>') ++i;
    const std::string name = lower_ascii(s.substr(name_start, i - name_start));
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    std::string value;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
      if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        const char q = s[i++];
        const size_t end = s.find(q, i);
        value = std::string(s.substr(i, (end == std::string_view::npos ? s.size() : end) - i));
        i = end == std::string_view::npos ? s.size() : end + 1;
      } else {
        const size_t start = i;
        while (i < s.size() && !is_ws(s[i]) && s[i] != '>') ++i;
        value = std::string(s.substr(start, i - start));
      }
    }
    if (name == "charset") charset = trim(lower_ascii(value));
    else if (name == "http-equiv") http_equiv = trim(lower_ascii(value));
    else if (name == "content") content = value;
    if (name.empty() && i < s.size() && s[i] != '>') ++i;  // a stray '=' or quote
  }
  return i < s.size() ? i + 1 : s.size();
}

bool starts_with_ci(std::string_view s, size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  return lower_ascii(s.substr(i, word.size())) == word;
}

std::optional<std::string> decode_utf16(std::string_view bytes, bool little_endian, size_t& bad) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](size_t i) -> uint32_t {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (a | b << 8) : (a << 8 | b);
  };
  size_t i = 2;  // after the byte order mark
  for (; i + 1 < bytes.size(); i += 2) {
    uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      const uint32_t low = i + 3 < bytes.size() ? unit(i + 2) : 0;
      if (low < 0xDC00 || low > 0xDFFF) {
        bad = i;
        return std::nullopt;
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      bad = i;
      return std::nullopt;
    }
    utf8::append(out, cp);
  }
  if (i < bytes.size()) {  // an odd byte at the end
    bad = i;
    return std::nullopt;
  }
  return out;
}

std::string decode_cp1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) out.push_back(ch);
    else utf8::append(out, b < 0xA0 ? kCp1252High[b - 0x80] : b);
  }
  return out;
}

}  // namespace

std::string describe_position(std::string_view bytes, size_t offset) {
  size_t line = 1, line_start = 0;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i)
    if (bytes[i] == '\n') ++line, line_start = i + 1;
  return "line " + std::to_string(line) + ", column " + std::to_string(offset - line_start + 1);
}

DeclaredCharset find_declared_charset(std::string_view bytes) {
  const std::string_view s = bytes.substr(0, kScanWindow);
  if (starts_with_ci(s, 0, "<?xml")) {
    const size_t end = s.find("?>");
    const std::string decl = lower_ascii(s.substr(0, end == std::string_view::npos ? s.size() : end));
    const size_t at = decl.find("encoding");
    if (at != std::string::npos) {
      size_t q = decl.find_first_of("\"'", at);
      if (q != std::string::npos) {
        const size_t close = decl.find(decl[q], q + 1);
        if (close != std::string::npos) return {trim(decl.substr(q + 1, close - q - 1)), at};
      }
    }
  }
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 4, "<!--") == 0) {
      const size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    if (starts_with_ci(s, i, "<meta") && i + 5 < s.size() && is_ws(s[i + 5])) {
      std::string charset, http_equiv, content;
      const size_t after = read_attributes(s, i + 5, charset, http_equiv, content);
      if (!charset.empty()) return {charset, i};
      if (http_equiv == "content-type") {
        std::string from_content = charset_from_content(content);
        if (!from_content.empty()) return {from_content, i};
      }
      i = after;
      continue;
    }
    ++i;
  }
  return {};
}

DecodedPage decode_page(std::string_view bytes) {
  DecodedPage out;
  const auto b = [&](size_t i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0; };
  if ((b(0) == 0xFF && b(1) == 0xFE) || (b(0) == 0xFE && b(1) == 0xFF)) {
    const bool le = b(0) == 0xFF;
    size_t bad = 0;
    auto text = decode_utf16(bytes, le, bad);
    if (!text) {
      out.error = std::string("invalid UTF-16 at byte ") + std::to_string(bad) +
                  " (the page starts with a UTF-16 byte order mark)";
      return out;
    }
    out.utf8 = std::move(*text);
    out.encoding = le ? "UTF-16LE" : "UTF-16BE";
  } else {
    // Git's test for binary files: a NUL among the first 8000 bytes.
    const size_t nul = bytes.substr(0, 8000).find('\0');
    if (nul != std::string_view::npos) {
      out.error = "binary data, not a web page (a NUL byte at byte " + std::to_string(nul) + ")";
      return out;
    }
    const bool bom = b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF;
    const std::string_view body = bom ? bytes.substr(3) : bytes;
    const std::optional<size_t> invalid = utf8::find_invalid(body);
    if (!invalid) {
      out.utf8 = std::string(body);
      out.encoding = "UTF-8";
    } else {
      const size_t at = *invalid + (bom ? 3 : 0);
      const DeclaredCharset declared = find_declared_charset(bytes);
      const Family family = bom ? Family::Utf8
                            : declared.label.empty() ? Family::Cp1252
                                                     : family_of(declared.label);
      if (family == Family::Utf8) {
        out.error = "invalid UTF-8 at byte " + std::to_string(at) + " (" +
                    describe_position(bytes, at) + "), in a page that " +
                    (bom ? std::string("starts with a UTF-8 byte order mark")
                         : "declares charset " + declared.label + " (" +
                               describe_position(bytes, declared.offset) + ")");
        return out;
      }
      if (family == Family::Unsupported) {
        out.error = "unsupported character encoding \"" + declared.label + "\" (declared at " +
                    describe_position(bytes, declared.offset) +
                    "); pages in UTF-8, windows-1252 or ISO-8859-1 can be opened, so save the "
                    "page as UTF-8 first";
        return out;
      }
      out.utf8 = decode_cp1252(bytes);
      out.encoding = declared.label.empty() ? "windows-1252 (assumed: the page declares no "
                                              "encoding and is not UTF-8)"
                                            : "windows-1252";
    }
  }
  // Other NULs (a damaged page, or UTF-16 text) become U+FFFD, as browsers show them;
  // libxml2 would stop reading at them.
  for (size_t at = out.utf8.find('\0'); at != std::string::npos; at = out.utf8.find('\0', at))
    out.utf8.replace(at, 1, "\xEF\xBF\xBD");
  return out;
}

}  // namespace core::extract
