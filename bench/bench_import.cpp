// bench_import.cpp - how long reading an annotation file takes, and where the time goes:
// the file the browser target is set on (a 1 MB article embedded, 10,000 annotations,
// about 12.5 MB; issue 7 asks import + anchoring under 0.4 s in the browser). Prints the
// median of several runs of each step: the raw checks (UTF-8, nesting), nlohmann's parse,
// the whole import_w3c, and for comparison export_w3c and anchoring. Run natively and under
// Node (WebAssembly) by ./build-wasm.sh bench.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/anchor.h"
#include "core/selection.h"
#include "core/utf8.h"
#include "core/w3c_format.h"

namespace {

double median_ms(int runs, const std::function<void()>& f) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    t.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

// The same shape as the test "a large file: 10,000 annotations on a 1 MB article".
std::string make_file(core::Article& article_out) {
  std::string text;
  while (text.size() < 1'000'000) text += "Sentence with a number 42 and an \xC3\xA9 accent. ";
  article_out = *core::make_article(text, "Big", "https://news.example.org/big").article;
  std::vector<core::Annotation> anns;
  for (size_t i = 0; i < 10000; ++i) {
    core::Annotation x = core::make_annotation(article_out, i * 97, i * 97 + 20, "claim");
    x.note = "note " + std::to_string(i);
    x.links = {"https://evidence.example.org/" + std::to_string(i)};
    anns.push_back(std::move(x));
  }
  return core::export_w3c(article_out, anns);
}

}  // namespace

int main() {
  core::Article article;
  const std::string file = make_file(article);
  const char* runs_env = std::getenv("BENCH_RUNS");  // BENCH_RUNS=1 for a quick look
  const int runs = runs_env && std::atoi(runs_env) > 0 ? std::atoi(runs_env) : 5;
  std::printf("bench_import: %.1f MB file, 1 MB article embedded, 10,000 annotations; median of %d runs\n",
              file.size() / 1e6, runs);

  size_t sink = 0;
  const double utf8_ms = median_ms(runs, [&] { sink += utf8::find_invalid(file).value_or(0); });
  const double parse_ms = median_ms(runs, [&] { sink += nlohmann::json::parse(file).size(); });
  core::ImportResult r;
  const double import_ms = median_ms(runs, [&] { r = core::import_w3c(file); });
  if (!r.ok || r.annotations.size() != 10000) {
    std::printf("bench_import: the file did not read back (%s)\n", r.errors.empty() ? "?" : r.errors[0].c_str());
    return 1;
  }
  const double tree_ms = median_ms(runs, [&] { sink += core::detail::import_w3c_whole_tree(file).annotations.size(); });
  const double article_ms = median_ms(runs, [&] {
    sink += core::make_article(article.text, "Big").article->cps.size();
  });
  const double export_ms = median_ms(runs, [&] { sink += core::export_w3c(*r.article, r.annotations).size(); });
  std::vector<core::Annotation> anns = r.annotations;
  const double anchor_ms = median_ms(1, [&] { core::anchor_annotations(r.article->cps, anns); });

  std::printf("  %-44s %8.1f ms\n", "UTF-8 check of the file", utf8_ms);
  std::printf("  %-44s %8.1f ms\n", "nlohmann::json::parse alone", parse_ms);
  std::printf("  %-44s %8.1f ms\n", "import_w3c (checks + parse + convert)", import_ms);
  std::printf("  %-44s %8.1f ms\n", "  of which make_article on the 1 MB text", article_ms);
  std::printf("  %-44s %8.1f ms\n", "import from one whole tree (the way before)", tree_ms);
  std::printf("  %-44s %8.1f ms\n", "export_w3c of the same (for comparison)", export_ms);
  std::printf("  %-44s %8.1f ms\n", "anchor_annotations (anchor engineer's part)", anchor_ms);
  std::printf("  (checksum %zu)\n", sink % 10);
  return 0;
}
