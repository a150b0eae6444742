// export_csv.cpp - RFC 4180 CSV, one row per annotation (docs/FORMAT.md, "CSV").
#include "core/exports.h"

namespace core {
namespace {

// A text cell. Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a
// formula, and a quote from a hostile article could be one: such a cell gets a leading
// apostrophe, which spreadsheets show as "text", and which readers of the file strip
// (docs/FORMAT.md). Then RFC 4180 quoting where needed.
std::string cell(const std::string& s) {
  std::string v = s;
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
    v.insert(v.begin(), '\'');
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  out += "\"";
  return out;
}

}  // namespace

std::string export_csv(const std::vector<Annotation>& anns) {
  std::string out =
      "id,exact,prefix,suffix,start,end,category,verdict,note,links,creator,created,modified,anchor\r\n";
  for (const Annotation* a : reading_order(anns)) {
    std::string links;
    for (const std::string& l : a->links)
      if (!l.empty()) links += (links.empty() ? "" : " ") + l;
    const bool placed = a->anchor != AnchorStatus::Orphaned;
    // An orphan's positions are where it was on another version of the text: left empty.
    const std::string start = placed ? std::to_string(a->start) : "", end = placed ? std::to_string(a->end) : "";
    out += cell(a->id) + "," + cell(a->exact) + "," + cell(a->prefix) + "," + cell(a->suffix) + "," + start +
           "," + end + "," + cell(a->category.empty() ? "claim" : a->category) + "," + to_string(a->verdict) +
           "," + cell(a->note) + "," + cell(links) + "," + cell(a->author) + "," + cell(a->created) + "," +
           cell(a->modified) + "," + to_string(a->anchor) + "\r\n";
  }
  return out;
}

}  // namespace core
