// cmd_export.cpp - `annotator export FILE.json --format html|csv|markdown|claimreview`: the
// annotations as a report, a spreadsheet, a document or fact-check markup (docs/FORMAT.md,
// "Exports"). The article is the one embedded in FILE.json, or --article ARTICLE.txt.
#include <string>

#include "cli/cli_io.h"
#include "core/anchor.h"
#include "core/exports.h"
#include "core/w3c_format.h"

namespace cli {

namespace {
const char* kExportUsage =
    "usage: annotator export FILE.json --format html|csv|markdown|claimreview [-o OUT]\n"
    "                        [--article ARTICLE.txt] [--url URL --publisher NAME --date YYYY-MM-DD]\n";
}

int cmd_export(const Args& args, std::ostream& out, std::ostream& err) {
  const ParsedArgs p = parse_args(
      args, {"--format", "-o", "--output", "--article", "--url", "--publisher", "--date"});
  const std::string* format = p.get("--format");
  if (!p.error.empty() || p.positional.size() != 1 || !format) {
    err << kExportUsage;
    if (!p.error.empty()) err << "annotator: " << p.error << "\n";
    else if (p.positional.size() == 1 && !format) err << "annotator: --format is missing\n";
    return kUsage;
  }
  if (*format != "html" && *format != "csv" && *format != "markdown" && *format != "claimreview") {
    err << "annotator: unknown format \"" << *format << "\" (html, csv, markdown or claimreview)\n";
    return kUsage;
  }
  const std::string* output = p.get("-o") ? p.get("-o") : p.get("--output");
  const std::string& path = p.positional[0];
  std::string error;
  const auto bytes = read_file(path, error);
  if (!bytes) {
    err << "annotator: " << error << "\n";
    return kIo;
  }
  core::ImportResult imported = core::import_w3c(*bytes);
  if (!imported.ok) {
    for (const std::string& problem : imported.errors) err << path << ": " << problem << "\n";
    return kInvalid;
  }

  // The article: given on the command line, else the one in the file, else none (the
  // exports then work from the quotes alone).
  core::Article article;
  if (const std::string* article_path = p.get("--article")) {
    int exit_code = kOk;
    auto loaded = load_article_file(*article_path, err, exit_code);
    if (!loaded) return exit_code;
    article = std::move(loaded->article);
    if (article.url.empty()) article.url = imported.source;
  } else if (imported.article) {
    article = std::move(*imported.article);
  } else {
    article.title = imported.title;
    article.url = imported.source;
    err << "annotator: note: " << path << " carries no article text; give --article to place the quotes\n";
  }
  if (article.url.empty() && imported.source.rfind("http", 0) == 0) article.url = imported.source;
  if (!article.cps.empty()) core::anchor_annotations(article.cps, imported.annotations);
  else
    for (core::Annotation& a : imported.annotations) a.anchor = core::AnchorStatus::Orphaned;

  std::string result;
  if (*format == "csv") {
    result = core::export_csv(imported.annotations);
  } else if (*format == "markdown") {
    result = core::export_markdown(article, imported.annotations);
  } else if (*format == "html") {
    core::ReportOptions o;
    if (const std::string* date = p.get("--date")) o.date = *date;
    result = core::export_html_report(article, imported.annotations, o);
  } else {
    core::ClaimReviewOptions o;
    if (const std::string* v = p.get("--url")) o.url = *v;
    if (const std::string* v = p.get("--publisher")) o.publisher = *v;
    if (const std::string* v = p.get("--date")) o.date = *v;
    const core::ClaimReviewExport cr = core::export_claimreview(article, imported.annotations, o);
    for (const std::string& w : cr.warnings) err << "annotator: warning: " << w << "\n";
    if (cr.skipped > 0)
      err << "annotator: " << cr.skipped << " unverified annotation" << (cr.skipped == 1 ? " has" : "s have")
          << " no verdict to publish and " << (cr.skipped == 1 ? "is" : "are") << " left out\n";
    result = cr.json;
  }
  if (!output) {
    out << result;
    return kOk;
  }
  if (!write_file_atomically(*output, result, error)) {
    err << "annotator: " << error << "\n";
    return kIo;
  }
  return kOk;
}

}  // namespace cli
