// records.cpp - see records.h.
#include "session/records.h"


using nlohmann::json;

namespace session {
namespace {

// A record's JSON header; nullopt (with `error`) when it is not a JSON object of a version
// this program reads.
std::optional<json> header(std::string_view text, std::string* error) {
  json j = json::parse(text, nullptr, false);
  if (!j.is_object()) {
    if (error) *error = "the record is not a JSON object";
    return std::nullopt;
  }
  const auto v = j.find("v");
  if (v == j.end() || !v->is_number_integer() || v->get<int64_t>() < 1) {
    if (error) *error = "the record has no version number";
    return std::nullopt;
  }
  if (v->get<int64_t>() > kRecordVersion) {
    if (error) *error = "the record was written by a newer version of the annotator (version " +
                        std::to_string(v->get<int64_t>()) + ")";
    return std::nullopt;
  }
  return j;
}

// "header\nbody" -> the two parts (body empty when there is no line break).
std::pair<std::string_view, std::string_view> split_header(std::string_view bytes) {
  const size_t nl = bytes.find('\n');
  if (nl == std::string_view::npos) return {bytes, {}};
  return {bytes.substr(0, nl), bytes.substr(nl + 1)};
}

std::string str(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

uint64_t num(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_number_unsigned() ? it->get<uint64_t>() : 0;
}

}  // namespace

std::string meta_key(std::string_view id) { return "meta:" + std::string(id); }
std::string doc_key(std::string_view id) { return "doc:" + std::string(id); }
std::string text_key(std::string_view id) { return "text:" + std::string(id); }
std::string pos_key(std::string_view id) { return "pos:" + std::string(id); }
std::string draft_prefix(std::string_view doc_id) { return "draft:" + std::string(doc_id) + ":"; }
std::string draft_key(std::string_view doc_id, std::string_view annotation_id) {
  return draft_prefix(doc_id) + std::string(annotation_id);
}

std::string id_of_key(std::string_view key, std::string_view prefix) {
  if (key.size() <= prefix.size() || key.substr(0, prefix.size()) != prefix) return "";
  return std::string(key.substr(prefix.size()));
}

// [SECTION] meta

std::string encode_meta(const MetaRecord& m) {
  return json{{"v", kRecordVersion}, {"id", m.id},           {"rev", m.rev},
              {"title", m.title},    {"url", m.url},         {"source", m.source},
              {"created", m.created}, {"modified", m.modified}, {"annotations", m.annotations},
              {"length", m.length}}
      .dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<MetaRecord> decode_meta(std::string_view bytes, std::string* error) {
  const auto j = header(bytes, error);
  if (!j) return std::nullopt;
  MetaRecord m;
  m.id = str(*j, "id");
  if (m.id.empty()) {
    if (error) *error = "the record names no document";
    return std::nullopt;
  }
  m.rev = num(*j, "rev");
  m.title = str(*j, "title");
  m.url = str(*j, "url");
  m.source = str(*j, "source");
  m.created = str(*j, "created");
  m.modified = str(*j, "modified");
  m.annotations = static_cast<size_t>(num(*j, "annotations"));
  m.length = static_cast<size_t>(num(*j, "length"));
  return m;
}

// [SECTION] doc
// The annotations are written by hand, one JSON object per line: serialising 10,000 through
// the W3C writer (ordered JSON trees, the article's hash for every target) took most of a
// second in the browser after each import. Positions and anchoring state are kept, so a
// document read back needs no anchoring: its text is the same immutable record.

namespace {

void put_string(std::string& out, std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  out += '"';
  size_t run = 0;  // bytes copied as they are, in one append
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(s.substr(run));
  out += '"';
}

void put_key(std::string& out, const char* key) {
  out += '"';
  out += key;
  out += "\":";
}

void put_annotation(std::string& out, const core::Annotation& a) {
  out += '{';
  put_key(out, "id");
  put_string(out, a.id);
  out += ',';
  put_key(out, "start");
  out += std::to_string(a.start);
  out += ',';
  put_key(out, "end");
  out += std::to_string(a.end);
  const std::pair<const char*, const std::string*> strings[] = {
      {"exact", &a.exact},   {"prefix", &a.prefix}, {"suffix", &a.suffix},     {"category", &a.category},
      {"note", &a.note},     {"author", &a.author}, {"created", &a.created}, {"modified", &a.modified}};
  for (const auto& [key, value] : strings) {
    if (value->empty() && std::string_view(key) != "exact") continue;
    out += ',';
    put_key(out, key);
    put_string(out, *value);
  }
  out += ',';
  put_key(out, "verdict");
  put_string(out, core::to_string(a.verdict));
  if (!a.links.empty()) {
    out += ',';
    put_key(out, "links");
    out += '[';
    for (size_t i = 0; i < a.links.size(); ++i) {
      if (i) out += ',';
      put_string(out, a.links[i]);
    }
    out += ']';
  }
  if (a.anchor != core::AnchorStatus::Exact) {
    out += ',';
    put_key(out, "anchor");
    put_string(out, core::to_string(a.anchor));
    out += ',';
    put_key(out, "anchorErrors");
    out += std::to_string(a.anchor_errors);
  }
  if (a.extra.is_object() && !a.extra.empty()) {
    out += ',';
    put_key(out, "extra");
    out += a.extra.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  out += '}';
}

std::optional<core::AnchorStatus> anchor_from_string(std::string_view s) {
  for (auto st : {core::AnchorStatus::Exact, core::AnchorStatus::Moved, core::AnchorStatus::Fuzzy,
                  core::AnchorStatus::Orphaned})
    if (s == core::to_string(st)) return st;
  return std::nullopt;
}

bool read_annotation(std::string_view line, core::Annotation& a, std::string* error) {
  const json j = json::parse(line, nullptr, false);
  if (!j.is_object() || !j.value("id", json()).is_string() || !j.value("start", json()).is_number_unsigned() ||
      !j.value("end", json()).is_number_unsigned()) {
    if (error) *error = "an annotation's record is damaged";
    return false;
  }
  a.id = j["id"].get<std::string>();
  a.start = j["start"].get<size_t>();
  a.end = j["end"].get<size_t>();
  a.exact = str(j, "exact");
  a.prefix = str(j, "prefix");
  a.suffix = str(j, "suffix");
  a.category = j.contains("category") ? str(j, "category") : std::string("claim");
  a.note = str(j, "note");
  a.author = str(j, "author");
  a.created = str(j, "created");
  a.modified = str(j, "modified");
  a.verdict = core::verdict_from_string(str(j, "verdict")).value_or(core::Verdict::Unverified);
  if (const auto it = j.find("links"); it != j.end() && it->is_array())
    for (const json& l : *it)
      if (l.is_string()) a.links.push_back(l.get<std::string>());
  a.anchor = anchor_from_string(str(j, "anchor")).value_or(core::AnchorStatus::Exact);
  if (const auto it = j.find("anchorErrors"); it != j.end() && it->is_number_integer()) a.anchor_errors = it->get<int>();
  if (const auto it = j.find("extra"); it != j.end() && it->is_object()) a.extra = *it;
  return true;
}

}  // namespace

std::string encode_doc(const std::vector<core::Annotation>& annotations, const json& extra,
                       const std::set<std::string>& dismissed,
                       const std::map<std::string, std::string>& reasons) {
  json why = json::object();
  for (const auto& [id, text] : reasons) why[id] = text;
  std::string out = json{{"v", kRecordVersion},
                         {"annotations", annotations.size()},
                         {"dismissed", dismissed},
                         {"reasons", why},
                         {"extra", extra.is_object() ? extra : json::object()}}
                        .dump(-1, ' ', false, json::error_handler_t::replace);
  size_t size = out.size();
  for (const core::Annotation& a : annotations)
    size += 160 + a.exact.size() + a.prefix.size() + a.suffix.size() + a.note.size() + a.id.size();
  out.reserve(size);
  for (const core::Annotation& a : annotations) {
    out += '\n';
    put_annotation(out, a);
  }
  return out;
}

std::string encode_doc(const DocRecord& d) { return encode_doc(d.annotations, d.extra, d.dismissed, d.reasons); }

std::optional<DocRecord> decode_doc(std::string_view bytes, const core::Article& article,
                                    std::string* error) {
  auto [head, body] = split_header(bytes);
  const auto j = header(head, error);
  if (!j) return std::nullopt;
  DocRecord d;
  if (const auto it = j->find("dismissed"); it != j->end() && it->is_array()) {
    for (const json& k : *it)
      if (k.is_string()) d.dismissed.insert(k.get<std::string>());
  }
  if (const auto it = j->find("reasons"); it != j->end() && it->is_object()) {
    for (auto r = it->begin(); r != it->end(); ++r)
      if (r->is_string()) d.reasons[r.key()] = r->get<std::string>();
  }
  if (const auto it = j->find("extra"); it != j->end() && it->is_object()) d.extra = *it;
  const size_t expected = static_cast<size_t>(num(*j, "annotations"));
  d.annotations.reserve(expected);
  while (!body.empty()) {
    const size_t nl = body.find('\n');
    const std::string_view line = body.substr(0, nl);
    body = nl == std::string_view::npos ? std::string_view() : body.substr(nl + 1);
    if (line.empty()) continue;
    core::Annotation a;
    if (!read_annotation(line, a, error)) return std::nullopt;
    if (a.anchor != core::AnchorStatus::Orphaned && (a.start > a.end || a.end > article.cps.size())) {
      if (error) *error = "an annotation lies outside its article";
      return std::nullopt;
    }
    d.annotations.push_back(std::move(a));
  }
  if (d.annotations.size() != expected) {
    // Cut short: better to say so than to open half of it and later write that half back.
    if (error) *error = "it holds " + std::to_string(d.annotations.size()) + " of its " +
                        std::to_string(expected) + " annotations";
    return std::nullopt;
  }
  return d;
}

// [SECTION] text

std::string encode_text(std::string_view id, const core::Article& a) {
  json head =
      json{{"v", kRecordVersion}, {"id", std::string(id)}, {"title", a.title}, {"url", a.url}};
  // Headings (a web page's h1-h6): code-point ranges of the paragraphs set as headings.
  if (!a.headings.empty()) {
    json h = json::array();
    for (const core::Range& x : a.headings) h.push_back({x.start, x.end});
    head["headings"] = std::move(h);
  }
  if (!a.dir.empty()) head["dir"] = a.dir;  // a web page's direction
  std::string out = head.dump(-1, ' ', false, json::error_handler_t::replace);
  out += '\n';
  out += a.text;
  return out;
}

std::optional<core::Article> decode_text(std::string_view bytes, std::string* error) {
  const auto [head, body] = split_header(bytes);
  const auto j = header(head, error);
  if (!j) return std::nullopt;
  core::ArticleResult r = core::make_article(body, str(*j, "title"), str(*j, "url"));
  if (!r.article) {
    if (error) *error = "its text is damaged (" + r.error + ")";
    return std::nullopt;
  }
  if (const std::string dir = str(*j, "dir"); dir == "rtl" || dir == "ltr") r.article->dir = dir;
  // Headings kept only where they still are paragraphs.
  if (const auto h = j->find("headings"); h != j->end() && h->is_array()) {
    for (const json& x : *h) {
      if (!x.is_array() || x.size() != 2 || !x[0].is_number_unsigned() || !x[1].is_number_unsigned()) continue;
      const core::Range range{x[0].get<size_t>(), x[1].get<size_t>()};
      for (const core::Range& p : r.article->paragraphs)
        if (p.start == range.start && p.end == range.end) r.article->headings.push_back(range);
    }
  }
  return std::move(r.article);
}

// [SECTION] small records

std::string encode_pos(size_t top_cp) { return json{{"v", kRecordVersion}, {"topCp", top_cp}}.dump(); }

size_t decode_pos(std::string_view bytes) {
  const auto j = header(bytes, nullptr);
  return j ? static_cast<size_t>(num(*j, "topCp")) : 0;
}

std::string encode_draft(const DraftRecord& d) {
  return json{{"v", kRecordVersion}, {"doc", d.doc}, {"annotation", d.annotation}, {"note", d.note}}
      .dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<DraftRecord> decode_draft(std::string_view bytes) {
  const auto j = header(bytes, nullptr);
  if (!j) return std::nullopt;
  DraftRecord d{str(*j, "doc"), str(*j, "annotation"), str(*j, "note")};
  if (d.doc.empty() || d.annotation.empty()) return std::nullopt;
  return d;
}

}  // namespace session
