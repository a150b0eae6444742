// file_names.cpp - see file_names.h.
#include "core/file_names.h"

#include "core/utf8.h"

namespace core {

std::string slug_from_title(std::string_view title_utf8) {
  std::string out;
  bool pending_dash = false;
  for (char32_t c : utf8::decode(title_utf8)) {
    if (c >= U'A' && c <= U'Z') c += 32;
    const bool alnum = (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
    if (alnum) {
      if (pending_dash && !out.empty()) out += '-';
      pending_dash = false;
      if (out.size() >= 80) break;
      out += static_cast<char>(c);
    } else if (c == U'\'' || c == 0x2019) {
      // Apostrophes vanish inside words: "Russia’s" -> "russias".
    } else {
      pending_dash = true;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "article" : out;
}

std::string export_file_name(std::string_view title_utf8) {
  return slug_from_title(title_utf8) + ".annotations.json";
}

}  // namespace core
