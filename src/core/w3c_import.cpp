// w3c_import.cpp - reads W3C Web Annotation JSON (ours and other tools') into annotations.
// Every problem is reported with the JSON path of the item and field; nothing is returned
// unless the whole file is good. Index:
//   [SECTION] paths, errors and checked access
//   [SECTION] raw bytes: size, UTF-8, nesting, syntax
//   [SECTION] bodies
//   [SECTION] targets and selectors
//   [SECTION] one annotation
//   [SECTION] the collection
//   [SECTION] entry point
#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <set>

#include "core/import_hypothesis.h"
#include "core/json_stream.h"
#include "core/json_util.h"
#include "core/selection.h"
#include "core/sha256.h"
#include "core/tag_meaning.h"
#include "core/utf8.h"
#include "core/w3c_format.h"

namespace core {
namespace {

using json = nlohmann::json;

// [SECTION] paths, errors and checked access

std::string field(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}
std::string element(const std::string& path, size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

// A value from the file, cut to a readable length for a message (a whole code point kept).
std::string shorten(std::string_view s, size_t max_bytes = 80) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "...";
}

struct Reader {
  std::vector<std::string> errors;
  size_t dropped = 0;                 // errors beyond kMaxReportedErrors
  std::optional<Article> article;     // embedded text: range checks and quotes
  std::string first_source;
  size_t without_position = 0;
  size_t unplaced = 0;
  std::vector<std::string> notices;

  void fail(const std::string& where, const std::string& what) {
    if (errors.size() >= kMaxReportedErrors) {
      ++dropped;
      return;
    }
    errors.push_back(where.empty() ? what : where + ": " + what);
  }

  // A string property: nullptr when absent; an error (and nullptr) when of another type.
  const std::string* opt_string(const json& obj, const char* key, const std::string& path) {
    const auto it = obj.find(key);
    if (it == obj.end()) return nullptr;
    if (!it->is_string()) {
      fail(field(path, key), "expected a string");
      return nullptr;
    }
    return &it->get_ref<const std::string&>();
  }

  const std::string* req_string(const json& obj, const char* key, const std::string& path) {
    if (!obj.contains(key)) {
      fail(field(path, key), "missing");
      return nullptr;
    }
    return opt_string(obj, key, path);
  }

  std::optional<size_t> req_position(const json& obj, const char* key, const std::string& path) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
      fail(field(path, key), "missing");
      return std::nullopt;
    }
    uint64_t v = 0;
    if (it->is_number_unsigned()) {
      v = it->get<uint64_t>();
    } else if (it->is_number_integer() && it->get<int64_t>() >= 0) {
      v = static_cast<uint64_t>(it->get<int64_t>());
    } else {
      fail(field(path, key), "expected a non-negative integer");
      return std::nullopt;
    }
    // Checked as 64 bits before it becomes a size_t: on wasm32 size_t has 32, and
    // 4294967301 would silently read as 5.
    if (v > kMaxPosition) {
      fail(field(path, key), std::to_string(v) + " is too large (positions go up to " +
                                 std::to_string(kMaxPosition) + ")");
      return std::nullopt;
    }
    return static_cast<size_t>(v);
  }
};

// "type" may be a string or an array of strings.
bool has_type(const json& obj, std::string_view type) {
  const auto it = obj.find("type");
  if (it == obj.end()) return false;
  if (it->is_string()) return it->get_ref<const std::string&>() == type;
  if (it->is_array())
    for (const auto& t : *it)
      if (t.is_string() && t.get_ref<const std::string&>() == type) return true;
  return false;
}

// A present "@context" must name the W3C annotation vocabulary (alone or in a list); under
// another context the same keys mean other things. Absent is fine: API output has none.
void check_context(const json& obj, const std::string& path, Reader& r) {
  const auto c = obj.find("@context");
  if (c == obj.end()) return;
  auto is_anno = [](const json& v) {
    return v.is_string() && (v == "http://www.w3.org/ns/anno.jsonld" || v == "https://www.w3.org/ns/anno.jsonld");
  };
  if (is_anno(*c)) return;
  if (c->is_array())
    for (const json& v : *c)
      if (is_anno(v)) return;
  const std::string found = c->is_string() ? "\"" + shorten(c->get_ref<const std::string&>()) + "\" does not include"
                            : c->is_array() ? "an array without"
                            : c->is_object() ? "an object without"
                                             : std::string(json_util::type_name(*c)) + ", not";
  r.fail(field(path, "@context"), found + " http://www.w3.org/ns/anno.jsonld; the file's terms may mean something else");
}

