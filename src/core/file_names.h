// file_names.h - a file name for an export from an article's title: lower-case ASCII words
// joined by '-', accents and other scripts dropped, at most 80 characters, never empty.
#pragma once

#include <string>
#include <string_view>

namespace core {

// "Russia’s Vladimir Putin visits ‘dear friend’" -> "russias-vladimir-putin-visits-dear-friend"
std::string slug_from_title(std::string_view title_utf8);
// slug + ".annotations.json"
std::string export_file_name(std::string_view title_utf8);

}  // namespace core
