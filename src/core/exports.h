// exports.h - the article's annotations in forms for people and other programs: a
// self-contained HTML report, CSV for spreadsheets, Markdown for documents, and schema.org
// ClaimReview JSON-LD for fact-check indexes. Each is described in docs/FORMAT.md
// ("Exports"); the W3C file itself is w3c_format.h.
//
// How to use:
//   std::vector<core::Annotation> anns = store.annotations();   // anchored to `article`
//   std::string csv = core::export_csv(anns);
//   std::string md = core::export_markdown(article, anns);
//   std::string html = core::export_html_report(article, anns);
//   core::ClaimReviewOptions o{"https://factcheck.example/budget", "Example Checks", "2026-11-30"};
//   core::ClaimReviewExport cr = core::export_claimreview(article, anns, o);  // cr.warnings
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/annotation.h"
#include "core/article.h"

namespace core {

// [SECTION] words and counts shared by the exports

const char* verdict_words(Verdict v);                  // "Mostly true"
std::string category_words(const std::string& category);  // "Person or organisation", else as is

struct Summary {
  size_t total = 0, placed = 0, orphaned = 0;
  std::vector<std::pair<Verdict, size_t>> by_verdict;           // every verdict, in order
  std::vector<std::pair<std::string, size_t>> by_category;      // built-ins first, then by name
};
Summary summarise(const std::vector<Annotation>& anns);

// Annotations in reading order: placed ones by position, then the orphaned in file order.
std::vector<const Annotation*> reading_order(const std::vector<Annotation>& anns);

// True for an absolute http: or https: URL: the only links the exports make clickable.
bool is_web_url(const std::string& s);

// [SECTION] the exports

// RFC 4180: a header row, then one row per annotation (reading order), CRLF line ends, UTF-8
// without a byte order mark. Columns: id, exact, prefix, suffix, start, end (code points),
// category, verdict, note, links (space-separated), creator, created, modified, anchor.
std::string export_csv(const std::vector<Annotation>& anns);

// The title and source, a summary table, then each annotation: quote, category, verdict,
// note, evidence links. User text is escaped so it shows literally.
std::string export_markdown(const Article& article, const std::vector<Annotation>& anns);

struct ReportOptions {
  std::string date;  // shown as "Report of 2026-11-30" when set (keeps output reproducible)
};
// One HTML file that needs nothing else: inline CSS, no script, a Content-Security-Policy that
// forbids scripts and every remote load; every user string escaped.
std::string export_html_report(const Article& article, const std::vector<Annotation>& anns,
                               const ReportOptions& options = {});

struct ClaimReviewOptions {
  std::string url;        // the page that publishes the fact check
  std::string publisher;  // the organisation that publishes it
  std::string date;       // its publication date, YYYY-MM-DD
};
struct ClaimReviewExport {
  std::string json;                   // a JSON array of ClaimReview objects ("[]" if none)
  size_t reviews = 0;                 // annotations with a verdict
  size_t skipped = 0;                 // unverified annotations (no verdict to publish)
  std::vector<std::string> warnings;  // what a validator will miss ("no url: ...")
};
ClaimReviewExport export_claimreview(const Article& article, const std::vector<Annotation>& anns,
                                     const ClaimReviewOptions& options);

// The rating each verdict gets (1 = worst .. 5 = best); Unverified has none (0).
int claimreview_rating(Verdict v);
// The claim shortened to `max` code points at a word boundary, with "…" when cut.
std::string shorten_claim(const std::string& text, size_t max = 75);

}  // namespace core
