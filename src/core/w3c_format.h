// w3c_format.h - reading and writing annotation files in the W3C Web Annotation Data Model
// (JSON-LD). The layout is described, with a full example, in docs/FORMAT.md.
//
// How to use:
//   std::string json = core::export_w3c(article, store.annotations());
//   core::ImportResult r = core::import_w3c(file_bytes);    // never throws
//   if (!r.ok) { for (auto& e : r.errors) show(e); return; } // nothing was changed
//   if (r.article) article = *r.article;                     // the file carried the text
//   anchor_annotations(article.cps, r.annotations);          // quote-only items get placed
//   store.replace_all(std::move(r.annotations));
//   ExportOptions opts; opts.extra = r.extra;                // write unknown properties again
//
// Export -> import -> export gives the same bytes: keys come in a fixed order (known ones
// first, then unknown ones sorted), numbers in nlohmann's shortest round-trip form.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotation.h"
#include "core/article.h"

namespace core {

// The version written as "formatVersion" on the collection; files with a larger one are
// refused rather than misread.
constexpr int kFormatVersion = 1;

// Key, inside Annotation::extra and ImportResult::extra, holding the unknown properties of
// the objects we write ourselves (bodies, target, selectors, creator, article); it is never
// written out under this name. See docs/FORMAT.md, "Unknown properties".
constexpr const char* kKeptKey = "annotator:kept";

// Limits that keep a hostile or broken file from exhausting memory or the stack.
constexpr size_t kMaxImportBytes = size_t(256) << 20;  // 256 MiB
constexpr size_t kMaxJsonDepth = 64;
constexpr size_t kMaxReportedErrors = 20;
// The largest TextPositionSelector position read: the same on every build (size_t is 32 bits
// on wasm32), and far beyond any text a 256 MiB file can hold.
constexpr uint64_t kMaxPosition = 0xFFFFFFFFu;

struct ExportOptions {
  bool embed_article = true;  // write the article text (the file opens on its own)
  std::string generator = "article-annotator";
  // Collection properties to write again (ImportResult::extra), e.g. the collection "id".
  nlohmann::json extra = nlohmann::json::object();
};

std::string export_w3c(const Article& a, const std::vector<Annotation>& anns,
                       const ExportOptions& options = {});

struct ImportResult {
  bool ok = false;
  std::vector<std::string> errors;      // "items[3].target.selector[0].exact: expected a string"
  std::vector<Annotation> annotations;  // empty unless ok
  std::optional<Article> article;       // the embedded article, when the file carries one
  std::string article_sha256;           // as recorded in the file, else of the embedded text
  std::string title;                    // collection label, else the embedded article's title
  nlohmann::json extra = nlohmann::json::object();  // unknown collection properties
  std::string source;        // the first item's target source (the article's IRI), if any
  size_t without_position = 0;  // items that had only a quote: start = end = 0, Orphaned
  // Items kept although no selector we use says where they are (a page note, XPath or CSS
  // only, a whole-document target): Orphaned with an empty quote, their target written
  // back unchanged. Each is also named in `notices`.
  size_t unplaced = 0;
  // What the reader did besides reading: items kept but not placed, replies folded into
  // notes, further ranges kept. One line each, with the item's path; not errors.
  std::vector<std::string> notices;
  std::vector<std::string> item_paths;  // where each of `annotations` was in the file
  std::string format;  // "W3C Web Annotation", "Hypothesis API", ... (for reports)
};

// Accepts an AnnotationCollection (with "first": {"items": [...]} or "items"), an
// AnnotationPage, a lone Annotation or a JSON array of annotations, and Hypothesis's API JSON
// (an annotation, an array, a search response, the client's export). Never throws; on any
// error ok is false, errors name the item and field (or line and column), and nothing else
// is filled in.
ImportResult import_w3c(std::string_view bytes);

namespace detail {
// The same reading from one whole parsed tree, as import_w3c did before it read a
// collection's items while parsing (json_stream.h). Kept for bench/bench_import.cpp and the
// tests that check both ways give the same result; import_w3c falls back to it by itself.
ImportResult import_w3c_whole_tree(std::string_view bytes);
}  // namespace detail

// The IRI written as every target's "source": the article URL when it is an absolute URL
// (non-ASCII and spaces percent-encoded), else "urn:sha256:<hex of the text>".
std::string article_source(const Article& a);

}  // namespace core
