// json_util.h - small JSON helpers shared by the W3C reader and writer: converting to an
// insertion-ordered tree for deterministic output, date-time checks, derived ids.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace core::json_util {

// The same value as an insertion-ordered tree (object keys keep nlohmann::json's sorted
// order), so it can be placed into an ordered document.
nlohmann::ordered_json to_ordered(const nlohmann::json& j);

// Serialises with two-space indentation and a final newline. Invalid UTF-8 in strings (only
// possible in data a caller built by hand) becomes U+FFFD instead of throwing.
std::string dump(const nlohmann::ordered_json& j);

// True for an ISO 8601 / xsd:dateTime with a time zone: "2026-11-26T22:31:09Z",
// "2017-06-05T18:12:32.134516+00:00".
bool is_date_time(std::string_view s);

// A "urn:uuid:" derived from `name` (first 16 bytes of its SHA-256, RFC 9562 version 8):
// the same name always gives the same id.
std::string uuid_from_name(std::string_view name);

// True when `s` starts with a URI scheme ("https:", "urn:", "doi:") followed by something.
bool has_scheme(std::string_view s);

// True when `s` can be written as an annotation id as it is: a scheme, valid UTF-8, and no
// white space or control characters (which no IRI holds).
bool is_usable_id(std::string_view s);

// Percent-encodes what may not appear in a URI (spaces, quotes, non-ASCII bytes, ...), so a
// pasted URL passes the "uri" format check; existing %XX escapes are left alone.
std::string encode_iri(std::string_view s);

// "a string", "a number", "an object", ... for error messages.
const char* type_name(const nlohmann::json& j);

}  // namespace core::json_util
