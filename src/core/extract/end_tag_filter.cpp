// end_tag_filter.cpp - see end_tag_filter.h. A small tokenizer that reads tags as libxml2
// does (names of letters, digits and ":_.-", lowercased; quoted attribute values; comments;
// raw text in <script> and <style>); everything but dropped end tags is copied unchanged.
#include "core/extract/end_tag_filter.h"

#include <unordered_map>

namespace core::extract {
namespace {

bool is_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c == '.';
}
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_void(const std::string& name) {
  for (const char* v : {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img",
                        "input", "isindex", "link", "meta", "param", "source", "track", "wbr"})
    if (name == v) return true;
  return false;
}

bool always_kept(const std::string& name) {
  return name == "html" || name == "head" || name == "body" || name == "p" || name == "br";
}

// Position after the '>' closing a tag whose attributes start at i (quotes respected).
size_t skip_tag(std::string_view s, size_t i, bool& self_closing) {
  char quote = 0;
  self_closing = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      self_closing = i > 0 && s[i - 1] == '/';
      return i + 1;
    }
  }
  return s.size();
}

size_t find_ci(std::string_view s, std::string_view needle, size_t from) {
  for (size_t i = s.find('<', from); i != std::string_view::npos; i = s.find('<', i + 1)) {
    size_t k = 0;
    while (k < needle.size() && i + k < s.size() && lower(s[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string drop_unmatched_end_tags(std::string_view s, size_t& dropped) {
  std::string out;
  out.reserve(s.size());
  std::unordered_map<std::string, size_t> open;
  dropped = 0;
  size_t copied = 0;  // s[copied, i) is still to be copied
  size_t i = s.find('<');
  std::string name;
  while (i != std::string_view::npos && i + 1 < s.size()) {
    size_t next = i + 1;
    if (s.compare(i, 4, "<!--") == 0) {
      const size_t end = s.find("-->", i + 4);
      next = end == std::string_view::npos ? s.size() : end + 3;
    } else if (s[i + 1] == '!' || s[i + 1] == '?') {
      const size_t end = s.find('>', i);
      next = end == std::string_view::npos ? s.size() : end + 1;
    } else if (is_name_start(s[i + 1])) {
      size_t j = i + 1;
      name.clear();
      while (j < s.size() && is_name_char(s[j])) name.push_back(lower(s[j++]));
      bool self_closing = false;
      next = skip_tag(s, j, self_closing);
      if (!self_closing && !is_void(name)) ++open[name];
      if (!self_closing && (name == "script" || name == "style")) {
        const size_t end = find_ci(s, "</" + name, next);
        next = end == std::string_view::npos ? s.size() : end;
      }
    } else if (s[i + 1] == '/' && i + 2 < s.size() && is_name_start(s[i + 2])) {
      size_t j = i + 2;
      name.clear();
      while (j < s.size() && is_name_char(s[j])) name.push_back(lower(s[j++]));
      const size_t gt = s.find('>', j);
      next = gt == std::string_view::npos ? s.size() : gt + 1;
      auto it = open.find(name);
      if (it != open.end() && it->second > 0) {
        --it->second;
      } else if (!always_kept(name)) {
        out.append(s.substr(copied, i - copied));
        copied = next;
        ++dropped;
      }
    }
    i = next < s.size() ? s.find('<', next) : std::string_view::npos;
  }
  out.append(s.substr(copied));
  return out;
}

}  // namespace core::extract
