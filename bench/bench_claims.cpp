// bench_claims.cpp - throughput of the claim finder (sentence splitting plus the rules) in
// MB of UTF-8 text per second, natively and as WebAssembly under Node.
//
//   build/native/bench_claims [ARTICLE.txt ...]
//   node --no-experimental-fetch build/wasm/bench_claims.js [ARTICLE.txt ...]
//
// Without arguments it uses the sample article and, when rebuilt, the Brown press texts in
// build/claims-brown/. The texts are repeated to about 8 MB, then suggest_claims runs over
// the whole of it several times; the best run is reported (the others are warm-up noise).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/claims/claim_finder.h"
#include "core/utf8.h"
#include "bench_util.h"

#ifndef ANNOTATOR_SOURCE_DIR
#define ANNOTATOR_SOURCE_DIR "."
#endif

int main(int argc, char** argv) {
  std::vector<std::string> paths(argv + 1, argv + argc);
  const std::string root = ANNOTATOR_SOURCE_DIR;
  if (paths.empty()) {
    paths.push_back(root + "/assets/putin-xi-belt-and-road.txt");
    for (const char* id : {"ca02", "ca04", "ca06", "ca09", "ca12", "ca14", "ca15", "ca17", "ca18",
                           "ca20", "ca21", "ca23", "ca24", "ca26", "ca27", "ca29", "ca30", "ca33",
                           "ca36", "ca38", "ca40", "ca43"})
      paths.push_back(root + "/build/claims-brown/" + id + ".txt");
  }
  std::string corpus;
  int files = 0;
  for (const std::string& p : paths) {
    std::string s;
    if (!bench::read_file(p, s)) continue;
    if (utf8::find_invalid(s)) {
      std::fprintf(stderr, "bench_claims: %s is not valid UTF-8, skipped\n", p.c_str());
      continue;
    }
    corpus += s;
    corpus += "\n\n";
    ++files;
  }
  if (corpus.empty()) {
    std::fprintf(stderr, "bench_claims: no readable text (give article files as arguments)\n");
    return 3;
  }
  const size_t target = 8u << 20;
  std::string text;
  while (text.size() < target) text += corpus;
  const std::u32string cps = utf8::decode(text);
  const double mb = text.size() / 1e6;

  size_t sentences = 0, claims = 0;
  double best_split = 1e9, best_all = 1e9;
  for (int run = 0; run < 4; ++run) {
    auto t0 = std::chrono::steady_clock::now();
    sentences = core::split_sentences(cps).size();
    best_split = std::min(best_split, bench::seconds_since(t0));
    t0 = std::chrono::steady_clock::now();
    claims = core::suggest_claims(cps).size();
    best_all = std::min(best_all, bench::seconds_since(t0));
  }
  // Decoding is part of what the app does with a pasted article; measure it too.
  auto t0 = std::chrono::steady_clock::now();
  const size_t n = utf8::decode(text).size();
  const double decode = bench::seconds_since(t0);

  std::printf("claims benchmark: %d file(s) repeated to %.1f MB (%zu code points), %zu sentences, %zu suggested\n",
              files, mb, n, sentences, claims);
  std::printf("  split_sentences  %8.1f MB/s  (%.3f s)\n", mb / best_split, best_split);
  std::printf("  suggest_claims   %8.1f MB/s  (%.3f s, splitting included)\n", mb / best_all, best_all);
  std::printf("  utf8::decode     %8.1f MB/s  (%.3f s)\n", mb / decode, decode);
  return 0;
}
