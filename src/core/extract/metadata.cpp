// metadata.cpp - see metadata.h. The order of preference between sources follows
// Readability (JSON-LD, then Dublin Core, OpenGraph, Twitter and Parse.ly meta tags).
#include "core/extract/metadata.h"

#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/extract/text_chars.h"
#include "core/utf8.h"

namespace core::extract {
namespace {

using nlohmann::json;

// [SECTION] Small string helpers

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    if (const size_t len = space_length(s, i)) {
      space = !out.empty();
      i += len;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(s[i++]);
  }
  return out;
}

size_t word_count(std::string_view s) {
  // JavaScript's str.split(/\s+/).length: words plus empty pieces at the ends.
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

// [SECTION] JSON-LD

struct JsonLd {
  std::string title, byline, site, published, url;
};

std::string json_string(const json& j, const char* key) {
  if (!j.is_object()) return {};
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? trim(it->get<std::string>()) : std::string();
}

bool is_article_type(const json& type) {
  auto one = [](const std::string& t) {
    static const char* const kTypes[] = {"Report", "SocialMediaPosting", "BlogPosting",
                                         "LiveBlogPosting", "DiscussionForumPosting", "APIReference"};
    if (t.size() >= 7 && t.compare(t.size() - 7, 7, "Article") == 0) return true;
    for (const char* k : kTypes)
      if (t.find(k) != std::string::npos) return true;
    return false;
  };
  if (type.is_string()) return one(type.get<std::string>());
  if (type.is_array())
    for (const json& t : type)
      if (t.is_string() && one(t.get<std::string>())) return true;
  return false;
}

bool is_schema_org(const json& context) {
  auto ok = [](const json& v) {
    if (!v.is_string()) return false;
    std::string s = v.get<std::string>();
    if (!s.empty() && s.back() == '/') s.pop_back();
    return s == "http://schema.org" || s == "https://schema.org";
  };
  if (ok(context)) return true;
  if (context.is_object() && context.contains("@vocab")) return ok(context["@vocab"]);
  if (context.is_array())
    for (const json& c : context)
      if (ok(c)) return true;
  return false;
}

std::string names_of(const json& who) {
  if (who.is_string()) return trim(who.get<std::string>());
  if (who.is_object()) return json_string(who, "name");
  std::string out;
  if (who.is_array())
    for (const json& w : who) {
      const std::string name = w.is_string() ? trim(w.get<std::string>()) : json_string(w, "name");
      if (name.empty()) continue;
      if (!out.empty()) out += ", ";
      out += name;
    }
  return out;
}

// The first schema.org article object in a JSON-LD script, if any.
const json* find_article(const json& root) {
  const json* item = &root;
  if (root.is_array()) {
    item = nullptr;
    for (const json& it : root)
      if (it.is_object() && it.contains("@type") && is_article_type(it["@type"])) {
        item = &it;
        break;
      }
    if (!item) return nullptr;
  }
  if (!item->is_object()) return nullptr;
  // In an array, each object may carry its own context, or only the first one does.
  if (item->contains("@context") && !is_schema_org((*item)["@context"])) return nullptr;
  if (!item->contains("@context") && !(root.is_array())) return nullptr;
  if (!item->contains("@type") && item->contains("@graph") && (*item)["@graph"].is_array()) {
    for (const json& it : (*item)["@graph"])
      if (it.is_object() && it.contains("@type") && is_article_type(it["@type"])) return &it;
    return nullptr;
  }
  if (!item->contains("@type") || !is_article_type((*item)["@type"])) return nullptr;
  return item;
}

JsonLd read_json_ld(Document& doc, const std::string& html_title) {
  JsonLd out;
  for (Node* script : descendants(doc.root, "script")) {
    if (trim(lower_ascii(script->attr("type"))) != "application/ld+json") continue;
    std::string content = trim(text_content(script));
    if (content.rfind("<![CDATA[", 0) == 0) content = content.substr(9);
    if (content.size() >= 3 && content.compare(content.size() - 3, 3, "]]>") == 0)
      content.resize(content.size() - 3);
    const json parsed = json::parse(content, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) continue;
    const json* article = find_article(parsed);
    if (!article) continue;
    const std::string name = json_string(*article, "name");
    const std::string headline = json_string(*article, "headline");
    if (!name.empty() && !headline.empty() && name != headline) {
      // Some sites put their own name in "name": take the one that matches <title>.
      const bool name_matches = text_similarity(name, html_title) > 0.75;
      const bool headline_matches = text_similarity(headline, html_title) > 0.75;
      out.title = headline_matches && !name_matches ? headline : name;
    } else {
      out.title = !name.empty() ? name : headline;
    }
    if (article->contains("author")) out.byline = names_of((*article)["author"]);
    if (article->contains("publisher")) out.site = json_string((*article)["publisher"], "name");
    out.published = json_string(*article, "datePublished");
    out.url = json_string(*article, "url");
    break;
  }
  return out;
}

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

double text_similarity(const std::string& a, const std::string& b) {
  auto tokens = [](const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : lower_ascii(s)) {
      const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
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
