// share_link.h - a link that carries the work: the W3C file (docs/FORMAT.md) compressed with
// raw DEFLATE (the browser's CompressionStream("deflate-raw")) and written in the URL
// fragment, which browsers never send to a server:
//
//   https://host/path/#share=v1.<base64url of the compressed W3C JSON, RFC 4648 §5, no padding>
//
// The compression itself is the browser's (web/share.js); everything else is here: the
// payloads, the fragment's text both ways, which payload a link carries, and what a payload
// that arrives means. docs/FORMAT.md ("Share links") describes it.
//
// How to use:
//   core::SharePayloads p = core::share_payloads(article, anns);   // p.full, p.lean (JSON)
//   ... compress both (web/share.js) ...
//   core::ShareChoice c = core::choose_share(base, full_bytes, lean_bytes);
//   if (c.kind == core::ShareKind::TooLong) offer_the_file(); else show(c.link, c.warn);
//
//   core::ShareFragment f = core::parse_share_fragment(location_hash);
//   if (!f.ok) say(f.error); else decompress(f.bytes) ... core::read_share_payload(text);
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotation.h"
#include "core/article.h"
#include "core/w3c_format.h"

namespace core {

constexpr std::string_view kShareKey = "share=";      // after '#'
constexpr std::string_view kShareVersion = "v1.";     // after the key
// A link with the article may be this long; a longer one carries the annotations only.
constexpr size_t kShareFullLimit = 32 * 1024;
// Chat apps and QR codes cut links longer than this: the reader is warned.
constexpr size_t kShareWarnLength = 8000;
// Chromium refuses longer URLs: no link, the file instead.
constexpr size_t kShareMaxLength = 2 * 1024 * 1024;
// A payload larger than this after decompression is refused (a hostile link).
constexpr size_t kShareMaxPayload = 64u << 20;

// RFC 4648 §5 ("base64url"), without padding.
std::string base64url_encode(std::string_view bytes);
// Accepts the alphabet only (no padding, no spaces); false and `error` when the text is not
// base64url ("a character that base64url does not use at position 17").
bool base64url_decode(std::string_view text, std::string& out, std::string* error = nullptr);

struct SharePayloads {
  std::string full;  // the W3C file with the article text embedded
  std::string lean;  // the annotations with the article's title, URL and SHA-256 only
};
SharePayloads share_payloads(const Article& article, const std::vector<Annotation>& anns,
                             const nlohmann::json& extra = nlohmann::json::object());

// The link for a compressed payload: `base` (the page's address; anything after a '#' in it
// is dropped) + "#share=v1." + base64url.
std::string share_link(std::string_view base, std::string_view compressed);

enum class ShareKind { Full, Lean, TooLong };
struct ShareChoice {
  ShareKind kind = ShareKind::Full;
  std::string link;      // empty when TooLong
  size_t length = 0;     // characters of `link` (of the shorter one when TooLong)
  size_t full_length = 0;  // what the link with the article would have been
  bool warn = false;     // longer than kShareWarnLength
};
// The link with the article when it fits kShareFullLimit, else the lean one; TooLong when
// even that passes kShareMaxLength.
ShareChoice choose_share(std::string_view base, std::string_view full_compressed,
                         std::string_view lean_compressed);

struct ShareFragment {
  bool ok = false;
  std::string bytes;  // the compressed payload
  std::string error;   // in plain words, when !ok
  std::string detail;  // the technical reason, when there is more to say
};
// Reads a fragment ("#share=v1.…", with or without the '#'; a whole URL is accepted too).
ShareFragment parse_share_fragment(std::string_view fragment);
// True when `fragment` is meant as a share link (starts with "share="), good or damaged.
bool is_share_fragment(std::string_view fragment);

struct SharePayload {
  bool ok = false;
  std::string error;        // in plain words, when !ok (the importer's detail in `detail`)
  std::string detail;
  bool has_article = false;  // false: annotations only, for the article named below
  ImportResult file;         // the W3C file read (article, annotations, extra, notices)
  std::string sha256, url, title;  // the article the annotations belong to
};
// What a decompressed payload carries; never throws.
SharePayload read_share_payload(std::string_view json_text);

}  // namespace core
