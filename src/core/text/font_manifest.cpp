// font_manifest.cpp - reading tools/make-script-fonts.sh's manifest (see font_manifest.h).
#include "core/text/font_manifest.h"

#include <algorithm>
#include <cstdlib>

#include <nlohmann/json.hpp>

namespace core::text {
namespace {

// "U+0600-06FF,U+25CC" (pyftsubset's --unicodes syntax) into inclusive ranges.
bool parse_ranges(const std::string& s, std::vector<std::pair<char32_t, char32_t>>& out) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(',', i);
    if (j == std::string::npos) j = s.size();
    const std::string item = s.substr(i, j - i);
    if (item.size() < 3 || (item[0] != 'U' && item[0] != 'u') || item[1] != '+') return false;
    char* end = nullptr;
    const unsigned long lo = std::strtoul(item.c_str() + 2, &end, 16);
    unsigned long hi = lo;
    if (*end == '-') hi = std::strtoul(end + 1, &end, 16);
    if (*end != '\0' || hi < lo || hi > 0x10FFFF) return false;
    out.emplace_back(static_cast<char32_t>(lo), static_cast<char32_t>(hi));
    i = j + 1;
  }
  std::sort(out.begin(), out.end());
  return true;
}

}  // namespace

bool FontFile::covers(char32_t c) const {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), c,
                             [](char32_t v, const std::pair<char32_t, char32_t>& r) { return v < r.first; });
  return it != ranges.begin() && c <= (it - 1)->second;
}

std::optional<FontManifest> FontManifest::parse(std::string_view json, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<FontManifest> {
    if (error) *error = why;
    return std::nullopt;
  };
  const nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return fail("not JSON");
  const auto version = j.find("version");  // (value() would throw on "1")
  if (version == j.end() || !version->is_number_integer() || *version != 1) return fail("not a font manifest of version 1");
  const auto fonts = j.find("fonts");
  if (fonts == j.end() || !fonts->is_array()) return fail("no \"fonts\" array");
  FontManifest m;
  for (size_t k = 0; k < fonts->size(); ++k) {
    const nlohmann::json& f = (*fonts)[k];
    const std::string where = "fonts[" + std::to_string(k) + "]";
    if (!f.is_object() || !f.contains("file") || !f["file"].is_string() || !f.contains("unicodes") ||
        !f["unicodes"].is_string()) {
      return fail(where + ": needs \"file\" and \"unicodes\" strings");
    }
    FontFile file;
    file.file = f["file"].get<std::string>();
    if (f.contains("for") && f["for"].is_string()) file.purpose = f["for"].get<std::string>();
    if (f.contains("bytes") && f["bytes"].is_number_unsigned()) file.bytes = f["bytes"].get<size_t>();
    if (f.contains("lang") && f["lang"].is_string()) file.lang = f["lang"].get<std::string>();
    if (!parse_ranges(f["unicodes"].get<std::string>(), file.ranges)) {
      return fail(where + ".unicodes: not a list like U+0600-06FF,U+25CC");
    }
    m.files.push_back(std::move(file));
  }
  return m;
}

std::vector<std::string> FontManifest::files_for(const std::vector<char32_t>& cps, std::string_view lang) const {
  std::vector<bool> wanted(files.size(), false);
  for (char32_t c : cps) {
    for (size_t i = 0; i < files.size(); ++i) {
      if (!files[i].lang.empty() && files[i].lang != lang) continue;
      if (files[i].covers(c)) {
        wanted[i] = true;
        break;
      }
    }
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < files.size(); ++i) {
    if (wanted[i]) out.push_back(files[i].file);
  }
  return out;
}

std::string FontManifest::lang_of(std::string_view file) const {
  for (const FontFile& f : files)
    if (f.file == file) return f.lang;
  return "";
}

std::string document_lang(const std::vector<char32_t>& cps) {
  for (char32_t c : cps)
    if ((c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF)) return "ja";
  return "";
}

std::string FontManifest::bold_of(std::string_view file) const {
  const size_t dot = file.rfind('.');
  if (dot == std::string_view::npos || is_bold_cut(file)) return "";
  const std::string bold = std::string(file.substr(0, dot)) + "-bold" + std::string(file.substr(dot));
  for (const FontFile& f : files)
    if (f.file == bold) return bold;
  return "";
}

bool is_bold_cut(std::string_view file) {
  const size_t dot = file.rfind('.');
  const std::string_view stem = file.substr(0, dot == std::string_view::npos ? file.size() : dot);
  return stem.size() > 5 && stem.substr(stem.size() - 5) == "-bold";
}

}  // namespace core::text
