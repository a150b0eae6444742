// export_as.cpp - see export_as.h.
#include "session/export_as.h"

#include "core/file_names.h"

namespace session {

namespace {
struct FormatInfo {
  ExportFormat format;
  const char* name;
  const char* label;
  const char* hint;
};
constexpr FormatInfo kFormats[] = {
    {ExportFormat::W3C, "w3c", "W3C annotations (JSON)", "for this app and other annotation tools"},
    {ExportFormat::Html, "html", "HTML report", "one page anyone can read and print; no script"},
    {ExportFormat::Csv, "csv", "CSV spreadsheet", "one row per annotation, for a spreadsheet"},
    {ExportFormat::Markdown, "markdown", "Markdown", "the summary and the quotes, to paste into a document"},
    {ExportFormat::ClaimReview, "claimreview", "ClaimReview (JSON-LD)", "fact-check markup for the page that publishes it"},
};
}  // namespace

std::vector<ExportFormat> export_formats() {
  std::vector<ExportFormat> out;
  for (const FormatInfo& f : kFormats) out.push_back(f.format);
  return out;
}

std::optional<ExportFormat> export_format_from_name(std::string_view name) {
  for (const FormatInfo& f : kFormats)
    if (name == f.name) return f.format;
  return std::nullopt;
}

const char* export_format_name(ExportFormat f) {
  for (const FormatInfo& i : kFormats)
    if (i.format == f) return i.name;
  return "w3c";
}

const char* export_format_label(ExportFormat f) {
  for (const FormatInfo& i : kFormats)
    if (i.format == f) return i.label;
  return "";
}

const char* export_format_hint(ExportFormat f) {
  for (const FormatInfo& i : kFormats)
    if (i.format == f) return i.hint;
  return "";
}

ExportOutcome export_as(Session& s, ExportFormat format, const core::ClaimReviewOptions& claimreview,
                        const std::string& today) {
  ExportOutcome out;
  const std::string slug = core::slug_from_title(s.article().title);
  if (format == ExportFormat::W3C) {
    out.file = {core::export_file_name(s.article().title), "application/ld+json", s.export_json()};
    return out;
  }
  s.commit_note_draft();  // the note being typed is part of what is exported
  const std::vector<core::Annotation>& anns = s.store().annotations();
  switch (format) {
    case ExportFormat::Html: {
      core::ReportOptions o;
      o.date = today;
      out.file = {slug + ".report.html", "text/html", core::export_html_report(s.article(), anns, o)};
      break;
    }
    case ExportFormat::Csv:
      out.file = {slug + ".csv", "text/csv", core::export_csv(anns)};
      break;
    case ExportFormat::Markdown:
      out.file = {slug + ".md", "text/markdown", core::export_markdown(s.article(), anns)};
      break;
    case ExportFormat::ClaimReview: {
      core::ClaimReviewExport cr = core::export_claimreview(s.article(), anns, claimreview);
      out.file = {slug + ".claimreview.jsonld", "application/ld+json", std::move(cr.json)};
      out.warnings = std::move(cr.warnings);
      if (cr.skipped > 0)
        out.warnings.push_back(std::to_string(cr.skipped) + " unverified annotation" + (cr.skipped == 1 ? " has" : "s have") +
                               " no verdict to publish and " + (cr.skipped == 1 ? "is" : "are") + " left out");
      break;
    }
    case ExportFormat::W3C: break;
  }
  return out;
}

}  // namespace session
