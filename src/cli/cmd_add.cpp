// cmd_add.cpp - `annotator add ARTICLE.txt --quote TEXT ... -o FILE.json`: scripted
// annotation. Creates FILE.json with the article embedded, or adds to it; an existing file
// is re-anchored to ARTICLE first and is only replaced once the new file is fully written.
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include "cli/cli_io.h"
#include "core/anchor.h"
#include "core/selection.h"
#include "core/utf8.h"
#include "core/w3c_format.h"

namespace cli {
namespace {

const char* kAddUsage =
    "usage: annotator add ARTICLE.txt --quote TEXT [--occurrence N] [--category C]\n"
    "                     [--verdict V] [--note TEXT] [--link URL]... [--author NAME]\n"
    "                     [--id URN] -o FILE.json\n";

bool file_exists(const std::string& path) {
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
    return true;
  }
  return false;
}

// Start of the n-th (1-based) occurrence of `quote` in `text`, if there is one.
std::optional<size_t> find_occurrence(std::u32string_view text, std::u32string_view quote,
                                      size_t n, size_t& found) {
  found = 0;
  size_t from = 0;
  while (true) {
    const size_t at = text.find(quote, from);
    if (at == std::u32string_view::npos) return std::nullopt;
    if (++found == n) return at;
    from = at + 1;
  }
}

// Reproducible timestamps for scripted and tested runs (reproducible-builds.org convention).
std::string timestamp() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    const long long secs = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0' && secs >= 0) {
      const std::time_t t = static_cast<std::time_t>(secs);
      std::tm tm{};
      gmtime_r(&t, &tm);
      char out[32];
      std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &tm);
      return out;
    }
  }
  return core::now_iso8601();
}

}  // namespace

int cmd_add(const Args& args, std::ostream& out, std::ostream& err) {
  const ParsedArgs p = parse_args(
      args, {"--quote", "--occurrence", "--category", "--verdict", "--note", "--link",
             "--author", "--id", "-o", "--output"});
  const std::string* output = p.get("-o") ? p.get("-o") : p.get("--output");
  if (!p.error.empty() || p.positional.size() != 1 || !p.get("--quote") || !output) {
    err << kAddUsage;
    if (!p.error.empty()) err << "annotator: " << p.error << "\n";
    else if (!p.get("--quote")) err << "annotator: --quote is required\n";
    else if (!output) err << "annotator: -o FILE.json is required\n";
    return kUsage;
  }
  size_t occurrence = 1;
  if (const std::string* n = p.get("--occurrence")) {
    char* end = nullptr;
    const long v = std::strtol(n->c_str(), &end, 10);
    if (end == n->c_str() || *end != '\0' || v < 1) {
      err << "annotator: --occurrence must be a whole number from 1 up, not '" << *n << "'\n";
      return kUsage;
    }
    occurrence = static_cast<size_t>(v);
  }
  core::Verdict verdict = core::Verdict::Unverified;
  if (const std::string* v = p.get("--verdict")) {
    const auto parsed = core::verdict_from_string(*v);
    if (!parsed) {
      err << "annotator: unknown verdict '" << *v
          << "' (unverified, true, mostly-true, misleading, false, unsupported)\n";
      return kUsage;
    }
    verdict = *parsed;
  }
  const std::string category = p.get("--category") ? *p.get("--category") : "claim";
  if (category.empty()) {
    err << "annotator: --category must not be empty\n";
    return kUsage;
  }
  const std::string& quote = *p.get("--quote");
  if (quote.empty() || utf8::find_invalid(quote)) {
    err << "annotator: --quote must be non-empty UTF-8 text\n";
    return kUsage;
  }

  int exit_code = kOk;
  const auto file = load_article_file(p.positional[0], err, exit_code);
  if (!file) return exit_code;
  const core::Article* article = &file->article;

  // The annotations already in the output file, anchored to this article.
  std::vector<core::Annotation> annotations;
  core::ExportOptions export_options;
  if (file_exists(*output)) {
    std::string error;
    const auto bytes = read_file(*output, error);
    if (!bytes) {
      err << "annotator: " << error << "\n";
      return kIo;
    }
    core::ImportResult existing = core::import_w3c(*bytes);
    if (!existing.ok) {
      for (const std::string& problem : existing.errors) err << *output << ": " << problem << "\n";
      err << "annotator: " << *output << " was left unchanged\n";
      return kInvalid;
    }
    annotations = std::move(existing.annotations);
    export_options.extra = std::move(existing.extra);
    core::anchor_annotations(article->cps, annotations);
  }

  const std::u32string needle = utf8::decode(quote);
  size_t found = 0;
  const auto start = find_occurrence(article->cps, needle, occurrence, found);
  if (!start) {
    err << "annotator: the quote \"" << quote << "\" occurs " << found << " time"
        << (found == 1 ? "" : "s") << " in " << p.positional[0] << " (occurrence "
        << occurrence << " asked)\n";
    return kInvalid;
  }
  core::Annotation a = core::make_annotation(*article, *start, *start + needle.size(), category);
  if (const std::string* id = p.get("--id")) a.id = *id;
  a.verdict = verdict;
  if (const std::string* note = p.get("--note")) a.note = *note;
  if (auto it = p.options.find("--link"); it != p.options.end()) a.links = it->second;
  if (const std::string* author = p.get("--author")) a.author = *author;
  a.created = a.modified = timestamp();
  for (const core::Annotation& other : annotations) {
    if (other.id == a.id) {
      err << "annotator: " << *output << " already has an annotation with id " << a.id << "\n";
      return kInvalid;
    }
  }
  annotations.push_back(a);

  std::string error;
  if (!write_file_atomically(*output, core::export_w3c(*article, annotations, export_options), error)) {
    err << "annotator: " << error << "\n";
    return kIo;
  }
  out << a.id << "\n";
  return kOk;
}

}  // namespace cli
