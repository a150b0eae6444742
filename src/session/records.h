// records.h - what the library keeps in the browser's storage, one record per key, each with
// a version number (see docs/EMBEDDING.md, "What the page stores"):
//
//   meta:ID            title, source, count, last change and the revision of document ID
//                      (small: the library list reads only these at start-up)
//   doc:ID             its annotations (the W3C file without the article), dismissed
//                      suggestions, why accepted suggestions were suggested
//   text:ID            its article text, written once
//   pos:ID             its reading position
//   draft:ID:ANNOTATION  a note being typed, until it joins the annotation
//   ui                 settings, panel and filters, which document is open
//   migrated-v1        the work saved before the library existed has been moved in
//
// Large records are a JSON header line followed by the raw body (article text or W3C
// JSON), so megabytes of text are not escaped and parsed as JSON strings.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotation.h"
#include "core/article.h"

namespace session {

constexpr int kRecordVersion = 1;

std::string meta_key(std::string_view id);
std::string doc_key(std::string_view id);
std::string text_key(std::string_view id);
std::string pos_key(std::string_view id);
std::string draft_key(std::string_view doc_id, std::string_view annotation_id);
std::string draft_prefix(std::string_view doc_id);  // every draft of one document
constexpr const char* kUiKey = "ui";
constexpr const char* kMigratedKey = "migrated-v1";
// The id in a key of the form "meta:ID" (empty when `key` has another form).
std::string id_of_key(std::string_view key, std::string_view prefix);

struct MetaRecord {
  std::string id, title, url, source, created, modified;
  size_t annotations = 0;
  size_t length = 0;  // code points of the text: only articles of equal length are hashed
  uint64_t rev = 0;   // raised by every write of the document; another tab checks it
};
std::string encode_meta(const MetaRecord& m);
std::optional<MetaRecord> decode_meta(std::string_view bytes, std::string* error);

struct DocRecord {
  std::vector<core::Annotation> annotations;  // anchored onto the article by the reader
  nlohmann::json extra = nlohmann::json::object();  // collection-level properties
  std::set<std::string> dismissed;
  std::map<std::string, std::string> reasons;  // annotation id -> why it was suggested
};
std::string encode_doc(const DocRecord& d);
// The same, from the parts (no copy of the annotations).
std::string encode_doc(const std::vector<core::Annotation>& annotations, const nlohmann::json& extra,
                       const std::set<std::string>& dismissed,
                       const std::map<std::string, std::string>& reasons);
// Reads the record and anchors its annotations onto `article`.
std::optional<DocRecord> decode_doc(std::string_view bytes, const core::Article& article,
                                    std::string* error);

std::string encode_text(std::string_view id, const core::Article& a);
std::optional<core::Article> decode_text(std::string_view bytes, std::string* error);

std::string encode_pos(size_t top_cp);
size_t decode_pos(std::string_view bytes);  // 0 when unreadable

struct DraftRecord {
  std::string doc, annotation, note;
};
std::string encode_draft(const DraftRecord& d);
std::optional<DraftRecord> decode_draft(std::string_view bytes);

}  // namespace session
