// bench_exports.cpp - how long each export takes on a large document: a 1 MB article with
// 10,000 annotations (every one with a verdict, a note and a link). Prints the time and size
// of the HTML report, CSV, Markdown and ClaimReview; run natively and under Node by
// ./build-wasm.sh bench.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "core/exports.h"
#include "core/selection.h"

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

}  // namespace

int main() {
  const char* runs_env = std::getenv("BENCH_RUNS");  // BENCH_RUNS=1 for a quick look
  const int runs = runs_env && std::atoi(runs_env) > 0 ? std::atoi(runs_env) : 3;
  std::string text;
  while (text.size() < 1'000'000) text += "Sentence with a number 42 and an \xC3\xA9 accent.\n\n";
  const core::Article art = *core::make_article(text, "Big", "https://news.example.org/big").article;
  std::vector<core::Annotation> anns;
  for (size_t i = 0; i < 10000; ++i) {
    core::Annotation x = core::make_annotation(art, i * 97, i * 97 + 40, i % 3 ? "claim" : "statistic");
    x.note = "note " + std::to_string(i) + " with <markup> & \"quotes\"";
    x.verdict = core::all_verdicts()[1 + i % 5];
    x.links = {"https://evidence.example.org/" + std::to_string(i)};
    anns.push_back(std::move(x));
  }
  std::printf("bench_exports: 1 MB article, 10,000 annotations; median of %d runs\n", runs);
  std::string out;
  auto row = [&](const char* name, const std::function<std::string()>& f) {
    const double ms = median_ms(runs, [&] { out = f(); });
    std::printf("  %-12s %8.1f ms %8.1f MB\n", name, ms, out.size() / 1e6);
  };
  row("HTML report", [&] { return core::export_html_report(art, anns); });
  row("CSV", [&] { return core::export_csv(anns); });
  row("Markdown", [&] { return core::export_markdown(art, anns); });
  row("ClaimReview", [&] { return core::export_claimreview(art, anns, {"https://checks.example/x", "P", "2026-11-30"}).json; });
  return 0;
}
