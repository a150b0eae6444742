// bench_anchor_load.cpp - anchoring under load and under attack: core::anchor_annotations on
// 10,000 annotations over a 1 MB article (the import the browser must finish in 0.4 s), and
// crafted selectors that once made the work grow faster than the input (very long contexts,
// very long quotes, a short quote found everywhere). Prints one line per case; runs natively
// and as WebAssembly under Node (`build-wasm.sh bench` runs both).
//
//   bench_anchor_load [ARTICLE.txt]   (default: a generated 1 MB article of pseudo-English)
//
// Environment: CASES, a list of case numbers to run (e.g. CASES=12; default all); RUNS, how
// many times each case runs (default 3; the fastest is printed).
// bench/anchor.sh runs it on the Brown Corpus article of the anchoring benchmark as well.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <cstring>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/anchor.h"
#include "core/utf8.h"
#include "bench_util.h"

namespace {

using Clock = std::chrono::steady_clock;

// [SECTION] Inputs -------------------------------------------------------------------------

// About `bytes` of pseudo-English: Zipf-weighted common words and invented names in
// sentences and paragraphs, so that q-grams repeat about as often as in real prose.
std::u32string generated_article(size_t bytes, unsigned seed) {
  static const char* common[] = {
      "the", "of", "and", "to", "a", "in", "that", "is", "was", "he", "for", "it", "with", "as",
      "his", "on", "be", "at", "by", "had", "not", "are", "but", "from", "or", "have", "an",
      "they", "which", "one", "you", "were", "her", "all", "she", "there", "would", "their",
      "we", "him", "been", "has", "when", "who", "will", "more", "no", "if", "out", "so",
      "said", "what", "up", "its", "about", "into", "than", "them", "can", "only", "other",
      "new", "some", "could", "time", "these", "two", "may", "then", "do", "first", "any",
      "my", "now", "such", "like", "our", "over", "man", "me", "even", "most", "made",
      "after", "also", "did", "many", "before", "must", "through", "back", "years", "where",
      "much", "your", "way", "well", "down", "should", "because", "each", "just", "those",
      "people", "how", "too", "little", "state", "good", "very", "make", "world", "still",
      "own", "see", "men", "work", "long", "get", "here", "between", "both", "life", "being",
      "under", "never", "day", "same", "another", "know", "while", "last", "might", "us",
      "great", "old", "year", "off", "come", "since", "against", "go", "came", "right",
      "used", "take", "three", "council", "budget", "minister", "court", "percent", "million"};
  const size_t n_common = sizeof(common) / sizeof(common[0]);
  std::mt19937 rng(seed);
  const char* syllables[] = {"ka", "lo", "ven", "dar", "mi", "sto", "rel", "an", "ju", "per", "zo", "tin"};
  auto name = [&] {
    std::string w;
    const size_t n = 2 + rng() % 3;
    for (size_t i = 0; i < n; ++i) w += syllables[rng() % 12];
    w[0] = static_cast<char>(w[0] - 32);
    return w;
  };
  std::string out;
  size_t sentence = 0;
  while (out.size() < bytes) {
    const size_t words = 8 + rng() % 18;
    for (size_t w = 0; w < words; ++w) {
      std::string word;
      const unsigned r = rng() % 100;
      if (r < 8) word = name();
      else if (r < 11) word = std::to_string(rng() % 2000);
      else {
        // Zipf-like: the square of a uniform variate favours the first words.
        const double u = (rng() % 100000) / 100000.0;
        word = common[static_cast<size_t>(u * u * n_common)];
      }
      if (w == 0 && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 32);
      out += word;
      out += w + 1 < words ? (rng() % 12 == 0 ? ", " : " ") : ". ";
    }
    if (++sentence % 5 == 0) out += "\n\n";
  }
  return utf8::decode(out);
}

// An annotation recorded on `text` at [start, end) with 32 code points of context.
core::Annotation recorded(const std::u32string& text, size_t start, size_t end) {
  core::Annotation a;
  a.start = start;
  a.end = end;
  const size_t before = std::min(core::kContextLength, start);
  a.exact = utf8::encode(text.substr(start, end - start));
  a.prefix = utf8::encode(text.substr(start - before, before));
  a.suffix = utf8::encode(text.substr(end, core::kContextLength));
  return a;
}

// `count` quotes of 3-25 words at word starts, recorded on `text`.
std::vector<core::Annotation> quotes_on(const std::u32string& text, size_t count, unsigned seed) {
  std::vector<size_t> word_starts;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] != U' ' && text[i] != U'\n' && (i == 0 || text[i - 1] == U' ' || text[i - 1] == U'\n'))
      word_starts.push_back(i);
  std::mt19937 rng(seed);
  std::vector<core::Annotation> out;
  while (out.size() < count) {
    const size_t w = rng() % (word_starts.size() - 30);
    const size_t words = 3 + rng() % 23;
    const size_t start = word_starts[w];
    const size_t end = word_starts[w + words] - 1;
    out.push_back(recorded(text, start, end));
  }
  return out;
}

// [SECTION] Timing -------------------------------------------------------------------------

struct Case {
  const char* name;
  std::u32string text;
  std::vector<core::Annotation> annotations;
};

// Whether case `n` (1-9) is to run.
bool wanted(int n) {
  const char* only = std::getenv("CASES");
  return !only || std::strchr(only, static_cast<char>('0' + n)) != nullptr;
}

