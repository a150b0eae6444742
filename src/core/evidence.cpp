// evidence.cpp - see evidence.h.
#include "core/evidence.h"

#include <cctype>
#include <string>

#include "core/utf8.h"

namespace core {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

bool has_space(std::string_view s) {
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// "bbc.co.uk", "news.example.org:8080": labels of letters, digits and hyphens, at least one
// dot, and a top-level label of two or more letters.
bool is_host(std::string_view host) {
  if (const size_t colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
  const size_t last_dot = host.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == 0 || last_dot + 2 > host.size()) return false;
  std::string top;
  for (size_t i = last_dot + 1; i < host.size(); ++i) {
    if (!std::isalpha(static_cast<unsigned char>(host[i]))) return false;
    top += static_cast<char>(std::tolower(static_cast<unsigned char>(host[i])));
  }
  // A file's name ("report.pdf") looks like a domain; these endings are no domains people
  // cite (.doc and .zip are, rarely: write them with https://).
  static const char* const kFileEndings[] = {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
                                             "ods", "txt", "csv", "jpg", "jpeg", "png", "gif", "mp3",
                                             "mp4", "zip", "json", "htm", "html"};
  for (const char* ending : kFileEndings) {
    if (top == ending) return false;
  }
  char prev = '.';
  for (char c : host) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' ||
                    static_cast<unsigned char>(c) >= 0x80;  // internationalised names
    if (!ok || (c == '.' && prev == '.')) return false;
    prev = c;
  }
  return true;
}

}  // namespace

Evidence read_evidence(std::string_view text) {
  const std::string_view t = trim(text);
  Evidence e;
  if (t.empty() || has_space(t)) return e;
  if (starts_with_ci(t, "https://") || starts_with_ci(t, "http://")) {
    const size_t start = t.find("//") + 2;
    const std::string_view host = t.substr(start, t.find_first_of("/?#", start) - start);
    if (!host.empty()) e = {Evidence::Kind::Link, std::string(t)};
    return e;
  }
  if (starts_with_ci(t, "doi:")) {
    if (t.size() > 4) e = {Evidence::Kind::Link, "https://doi.org/" + std::string(t.substr(4))};
    return e;
  }
  if (t.find("://") != std::string_view::npos) return e;  // ftp:// and the like: not opened here
  const std::string_view host = t.substr(0, t.find_first_of("/?#"));
  if (is_host(host)) e = {Evidence::Kind::Link, "https://" + std::string(t)};
  return e;
}

std::string normalise_evidence(std::string_view text) {
  const Evidence e = read_evidence(text);
  return e.kind == Evidence::Kind::Link ? e.href : std::string(trim(text));
}

std::string short_link(std::string_view href, size_t max_cps) {
  std::string_view s = trim(href);
  if (const size_t p = s.find("://"); p != std::string_view::npos) s.remove_prefix(p + 3);
  if (starts_with_ci(s, "www.")) s.remove_prefix(4);
  if (!s.empty() && s.back() == '/') s.remove_suffix(1);
  std::u32string cps = utf8::decode(s);
  if (cps.size() > max_cps && max_cps > 0) {
    cps.resize(max_cps - 1);
    cps += U'\u2026';
  }
  return utf8::encode(cps);
}

}  // namespace core
