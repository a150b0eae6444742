// import_explain.cpp - see import_explain.h.
#include "core/import_explain.h"

#include <cstdlib>

namespace core {
namespace {
bool has(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

// "[3]...", "items[3]..." or "first.items[3]..." -> 4 (people count from one); 0 when the
// message is not about one annotation.
size_t item_number(std::string_view s) {
  size_t p = 0;
  if (s.rfind("items[", 0) == 0) p = 6;
  else if (s.rfind("first.items[", 0) == 0) p = 12;
  else if (s.rfind("[", 0) == 0) p = 1;
  else return 0;
  return static_cast<size_t>(std::strtoul(std::string(s.substr(p, 12)).c_str(), nullptr, 10)) + 1;
}
}  // namespace

std::string plain_import_error(std::string_view t) {
  if (has(t, "the file is empty")) return "The file is empty.";
  if (has(t, "too large")) return "The file is too large to import.";
  if (has(t, "invalid UTF-8")) {
    return "The file is not plain text (it may be a document or an image saved with a .json name).";
  }
  if (has(t, "JSON syntax error") || has(t, "could not be read as JSON") || has(t, "nested")) {
    return "The file is damaged or incomplete: it is not readable as an annotation file. If it was "
           "sent to you, ask for it again.";
  }
  if (has(t, "format version")) {
    return "The file was made by a newer version of the annotator. Reload this page to update it, "
           "then import the file again.";
  }
  if (has(t, "first.next") || has(t, "only linked")) {
    return "The file holds only part of a collection of annotations: the rest are on pages that are "
           "not in the file.";
  }
  if (has(t, "article.sha256") || has(t, "article.text")) {
    return "The article inside the file was changed after the file was made, so its annotations "
           "cannot be trusted to point at the right words.";
  }
  if (has(t, "total")) return "The file seems cut short: it holds fewer annotations than it says.";
  if (has(t, "expected an Annotation") || has(t, "the file holds")) {
    return "This is not an annotation file: it holds other data. Annotation files come from "
           "File > Export here, or from another tool that writes W3C Web Annotations.";
  }
  if (const size_t n = item_number(t)) {
    return "Annotation " + std::to_string(n) + " in the file is incomplete or damaged. Importing only "
           "part of a file could mislead, so none of it was imported.";
  }
  return "The file could not be read as annotations.";
}

}  // namespace core
