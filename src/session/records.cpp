// records.cpp - see records.h.
#include "session/records.h"

#include "core/anchor.h"
#include "core/w3c_format.h"

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
              {"length", m.length},  {"sha256", m.sha256}}
      .dump();
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
  m.sha256 = str(*j, "sha256");
  m.annotations = static_cast<size_t>(num(*j, "annotations"));
  m.length = static_cast<size_t>(num(*j, "length"));
  return m;
}

// [SECTION] doc

std::string encode_doc(const core::Article& article, const DocRecord& d) {
  json reasons = json::object();
  for (const auto& [id, why] : d.reasons) reasons[id] = why;
  std::string out = json{{"v", kRecordVersion}, {"dismissed", d.dismissed}, {"reasons", reasons}}.dump();
  out += '\n';
  core::ExportOptions opt;
  opt.embed_article = false;  // the text has its own record
  opt.extra = d.extra;
  out += core::export_w3c(article, d.annotations, opt);
  return out;
}

std::optional<DocRecord> decode_doc(std::string_view bytes, const core::Article& article,
                                    std::string* error) {
  const auto [head, body] = split_header(bytes);
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
  if (body.empty()) return d;
  core::ImportResult imp = core::import_w3c(body);
  if (!imp.ok) {
    if (error) *error = "its annotations could not be read (" +
                        (imp.errors.empty() ? std::string("unknown error") : imp.errors.front()) + ")";
    return std::nullopt;
  }
  d.annotations = std::move(imp.annotations);
  d.extra = std::move(imp.extra);
  core::anchor_annotations(article.cps, d.annotations);
  return d;
}

// [SECTION] text

std::string encode_text(std::string_view id, const core::Article& a) {
  std::string out =
      json{{"v", kRecordVersion}, {"id", std::string(id)}, {"title", a.title}, {"url", a.url}}.dump();
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
      .dump();
}

std::optional<DraftRecord> decode_draft(std::string_view bytes) {
  const auto j = header(bytes, nullptr);
  if (!j) return std::nullopt;
  DraftRecord d{str(*j, "doc"), str(*j, "annotation"), str(*j, "note")};
  if (d.doc.empty() || d.annotation.empty()) return std::nullopt;
  return d;
}

}  // namespace session
