// share_link.cpp - see share_link.h.
#include "core/share_link.h"

#include <algorithm>
#include <cstdint>

namespace core {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int value_of(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

std::string_view without_base(std::string_view s) {
  const size_t hash = s.find('#');
  return hash == std::string_view::npos ? s : s.substr(0, hash);
}

// The fragment's text: after the first '#', or all of `s` when it has none.
std::string_view fragment_of(std::string_view s) {
  const size_t hash = s.find('#');
  return hash == std::string_view::npos ? s : s.substr(hash + 1);
}
}  // namespace

std::string base64url_encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    const uint32_t v = static_cast<uint8_t>(bytes[i]) << 16 | static_cast<uint8_t>(bytes[i + 1]) << 8 |
                       static_cast<uint8_t>(bytes[i + 2]);
    out += kAlphabet[v >> 18 & 63];
    out += kAlphabet[v >> 12 & 63];
    out += kAlphabet[v >> 6 & 63];
    out += kAlphabet[v & 63];
  }
  const size_t rest = bytes.size() - i;
  if (rest > 0) {
    uint32_t v = static_cast<uint8_t>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<uint8_t>(bytes[i + 1]) << 8;
    out += kAlphabet[v >> 18 & 63];
    out += kAlphabet[v >> 12 & 63];
    if (rest == 2) out += kAlphabet[v >> 6 & 63];
  }
  return out;
}

bool base64url_decode(std::string_view text, std::string& out, std::string* error) {
  out.clear();
  auto fail = [&](const std::string& why) {
    if (error) *error = why;
    out.clear();
    return false;
  };
  if (text.size() % 4 == 1) return fail("its length cannot be base64url (a character is missing or extra)");
  out.reserve(text.size() / 4 * 3 + 2);
  uint32_t acc = 0;
  int bits = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const int v = value_of(text[i]);
    if (v < 0) {
      return fail("a character that base64url does not use at position " + std::to_string(i + 1) +
                  (text[i] == '=' ? " (padding is not written)" : ""));
    }
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return true;
}

SharePayloads share_payloads(const Article& article, const std::vector<Annotation>& anns,
                             const nlohmann::json& extra) {
  SharePayloads p;
  ExportOptions o;
  o.extra = extra;
  p.full = export_w3c(article, anns, o);
  o.embed_article = false;  // the title, URL and SHA-256 stay: the receiver's article is found by them
  p.lean = export_w3c(article, anns, o);
  return p;
}

std::string share_link(std::string_view base, std::string_view compressed) {
  std::string link(without_base(base));
  link += '#';
  link += kShareKey;
  link += kShareVersion;
  link += base64url_encode(compressed);
  return link;
}

ShareChoice choose_share(std::string_view base, std::string_view full_compressed,
                         std::string_view lean_compressed) {
  ShareChoice c;
  std::string full = share_link(base, full_compressed);
  c.full_length = full.size();
  if (full.size() <= kShareFullLimit) {
    c.kind = ShareKind::Full;
    c.link = std::move(full);
  } else {
    c.kind = ShareKind::Lean;
    c.link = share_link(base, lean_compressed);
  }
  c.length = c.link.size();
  if (c.length > kShareMaxLength) {
    c.kind = ShareKind::TooLong;
    c.link.clear();
  }
  c.warn = c.length > kShareWarnLength;
  return c;
}

bool is_share_fragment(std::string_view fragment) {
  return fragment_of(fragment).substr(0, kShareKey.size()) == kShareKey;
}

ShareFragment parse_share_fragment(std::string_view fragment) {
  ShareFragment f;
  std::string_view s = fragment_of(fragment);
  if (s.substr(0, kShareKey.size()) != kShareKey) {
    f.error = "the address does not hold a share link";
    return f;
  }
  s.remove_prefix(kShareKey.size());
  if (s.substr(0, kShareVersion.size()) != kShareVersion) {
    const size_t dot = s.find('.');
    if (dot != std::string_view::npos && dot > 1 && s[0] == 'v' &&
        std::all_of(s.begin() + 1, s.begin() + static_cast<long>(dot), [](char c) { return c >= '0' && c <= '9'; })) {
      f.error = "the link was made by a newer version of the annotator (" + std::string(s.substr(0, dot)) +
                "); this one reads v1 links";
    } else {
      f.error = "the link is not one the annotator makes (it should start with #share=v1.)";
    }
    return f;
  }
  s.remove_prefix(kShareVersion.size());
  // Some chat apps add a full stop or spaces after a link they cut; they are not base64url.
  if (s.empty()) {
    f.error = "the link is cut short: it holds nothing after #share=v1.";
    return f;
  }
  std::string why;
  if (!base64url_decode(s, f.bytes, &why)) {
    f.error = "the link is damaged (was it cut short or changed when it was copied?)";
    f.detail = "after #share=v1.: " + why;
    return f;
  }
  f.ok = true;
  return f;
}

SharePayload read_share_payload(std::string_view json_text) {
  SharePayload p;
  const nlohmann::json doc = nlohmann::json::parse(json_text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    p.error = "the link is damaged: what it carries is not an annotation file";
    p.detail = "the decompressed payload is not a JSON object";
    return p;
  }
  p.file = import_w3c(json_text);
  if (!p.file.ok) {
    p.error = "the link is damaged: what it carries is not an annotation file this app can read";
    p.detail = p.file.errors.empty() ? "" : p.file.errors.front();
    return p;
  }
  p.has_article = p.file.article.has_value();
  p.sha256 = p.file.article_sha256;
  p.title = p.file.title;
  if (const auto art = doc.find("article"); art != doc.end() && art->is_object()) {
    if (const auto u = art->find("url"); u != art->end() && u->is_string()) p.url = u->get<std::string>();
  }
  if (p.url.empty() && p.file.source.rfind("http", 0) == 0) p.url = p.file.source;
  if (!p.has_article && p.sha256.empty() && p.url.empty()) {
    p.error = "the link carries annotations but does not say which article they belong to";
    return p;
  }
  p.ok = true;
  return p;
}

}  // namespace core
