// json_ld.cpp - see json_ld.h. Follows Readability's _getJSONLD, a little more tolerant:
// @type may be a list, an author a plain string, the context a list.
#include "core/extract/json_ld.h"

#include <nlohmann/json.hpp>

#include "core/extract/title.h"

namespace core::extract {
namespace {

using nlohmann::json;

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

}  // namespace

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

}  // namespace core::extract
