// hints.cpp - see hints.h.
#include "core/extract/hints.h"

#include <initializer_list>
#include <string>

namespace core::extract {
namespace {

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
  const std::string lower = lower_ascii(text);
  for (std::string_view w : words)
    if (lower.find(w) != std::string::npos) return true;
  return false;
}

bool is_word_char(char c) {  // as JavaScript's \w: ASCII only
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// `word` found with a word boundary or an underscore on each side (Readability's
// /(\b|_)(share|sharedaddy)(\b|_)/i).
bool contains_word(std::string_view text, std::string_view word) {
  const std::string lower = lower_ascii(text);
  for (size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
    const size_t end = at + word.size();
    const bool left = at == 0 || !is_word_char(lower[at - 1]) || lower[at - 1] == '_';
    const bool right = end == lower.size() || !is_word_char(lower[end]) || lower[end] == '_';
    if (left && right) return true;
  }
  return false;
}

// " hid " as a class word (Readability: ^hid$| hid$| hid |^hid ).
bool has_hid_word(std::string_view s) {
  const std::string lower = " " + lower_ascii(s) + " ";
  return lower.find(" hid ") != std::string::npos;
}

// The value of one property in an inline style attribute, lowercased and trimmed.
std::string style_value(std::string_view style, std::string_view property) {
  const std::string lower = lower_ascii(style);
  size_t from = 0;
  while (from < lower.size()) {
    size_t end = lower.find(';', from);
    if (end == std::string::npos) end = lower.size();
    const std::string_view decl(lower.data() + from, end - from);
    const size_t colon = decl.find(':');
    if (colon != std::string_view::npos && trim(decl.substr(0, colon)) == property) {
      std::string value = trim(decl.substr(colon + 1));
      const size_t important = value.find("!important");
      if (important != std::string::npos) value = trim(value.substr(0, important));
      return value;
    }
    from = end + 1;
  }
  return {};
}

}  // namespace

bool unlikely_candidate(std::string_view m) {
  return contains_any(m, {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
                          "community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
                          "header", "legends", "menu", "related", "remark", "replies", "rss",
                          "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
                          "supplemental", "yom-remote"});
}

bool maybe_candidate(std::string_view m) {
  return contains_any(m, {"and", "article", "body", "column", "content", "main", "mathjax", "shadow"});
}

bool positive_hint(std::string_view s) {
  return contains_any(s, {"article", "body", "content", "entry", "hentry", "h-entry", "main",
                          "page", "pagination", "post", "text", "blog", "story"});
}

bool negative_hint(std::string_view s) {
  return has_hid_word(s) ||
         contains_any(s, {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
                          "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo",
                          "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
                          "sponsor", "shopping", "tags", "widget"});
}

bool byline_hint(std::string_view m) {
  return contains_any(m, {"byline", "author", "dateline", "writtenby", "p-author"});
}

bool share_hint(std::string_view m) { return contains_word(m, "share") || contains_word(m, "sharedaddy"); }

bool notice_hint(std::string_view m) {
  return contains_any(m, {"cookie", "consent", "newsletter", "signup", "sign-up", "subscribe",
                          "paywall", "onetrust", "didomi"});
}

bool unlikely_role(std::string_view role) {
  for (std::string_view r : {"menu", "menubar", "complementary", "navigation", "alert",
                             "alertdialog", "dialog"})
    if (role == r) return true;
  return false;
}

bool video_url(std::string_view value) {
  return contains_any(value, {"//www.youtube.com", "//youtube.com", "//www.youtube-nocookie.com",
                              "//player.vimeo.com", "//v.qq.com", "//archive.org",
                              "//upload.wikimedia.org", "//player.twitch.tv", "//www.dailymotion.com",
                              "//player.bilibili.com", "//live.bilibili.com"});
}

bool ad_or_loading_label(std::string_view text) {
  if (text.size() > 40) return false;
  std::string t = lower_ascii(text);
  for (const char* ellipsis : {"\xE2\x80\xA6", "..."})
    if (t.size() > 3 && t.compare(t.size() - std::string_view(ellipsis).size(), std::string::npos, ellipsis) == 0) {
      const std::string stem = t.substr(0, t.size() - std::string_view(ellipsis).size());
      for (const char* w : {"loading", "\xE6\xAD\xA3\xE5\x9C\xA8\xE5\x8A\xA0\xE8\xBD\xBD", "chargement", "cargando"})
        if (stem == w) return true;
    }
  for (const char* w : {"ad", "advertising", "advertisement", "pub", "publicit\xC3\xA9", "werb", "werbung",
                        "anzeige", "\xE5\xB9\xBF\xE5\x91\x8A", "anuncio", "loading", "chargement",
                        "cargando"})
    if (t == w) return true;
  return false;
}

bool probably_visible(const Node* n) {
  if (n->is_text) return true;
  const std::string& style = n->attr("style");
  if (!style.empty()) {
    if (style_value(style, "display") == "none") return false;
    if (style_value(style, "visibility") == "hidden") return false;
  }
  if (n->has("hidden")) return false;
  if (n->attr("aria-hidden") == "true" && n->attr("class").find("fallback-image") == std::string::npos)
    return false;
  return true;
}

std::string match_string(const Node* n) { return n->attr("class") + " " + n->attr("id"); }

}  // namespace core::extract
