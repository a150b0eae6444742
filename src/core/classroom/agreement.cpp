// agreement.cpp - see agreement.h.
#include "core/classroom/agreement.h"

#include "core/w3c_format.h"

namespace core::classroom {

AgreementReport agreement(const std::vector<InputFile>& files, const std::optional<Article>& given) {
  AgreementReport report;
  std::vector<ImportResult> imported;
  std::vector<std::string> names;
  std::optional<Article> article = given;
  for (const InputFile& f : files) {
    ImportResult r = import_w3c(f.bytes);
    if (!r.ok) {
      std::string message = "cannot be read: " + r.errors.front();
      if (r.errors.size() > 1) message += "; and " + std::to_string(r.errors.size() - 1) + " more";
      report.problems.push_back({f.name, "", message});
      continue;
    }
    if (!article && r.article) article = *r.article;
    imported.push_back(std::move(r));
    names.push_back(f.name);
  }
  if (!article) {
    for (const std::string& n : names)
      report.problems.push_back({n, "", "none of the files carries the article's text, so they cannot be "
                                        "placed on one article; name the article or the key with --article"});
    return report;
  }
  const std::string sha = article_sha256(*article);
  std::vector<std::vector<Span>> spans(imported.size());
  for (size_t i = 0; i < imported.size(); ++i) {
    ImportResult& r = imported[i];
    const AnchorSummary summary = anchor_annotations(article->cps, r.annotations);
    if (!r.article_sha256.empty() && r.article_sha256 != sha) report.anchored.push_back({names[i], summary});
    for (const Annotation& a : r.annotations) {
      if (a.anchor == AnchorStatus::Orphaned) continue;
      const Range t = trim_span(article->cps, a.start, a.end);
      if (t.start < t.end) spans[i].push_back({t.start, t.end, a.category});
    }
  }
  report.files = names;
  UnitizingStudy all;
  all.raters = spans.size();
  all.length = article->cps.size();
  for (size_t i = 0; i < spans.size(); ++i) add_units(all, i, spans[i]);
  report.alpha = unitizing_alpha(all);
  for (size_t i = 0; i < spans.size(); ++i)
    for (size_t j = i + 1; j < spans.size(); ++j) {
      UnitizingStudy two;
      two.raters = 2;
      two.length = all.length;
      add_units(two, 0, spans[i]);
      add_units(two, 1, spans[j]);
      report.pairs.push_back({i, j, unitizing_alpha(two).overall});
    }
  return report;
}

}  // namespace core::classroom
