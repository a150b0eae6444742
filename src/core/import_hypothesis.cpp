// import_hypothesis.cpp - see import_hypothesis.h. The shapes come from Hypothesis's API
// reference (docs/_extra/api-reference/schemas/annotation.yaml in hypothesis/h) and its
// JSON-LD presenter; tests/data/hypothesis_*.json are written from them.
#include "core/import_hypothesis.h"

#include <algorithm>
#include <map>

#include "core/json_util.h"

namespace core::hypothesis {
namespace {

using json = nlohmann::json;

std::string field(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

const std::string* string_at(const json& obj, const char* key) {
  const auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
}

// Hypothesis's client writes a RangeSelector of its own (startContainer/startOffset...), not
// the W3C one; h's JSON-LD presenter rewrites it, and so do we, the same way:
// one element -> an XPathSelector refined by a TextPositionSelector; two -> a RangeSelector of
// two such XPathSelectors.
json convert_range_selector(const json& s) {
  const std::string* type = s.is_object() ? string_at(s, "type") : nullptr;
  const bool legacy = type && *type == "RangeSelector" &&
                      s.contains("startContainer") && s.contains("startOffset") &&
                      s.contains("endContainer") && s.contains("endOffset");
  if (!legacy) return s;
  auto point = [](const json& container, const json& offset) {
    return json{{"type", "XPathSelector"},
                {"value", container},
                {"refinedBy", {{"type", "TextPositionSelector"}, {"start", offset}, {"end", offset}}}};
  };
  if (s["startContainer"] == s["endContainer"])
    return json{{"type", "XPathSelector"},
                {"value", s["startContainer"]},
                {"refinedBy",
                 {{"type", "TextPositionSelector"}, {"start", s["startOffset"]}, {"end", s["endOffset"]}}}};
  return json{{"type", "RangeSelector"},
              {"startSelector", point(s["startContainer"], s["startOffset"])},
              {"endSelector", point(s["endContainer"], s["endOffset"])}};
}

json convert_target(const json& target, const std::string* uri) {
  json out = target.is_array() ? target : json::array({target});
  for (json& t : out) {
    if (!t.is_object()) continue;
    if (!t.contains("source") && uri) t["source"] = *uri;
    if (const auto sel = t.find("selector"); sel != t.end() && sel->is_array())
      for (json& s : *sel) s = convert_range_selector(s);
  }
  return out;
}

}  // namespace

bool looks_like_annotation(const json& j) {
  if (!j.is_object() || !j.contains("target")) return false;
  for (const char* w3c : {"@context", "type", "body", "bodyValue"})
    if (j.contains(w3c)) return false;
  return j.contains("uri") || j.contains("user") || j.contains("text") || j.contains("tags");
}

std::vector<std::string> listing_keys(const json& doc) {
  if (!doc.is_object() || doc.contains("type") || doc.contains("@context")) return {};
  if (doc.contains("rows") && doc["rows"].is_array()) {
    if (doc.contains("replies") && doc["replies"].is_array()) return {"rows", "replies"};
    return {"rows"};
  }
  if (doc.contains("annotations") && doc["annotations"].is_array() &&
      (doc.contains("export_userid") || doc.contains("client_version") || doc.contains("export_date")))
    return {"annotations"};
  return {};
}

json to_w3c(const json& h, const std::string& path, const Fail& fail) {
  auto want = [&](const char* key, bool (json::*is)() const noexcept, const char* what) {
    const auto it = h.find(key);
    if (it != h.end() && !((*it).*is)()) fail(field(path, key), std::string("expected ") + what);
  };
  want("id", &json::is_string, "a string");
  want("user", &json::is_string, "a string");
  want("uri", &json::is_string, "a string");
  want("text", &json::is_string, "a string");
  want("tags", &json::is_array, "an array of strings");
  want("links", &json::is_object, "an object");
  want("user_info", &json::is_object, "an object");
  if (const auto tags = h.find("tags"); tags != h.end() && tags->is_array())
    for (size_t i = 0; i < tags->size(); ++i)
      if (!(*tags)[i].is_string()) fail(field(path, "tags") + "[" + std::to_string(i) + "]", "expected a string");
  for (const char* key : {"created", "updated"})
    if (const std::string* d = string_at(h, key); d && !json_util::is_date_time(*d))
      fail(field(path, key), "expected a date-time like 2026-11-26T22:31:09Z, found \"" + d->substr(0, 80) + "\"");
    else if (h.contains(key) && !h[key].is_string())
      fail(field(path, key), "expected a string");

  json out = json::object();
  out["type"] = "Annotation";
  // The W3C id h gives an annotation is its "html" link (https://hypothes.is/a/ID); a bare
  // id gets the urn:uuid the reader derives from it.
  const json* links = h.contains("links") && h["links"].is_object() ? &h["links"] : nullptr;
  if (const std::string* html = links ? string_at(*links, "html") : nullptr; html && json_util::is_usable_id(*html))
    out["id"] = *html;
  else if (const std::string* id = string_at(h, "id"))
    out["id"] = *id;
  if (const std::string* c = string_at(h, "created")) out["created"] = *c;
  if (const std::string* u = string_at(h, "updated")) out["modified"] = *u;
  if (const std::string* user = string_at(h, "user")) {
    const json* info = h.contains("user_info") && h["user_info"].is_object() ? &h["user_info"] : nullptr;
    const std::string* name = info ? string_at(*info, "display_name") : nullptr;
    if (name && !name->empty()) out["creator"] = {{"type", "Person"}, {"id", *user}, {"name", *name}};
    else out["creator"] = *user;
  }
  json body = json::array();
  const std::string* text = string_at(h, "text");
  body.push_back({{"type", "TextualBody"}, {"value", text ? *text : ""}, {"format", "text/markdown"}});
  if (const auto tags = h.find("tags"); tags != h.end() && tags->is_array())
    for (const json& tag : *tags)
      if (tag.is_string()) body.push_back({{"type", "TextualBody"}, {"value", tag}, {"purpose", "tagging"}});
  out["body"] = std::move(body);

  const std::string* uri = string_at(h, "uri");
  if (const auto t = h.find("target"); t != h.end()) out["target"] = convert_target(*t, uri);
  else if (uri) out["target"] = json::array({{{"source", *uri}}});

  // Everything else (group, permissions, document, links, flagged, hidden, references, ...)
  // is kept with the annotation and written again.
  static const char* kUsed[] = {"id", "created", "updated", "user", "text", "tags", "target"};
  for (auto it = h.begin(); it != h.end(); ++it) {
    if (std::find(std::begin(kUsed), std::end(kUsed), it.key()) != std::end(kUsed)) continue;
    if (it.key() == "uri" && uri && out.contains("target") && out["target"].is_array() &&
        !out["target"].empty() && out["target"][0].is_object()) {
      const std::string* source = string_at(out["target"][0], "source");
      if (source && *source == *uri) continue;  // the same as the target's source
    }
    out[it.key()] = it.value();
  }
  return out;
}

std::vector<bool> fold_replies(const std::vector<json>& originals, std::vector<json>& items,
                               const std::vector<std::string>& paths,
                               std::vector<std::string>& notices) {
  std::vector<bool> folded(items.size(), false);
  std::map<std::string, size_t> by_id;
  for (size_t i = 0; i < originals.size(); ++i)
    if (const std::string* id = string_at(originals[i], "id")) by_id.emplace(*id, i);
  // Oldest reply first, so the note reads as the thread did.
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  // (Every field is read through string_at: a field of the wrong type was reported already,
  // and must not throw here.)
  auto text_of = [](const json& h, const char* key) {
    const std::string* s = string_at(h, key);
    return s ? *s : std::string();
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return text_of(originals[a], "created") < text_of(originals[b], "created");
  });
  for (size_t i : order) {
    const json& h = originals[i];
    const auto refs = h.find("references");
    if (refs == h.end() || !refs->is_array() || refs->empty() || !(*refs)[0].is_string()) continue;
    const auto root = by_id.find((*refs)[0].get<std::string>());
    if (root == by_id.end() || root->second == i) continue;
    const json& root_h = originals[root->second];
    if (root_h.contains("references") && root_h["references"].is_array() && !root_h["references"].empty())
      continue;  // the named root is itself a reply: leave the thread as it is
    json& target = items[root->second];
    std::string who = string_at(h, "user") ? text_of(h, "user") : "someone";
    if (h.contains("user_info") && h["user_info"].is_object()) {
      const std::string* name = string_at(h["user_info"], "display_name");
      if (name && !name->empty()) who = *name;
    }
    const std::string when = text_of(h, "created").substr(0, 10);
    json& note = target["body"][0]["value"];
    std::string added = note.is_string() ? note.get<std::string>() : std::string();
    if (!added.empty()) added += "\n\n";
    added += "Reply from " + who + (when.empty() ? "" : " (" + when + ")") + ":\n" + text_of(h, "text");
    note = added;
    target["replies"].push_back(h);
    folded[i] = true;
    notices.push_back(paths[i] + ": a reply to " + paths[root->second] +
                      "; its text is added to that annotation's note (the reply is kept under \"replies\")");
  }
  return folded;
}

}  // namespace core::hypothesis
