// annotation.h - one annotation on an article: where it is, what it quotes, what the reader
// said about it. Plain data; the store (store.h) owns collections of them and the W3C format
// (w3c_format.h) reads and writes them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace core {

// How many code points of context a TextQuoteSelector carries on each side.
constexpr size_t kContextLength = 32;

enum class Verdict { Unverified, True, MostlyTrue, Misleading, False, Unsupported };

// Stable names used in files and on the command line: "unverified", "true", "mostly-true",
// "misleading", "false", "unsupported".
const char* to_string(Verdict v);
std::optional<Verdict> verdict_from_string(std::string_view s);
const std::vector<Verdict>& all_verdicts();

// Built-in categories; any other non-empty string is a user-defined category.
// "claim", "statistic", "quote", "date", "person-org", "opinion".
const std::vector<std::string>& builtin_categories();

enum class AnchorStatus { Exact, Moved, Fuzzy, Orphaned };
const char* to_string(AnchorStatus s);  // "exact", "moved", "fuzzy", "orphaned"

struct Annotation {
  std::string id;                 // "urn:uuid:..."
  size_t start = 0, end = 0;      // code points into the article text, end exclusive
  std::string exact;              // the quoted text (UTF-8)
  std::string prefix, suffix;     // context around the quote, for re-anchoring
  std::string category = "claim";
  Verdict verdict = Verdict::Unverified;
  std::string note;
  std::vector<std::string> links;  // evidence URLs
  std::string author;
  std::string created, modified;   // ISO 8601 UTC, e.g. "2026-11-26T22:31:09Z"

  // Where anchoring put it on the article as it is now. An orphaned annotation keeps its
  // original selectors (start/end/exact/prefix/suffix) so it is exported again unchanged.
  AnchorStatus anchor = AnchorStatus::Exact;
  int anchor_errors = 0;

  // Properties of the imported JSON object that we do not model, kept so that a file made
  // by another tool loses nothing when we write it again.
  nlohmann::json extra = nlohmann::json::object();
};

// A fresh "urn:uuid:" id (random, version 4).
std::string new_annotation_id();
// The current time as ISO 8601 UTC with seconds ("2026-11-26T22:31:09Z").
std::string now_iso8601();

}  // namespace core
