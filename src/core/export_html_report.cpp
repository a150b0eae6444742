// export_html_report.cpp - the self-contained report a reader opens in any browser
// (docs/FORMAT.md, "HTML report"). Safety rules, all tested with hostile strings in Chromium
// (tests/e2e/report.test.mjs):
//   - every string from the article or the annotations goes through html(): text and
//     attribute values alike; nothing of theirs ever lands in <style> or a tag name;
//   - links are made only for http(s) URLs, anything else (javascript:, data:) stays text;
//   - no script at all, and a Content-Security-Policy that forbids scripts and every load.
// Index:
//   [SECTION] escaping
//   [SECTION] style
//   [SECTION] the article with marks
//   [SECTION] notes
//   [SECTION] the page
#include <algorithm>
#include <map>
#include <set>

#include "core/exports.h"
#include "core/json_util.h"
#include "core/utf8.h"

namespace core {
namespace {

// [SECTION] escaping

std::string html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\0': out += "\xEF\xBF\xBD"; break;  // U+FFFD, as a parser would
      default: out.push_back(c);
    }
  }
  return out;
}

// Text with its line breaks kept.
std::string html_lines(std::string_view s) {
  std::string out = html(s);
  std::string with_br;
  for (char c : out) {
    if (c == '\n') with_br += "<br>\n";
    else if (c != '\r') with_br.push_back(c);
  }
  return with_br;
}

// A link when `url` is http(s), else the text itself: a javascript: or data: URL never
// becomes something to click.
std::string link(const std::string& url, const std::string& text) {
  if (!is_web_url(url)) return html(text);
  return "<a href=\"" + html(json_util::encode_iri(url)) + "\" rel=\"noopener noreferrer\">" + html(text) + "</a>";
}

// Class names come from our own list, never from the user's category text.
std::string category_class(const std::string& category) {
  const std::vector<std::string>& b = builtin_categories();
  return std::find(b.begin(), b.end(), category) != b.end() ? "c-" + category : "c-custom";
}

std::string verdict_class(Verdict v) { return std::string("v-") + to_string(v); }

// [SECTION] style

const char* kStyle = R"(
:root { --ink: #1b1b1b; --muted: #555; --rule: #ccc; }
body { font: 17px/1.6 Georgia, "Noto Serif", serif; color: var(--ink); max-width: 46rem;
       margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; line-height: 1.25; } h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--rule); }
