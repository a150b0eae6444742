// title.cpp - see title.h.
#include "core/extract/title.h"

#include <vector>

#include "core/extract/text_chars.h"

namespace core::extract {

size_t word_count(std::string_view s) {
  size_t count = 1;
  for (size_t i = 0; i < s.size();) {
    if (const size_t len = space_length(s, i)) {
      ++count;
      i += len;
      while (i < s.size() && space_length(s, i)) i += space_length(s, i);
    } else {
      ++i;
    }
  }
  return count;
}

double text_similarity(const std::string& a, const std::string& b) {
  auto tokens = [](const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : lower_ascii(s)) {
      // Letters of every script are word characters (Readability's \W would split an
      // Arabic or Russian headline into nothing, and never see it repeated as the <h1>).
      const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                        static_cast<unsigned char>(c) >= 0x80;
      if (word) cur.push_back(c);
      else if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
  };
  const std::vector<std::string> ta = tokens(a), tb = tokens(b);
  if (ta.empty() || tb.empty()) return 0;
  size_t unique_len = 0, total_len = 0;
  bool first_unique = true;
  for (size_t i = 0; i < tb.size(); ++i) {
    total_len += tb[i].size() + (i ? 1 : 0);
    bool in_a = false;
    for (const std::string& t : ta) in_a = in_a || t == tb[i];
    if (!in_a) {
      unique_len += tb[i].size() + (first_unique ? 0 : 1);
      first_unique = false;
    }
  }
  return 1.0 - static_cast<double>(unique_len) / static_cast<double>(total_len);
}

std::string title_from_title_element(Document& doc) {
  Node* title_el = nullptr;
  for (Node* t : descendants(doc.root, "title"))
    if (!has_ancestor(t, "svg", -1)) {
      title_el = t;
      break;
    }
  const std::string orig = title_el ? trim(text_content(title_el)) : std::string();
  std::string cur = orig;
  bool hierarchical = false;
  // Separators as Readability knows them: | - – — \ / > »
  static const char* const kSeps[] = {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "\\", "/", ">", "\xC2\xBB"};
  auto find_sep = [&](const std::string& s, bool last, size_t& sep_len) -> size_t {
    size_t best = std::string::npos;
    for (const char* sep : kSeps) {
      const std::string pattern = std::string(" ") + sep + " ";
      const size_t at = last ? s.rfind(pattern) : s.find(pattern);
      if (at == std::string::npos) continue;
      if (best == std::string::npos || (last ? at > best : at < best)) {
        best = at;
        sep_len = pattern.size();
      }
    }
    return best;
  };
  size_t sep_len = 0;
  if (find_sep(cur, true, sep_len) != std::string::npos) {
    for (const char* sep : {"\\", "/", ">", "\xC2\xBB"})
      hierarchical = hierarchical || cur.find(std::string(" ") + sep + " ") != std::string::npos;
    const size_t last = find_sep(orig, true, sep_len);
    cur = orig.substr(0, last);
    if (word_count(cur) < 3) {
      const size_t first = find_sep(orig, false, sep_len);
      cur = orig.substr(first + sep_len - 1);
    }
  } else if (cur.find(": ") != std::string::npos) {
    bool heading_matches = false;
    for (Node* h : descendants(doc.root, {"h1", "h2"}))
      heading_matches = heading_matches || trim(text_content(h)) == cur;
    if (!heading_matches) {
      cur = orig.substr(orig.rfind(':') + 1);
      if (word_count(cur) < 3) cur = orig.substr(orig.find(':') + 1);
      else if (word_count(orig.substr(0, orig.find(':'))) > 5) cur = orig;
    }
  } else if (char_count(cur) > 150 || char_count(cur) < 15) {
    const std::vector<Node*> h1s = descendants(doc.root, "h1");
    if (h1s.size() == 1) cur = inner_text(h1s[0]);
  }
  cur = collapse_spaces(trim(cur));
  const size_t words = word_count(cur);
  if (words <= 4) {
    std::string no_seps;
    for (char c : orig)
      if (c != '|' && c != '-' && c != '\\' && c != '/' && c != '>') no_seps.push_back(c);
    if (!hierarchical || words != word_count(no_seps) - 1) cur = orig;
  }
  return cur;
}

std::string strip_site_name(const std::string& title, const std::string& site, const std::string& url) {
  static const char* const kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
                                      " \xC2\xB7 ", " \xE2\x80\xA2 ", " / ", " \\ ", " \xC2\xBB ", ": "};
  auto norm = [](const std::string& s) {
    std::string out;
    for (char c : lower_ascii(s))
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) out.push_back(c);
    return out;
  };
  // The site's own label in the URL's host: "www.bbc.co.uk" -> "bbc".
  std::string host_label;
  if (const size_t scheme = url.find("://"); scheme != std::string::npos) {
    std::string host = lower_ascii(url.substr(scheme + 3));
    host = host.substr(0, host.find_first_of("/:?#"));
    std::vector<std::string> labels;
    for (size_t from = 0; from < host.size();) {
      size_t dot = host.find('.', from);
      if (dot == std::string::npos) dot = host.size();
      labels.push_back(host.substr(from, dot - from));
      from = dot + 1;
    }
    if (labels.size() >= 2) labels.pop_back();  // the top-level domain
    static const char* const kSecondLevel[] = {"co", "com", "org", "net", "gov", "ac", "edu"};
    if (labels.size() >= 2)
      for (const char* sl : kSecondLevel)
        if (labels.back() == sl) {
          labels.pop_back();
          break;
        }
    if (!labels.empty()) host_label = labels.back();
  }
  // A part names the site when it is the site's name, or a short phrase (three words at
  // most: "BBC News") holding the host's own label.
  auto names_site = [&](const std::string& part) {
    const std::string p = norm(part);
    if (p.empty()) return false;
    if (!site.empty() && p == norm(site)) return true;
    return host_label.size() >= 3 && word_count(trim(part)) <= 3 &&
           (p.find(host_label) != std::string::npos || (p.size() >= 3 && host_label.find(p) != std::string::npos));
  };
  std::string t = trim(title);
  for (const char* sep : kSeps) {
    const std::string s(sep);
    const size_t last = t.rfind(s);
    if (last != std::string::npos && last > 0) {
      const std::string tail = t.substr(last + s.size());
      if (names_site(tail) || (s == " | " && site.empty() && host_label.empty() && word_count(tail) <= 4 &&
                               word_count(t.substr(0, last)) >= 3)) {
        t = trim(t.substr(0, last));
        break;
      }
    }
    const size_t first = t.find(s);
    if (first != std::string::npos && s != ": " && names_site(t.substr(0, first)) &&
        word_count(t.substr(first + s.size())) >= 2) {
      t = trim(t.substr(first + s.size()));
      break;
    }
  }
  return t.empty() ? trim(title) : t;
}

}  // namespace core::extract
