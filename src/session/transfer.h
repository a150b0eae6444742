// transfer.h - how records cross from the page into the app in one buffer (start-up,
// storage reads, loadArticle) without JSON-escaping megabytes of article text: each entry is
// a line "KEY<TAB>LENGTH\n" followed by exactly LENGTH bytes of value (web/app-glue.js
// writes this framing, the length padded with zeros). Keys never hold a tab or a newline.
//
// How to use:
//   std::string error;
//   auto entries = session::parse_entries(data, &error);   // views into `data`
//   if (!entries) report(error);                           // "entry 3: length runs past the end"
//   std::string out; session::append_entry(out, "ui", ui_json);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace session {

struct Entry {
  std::string_view key, value;
};

std::optional<std::vector<Entry>> parse_entries(std::string_view data, std::string* error);
void append_entry(std::string& out, std::string_view key, std::string_view value);

}  // namespace session
