// bench_extract.cpp - how fast a page's bytes become its article (core::read_article_file on
// an .html name: decoding, libxml2's parser, the extractor, the text writer).
//
//   bench_extract [--quick]
//   bench_extract --write-page FILE     (writes the generated 2 MB news page)
//
// Times pages generated here (so the figures need nothing outside the repository): news
// pages of 2 MB and 10 MB shaped like real ones (scripts, JSON, menus, an article, link
// lists, a long comment thread), and 10 MB pages built to be hard (deep nesting, a flood of
// stray end tags, runs of <br>, unclosed cells and items). Each is run once untimed, then
// several times, and the median printed. With ANNOTATOR_EXTRACT_DEV set to the extract-dev
// folder (page folders holding source.html under pages/), every page there is timed too.
// The same source builds natively, as WebAssembly for Node (bench/extract.sh runs both)
// and as WebAssembly for the browser (bench_extract_web, run in headless Chromium).
#include <dirent.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/article_file.h"
#include "bench_util.h"

namespace {

// Process CPU time: on a shared machine wall time also counts other people's builds. Only
// meaningful natively (Emscripten's clock() follows the wall clock).
double cpu_ms() { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// [SECTION] Generated pages

// A small deterministic generator, so every build times the same bytes.
struct Rng {
  unsigned long long s = 88172645463325252ull;
  unsigned next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return static_cast<unsigned>(s);
  }
  size_t below(size_t n) { return next() % n; }
};

const char* const kWords[] = {
    "council", "minister", "report",  "budget",   "said",     "would",    "government", "year",
    "people",  "million",  "percent", "election", "court",    "police",   "officials",  "plan",
    "city",    "new",      "public",  "according", "statement", "policy", "country",    "state",
    "health",  "workers",  "company", "market",   "prices",   "week",     "former",     "told",
    "after",   "before",   "during",  "while",    "because",  "however",  "although",   "since",
    "the",     "a",        "of",      "to",       "in",       "and",      "that",       "for"};

std::string sentence(Rng& r) {
  std::string s;
  const size_t n = 12 + r.below(18);
  for (size_t i = 0; i < n; ++i) {
    std::string w = kWords[r.below(sizeof kWords / sizeof *kWords)];
    if (i == 0) w[0] = static_cast<char>(w[0] - 'a' + 'A');
    s += w;
    s += i + 1 == n ? ". " : (r.below(7) == 0 ? ", " : " ");
  }
  return s;
}

std::string paragraph(Rng& r, size_t sentences) {
  std::string p;
  for (size_t i = 0; i < sentences; ++i) p += sentence(r);
  return p;
}

// A news page of about `target` bytes: roughly a third scripts and data, a third menus and
// link lists, the comment thread, and an article of 40 paragraphs.
std::string news_page(size_t target) {
  Rng r;
  std::string head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                     "<title>Council approves budget | Herald</title>"
                     "<meta property=\"og:site_name\" content=\"Herald\">";
  std::string body = "<body><header class=\"site-header\"><nav class=\"menu\"><ul>";
  for (int i = 0; i < 60; ++i)
    body += "<li class=\"menu-item\"><a href=\"/section/" + std::to_string(i) + "\">Section " +
            std::to_string(i) + "</a></li>";
  body += "</ul></nav></header><main><article class=\"story\"><h1>Council approves budget</h1>"
          "<p class=\"byline\">By A. Reporter</p><div class=\"article-body\">";
  for (int i = 0; i < 40; ++i) {
    body += "<p>" + paragraph(r, 3 + r.below(4)) + "</p>";
    if (i % 8 == 7)
      body += "<div class=\"ad-slot\"><div class=\"ad-label\">Advertisement</div><iframe "
              "src=\"/ads/slot\"></iframe></div><ul class=\"related\"><li><a href=\"/r1\">" +
              sentence(r) + "</a></li><li><a href=\"/r2\">" + sentence(r) + "</a></li></ul>";
  }
  body += "</div><div class=\"share-tools\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a></div>"
          "</article><aside class=\"sidebar\"><h3>Most read</h3><ol>";
  for (int i = 0; i < 30; ++i) body += "<li><a href=\"/m" + std::to_string(i) + "\">" + sentence(r) + "</a></li>";
  body += "</ol></aside></main><section id=\"comments\" class=\"comments\">";
  std::string scripts, tail = "</section><footer class=\"footer\"><p>Copyright Herald</p></footer></body></html>";
  // Fill: comments in the body and script/JSON in the head, about half and half.
  size_t comment = 0;
  while (head.size() + scripts.size() + body.size() + tail.size() < target) {
    if (scripts.size() < body.size()) {
      scripts += "<script>window.__data" + std::to_string(comment) + " = {\"items\": [";
      for (int i = 0; i < 40; ++i) scripts += "{\"id\": " + std::to_string(r.next()) + ", \"k\": \"v<\\/b>\"},";
      scripts += "{}]};</script>\n";
    } else {
      body += "<div class=\"comment\" id=\"c" + std::to_string(comment) + "\"><div class=\"comment-author\">"
              "<a href=\"/u/" + std::to_string(comment) + "\">reader" + std::to_string(comment) +
              "</a></div><div class=\"comment-body\"><p>" + paragraph(r, 1 + r.below(3)) +
              "</p></div><div class=\"comment-actions\"><button>Reply</button><a href=\"#\">Report"
              "</a></div></div>\n";
    }
    ++comment;
  }
  return head + scripts + "</head>" + body + tail;
}

std::string repeat(const std::string& s, size_t bytes) {
  std::string out;
  out.reserve(bytes + s.size());
  while (out.size() < bytes) out += s;
  return out;
}

struct Case {
  std::string name;
  std::string html;
  int runs;
};

std::vector<Case> generated_cases(bool quick) {
  const size_t ten = 10u << 20;
  std::vector<Case> cases;
  cases.push_back({"news page, 2 MB", news_page(2u << 20), quick ? 3 : 7});
  if (quick) return cases;
  cases.push_back({"news page, 10 MB", news_page(ten), 3});
  cases.push_back({"10 MB: 400 nested divs (stops at 256)", repeat("<div>", 2000) + repeat("<p>Some words, and more.</p>", ten), 3});
  cases.push_back({"10 MB: 250 divs, then stray </b> end tags", "<body>" + repeat("<div>", 250) + repeat("</b>", ten), 3});
  cases.push_back({"10 MB: text in runs of <br><br>", "<body><div>" + repeat("line<br><br>", ten), 3});
  cases.push_back({"10 MB: unclosed <td> and <li>", "<body><table><tr>" + repeat("<td>cell<ul><li>item", ten), 3});
  cases.push_back({"10 MB: one paragraph of words", "<p>" + repeat("word ", ten), 3});
  return cases;
}

// [SECTION] Timing

struct Timing {
  double median_ms = 0, min_ms = 0, median_cpu_ms = 0;
  size_t text_bytes = 0;
  std::string outcome;
};

Timing time_case(const std::string& html, int runs) {
  std::vector<double> ms, cpu;
  Timing t;
  // One run first, not timed: WebAssembly engines compile hot code again, optimised, while
  // it runs; a reader's browser has done so after the first page.
  core::read_article_file("page.html", html);
  for (int i = 0; i < runs; ++i) {
    const double t0 = now_ms(), c0 = cpu_ms();
    const core::ArticleFileResult r = core::read_article_file("page.html", html);
    ms.push_back(now_ms() - t0);
    cpu.push_back(cpu_ms() - c0);
    t.text_bytes = r.file ? r.file->article.text.size() : 0;
    t.outcome = r.file ? (r.file->warning.empty() ? "ok" : "warning") : "error: " + r.error;
  }
  std::sort(ms.begin(), ms.end());
  std::sort(cpu.begin(), cpu.end());
  t.median_ms = ms[ms.size() / 2];
  t.median_cpu_ms = cpu[cpu.size() / 2];
  t.min_ms = ms.front();
  return t;
}

void time_dev_set(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d))
      if (e->d_name[0] != '.') names.push_back(e->d_name);
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  size_t pages = 0, bytes = 0, failed = 0;
  double total = 0, slowest = 0;
  std::string slowest_name;
  for (const std::string& name : names) {
    std::string html;
    if (!bench::read_file(dir + "/" + name + "/source.html", html)) continue;
    core::read_article_file("page.html", html);  // warm-up, as a reader opens a page once
    const double t0 = now_ms();
    const core::ArticleFileResult r = core::read_article_file("page.html", html);
    const double ms = now_ms() - t0;
    ++pages;
    bytes += html.size();
    failed += r.file ? 0 : 1;
    total += ms;
    if (ms > slowest) slowest = ms, slowest_name = name;
  }
  if (pages == 0) {
    std::printf("ANNOTATOR_EXTRACT_DEV=%s: no pages found\n", dir.c_str());
    return;
  }
  std::printf("extract-dev: %zu pages, %.1f MB, total %.0f ms (%.1f MB/s), mean %.1f ms/page, "
              "slowest %.1f ms (%s), %zu without text\n",
              pages, bytes / 1048576.0, total, bytes / 1048576.0 / (total / 1000), total / pages, slowest,
              slowest_name.c_str(), failed);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string arg = argc > 1 ? argv[1] : "";
  if (arg == "--write-page" && argc > 2) {
    // The 2 MB news page as a file, for timing the app itself in the browser.
    std::ofstream(argv[2], std::ios::binary) << news_page(2u << 20);
    return 0;
  }
  const bool quick = arg == "--quick";
#ifdef __EMSCRIPTEN__
  const bool show_cpu = false;
#else
  const bool show_cpu = true;
#endif
  std::printf("%-44s %8s %10s %8s %9s %9s  %s\n", "page", "size MB", "median ms", "MB/s", "cpu ms", "text KB",
              "result");
  for (const Case& c : generated_cases(quick)) {
    const Timing t = time_case(c.html, c.runs);
    const double mb = c.html.size() / 1048576.0;
    const std::string cpu = show_cpu ? std::to_string(static_cast<int>(t.median_cpu_ms + 0.5)) : "-";
    std::printf("%-44s %8.1f %10.1f %8.1f %9s %9.1f  %s (min %.1f ms, %d runs)\n", c.name.c_str(), mb, t.median_ms,
                mb / (t.median_ms / 1000), cpu.c_str(), t.text_bytes / 1024.0, t.outcome.c_str(), t.min_ms, c.runs);
    std::fflush(stdout);
  }
  if (const char* dev = std::getenv("ANNOTATOR_EXTRACT_DEV")) time_dev_set(std::string(dev) + "/pages");
  return 0;
}
