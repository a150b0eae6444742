// fuzz_w3c_import.cpp - libFuzzer target for the W3C importer: any bytes must give either a
// clean result or error messages, never a crash, a throw or a hang; a successful import
// must export and re-import to the same bytes. Not part of the CMake build; from the
// repository root:
//
//   clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
//     tests/fuzz/fuzz_w3c_import.cpp src/core/w3c_*.cpp src/core/json_util.cpp \
//     src/core/article.cpp src/core/selection.cpp src/core/sha256.cpp src/core/utf8.cpp \
//     src/core/annotation.cpp -o build/fuzz_w3c_import
//   mkdir -p build/fuzz-corpus && cp tests/data/*.json build/fuzz-corpus/
//   build/fuzz_w3c_import build/fuzz-corpus -max_len=4096 -max_total_time=300
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/w3c_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
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