// Properties of `obj` other than `known`. Our reserved key is never taken from a file: its
// content would be merged into what we write.
// (string_view: runs for every key of every item, and comparing with a char* measures it.)
// Null when nothing is left (most bodies and selectors): no empty object is allocated.
json rest_of(const json& obj, std::initializer_list<std::string_view> known) {
  json out;
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    const std::string_view key = it.key();
    bool is_known = key == kKeptKey;
    for (std::string_view k : known) is_known = is_known || key == k;
    if (!is_known) out[it.key()] = it.value();
  }
  return out;
}

// Drops "type" from kept properties when it says what the writer writes anyway.
void drop_default_type(json& props, std::string_view written) {
  const auto it = props.find("type");
  if (it != props.end() && it->is_string() && it->get_ref<const std::string&>() == written)
    props.erase(it);
}

void keep(json& kept, const char* part, json props) {
  if (!props.empty()) kept[part] = std::move(props);
}

// [SECTION] raw bytes: size, UTF-8, nesting, syntax

std::string line_column(std::string_view bytes, size_t offset) {
  offset = std::min(offset, bytes.size());
  size_t line = 1, line_start = 0;
  for (size_t i = 0; i < offset; ++i)
    if (bytes[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  const size_t column = utf8::count_code_points(bytes.substr(line_start, offset - line_start)) + 1;
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Byte offset where brackets nest deeper than kMaxJsonDepth (outside strings), if anywhere.
// Checked before parsing so that no recursive step later can run out of stack.
std::optional<size_t> too_deep(std::string_view s) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

// nlohmann's parse error as a message with the line and column.
void report_syntax_error(std::string_view bytes, const json_stream::Error& e, Reader& r) {
  std::string detail = e.what;
  const size_t col = detail.find("column ");
  const size_t colon = col == std::string::npos ? col : detail.find(": ", col);
  if (colon != std::string::npos) detail = detail.substr(colon + 2);
  if (detail.rfind("syntax error ", 0) == 0) detail = detail.substr(13);
  detail = shorten(detail, 240);  // "last read" can be a whole unterminated string
  const size_t offset = e.byte > 0 ? e.byte - 1 : 0;
  r.fail(line_column(bytes, offset), "JSON syntax error " + detail);
}

// [SECTION] bodies

struct BodyState {
  bool category = false, verdict = false, note = false;
};

bool is_textual(const json& b) {
  const auto v = b.find("value");
  return v != b.end() && v->is_string() && (!b.contains("type") || has_type(b, "TextualBody"));
}
bool has_purpose(const json& b, const char* purpose) {
  const auto p = b.find("purpose");
  return p != b.end() && p->is_string() && p->get_ref<const std::string&>() == purpose;
}

// Which tagging bodies give the category and the verdict. A file that has an assessing body
// (ours always does) says the verdict there, and its first tag is the category, whatever the
// word. Without one (Hypothesis, Recogito, ...) tags are read through the tag table: a verdict
// tag gives the verdict (and stays a tag), the first category tag the category, else the
// first other tag.
struct TagPlan {
  std::optional<size_t> category_at, verdict_at;
  std::string category;        // the category name to use (may differ from the tag's word)
  Verdict verdict = Verdict::Unverified;
};

TagPlan plan_tags(const json& body) {
  TagPlan plan;
  std::vector<std::pair<size_t, const std::string*>> tags;
  bool assessing = false;
  auto look = [&](const json& b, size_t i) {
    if (!b.is_object() || !is_textual(b)) return;
    if (has_purpose(b, "assessing")) assessing = true;
    if (has_purpose(b, "tagging")) tags.emplace_back(i, &b["value"].get_ref<const std::string&>());
  };
  if (body.is_array()) {
    for (size_t i = 0; i < body.size(); ++i) look(body[i], i);
  } else {
    look(body, 0);
  }
  if (tags.empty()) return plan;
  if (assessing) {
    plan.category_at = tags[0].first;
    plan.category = *tags[0].second;
    return plan;
  }
  std::optional<size_t> first_other;
  for (const auto& [i, word] : tags) {
    const TagMeaning m = tag_meaning(*word);
    if (m.verdict && !plan.verdict_at) {
      plan.verdict_at = i;
      plan.verdict = *m.verdict;
    } else if (m.category && !plan.category_at) {
      plan.category_at = i;
      plan.category = *m.category;
    } else if (!m.verdict && !m.category && !first_other) {
      first_other = i;
    }
  }
  if (!plan.category_at && first_other) {
    plan.category_at = first_other;
    for (const auto& [i, word] : tags)
      if (i == *first_other) plan.category = *word;
  }
  return plan;
}

std::string verdict_list() {
  std::string out;
  for (Verdict v : all_verdicts()) out += std::string(out.empty() ? "" : ", ") + to_string(v);
  return out;
}

void read_body(const json& b, size_t index, const TagPlan& plan, const std::string& path,
               Annotation& a, json& kept, BodyState& seen, Reader& r) {
  if (b.is_string()) {  // an external body named by its IRI: kept as it is
    kept["bodies"].push_back(b);
    return;
  }
  if (!b.is_object()) {
    r.fail(path, "expected an object or a string");
    return;
  }
  std::string purpose;
  if (const auto p = b.find("purpose"); p != b.end()) {
    if (p->is_string()) purpose = p->get<std::string>();
    else if (!p->is_array()) r.fail(field(path, "purpose"), "expected a string");
  }
  const auto t = b.find("type");
  if (t != b.end() && !t->is_string() && !t->is_array()) r.fail(field(path, "type"), "expected a string");
  const std::string* value = r.opt_string(b, "value", path);
  const bool textual = value != nullptr && (t == b.end() || has_type(b, "TextualBody"));

  if (purpose == "tagging" && textual && plan.verdict_at == index) {
    a.verdict = plan.verdict;  // a tag from the table: the verdict, and the tag stays a tag
    kept["bodies"].push_back(b);
  } else if (purpose == "tagging" && textual && plan.category_at == index) {
    if (value->empty()) r.fail(field(path, "value"), "expected a category name, found an empty string");
    a.category = plan.category;
    seen.category = true;
    if (plan.category != *value) {
      kept["bodies"].push_back(b);  // "Stats" read as statistic: the tag itself is written back too
    } else {
      json props = rest_of(b, {"purpose", "value"});
      drop_default_type(props, "TextualBody");
      keep(kept, "tagging", std::move(props));
    }
  } else if (purpose == "assessing" && textual && !seen.verdict) {
    const auto v = verdict_from_string(*value);
    if (!v) r.fail(field(path, "value"), "unknown verdict \"" + shorten(*value) + "\", expected one of " + verdict_list());
    a.verdict = v.value_or(Verdict::Unverified);
    seen.verdict = true;
    json props = rest_of(b, {"purpose", "value"});
    drop_default_type(props, "TextualBody");
    keep(kept, "assessing", std::move(props));
  } else if ((purpose == "commenting" || !b.contains("purpose")) && textual && !value->empty() &&
             !seen.note) {
    a.note = *value;
    seen.note = true;
    json props = rest_of(b, {"purpose", "value"});
    drop_default_type(props, "TextualBody");
    if (const auto f = props.find("format"); f != props.end() && *f == "text/plain") props.erase(f);
    keep(kept, "commenting", std::move(props));
  } else if (purpose == "linking" && (value || (b.contains("source") && b["source"].is_string()) ||
                                      (b.contains("id") && b["id"].is_string()))) {
    // A SpecificResource with a source (what we write), an external resource with an id, or
    // the URL as text.
    const char* used = b.contains("source") && b["source"].is_string() ? "source"
                       : value                                       ? "value"
                                                                     : "id";
    const std::string url = b[used].get<std::string>();
    if (url.empty()) r.fail(field(path, used), "expected a URL, found an empty string");
    a.links.push_back(url);
    json props = rest_of(b, {"purpose", used});
    drop_default_type(props, json_util::has_scheme(url) ? "SpecificResource" : "TextualBody");
    if (!props.empty()) kept["linking"][url] = std::move(props);
  } else {
    kept["bodies"].push_back(b);  // another tool's body (a reply, an image, a 2nd tag): kept
  }
}

// [SECTION] targets and selectors

struct Placement {
  bool quote = false, position = false;
  std::vector<std::string> other_types;  // selectors we keep but cannot place by
  std::string unplaced;  // why no selector of ours says where the text is; empty when placed
};

void read_selector(const json& s, const std::string& path, Annotation& a, json& kept, Placement& got,
                   Reader& r) {
  if (!s.is_object()) {
    r.fail(path, "expected an object");
    return;
  }
  const std::string* type = r.req_string(s, "type", path);
  if (!type) return;
  if (*type == "TextQuoteSelector" && !got.quote) {
    got.quote = true;
    if (const std::string* exact = r.req_string(s, "exact", path)) a.exact = *exact;
    if (const std::string* prefix = r.opt_string(s, "prefix", path)) a.prefix = *prefix;
    if (const std::string* suffix = r.opt_string(s, "suffix", path)) a.suffix = *suffix;
    keep(kept, "TextQuoteSelector", rest_of(s, {"type", "exact", "prefix", "suffix"}));
  } else if (*type == "TextPositionSelector" && !got.position) {
    got.position = true;
    const auto start = r.req_position(s, "start", path);
    const auto end = r.req_position(s, "end", path);
    if (start && end) {
      if (*start > *end) {
        r.fail(field(path, "start"), std::to_string(*start) + " is after end " + std::to_string(*end));
      } else if (r.article && *end > r.article->cps.size()) {
        r.fail(field(path, "end"), std::to_string(*end) + " is beyond the end of the embedded article (" +
                                       std::to_string(r.article->cps.size()) + " characters)");
      }
      a.start = *start;
      a.end = *end;
    }
    keep(kept, "TextPositionSelector", rest_of(s, {"type", "start", "end"}));
  } else if (*type != "TextQuoteSelector" && *type != "TextPositionSelector") {
    kept["selectors"].push_back(s);  // RangeSelector, XPathSelector, ...: kept for re-export
    got.other_types.push_back(*type);
  }
  // A second quote or position selector contradicts the first and is dropped: kept, it would
  // take the first one's place in a file written without that selector.
}

// A TextQuoteSelector that refines another selector (Apache Annotator and Hypothesis write
// e.g. an XPathSelector or CssSelector refinedBy one): its quote still finds the text.
// Positions inside a refinement count from the refined element, so they are not used.
const json* refining_quote(const json& s, size_t depth = 0) {
  if (!s.is_object() || depth > kMaxJsonDepth) return nullptr;
  if (depth > 0 && has_type(s, "TextQuoteSelector") && s.contains("exact") && s["exact"].is_string() &&
      !s["exact"].get_ref<const std::string&>().empty())
    return &s;
  const auto next = s.find("refinedBy");
  if (next == s.end()) return nullptr;
  if (next->is_array()) {
    for (const json& n : *next)
      if (const json* q = refining_quote(n, depth + 1)) return q;
    return nullptr;
  }
  return refining_quote(*next, depth + 1);
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words)
    if (out.find(w) == std::string::npos) out += (out.empty() ? "" : ", ") + shorten(w, 40);
  return out;
}

void read_target_object(const json& t, const std::string& path, Annotation& a, json& kept,
                        Placement& got, Reader& r) {
  if (const std::string* source = r.opt_string(t, "source", path))
    if (r.first_source.empty()) r.first_source = *source;
  keep(kept, "target", rest_of(t, {"source", "selector"}));
  const auto sel = t.find("selector");
  if (sel == t.end()) {
    got.unplaced = "no selector (a note on the whole document)";
    return;
  }
  if (sel->is_object()) {
    read_selector(*sel, field(path, "selector"), a, kept, got, r);
  } else if (sel->is_array()) {
    for (size_t i = 0; i < sel->size(); ++i)
      read_selector((*sel)[i], element(field(path, "selector"), i), a, kept, got, r);
  } else {
    r.fail(field(path, "selector"), "expected an object or an array");
    return;
  }
  if (got.quote || got.position) return;
  const json* quote = nullptr;
  if (sel->is_object()) quote = refining_quote(*sel);
  else
    for (const json& s : *sel)
      if (!quote) quote = refining_quote(s);
  if (quote) {
    got.quote = true;
    a.exact = (*quote)["exact"].get<std::string>();
    if (const auto p = quote->find("prefix"); p != quote->end() && p->is_string()) a.prefix = p->get<std::string>();
    if (const auto s = quote->find("suffix"); s != quote->end() && s->is_string()) a.suffix = s->get<std::string>();
    return;
  }
  got.unplaced = got.other_types.empty() ? "no selector (an empty list)"
                                         : "only " + joined(got.other_types) +
                                               " selectors, which this program cannot place";
}

void read_target(const json& item, const std::string& path, Annotation& a, json& kept,
                 Placement& got, Reader& r) {
  const std::string tpath = field(path, "target");
  const auto t = item.find("target");
  if (t == item.end()) {
    r.fail(tpath, "missing");
  } else if (t->is_object()) {
    read_target_object(*t, tpath, a, kept, got, r);
  } else if (t->is_array()) {
    // Several targets (Recogito writes one per range): the first with a selector is ours,
    // the others are kept and written back.
    std::optional<size_t> ours;
    size_t ranges = 0;
    for (size_t i = 0; i < t->size(); ++i)
      if ((*t)[i].is_object() && (*t)[i].contains("selector")) {
        if (!ours) ours = i;
        ++ranges;
      }
    for (size_t i = 0; i < t->size() && !ours; ++i)
      if ((*t)[i].is_object()) ours = i;  // no selector anywhere: a page note
    if (!ours) {
      for (const json& x : *t)
        if (x.is_string() && r.first_source.empty()) r.first_source = x.get<std::string>();
      got.unplaced = t->empty() ? "an empty target list" : "targets that are only links to documents (no selector)";
    } else {
      read_target_object((*t)[*ours], element(tpath, *ours), a, kept, got, r);
    }
    for (size_t i = 0; i < t->size(); ++i)
      if (!ours || i != *ours) kept["targets"].push_back((*t)[i]);
    if (ranges > 1)
      r.notices.push_back((path.empty() ? "the annotation" : path) + ": " + std::to_string(ranges - 1) +
                          " further range" + (ranges > 2 ? "s are" : " is") +
                          " kept and written back, but only the first is shown");
  } else if (t->is_string()) {
    if (r.first_source.empty()) r.first_source = t->get<std::string>();
    got.unplaced = "the target is a whole document (" + shorten(t->get_ref<const std::string&>(), 60) + "), no selector";
  } else {
    r.fail(tpath, "expected an object or an array of objects");
  }
}

// [SECTION] one annotation

// "5f6b3c2e-8f0a-4b8e-9d2c-1a7e4b9c0d11": an RFC 9562 UUID without its "urn:uuid:".
bool is_bare_uuid(std::string_view s) {
  if (s.size() != 36) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? s[i] != '-' : !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}
std::string lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool read_date(const json& item, const char* key, const std::string& path, std::string& out, Reader& r) {
  const std::string* s = r.opt_string(item, key, path);
  if (!s) return false;
  if (!json_util::is_date_time(*s)) {
    r.fail(field(path, key), "expected a date-time like 2026-11-26T22:31:09Z, found \"" + shorten(*s) + "\"");
    return false;
  }
  out = *s;
  return true;
}

void read_creator(const json& item, const std::string& path, Annotation& a, json& kept, Reader& r) {
  const auto c = item.find("creator");
  if (c == item.end()) return;
  if (c->is_string()) {
    a.author = c->get<std::string>();
    // An IRI such as "acct:reader@example.org" is written back the same way; a plain name
    // becomes {"type": "Person", "name": ...}, as the model wants.
    if (json_util::has_scheme(a.author)) kept["creator"] = *c;
  } else if (c->is_object()) {
    if (const std::string* name = r.opt_string(*c, "name", field(path, "creator"))) a.author = *name;
    json props = rest_of(*c, {"name"});
    drop_default_type(props, "Person");
    if (!props.empty()) kept["creator"] = std::move(props);
  } else {
    r.fail(field(path, "creator"), "expected an object or a string");
  }
}

void read_annotation(const json& item, const std::string& path, bool lone, Annotation& a,
                     std::map<std::string, std::string>& id_paths, Reader& r) {
  if (!item.is_object()) {
    r.fail(path, "expected an object (an Annotation), found " + std::string(json_util::type_name(item)));
    return;
  }
  if (!lone) check_context(item, path, r);  // a lone one was checked as the document
  if (const auto t = item.find("type"); t != item.end() && !has_type(item, "Annotation"))
    r.fail(field(path, "type"), "expected \"Annotation\"");

  if (const std::string* id = r.opt_string(item, "id", path)) {
    // The W3C model wants an IRI; a tool's bare id ("42") becomes a urn:uuid derived from it,
    // the same each time the file is read.
    a.id = json_util::is_usable_id(*id) ? *id
           : is_bare_uuid(*id)            ? "urn:uuid:" + lowercase(*id)  // Recogito's ids
                                          : json_util::uuid_from_name("annotation id " + *id);
    if (id->empty()) {
      r.fail(field(path, "id"), "expected an IRI, found an empty string");
    } else if (const auto [it, fresh] = id_paths.emplace(a.id, path); !fresh) {
      r.fail(field(path, "id"), "the same id as " + (it->second.empty() ? "another item" : it->second));
    }
  }
  if (a.id.empty()) a.id = new_annotation_id();
  read_date(item, "created", path, a.created, r);
  read_date(item, "modified", path, a.modified, r);

  json kept = json::object();
  read_creator(item, path, a, kept, r);

  BodyState seen;
  a.category.clear();
  if (const auto body = item.find("body"); body != item.end()) {
    const TagPlan plan = plan_tags(*body);
    if (body->is_array()) {
      for (size_t i = 0; i < body->size(); ++i)
        read_body((*body)[i], i, plan, element(field(path, "body"), i), a, kept, seen, r);
    } else {
      read_body(*body, 0, plan, field(path, "body"), a, kept, seen, r);
    }
  }
  if (const std::string* text = r.opt_string(item, "bodyValue", path)) {  // Hypothesis-style
    if (!seen.note && !text->empty()) {
      a.note = *text;
      seen.note = true;
    } else {
      kept["bodies"].push_back(json{{"type", "TextualBody"}, {"value", *text}});
    }
  }
  if (!seen.category) a.category = "claim";

  Placement got;
  read_target(item, path, a, kept, got, r);
  if (!got.unplaced.empty()) {
    // Kept, not refused: listed as orphaned and its target written back as it came.
    a.start = a.end = 0;
    a.exact.clear();
    a.prefix.clear();
    a.suffix.clear();
    a.anchor = AnchorStatus::Orphaned;
    kept["unplaced_target"] = *item.find("target");
    ++r.unplaced;
    r.notices.push_back((path.empty() ? "the annotation" : path) + ": kept but not placed: " +
                        got.unplaced + "; it is written back unchanged");
  }
  if (got.position && !got.quote && r.article) {
    fill_selectors(*r.article, a);  // a position-only item gets its quote from the text
  }
  if (got.quote && !got.position) {
    a.start = a.end = 0;
    a.anchor = AnchorStatus::Orphaned;  // the caller anchors it (anchor_annotations)
    ++r.without_position;
  }

  a.extra = rest_of(item, {"@context", "id", "type", "created", "modified", "creator", "body",
                           "bodyValue", "target"});
  if (a.extra.is_null()) a.extra = json::object();  // what a new annotation has
  if (!kept.empty()) a.extra[kKeptKey] = std::move(kept);
}

// [SECTION] the collection

void read_article(const json& doc, ImportResult& out, Reader& r) {
  const auto it = doc.find("article");
  if (it == doc.end()) return;
  if (!it->is_object()) {
    r.fail("article", "expected an object");
    return;
  }
  const json& art = *it;
  const std::string* title = r.opt_string(art, "title", "article");
  const std::string* url = r.opt_string(art, "url", "article");
  const std::string* text = r.opt_string(art, "text", "article");
  const std::string* sha = r.opt_string(art, "sha256", "article");
  const std::string* dir = r.opt_string(art, "textDirection", "article");
  if (dir && *dir != "ltr" && *dir != "rtl" && *dir != "auto")
    r.fail("article.textDirection", "expected \"ltr\", \"rtl\" or \"auto\", found \"" + shorten(*dir) + "\"");
  if (sha) {
    const bool hex = sha->size() == 64 && std::all_of(sha->begin(), sha->end(), [](char c) {
                       return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f');
                     });
    if (!hex) r.fail("article.sha256", "expected 64 lowercase hexadecimal digits");
    out.article_sha256 = *sha;
  }
  if (text) {
    const std::string actual = sha256_hex(*text);
    if (sha && *sha != actual)
      r.fail("article.sha256", "does not match article.text (the text hashes to " + actual +
                                   "); the text or the hash was changed");
    if (!sha) out.article_sha256 = actual;
    ArticleResult made = make_article(*text, title ? *title : std::string(), url ? *url : std::string());
    if (!made.article) {
      r.fail("article.text", made.error);
    } else {
      if (title) made.article->title = *title;  // an empty recorded title stays empty
      if (dir && *dir != "auto") made.article->dir = *dir;
      r.article = std::move(made.article);
    }
  }
  if (title && out.title.empty()) out.title = *title;
  // Read into the article when the file carries its text ("auto", the default, is not kept:
  // re-export writes no direction, as for a plain text); without the text it is kept as is.
  json props = text ? rest_of(art, {"title", "url", "text", "sha256", "textDirection"})
                    : rest_of(art, {"title", "url", "text", "sha256"});
  if (!props.empty()) out.extra[kKeptKey]["article"] = std::move(props);
}

// Where the annotations are: each item with its path, or an error.
struct Item {
  const json* value;
  std::string path;
};
struct ItemList {
  std::vector<Item> items;
  bool is_container = false;  // collection or page: has collection-level properties
  bool lone = false;          // the document is one annotation
  std::string format = "W3C Web Annotation";
};

// `skipped`: items already taken from the front of the list while parsing (json_stream).
void add_items(const json& array, const std::string& path, ItemList& list, size_t skipped = 0) {
  list.items.reserve(list.items.size() + array.size());
  for (size_t i = 0; i < array.size(); ++i) list.items.push_back({&array[i], element(path, skipped + i)});
}

ItemList locate_items(const json& doc, Reader& r, size_t skipped = 0) {
  ItemList list;
  if (doc.is_array()) {
    add_items(doc, "", list);
    return list;
  }
  if (!doc.is_object()) {
    r.fail("", std::string("the file holds ") + json_util::type_name(doc) +
                   "; expected an Annotation, an AnnotationPage, an AnnotationCollection or an "
                   "array of annotations");
    return list;
  }
  if (const std::vector<std::string> keys = hypothesis::listing_keys(doc); !keys.empty()) {
    for (const std::string& key : keys) add_items(doc[key], key, list);
    list.format = keys[0] == "rows" ? "Hypothesis search response" : "Hypothesis export";
    return list;
  }
  const bool container = has_type(doc, "AnnotationCollection") || has_type(doc, "AnnotationPage") ||
                         doc.contains("items") || doc.contains("first");
  if (!container) {
    if (has_type(doc, "Annotation") || doc.contains("target")) {
      list.items.push_back({&doc, ""});
      list.lone = true;
    } else {
      r.fail("", "expected an Annotation, an AnnotationPage, an AnnotationCollection or an array "
                 "of annotations (found an object without \"type\", \"items\", \"first\" or "
                 "\"target\")");
    }
    return list;
  }
  list.is_container = true;
  if (const auto items = doc.find("items"); items != doc.end()) {
    if (!items->is_array()) r.fail("items", "expected an array");
    else add_items(*items, "items", list, skipped);
    return list;
  }
  const auto first = doc.find("first");
  if (first == doc.end()) return list;  // an empty collection
  if (first->is_string()) {
    r.fail("first", "the first page is only linked (" + shorten(first->get_ref<const std::string&>()) +
                        "), not embedded; save the collection with its page embedded");
    return list;
  }
  if (!first->is_object()) {
    r.fail("first", "expected an object (an AnnotationPage)");
    return list;
  }
  if (const auto next = first->find("next"); next != first->end() && !next->is_null())
    r.fail("first.next", "the collection continues on further pages that are not in this file; "
                         "only a collection with a single embedded page can be read");
  const auto items = first->find("items");
  if (items == first->end()) r.fail("first.items", "missing");
  else if (!items->is_array()) r.fail("first.items", "expected an array");
  else add_items(*items, "first.items", list, skipped);
  return list;
}

// Hypothesis API annotations among the items become W3C annotations (owned by `converted`,
// which must outlive the list); replies whose thread root is here are folded into it.
void convert_hypothesis(ItemList& list, std::deque<json>& converted, Reader& r) {
  std::vector<size_t> which;
  for (size_t i = 0; i < list.items.size(); ++i)
    if (hypothesis::looks_like_annotation(*list.items[i].value)) which.push_back(i);
  if (which.empty()) return;
  if (list.format == "W3C Web Annotation") list.format = "Hypothesis API";
  std::vector<json> originals, items;
  std::vector<std::string> paths;
  for (size_t i : which) {
    originals.push_back(*list.items[i].value);
    items.push_back(hypothesis::to_w3c(originals.back(), list.items[i].path,
                                       [&r](const std::string& w, const std::string& m) { r.fail(w, m); }));
    paths.push_back(list.items[i].path.empty() ? "the annotation" : list.items[i].path);
  }
  if (!r.errors.empty()) return;  // fields of the wrong type: nothing to fold
  const std::vector<bool> folded = hypothesis::fold_replies(originals, items, paths, r.notices);
  std::vector<bool> drop(list.items.size(), false);
  for (size_t k = 0; k < which.size(); ++k) {
    converted.push_back(std::move(items[k]));
    list.items[which[k]].value = &converted.back();
    drop[which[k]] = folded[k];
  }
  size_t out = 0;
  for (size_t i = 0; i < list.items.size(); ++i)
    if (!drop[i]) {
      if (out != i) list.items[out] = std::move(list.items[i]);  // never onto itself
      ++out;
    }
  list.items.resize(out);
}

void read_collection_fields(const json& doc, size_t count, ImportResult& out, Reader& r) {
  if (const auto v = doc.find("formatVersion"); v != doc.end()) {
    if (!v->is_number_integer() || v->get<int64_t>() < 1) {
      r.fail("formatVersion", "expected a whole number from 1");
    } else if (v->get<int64_t>() > kFormatVersion) {
      r.fail("formatVersion", "the file is in format version " + std::to_string(v->get<int64_t>()) +
                                  "; this program reads up to version " +
                                  std::to_string(kFormatVersion) + " (a newer program wrote it)");
    }
  }
  if (const std::string* label = r.opt_string(doc, "label", "")) out.title = *label;
  if (const auto t = doc.find("total"); t != doc.end()) {
    if (!t->is_number_integer() || t->get<int64_t>() < 0) {
      r.fail("total", "expected a non-negative integer");
    } else if (static_cast<size_t>(t->get<int64_t>()) != count) {
      r.fail("total", "says " + std::to_string(t->get<int64_t>()) + " annotations but the file holds " +
                          std::to_string(count) + "; it may be cut short");
    }
  }
  json props = rest_of(doc, {"@context", "type", "label", "formatVersion", "generator", "total",
                             "article", "first", "items", "last", "startIndex", "partOf", "next",
                             "prev"});
  for (auto it = props.begin(); it != props.end(); ++it) out.extra[it.key()] = it.value();
}

void import_document(std::string_view bytes, ImportResult& out, Reader& r, bool streaming, bool* redo) {
  // [SECTION] raw checks come first: each gives a message a reader can act on.
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (std::all_of(bytes.begin(), bytes.end(),
                  [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; })) {
    r.fail("", "the file is empty");
    return;
  }
  if (bytes.size() > kMaxImportBytes) {
    r.fail("", "the file is too large (" + std::to_string(bytes.size() >> 20) +
                   " MiB; the limit is " + std::to_string(kMaxImportBytes >> 20) + " MiB)");
    return;
  }
  if (const auto bad = utf8::find_invalid(bytes)) {
    r.fail("", "invalid UTF-8 at byte " + std::to_string(*bad) + " (" + line_column(bytes, *bad) + ")");
    return;
  }
  if (const auto deep = too_deep(bytes)) {
    r.fail(line_column(bytes, *deep),
           "brackets nest deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    return;
  }
  // Items of a collection's list are read while the file is parsed, each freed once read
  // (json_stream.h), when the article they refer to came before them, as in our own files.
  // Anything unusual (another shape, an article after the items, a non-object item) stops
  // that, and the rest is read from the tree; if the file's outer checks then fail, the whole
  // file is read again the plain way, so messages are the same either way.
  std::map<std::string, std::string> id_paths;
  bool article_read = false;
  json_stream::ItemCallback take;
  if (streaming) {
    take = [&](const json& root, json& item, const std::string& list_path, size_t index) {
      if (!article_read) {
        if (!root.contains("article") || hypothesis::looks_like_annotation(item)) return false;
        read_article(root, out, r);
        article_read = true;
      }
      if (hypothesis::looks_like_annotation(item)) return false;
      const std::string path = element(list_path, index);
      out.annotations.emplace_back();
      read_annotation(item, path, false, out.annotations.back(), id_paths, r);
      out.item_paths.push_back(path);
      return true;
    };
  }
  const json_stream::Result parsed = json_stream::parse(
      bytes, take ? take : [](const json&, json&, const std::string&, size_t) { return false; });
  if (parsed.error) {
    r.errors.clear();  // only the syntax error: what was read before it does not count
    r.dropped = 0;
    report_syntax_error(bytes, *parsed.error, r);
    return;
  }
  const json& doc = parsed.tree;
  const bool streamed = parsed.consumed > 0;

  // Another vocabulary's file (schema.org, ...) is named as such before anything else.
  const size_t errors_before = r.errors.size() + r.dropped;
  if (doc.is_object() && !hypothesis::looks_like_annotation(doc)) check_context(doc, "", r);
  ItemList list;
  if (r.errors.size() + r.dropped == errors_before) list = locate_items(doc, r, parsed.consumed);
  if (r.errors.size() + r.dropped != errors_before || (streamed && !list.is_container)) {
    if (streamed) *redo = true;  // the outer checks come first: read it again the plain way
    return;
  }
  std::deque<json> converted;
  convert_hypothesis(list, converted, r);
  if (!r.errors.empty()) {
    if (streamed) *redo = true;
    return;
  }
  if (list.is_container && !article_read) read_article(doc, out, r);

  out.annotations.reserve(out.annotations.size() + list.items.size());
  for (size_t i = 0; i < list.items.size(); ++i) {
    out.annotations.emplace_back();
    read_annotation(*list.items[i].value, list.items[i].path, list.lone, out.annotations.back(), id_paths, r);
    out.item_paths.push_back(list.items[i].path);
  }
  if (list.is_container) read_collection_fields(doc, out.annotations.size(), out, r);
  if (const std::vector<std::string> keys = hypothesis::listing_keys(doc); !keys.empty()) {
    for (auto it = doc.begin(); it != doc.end(); ++it)  // export_date, total, ...: kept
      if (std::find(keys.begin(), keys.end(), it.key()) == keys.end()) out.extra[it.key()] = it.value();
    if (const auto total = doc.find("total"); keys[0] == "rows" && total != doc.end() &&
                                              total->is_number_unsigned() &&
                                              total->get<uint64_t>() > doc["rows"].size())
      r.notices.push_back("the search found " + std::to_string(total->get<uint64_t>()) +
                          " annotations; this file holds " + std::to_string(doc["rows"].size()) +
                          " of them (the others are on further pages of the search)");
  }
  if (out.title.empty() && r.article) out.title = r.article->title;
  out.format = list.format;
}

}  // namespace

// [SECTION] entry point

namespace {
ImportResult import_with(std::string_view bytes, bool streaming) {
  ImportResult out;
  Reader r;
  try {
    bool redo = false;
    import_document(bytes, out, r, streaming, &redo);
    if (redo) {
      out = ImportResult();
      r = Reader();
      import_document(bytes, out, r, false, &redo);
    }
  } catch (const std::exception& e) {  // a bug of ours, not the file's: still never thrown out
    r.fail("", std::string("internal error while reading the file: ") + e.what());
  }
  if (!r.errors.empty()) {
    ImportResult failed;
    failed.errors = std::move(r.errors);
    if (r.dropped > 0)
      failed.errors.push_back("... and " + std::to_string(r.dropped) + " more errors");
    return failed;
  }
  out.ok = true;
  out.article = std::move(r.article);
  out.source = std::move(r.first_source);
  out.without_position = r.without_position;
  out.unplaced = r.unplaced;
  out.notices = std::move(r.notices);
  return out;
}
}  // namespace

ImportResult import_w3c(std::string_view bytes) { return import_with(bytes, true); }

namespace detail {
ImportResult import_w3c_whole_tree(std::string_view bytes) { return import_with(bytes, false); }
}  // namespace detail

}  // namespace core
