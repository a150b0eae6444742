// fuzz_extract.cpp - libFuzzer target for reading a web page (core::read_article_file on an
// .html name: decoding, libxml2's parser, the extractor, the text writer). Any bytes must
// give an article or an error message, never a crash, a sanitizer report or a hang; an
// article's text must be valid UTF-8 in paragraphs separated by one blank line.
// The end-tag filter must keep what it does not drop. Not part of the CMake build; from
// the repository root, with libxml2 built by clang with the same sanitizers (the CMake
// configure step only sets up libxml2's build; the core's sources are compiled here):
//
//   cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
//     -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
//     -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link,address,undefined"
//   cmake --build build/fuzz --target LibXml2
//   clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
//     -Ibuild/fuzz/libxml2 -Ibuild/deps/libxml2-2.9.14/include \
//     tests/fuzz/fuzz_extract.cpp src/core/extract/*.cpp src/core/article_file.cpp \
//     src/core/article.cpp src/core/utf8.cpp src/core/sha256.cpp \
//     build/fuzz/libxml2/libxml2.a -o build/fuzz_extract
//   mkdir -p build/fuzz-extract-corpus && cp tests/data/extract/*.html build/fuzz-extract-corpus/
//   build/fuzz_extract build/fuzz-extract-corpus -dict=tests/fuzz/html.dict -max_len=65536 \
//     -timeout=10 -rss_limit_mb=4096 -max_total_time=3600
//
// Add -len_control=0 -max_len=262144 for a run that tries large pages from the start.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/article_file.h"
#include "core/extract/end_tag_filter.h"
#include "core/utf8.h"

namespace {

void check_text(const std::string& text) {
  if (text.empty()) std::abort();  // an article has text, or there is an error
  if (utf8::find_invalid(text)) std::abort();
  if (text.find("\n\n\n") != std::string::npos) std::abort();
  // Paragraphs are trimmed (only <pre> text may start with spaces).
  if (text.front() == '\n' || text.back() == '\n' || text.back() == ' ') std::abort();
}

// Removing end tags only: what is left is the input with some "</name...>" cut out.
void check_filter(std::string_view html) {
  size_t dropped = 0;
  const std::string kept = core::extract::drop_unmatched_end_tags(html, dropped);
  if (kept.size() > html.size() || (dropped == 0 && kept != html)) std::abort();
  size_t i = 0;
  for (char c : html) i += i < kept.size() && kept[i] == c;
  if (i != kept.size()) std::abort();  // kept is a subsequence of html
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  check_filter(bytes);
  const core::ArticleFileResult r = core::read_article_file("page.html", bytes);
  if (r.file.has_value() == !r.error.empty()) std::abort();  // exactly one of the two
  if (r.file) check_text(r.file->article.text);
  return 0;
}
