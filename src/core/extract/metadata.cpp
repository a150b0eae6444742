// metadata.cpp - see metadata.h. The order of preference between sources follows
// Readability (JSON-LD, then Dublin Core, OpenGraph, Twitter and Parse.ly meta tags).
#include "core/extract/metadata.h"

#include <map>

#include "core/extract/json_ld.h"
#include "core/extract/title.h"
#include "core/utf8.h"

namespace core::extract {
namespace {

// Meta values are sometimes escaped twice ("&amp;#39;"); the parser undid one level.
std::string unescape_entities(const std::string& s) {
  if (s.find('&') == std::string::npos) return s;
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    const size_t semi = s.find(';', i);
    if (semi == std::string::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    const std::string name = s.substr(i + 1, semi - i - 1);
    static const std::map<std::string, const char*> kNamed = {
        {"quot", "\""}, {"amp", "&"}, {"apos", "'"}, {"lt", "<"}, {"gt", ">"}};
    if (auto it = kNamed.find(name); it != kNamed.end()) {
      out += it->second;
    } else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      char* end = nullptr;
      const unsigned long cp = std::strtoul(name.c_str() + (hex ? 2 : 1), &end, hex ? 16 : 10);
      if (!end || *end != '\0' || name.size() == (hex ? 2u : 1u)) {
        out.push_back('&');
        continue;
      }
      utf8::append(out, cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : static_cast<char32_t>(cp));
    } else {
      out.push_back('&');
      continue;
    }
    i = semi;
  }
  return out;
}

bool is_url(const std::string& s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }


// [SECTION] Meta tags

// Readability's property pattern: (article|dc|dcterm|og|twitter):(author|creator|...).
std::string property_key(const std::string& property) {
  static const char* const kPrefixes[] = {"article", "dc", "dcterm", "og", "twitter"};
  static const char* const kNames[] = {"author", "creator", "description", "published_time", "title", "site_name"};
  // A property attribute may list several values separated by spaces: the first that
  // matches wins.
  const std::string lower = lower_ascii(property);
  size_t from = 0;
  while (from < lower.size()) {
    while (from < lower.size() && lower[from] == ' ') ++from;
    size_t end = lower.find(' ', from);
    if (end == std::string::npos) end = lower.size();
    const std::string token = lower.substr(from, end - from);
    const size_t colon = token.find(':');
    if (colon != std::string::npos) {
      const std::string prefix = token.substr(0, colon), name = token.substr(colon + 1);
      for (const char* p : kPrefixes)
        for (const char* n : kNames)
          if (prefix == p && name == n) return token;
    }
    from = end;
  }
  return {};
}

// Readability's name pattern, normalised: "dc.creator" -> "dc:creator".
std::string name_key(const std::string& name) {
  std::string key;
  for (char c : lower_ascii(name))
    if (c != ' ' && c != '\t' && c != '\n') key.push_back(c == '.' ? ':' : c);
  static const char* const kNames[] = {"author", "creator", "pub-date", "description", "title", "site_name"};
  static const char* const kPrefixes[] = {"dc", "dcterm", "og", "twitter", "parsely",
                                          "weibo:article", "weibo:webpage"};
  for (const char* n : kNames) {
    if (key == n) return key;
    for (const char* p : kPrefixes)
      for (const char* sep : {":", "-"})
        if (key == std::string(p) + sep + n) return key;
  }
  return {};
}

}  // namespace

PageMetadata read_metadata(Document& doc) {
  PageMetadata m;
  const std::string html_title = title_from_title_element(doc);
  const JsonLd ld = read_json_ld(doc, html_title);
  std::map<std::string, std::string> values;
  std::string canonical, content_language, itemprop_published;
  for (Node* meta : descendants(doc.root, "meta")) {
    const std::string content = trim(meta->attr("content"));
    if (meta->attr("itemprop") == "datePublished" && !content.empty() && itemprop_published.empty())
      itemprop_published = content;
    if (lower_ascii(meta->attr("http-equiv")) == "content-language" && !content.empty())
      content_language = content;
    if (content.empty()) continue;
    std::string key = property_key(meta->attr("property"));
    if (key.empty() && meta->has("name")) key = name_key(meta->attr("name"));
    if (key.empty()) continue;
    values[key] = content;
    // og:url is not in Readability's patterns; it is kept apart.
  }
  std::string og_url;
  for (Node* meta : descendants(doc.root, "meta"))
    if (lower_ascii(meta->attr("property")) == "og:url") og_url = trim(meta->attr("content"));
  for (Node* link : descendants(doc.root, "link")) {
    const std::string rel = " " + lower_ascii(link->attr("rel")) + " ";
    if (rel.find(" canonical ") != std::string::npos && !trim(link->attr("href")).empty()) {
      canonical = trim(link->attr("href"));
      break;
    }
  }
  auto first_of = [&](std::initializer_list<const char*> keys) -> std::string {
    for (const char* k : keys)
      if (auto it = values.find(k); it != values.end() && !it->second.empty()) return it->second;
    return {};
  };
  m.title = !ld.title.empty() ? ld.title
                              : first_of({"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                                          "weibo:webpage:title", "title", "twitter:title", "parsely-title"});
  if (m.title.empty()) m.title = html_title;
  m.byline = !ld.byline.empty() ? ld.byline
                                : first_of({"dc:creator", "dcterm:creator", "author", "parsely-author"});
  if (m.byline.empty()) {
    const std::string article_author = first_of({"article:author"});
    if (!is_url(article_author)) m.byline = article_author;
  }
  m.site = !ld.site.empty() ? ld.site : first_of({"og:site_name"});
  m.published = !ld.published.empty() ? ld.published
                                      : first_of({"article:published_time", "parsely-pub-date"});
  if (m.published.empty()) m.published = itemprop_published;
  m.url = !canonical.empty() ? canonical : !og_url.empty() ? og_url : ld.url;
  m.title = collapse_spaces(unescape_entities(m.title));
  m.byline = collapse_spaces(unescape_entities(m.byline));
  m.site = collapse_spaces(unescape_entities(m.site));
  m.published = trim(unescape_entities(m.published));
  m.lang = trim(doc.root->attr("lang"));
  if (m.lang.empty()) m.lang = trim(doc.root->attr("xml:lang"));
  if (m.lang.empty()) m.lang = content_language;
  m.dir = lower_ascii(trim(doc.root->attr("dir")));
  if (m.dir.empty())
    if (Node* body = doc.body()) m.dir = lower_ascii(trim(body->attr("dir")));
  return m;
}

}  // namespace core::extract
