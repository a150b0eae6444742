// export_markdown.cpp - a summary and the annotated quotes, to paste into a document
// (docs/FORMAT.md, "Markdown").
#include "core/exports.h"

namespace core {
namespace {

// Shows `s` literally in CommonMark: the characters that can open markup anywhere (links,
// HTML tags, emphasis, code, entities, tables) are backslash-escaped, as are those that start a
// block at the beginning of a line (lists, headings, quotes). Line breaks become hard breaks
// inside the same block.
std::string md(const std::string& s, const std::string& line_prefix = "") {
  static const std::string kAnywhere = "\\`*_[]<>#|~&!";
  static const std::string kLineStart = "+-=>";
  std::string out;
  bool line_start = true, digits_only = true;
  for (char c : s) {
    if (c == '\r') continue;
    if (c == '\n') {
      out += "\\\n" + line_prefix;  // a backslash before the newline: a hard line break
      line_start = digits_only = true;
      continue;
    }
    if (line_start && c == ' ') {
      out += "&#32;";  // leading spaces would make a code block
      continue;
    }
    const bool ordered_list = digits_only && !line_start && (c == '.' || c == ')');  // "1." at line start
    if (kAnywhere.find(c) != std::string::npos || (line_start && kLineStart.find(c) != std::string::npos) ||
        ordered_list)
      out.push_back('\\');
    out.push_back(c);
    digits_only = digits_only && c >= '0' && c <= '9';
    line_start = false;
  }
  return out;
}

std::string link(const std::string& url) {
  if (is_web_url(url)) {
    std::string safe;
    for (char c : url) {  // inside <...>: no spaces, < or > (percent-encode them)
      if (c == ' ') safe += "%20";
      else if (c == '<') safe += "%3C";
      else if (c == '>') safe += "%3E";
      else safe.push_back(c);
    }
    return "<" + safe + ">";
  }
  return md(url);  // not a web address: shown as text, never a link
}

}  // namespace

std::string export_markdown(const Article& article, const std::vector<Annotation>& anns) {
  const Summary sum = summarise(anns);
  std::string out = "# " + md(article.title.empty() ? "Untitled article" : article.title) + "\n\n";
  if (!article.url.empty()) out += "Source: " + link(article.url) + "\n\n";
  out += std::to_string(sum.total) + " annotation" + (sum.total == 1 ? "" : "s");
  if (sum.orphaned) out += ", " + std::to_string(sum.orphaned) + " not found in the article";
  out += ".\n\n## Summary\n\n| Verdict | Annotations |\n| --- | ---: |\n";
  for (const auto& [v, n] : sum.by_verdict) out += std::string("| ") + verdict_words(v) + " | " + std::to_string(n) + " |\n";
  out += "\n| Category | Annotations |\n| --- | ---: |\n";
  for (const auto& [c, n] : sum.by_category) out += "| " + md(category_words(c)) + " | " + std::to_string(n) + " |\n";

  const std::vector<const Annotation*> order = reading_order(anns);
  size_t n = 0;
  bool orphans_started = false;
  out += "\n## Annotations\n";
  for (const Annotation* a : order) {
    if (a->anchor == AnchorStatus::Orphaned && !orphans_started) {
      out += "\n## Not found in the article\n";
      orphans_started = true;
    }
    ++n;
    out += "\n" + std::to_string(n) + ". ";
    out += a->exact.empty() ? std::string("*(no quote: a note on the whole article)*")
                            : "> " + md(a->exact, "   > ");
    out += "\n\n   **" + md(category_words(a->category)) + "** · **" + verdict_words(a->verdict) + "**";
    if (!a->author.empty()) out += " · " + md(a->author);
    out += "\n";
    if (!a->note.empty()) out += "\n   " + md(a->note, "   ") + "\n";
    bool first = true;
    for (const std::string& l : a->links) {
      if (l.empty()) continue;
      out += (first ? "\n   Evidence: " : ", ") + link(l);
      first = false;
    }
    if (!first) out += "\n";
  }
  return out;
}

}  // namespace core