header p, .meta, caption { color: var(--muted); font-family: system-ui, sans-serif; font-size: .9rem; }
table { border-collapse: collapse; margin: 1rem 1.5rem 1rem 0; display: inline-table; vertical-align: top; }
caption { text-align: left; font-weight: bold; }
th, td { text-align: left; padding: .2rem .8rem .2rem 0; border-bottom: 1px solid #eee; }
td.n { text-align: right; }
mark { color: inherit; padding: 0 .1em; border-bottom: 2px solid; }
mark.multi { outline: 1px dashed #777; }
.c-claim { background: #fff1a8; border-color: #b59a00; }
.c-statistic { background: #cfe6ff; border-color: #2b6cb0; }
.c-quote { background: #e9ddff; border-color: #6b46c1; }
.c-date { background: #d4f3dc; border-color: #2f855a; }
.c-person-org { background: #ffe0cc; border-color: #c05621; }
.c-opinion { background: #ffd9e8; border-color: #b83280; }
.c-custom { background: #e4e4e4; border-color: #666; }
span.swatch { display: inline-block; width: .9em; height: .9em; margin-right: .4em;
              vertical-align: -.1em; border: 1px solid; }
sup a { text-decoration: none; font-family: system-ui, sans-serif; font-size: .75em; }
.article p { margin: 0 0 1em; }
ol.notes > li { margin-bottom: 1.5rem; }
blockquote { margin: .3rem 0; padding-left: .8rem; border-left: 3px solid var(--rule); }
.verdict { font-family: system-ui, sans-serif; font-weight: bold; }
.v-false, .v-misleading { color: #a61b1b; } .v-true, .v-mostly-true { color: #1c6b35; }
.v-unsupported { color: #8a5300; } .v-unverified { color: var(--muted); }
.note { white-space: normal; }
ul.evidence { padding-left: 1.2rem; font-size: .95rem; word-break: break-all; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  mark, span.swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
  ul.evidence a::after { content: ""; }
  .back { display: none; }
  h2 { break-after: avoid; } ol.notes > li { break-inside: avoid; }
}
)";

// [SECTION] the article with marks

struct Numbered {
  const Annotation* a;
  size_t n;  // note number, 1-based, in reading order
};

// The article paragraph by paragraph. Every stretch of text covered by annotations is one
// <mark> described by all of their notes (overlaps included); the note's number follows the
// annotation's last visible character.
std::string article_html(const Article& article, const std::vector<Numbered>& placed) {
  const std::u32string& cps = article.cps;
  // Where each placed annotation's last visible character is (it may end in a paragraph gap).
  std::vector<size_t> visible_end(placed.size(), 0);
  std::vector<size_t> bounds;
  for (size_t i = 0; i < placed.size(); ++i) {
    const Annotation& a = *placed[i].a;
    bounds.push_back(a.start);
    bounds.push_back(a.end);
    for (const Range& p : article.paragraphs) {
      if (p.start >= a.end) break;
      if (p.end > a.start) visible_end[i] = std::min(a.end, p.end);
    }
  }
  for (const Range& p : article.paragraphs) {
    bounds.push_back(p.start);
    bounds.push_back(p.end);
  }
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

  // Sweep: starts and ends sorted, the set of active note indexes kept as we go.
  std::vector<std::pair<size_t, size_t>> starts, ends;  // (position, index into placed)
  for (size_t i = 0; i < placed.size(); ++i) {
    starts.emplace_back(placed[i].a->start, i);
    ends.emplace_back(placed[i].a->end, i);
  }
  std::sort(starts.begin(), starts.end());
  std::sort(ends.begin(), ends.end());
  std::multimap<size_t, size_t> refs;  // visible end -> index
  for (size_t i = 0; i < placed.size(); ++i)
    if (visible_end[i] > 0) refs.emplace(visible_end[i], i);

  std::string out = "<div class=\"article\">\n";
  std::set<size_t> active;
  size_t si = 0, ei = 0;
  for (const Range& p : article.paragraphs) {
    out += "<p dir=\"auto\">";
    auto from = std::lower_bound(bounds.begin(), bounds.end(), p.start);
    for (auto it = from; it != bounds.end() && *it < p.end; ++it) {
      const size_t x = *it, y = std::min(*(it + 1), p.end);
      while (ei < ends.size() && ends[ei].first <= x) active.erase(ends[ei++].second);
      while (si < starts.size() && starts[si].first <= x) {
        if (placed[starts[si].second].a->end > x) active.insert(starts[si].second);
        ++si;
      }
      const std::string text = html_lines(utf8::encode(std::u32string_view(cps).substr(x, y - x)));
      if (active.empty()) {
        out += text;
      } else {
        std::string described;
        for (size_t i : active) described += (described.empty() ? "" : " ") + ("note-" + std::to_string(placed[i].n));
        const Annotation& inner = *placed[*active.rbegin()].a;  // the latest started shows its colour
        out += "<mark class=\"" + category_class(inner.category) + (active.size() > 1 ? " multi" : "") +
               "\" aria-describedby=\"" + described + "\">" + text + "</mark>";
      }
      for (auto r = refs.lower_bound(y); r != refs.end() && r->first == y; ++r) {
        const std::string n = std::to_string(placed[r->second].n);
        out += "<sup><a href=\"#note-" + n + "\" id=\"ref-" + n + "\" aria-label=\"note " + n + "\">" + n + "</a></sup>";
      }
    }
    out += "</p>\n";
  }
  out += "</div>\n";
  return out;
}

// [SECTION] notes

std::string note_html(const Annotation& a, size_t n, bool in_text) {
  const std::string id = std::to_string(n);
  std::string out = "<li id=\"note-" + id + "\">\n";
  if (a.exact.empty()) out += "<p><em>No quote: a note on the whole article.</em></p>\n";
  else out += "<blockquote><p dir=\"auto\">" + html_lines(a.exact) + "</p></blockquote>\n";
  out += "<p class=\"meta\"><span class=\"swatch " + category_class(a.category) + "\" aria-hidden=\"true\"></span>" +
         html(category_words(a.category)) + " · <span class=\"verdict " + verdict_class(a.verdict) +
         "\">Verdict: " + verdict_words(a.verdict) + "</span>";
  if (!a.author.empty()) out += " · by " + html(a.author);
  out += "</p>\n";
  if (!a.note.empty()) out += "<p class=\"note\" dir=\"auto\">" + html_lines(a.note) + "</p>\n";
  std::string links;
  for (const std::string& l : a.links)
    if (!l.empty()) links += "<li>" + link(l, l) + "</li>\n";
  if (!links.empty()) out += "<p class=\"meta\">Evidence:</p>\n<ul class=\"evidence\">\n" + links + "</ul>\n";
  if (in_text)
    out += "<p class=\"back meta\"><a href=\"#ref-" + id + "\">Back to the text (note " + id + ")</a></p>\n";
  out += "</li>\n";
  return out;
}

std::string summary_html(const Summary& s) {
  std::string out = "<table>\n<caption>By verdict</caption>\n<thead><tr><th scope=\"col\">Verdict</th>"
                    "<th scope=\"col\">Annotations</th></tr></thead>\n<tbody>\n";
  for (const auto& [v, n] : s.by_verdict)
    out += std::string("<tr><td class=\"verdict ") + verdict_class(v) + "\">" + verdict_words(v) +
           "</td><td class=\"n\">" + std::to_string(n) + "</td></tr>\n";
  out += "</tbody>\n</table>\n<table>\n<caption>By category</caption>\n<thead><tr><th scope=\"col\">"
         "Category</th><th scope=\"col\">Annotations</th></tr></thead>\n<tbody>\n";
  for (const auto& [c, n] : s.by_category)
    out += "<tr><td><span class=\"swatch " + category_class(c) + "\" aria-hidden=\"true\"></span>" +
           html(category_words(c)) + "</td><td class=\"n\">" + std::to_string(n) + "</td></tr>\n";
  out += "</tbody>\n</table>\n";
  return out;
}

}  // namespace

// [SECTION] the page

std::string export_html_report(const Article& article, const std::vector<Annotation>& anns,
                               const ReportOptions& options) {
  const std::string title = article.title.empty() ? "Untitled article" : article.title;
  const Summary sum = summarise(anns);
  std::vector<Numbered> placed, orphans;
  size_t n = 0;
  for (const Annotation* a : reading_order(anns)) {
    // Placed, and inside this text (a position past the end means another version).
    const bool in_text = a->anchor != AnchorStatus::Orphaned && a->start < a->end && a->end <= article.cps.size();
    (in_text ? placed : orphans).push_back({a, ++n});
  }

  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      // No script may run and nothing may be fetched: the report is read, never executed.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
      "<meta name=\"referrer\" content=\"no-referrer\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"article-annotator\">\n"
      "<title>Fact-check report: " + html(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  out += "<header>\n<p>Fact-check report</p>\n<h1 dir=\"auto\">" + html(title) + "</h1>\n";
  if (!article.url.empty()) out += "<p>Source: " + link(article.url, article.url) + "</p>\n";
  out += "<p>" + std::to_string(sum.total) + " annotation" + (sum.total == 1 ? "" : "s");
  if (!orphans.empty()) out += ", " + std::to_string(orphans.size()) + " not found in the article";
  if (!options.date.empty()) out += " · report of " + html(options.date);
  out += "</p>\n</header>\n<main>\n";

  out += "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n" + summary_html(sum) + "</section>\n";
  out += "<section aria-labelledby=\"text\">\n<h2 id=\"text\">The article</h2>\n";
  out += article.cps.empty() ? "<p class=\"meta\">The article's text is not in the file.</p>\n"
                             : article_html(article, placed);
  out += "</section>\n";
  if (!placed.empty()) {
    out += "<section aria-labelledby=\"notes\">\n<h2 id=\"notes\">Notes</h2>\n<ol class=\"notes\">\n";
    for (const Numbered& x : placed) out += note_html(*x.a, x.n, true);
    out += "</ol>\n</section>\n";
  }
  if (!orphans.empty()) {
    out += "<section aria-labelledby=\"orphans\">\n<h2 id=\"orphans\">Not found in the article</h2>\n"
           "<p class=\"meta\">Made on another version of the article, or their place could not be "
           "found.</p>\n<ol class=\"notes\" start=\"" + std::to_string(orphans.front().n) + "\">\n";
    for (const Numbered& x : orphans) out += note_html(*x.a, x.n, false);
    out += "</ol>\n</section>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace core
