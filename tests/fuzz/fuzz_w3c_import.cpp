// fuzz_w3c_import.cpp - libFuzzer target for the W3C importer: any bytes must give either a
// clean result or error messages, never a crash, a throw or a hang; a successful import
// must export and re-import to the same bytes. Inputs starting with byte 0x01 instead build
// annotations from the bytes (any strings, positions, ids) and check that what we export
// always imports and re-exports identically. Not part of the CMake build; from the
// repository root:
//
//   clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
//     tests/fuzz/fuzz_w3c_import.cpp src/core/w3c_*.cpp src/core/json_util.cpp \
//     src/core/json_stream.cpp src/core/import_hypothesis.cpp src/core/tag_meaning.cpp \
//     src/core/article.cpp src/core/selection.cpp src/core/sha256.cpp src/core/utf8.cpp \
//     src/core/annotation.cpp -o build/fuzz_w3c_import
//   mkdir -p build/fuzz-corpus && cp tests/data/*.json build/fuzz-corpus/
//   build/fuzz_w3c_import build/fuzz-corpus -max_len=4096 -max_total_time=300
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/w3c_format.h"

namespace {

// Mode 0x01: fields separated by NUL bytes fill annotations in turn.
int export_from_memory(std::string_view bytes) {
  std::vector<std::string> fields;
  size_t from = 0;
  for (size_t i = 0; i <= bytes.size(); ++i)
    if (i == bytes.size() || bytes[i] == '\0') {
      fields.emplace_back(bytes.substr(from, i - from));
      from = i + 1;
    }
  const core::Article article = *core::make_article("Prices\n\nIt rose 5% in 2025.", "T").article;
  std::vector<core::Annotation> anns;
  for (size_t f = 0; f + 7 <= fields.size(); f += 7) {
    core::Annotation a;
    a.id = fields[f];
    a.category = fields[f + 1];
    a.note = fields[f + 2];
    a.links = {fields[f + 3]};
    a.created = fields[f + 4];
    a.exact = fields[f + 5];
    const std::string& pos = fields[f + 6];
    a.start = pos.empty() ? 0 : static_cast<unsigned char>(pos[0]);
    a.end = pos.size() < 2 ? a.start : a.start + static_cast<unsigned char>(pos[1]);
    anns.push_back(std::move(a));
  }
  const std::string once = core::export_w3c(article, anns);
  const core::ImportResult r = core::import_w3c(once);
  if (!r.ok) std::abort();
  core::ExportOptions options;
  options.extra = r.extra;
  if (core::export_w3c(*r.article, r.annotations, options) != once) std::abort();
  return 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (size > 0 && data[0] == 0x01) return export_from_memory(bytes.substr(1));
  const core::ImportResult r = core::import_w3c(bytes);
  if (r.ok != r.errors.empty()) std::abort();
  if (!r.ok) {
    if (!r.annotations.empty() || r.article) std::abort();  // never half-succeeds
    return 0;
  }
  const core::Article article =
      r.article ? *r.article : *core::make_article("fuzz article text", "T").article;
  core::ExportOptions options;
  options.extra = r.extra;
  options.embed_article = r.article.has_value();  // positions were checked only against it
  const std::string once = core::export_w3c(article, r.annotations, options);
  const core::ImportResult again = core::import_w3c(once);
  if (!again.ok) std::abort();  // what we write, we must read
  options.extra = again.extra;
  const core::Article& article2 = again.article ? *again.article : article;
  if (core::export_w3c(article2, again.annotations, options) != once) std::abort();
  return 0;
}
