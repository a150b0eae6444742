// transfer.cpp - see transfer.h.
#include "session/transfer.h"

#include <cctype>

namespace session {

std::optional<std::vector<Entry>> parse_entries(std::string_view data, std::string* error) {
  std::vector<Entry> out;
  size_t at = 0;
  auto fail = [&](const std::string& what) -> std::optional<std::vector<Entry>> {
    if (error) *error = "entry " + std::to_string(out.size() + 1) + ": " + what;
    return std::nullopt;
  };
  while (at < data.size()) {
    const size_t tab = data.find('\t', at);
    const size_t nl = data.find('\n', at);
    if (tab == std::string_view::npos || nl == std::string_view::npos || tab > nl) {
      return fail("expected KEY<TAB>LENGTH and a line break");
    }
    const std::string_view len_text = data.substr(tab + 1, nl - tab - 1);
    if (len_text.empty() || len_text.size() > 12) return fail("the length is not a number");
    size_t len = 0;
    for (char c : len_text) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return fail("the length is not a number");
      len = len * 10 + static_cast<size_t>(c - '0');
    }
    if (len > data.size() - (nl + 1)) return fail("the value runs past the end of the data");
    out.push_back({data.substr(at, tab - at), data.substr(nl + 1, len)});
    at = nl + 1 + len;
  }
  return out;
}

void append_entry(std::string& out, std::string_view key, std::string_view value) {
  out.append(key);
  out += '\t';
  out += std::to_string(value.size());
  out += '\n';
  out.append(value);
}

}  // namespace session