// Best of RUNS runs (default 3): the machine is shared, the fastest run is the least disturbed.
// Prints wall and CPU milliseconds of the anchoring alone (the index of the article included).
void run(const Case& c) {
  const char* runs_env = std::getenv("RUNS");
  const int runs = runs_env ? std::max(1, std::atoi(runs_env)) : 3;
  double ms = 0, cpu_ms = 0;
  core::AnchorSummary s;
  std::vector<core::Annotation> anns;
  for (int i = 0; i < runs; ++i) {
    anns = c.annotations;  // anchoring updates them in place
    const auto t0 = Clock::now();
    const std::clock_t c0 = std::clock();
    s = core::anchor_annotations(c.text, anns);
    const double t = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    const double cpu = 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    ms = i == 0 ? t : std::min(ms, t);
    cpu_ms = i == 0 ? cpu : std::min(cpu_ms, cpu);
  }
  std::printf("%-44s %7zu %8.1f %8.1f %9.2f   %zu exact, %zu moved, %zu fuzzy, %zu orphaned\n", c.name,
              anns.size(), ms, cpu_ms, 1000.0 * ms / static_cast<double>(anns.size()), s.exact, s.moved,
              s.fuzzy, s.orphaned);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  std::u32string article;
  if (argc > 1) {
    std::string bytes;
    if (!bench::read_file(argv[1], bytes) || utf8::find_invalid(bytes)) {
      std::fprintf(stderr, "bench_anchor_load: cannot read %s as UTF-8\n", argv[1]);
      return 3;
    }
    article = utf8::decode(bytes);
    std::printf("article: %s, %zu code points\n", argv[1], article.size());
  } else {
    article = generated_article(1000000, 7);
    std::printf("article: generated pseudo-English, %zu code points\n", article.size());
  }
  // Wall time, and CPU time of this process (under Node the latter is wall time again).
  std::printf("%-44s %7s %8s %8s %9s\n", "case", "annots", "ms", "cpu ms", "us/annot");

  const std::vector<core::Annotation> bulk = quotes_on(article, 10000, 11);

  // 1. The file's own article: every annotation exact at its recorded position.
  if (wanted(1)) run({"10,000 on their own article", article, bulk});

  // 2. A paragraph added on top: everything moved.
  const std::u32string lead = U"An editor's note added at the top of the article after publication.\n\n";
  if (wanted(2)) run({"10,000 after a new first paragraph (moved)", lead + article, bulk});

  // 3. The same, and one letter changed in every tenth quote (fuzzy; overlapping quotes
  //    share the change).
  if (wanted(3)) {
    std::u32string edited = article;
    for (size_t i = 0; i < bulk.size(); i += 10) {
      const size_t mid = (bulk[i].start + bulk[i].end) / 2;
      edited[mid] = edited[mid] == U'x' ? U'y' : U'x';
    }
    run({"10,000 after edits (moved, 1 in 10 edited)", lead + edited, bulk});
  }

  // 4, 5. Hostile: 1,000 annotations with 16,000 code points of prefix and suffix each, quote
  //    moved (exact elsewhere) or edited (fuzzy), the context taken from the article.
  for (int edited_quote = 0; edited_quote < 2; ++edited_quote) {
    if (!wanted(4 + edited_quote)) continue;
    std::vector<core::Annotation> anns;
    std::u32string text = U"Lead.\n\n" + article;
    for (size_t i = 0; i < 1000; ++i) {
      const core::Annotation& q = bulk[i * 7];
      core::Annotation a = q;
      const size_t from = q.start > 16000 ? q.start - 16000 : 0;
      a.prefix = utf8::encode(article.substr(from, q.start - from));
      a.suffix = utf8::encode(article.substr(q.end, 16000));
      anns.push_back(a);
      if (edited_quote) text[7 + (q.start + q.end) / 2] = U'#';
    }
    run({edited_quote ? "1,000 with 16,000 cp of context, fuzzy" : "1,000 with 16,000 cp of context, moved",
         text, anns});
  }

  // 6. Hostile: very long quotes (100,000 code points) edited in 100 places.
  if (wanted(6)) {
    std::vector<core::Annotation> anns;
    std::u32string text = article;
    for (size_t i = 0; i < 5; ++i) {
      const size_t start = 1000 + i * 190000;
      anns.push_back(recorded(article, start, start + 100000));
      for (size_t k = 0; k < 100; ++k) text[start + 500 + k * 990] = U'#';
    }
    run({"5 quotes of 100,000 cp, 100 edits each", text, anns});
  }

  // 7. Hostile: a short quote found everywhere, with context found nowhere.
  if (wanted(7)) {
    std::vector<core::Annotation> anns(10000);
    for (size_t i = 0; i < anns.size(); ++i) {
      anns[i].exact = i % 2 ? "the" : "e";
      anns[i].prefix = "zzqx" + std::to_string(i) + " qqzx";
      anns[i].suffix = "xxqz " + std::to_string(i) + " zq";
      anns[i].start = (i * 97) % article.size();
      anns[i].end = anns[i].start + anns[i].exact.size() + 1;
    }
    run({"10,000 short quotes found everywhere", article, anns});
  }

  // 8. Hostile: an article that is one letter repeated, quotes of that letter.
  if (wanted(8)) {
    const std::u32string text(1000000, U'a');
    std::vector<core::Annotation> anns(100);
    for (size_t i = 0; i < anns.size(); ++i) {
      anns[i].exact = std::string(i % 2 ? 20 : 5000, 'a');
      anns[i].prefix = "b";
      anns[i].suffix = "b";
      anns[i].start = 1 + i;
      anns[i].end = i;  // no position
    }
    run({"100 quotes in a run of one letter (1 MB)", text, anns});
  }
  return 0;
}
