// font_manifest.h - which font files a document needs: the manifest that
// tools/make-script-fonts.sh writes next to the fonts it cuts (manifest.json: each file with
// the code points it is cut to), read into ranges, and asked for the files that draw a set
// of code points (typically FontSet::missing of the article and its notes).
//
// How to use:
//   std::string error;
//   auto manifest = core::text::FontManifest::parse(json_text, &error);
//   for (const std::string& file : manifest->files_for(font_set.missing(text))) fetch(file);
//   if (auto b = manifest->bold_of("arabic.ttf"); !b.empty()) fetch(b);   // for titles
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace core::text {

struct FontFile {
  std::string file;      // e.g. "arabic.ttf", relative to the manifest
  std::string purpose;   // e.g. "Arabic, Persian, Urdu (Naskh)"
  size_t bytes = 0;
  // A face for one language's documents ("ja": Japanese glyph shapes for kanji shared with
  // Chinese), used instead of the untagged files only for documents in that language.
  std::string lang;
  std::vector<std::pair<char32_t, char32_t>> ranges;  // inclusive, sorted
  bool covers(char32_t c) const;
};

struct FontManifest {
  std::vector<FontFile> files;

  // Null, with a message in *error, when the JSON is not a manifest of version 1.
  static std::optional<FontManifest> parse(std::string_view json, std::string* error);
  // The files to fetch so that `cps` can be drawn: for each code point the first file that
  // covers it; each file once, in manifest order. Code points no file covers are skipped.
  // Files tagged with a language are considered only for a document in that `lang`.
  std::vector<std::string> files_for(const std::vector<char32_t>& cps, std::string_view lang = "") const;
  // The language a file is tagged with ("" when untagged or not in the manifest).
  std::string lang_of(std::string_view file) const;
  // The bold cut of `file` for titles and headings ("arabic.ttf" -> "arabic-bold.ttf") when
  // the manifest has one, else "".
  std::string bold_of(std::string_view file) const;
};

// The language whose own font faces a document's characters call for: "ja" when it has
// kana (its kanji then take Japanese shapes), else "".
std::string document_lang(const std::vector<char32_t>& cps);

// Whether `file` is a bold cut ("…-bold.ttf"): titles use it before the regular one.
bool is_bold_cut(std::string_view file);

}  // namespace core::text
