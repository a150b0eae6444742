// import_hypothesis.h - Hypothesis's API JSON (https://h.readthedocs.io/en/latest/api/) turned
// into the W3C annotations the reader knows. Hypothesis serves its own W3C JSON-LD too
// (h/presenters/annotation_jsonld.py); an API annotation becomes exactly that shape, so the
// two forms of one annotation import the same. Used by w3c_import.cpp only.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace core::hypothesis {

using Fail = std::function<void(const std::string& where, const std::string& what)>;

// An object shaped like an API annotation: "target" and "uri"/"user"/"text"/"tags", and none
// of the W3C keys ("@context", "type", "body", "bodyValue").
bool looks_like_annotation(const nlohmann::json& j);

// The arrays of annotations in a search response ({"total", "rows", "replies"?}) or in the
// Hypothesis client's export ({"export_date", "export_userid", "client_version",
// "annotations"}): the keys to read, in order, or empty when `doc` is neither.
std::vector<std::string> listing_keys(const nlohmann::json& doc);

// One API annotation as a W3C Annotation. Fields of the wrong type are reported through
// `fail` with their path in the file; the result is then not used.
nlohmann::json to_w3c(const nlohmann::json& h, const std::string& path, const Fail& fail);

// Replies ("references" names the annotations replied to, the thread's root first) whose root
// is in `items` are folded into the root: their text is added to its note and the replies
// are kept whole under its "replies" property. Returns which items were folded (they are not
// imported on their own) and adds a notice for each.
std::vector<bool> fold_replies(const std::vector<nlohmann::json>& originals,
                               std::vector<nlohmann::json>& items,
                               const std::vector<std::string>& paths,
                               std::vector<std::string>& notices);

}  // namespace core::hypothesis
