// w3c_export.cpp - writes an AnnotationCollection in the W3C Web Annotation Data Model.
// Index:
//   [SECTION] IRIs
//   [SECTION] merging kept properties
//   [SECTION] one annotation
//   [SECTION] the collection
#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_set>

#include "core/json_util.h"
#include "core/selection.h"
#include "core/sha256.h"
#include "core/w3c_format.h"

namespace core {
namespace {

using ojson = nlohmann::ordered_json;

// [SECTION] IRIs

using json_util::encode_iri;
using json_util::has_scheme;

// [SECTION] merging kept properties

// Adds the properties of `kept` (an object) to `o`; a kept value replaces ours in place, so
// e.g. a body's original "format" wins over the default.
void merge(ojson& o, const nlohmann::json& kept) {
  if (!kept.is_object()) return;
  for (auto it = kept.begin(); it != kept.end(); ++it) o[it.key()] = json_util::to_ordered(it.value());
}

const nlohmann::json& kept_part(const nlohmann::json& extra, const char* part) {
  static const nlohmann::json kNull;
  if (!extra.is_object()) return kNull;
  const auto k = extra.find(kKeptKey);
  if (k == extra.end() || !k->is_object()) return kNull;
  const auto p = k->find(part);
  return p == k->end() ? kNull : *p;
}

// Unknown properties of `extra`, sorted, skipping the ones we write ourselves.
void add_extras(ojson& o, const nlohmann::json& extra) {
  if (!extra.is_object()) return;
  for (auto it = extra.begin(); it != extra.end(); ++it) {
    if (it.key() == kKeptKey || o.contains(it.key())) continue;
    o[it.key()] = json_util::to_ordered(it.value());
  }
}

// [SECTION] one annotation

ojson textual_body(const char* purpose, const std::string& value) {
  ojson b = ojson::object();
  b["type"] = "TextualBody";
  b["purpose"] = purpose;
  b["value"] = value;
  return b;
}

ojson link_body(const std::string& link, const nlohmann::json& kept_links) {
  ojson b = ojson::object();
  if (has_scheme(link)) {
    b["type"] = "SpecificResource";
    b["purpose"] = "linking";
    b["source"] = encode_iri(link);
  } else {
    // Not an absolute IRI ("example.org/x"): a SpecificResource source would break the
    // W3C "uri" rule, so it travels as text with the same purpose.
    b = textual_body("linking", link);
  }
  if (kept_links.is_object()) {
    const auto k = kept_links.find(link);
    if (k != kept_links.end()) {
      merge(b, *k);
      // The URL and the purpose are ours: a kept property of the same name must not replace
      // them (it may be left from another way of writing the link).
      b["purpose"] = "linking";
      if (has_scheme(link)) b["source"] = encode_iri(link);
      else b["value"] = link;
    }
  }
  return b;
}

ojson creator_of(const Annotation& a) {
  const nlohmann::json& kept = kept_part(a.extra, "creator");
  if (kept.is_string() && kept.get_ref<const std::string&>() == a.author) return a.author;
  if (a.author.empty() && !kept.is_object()) return nullptr;
  ojson c = ojson::object();
  c["type"] = "Person";
  if (!a.author.empty()) c["name"] = a.author;
  merge(c, kept);
  return c;
}

ojson selectors_of(const Annotation& a, const Article& article) {
  const size_t text_length = article.cps.size();
  // An empty range cannot hold a non-empty quote: the position is unknown (a quote-only
  // item not yet anchored), so none is written rather than a wrong one. Neither is a
  // position past the end of the text (an orphan recorded on a longer version): the file
  // embeds this text and a reader rejects positions beyond it; the quote still travels.
  const size_t end = std::min(a.end, text_length), start = std::min(a.start, end);
  const bool position_known = !(a.start == a.end && !a.exact.empty()) &&
                              (a.end <= text_length || a.exact.empty());

  // A position without a quote gets its quote from the text, as a reader would do.
  Annotation quoted;
  const Annotation* q_src = &a;
  if (a.exact.empty() && start < end) {
    quoted.start = start;
    quoted.end = end;
    fill_selectors(article, quoted);
    q_src = &quoted;
  }

  ojson sel = ojson::array();
  if (!q_src->exact.empty()) {
    ojson q = ojson::object();
    q["type"] = "TextQuoteSelector";
    q["exact"] = q_src->exact;
    if (!q_src->prefix.empty()) q["prefix"] = q_src->prefix;
    if (!q_src->suffix.empty()) q["suffix"] = q_src->suffix;
    merge(q, kept_part(a.extra, "TextQuoteSelector"));
    sel.push_back(std::move(q));
  }
  if (position_known) {
    ojson p = ojson::object();
    p["type"] = "TextPositionSelector";
    p["start"] = start;
    p["end"] = end;
    merge(p, kept_part(a.extra, "TextPositionSelector"));
    sel.push_back(std::move(p));
  }
  const nlohmann::json& more = kept_part(a.extra, "selectors");
  if (more.is_array())
    for (const auto& s : more) sel.push_back(json_util::to_ordered(s));
  return sel;
}

ojson annotation_json(const Annotation& a, const std::string& id, const std::string& source,
                      const Article& article) {
  ojson o = ojson::object();
  o["id"] = id;
  o["type"] = "Annotation";
  // Only real date-times: the W3C model requires them and our reader insists.
  if (json_util::is_date_time(a.created)) o["created"] = a.created;
  if (json_util::is_date_time(a.modified)) o["modified"] = a.modified;
  ojson creator = creator_of(a);
  if (!creator.is_null()) o["creator"] = std::move(creator);

  ojson bodies = ojson::array();
  bodies.push_back(textual_body("tagging", a.category.empty() ? "claim" : a.category));
  merge(bodies.back(), kept_part(a.extra, "tagging"));
  bodies.push_back(textual_body("assessing", to_string(a.verdict)));
  merge(bodies.back(), kept_part(a.extra, "assessing"));
  if (!a.note.empty()) {
    ojson note = textual_body("commenting", a.note);
    note["format"] = "text/plain";
    merge(note, kept_part(a.extra, "commenting"));
    bodies.push_back(std::move(note));
  }
  for (const std::string& link : a.links)
    if (!link.empty()) bodies.push_back(link_body(link, kept_part(a.extra, "linking")));
  const nlohmann::json& more = kept_part(a.extra, "bodies");
  if (more.is_array())
    for (const auto& b : more) bodies.push_back(json_util::to_ordered(b));
  o["body"] = std::move(bodies);

  // Kept but never placed (a page note, XPath only, ...): the target goes back as it came.
  // Once the person places it (a quote appears), it is written like any other.
  const nlohmann::json& unplaced = kept_part(a.extra, "unplaced_target");
  if (!unplaced.is_null() && a.exact.empty() && a.start == a.end) {
    o["target"] = json_util::to_ordered(unplaced);
    add_extras(o, a.extra);
    return o;
  }

  ojson target = ojson::object();
  target["source"] = source;
  target["selector"] = selectors_of(a, article);
  merge(target, kept_part(a.extra, "target"));
  const nlohmann::json& more_targets = kept_part(a.extra, "targets");
  if (more_targets.is_array() && !more_targets.empty()) {
    ojson all = ojson::array();
    all.push_back(std::move(target));
    for (const auto& t : more_targets) all.push_back(json_util::to_ordered(t));
    o["target"] = std::move(all);
  } else {
    o["target"] = std::move(target);
  }

  add_extras(o, a.extra);
  return o;
}

}  // namespace

// [SECTION] the collection

std::string article_source(const Article& a) {
  if (has_scheme(a.url)) return encode_iri(a.url);
  return "urn:sha256:" + article_sha256(a);
}

std::string export_w3c(const Article& a, const std::vector<Annotation>& anns,
                       const ExportOptions& options) {
  const std::string sha = article_sha256(a);
  const std::string source = article_source(a);
  const nlohmann::json& extra = options.extra;

  ojson doc = ojson::object();
  doc["@context"] = "http://www.w3.org/ns/anno.jsonld";
  const auto kept_id = extra.is_object() ? extra.find("id") : extra.end();
  const std::string id = extra.is_object() && kept_id != extra.end() && kept_id->is_string()
                             ? kept_id->get<std::string>()
                             : json_util::uuid_from_name("annotations on urn:sha256:" + sha);
  doc["id"] = id;
  doc["type"] = "AnnotationCollection";
  if (!a.title.empty()) doc["label"] = a.title;
  doc["formatVersion"] = kFormatVersion;
  if (!options.generator.empty()) {
    ojson gen = ojson::object();
    gen["type"] = "Software";
    gen["name"] = options.generator;
    doc["generator"] = std::move(gen);
  }
  doc["total"] = anns.size();

  ojson article = ojson::object();
  article["title"] = a.title;
  if (!a.url.empty()) article["url"] = a.url;
  if (!a.dir.empty()) article["textDirection"] = a.dir;  // a web page's direction, the W3C term
  article["sha256"] = sha;
  if (options.embed_article) article["text"] = a.text;
  merge(article, kept_part(extra, "article"));
  doc["article"] = std::move(article);

  ojson page = ojson::object();
  page["id"] = json_util::uuid_from_name("page 1 of " + id);
  page["type"] = "AnnotationPage";
  page["startIndex"] = 0;
  ojson items = ojson::array();
  // Ids must be unique IRIs for the file to read back: a bare id (or one with spaces or broken
  // UTF-8) gets the urn:uuid the reader would derive from it, a missing or repeated one a urn:uuid derived from its place.
  std::unordered_set<std::string> ids;
  for (size_t i = 0; i < anns.size(); ++i) {
    const Annotation& ann = anns[i];
    std::string ann_id = json_util::is_usable_id(ann.id) ? ann.id
                         : ann.id.empty()
                             ? json_util::uuid_from_name("annotation " + std::to_string(i) + " of " + id)
                             : json_util::uuid_from_name("annotation id " + ann.id);
    for (size_t salt = 0; !ids.insert(ann_id).second; ++salt)  // taken: derive until free
      ann_id = json_util::uuid_from_name("annotation " + std::to_string(i) + " of " + id + " #" +
                                         std::to_string(salt));
    items.push_back(annotation_json(ann, ann_id, source, a));
  }
  page["items"] = std::move(items);
  doc["first"] = std::move(page);

  // "items" and "last" would contradict the single embedded page we just wrote.
  static const std::set<std::string> kNeverKept = {"items", "last"};
  if (extra.is_object())
    for (auto it = extra.begin(); it != extra.end(); ++it)
      if (it.key() != kKeptKey && !doc.contains(it.key()) && !kNeverKept.count(it.key()))
        doc[it.key()] = json_util::to_ordered(it.value());
  return json_util::dump(doc);
}

}  // namespace core
