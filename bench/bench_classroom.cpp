// bench_classroom.cpp - the class view's core work: load, anchor and score a class of hand-in
// files against a key, then the class-wide figures (per-claim counts, heat map, alpha), and
// the exports (grades CSV, a feedback file per student). Natively and as WebAssembly in Node.
//
//   build/native/bench_classroom [--students N] [--marks M]         time it (default 40 x 40)
//   build/native/bench_classroom --write DIR [--students N]         write key.json and N
//                                                                   hand-ins for the CLI timing
//
// The article is about 5,000 words of Brown Corpus press text (build/claims-brown, made by
// tests/claims/build-brown.mjs), else the sample article repeated. The key has M claims of
// 6 to 14 words; each student finds about half exactly, a quarter with shifted ends, misses
// the rest and adds marks of their own up to M; one student in four worked on a copy of the
// article with a line added at the top (so their marks must be anchored). A fixed
// pseudo-random sequence makes the same files on every platform.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/classroom/class_exports.h"
#include "core/classroom/class_model.h"
#include "core/selection.h"
#include "core/utf8.h"
#include "core/w3c_format.h"
#include "bench_util.h"

#ifndef ANNOTATOR_SOURCE_DIR
#define ANNOTATOR_SOURCE_DIR "."
#endif

using namespace core::classroom;

namespace {

// A small deterministic generator (the standard distributions differ between libraries).
struct Lcg {
  uint64_t state;
  uint32_t next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return uint32_t(state >> 33);
  }
  size_t below(size_t n) { return n ? next() % n : 0; }
};

size_t count_words(const std::string& s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::string article_text(size_t& words) {
  const std::string root = ANNOTATOR_SOURCE_DIR;
  std::string text = "City hall and the courts: a week of news\n\n";
  for (const char* id : {"ca02", "ca04", "ca06", "ca09"}) {
    std::string s;
    if (!bench::read_file(root + "/build/claims-brown/" + id + ".txt", s)) continue;
    std::istringstream paragraphs(s);
    std::string line;
    while (std::getline(paragraphs, line) && count_words(text) < 5000)
      if (!line.empty()) text += line + "\n\n";
    if (count_words(text) >= 5000) break;
  }
  if (count_words(text) < 5000) {  // no Brown texts built: the sample article, repeated
    std::string sample;
    bench::read_file(root + "/assets/putin-xi-belt-and-road.txt", sample);
    while (!sample.empty() && count_words(text) < 5000) text += sample + "\n\n";
  }
  words = count_words(text);
  return text;
}

// Word starts and ends (code points) of the article.
struct Words {
  std::vector<size_t> start, end;
};
Words words_of(const std::u32string& cps) {
  Words w;
  for (size_t i = 0; i < cps.size(); ++i) {
    const bool space = cps[i] == U' ' || cps[i] == U'\n';
    const bool prev_space = i == 0 || cps[i - 1] == U' ' || cps[i - 1] == U'\n';
    if (!space && prev_space) w.start.push_back(i);
    if (!space && (i + 1 == cps.size() || cps[i + 1] == U' ' || cps[i + 1] == U'\n')) w.end.push_back(i + 1);
  }
  return w;
}

const char* kCategories[] = {"claim", "statistic", "quote"};

struct Class {
  std::string key;
  std::vector<InputFile> students;
};

Class make_class(size_t students, size_t marks) {
  size_t words = 0;
  const std::string text = article_text(words);
  const core::Article article = *core::make_article(text).article;
  const core::Article edited = *core::make_article("Updated: this story has been corrected.\n\n" + text).article;
  const size_t shift = edited.cps.size() - article.cps.size();
  const Words w = words_of(article.cps);
  Lcg rng{20261201};

  Exercise ex;
  ex.id = "urn:uuid:0e8c1d2a-3b4c-4d5e-8f60-718293a4b5c6";
  ex.title = "Benchmark class";
  std::vector<core::Annotation> key;
  const size_t n_words = w.start.size();
  for (size_t k = 0; k < marks; ++k) {
    const size_t first = k * n_words / marks + rng.below(5);
    const size_t last = std::min(n_words - 1, first + 5 + rng.below(9));
    core::Annotation a = core::make_annotation(article, w.start[first], w.end[last], kCategories[k % 3]);
    a.note = "Feedback for claim " + std::to_string(k + 1);
    key.push_back(a);
  }
  Class c;
  c.key = write_key_file(article, ex, key);
  for (size_t s = 0; s < students; ++s) {
    const bool on_edited = s % 4 == 3;
    const core::Article& theirs = on_edited ? edited : article;
    const size_t offset = on_edited ? shift : 0;
    std::vector<core::Annotation> anns;
    for (size_t k = 0; k < marks && anns.size() < marks; ++k) {
      const size_t roll = rng.below(4);
      if (roll == 3) continue;  // missed
      size_t start = key[k].start, end = key[k].end;
      if (roll == 2) {          // shifted ends, to a word boundary
        auto at = std::lower_bound(w.start.begin(), w.start.end(), start) - w.start.begin();
        auto to = std::lower_bound(w.end.begin(), w.end.end(), end) - w.end.begin();
        at = std::max<long>(0, at - long(rng.below(3)));
        to = std::min<long>(long(w.end.size()) - 1, to + long(rng.below(3)) - 1);
        start = w.start[size_t(at)];
        end = std::max(start + 1, w.end[size_t(to)]);
      }
      const char* category = rng.below(5) == 0 ? kCategories[rng.below(3)] : key[k].category.c_str();
      anns.push_back(core::make_annotation(theirs, start + offset, end + offset, category));
    }
    while (anns.size() < marks) {  // marks of their own
      const size_t first = rng.below(n_words - 12);
      const size_t last = first + 2 + rng.below(10);
      anns.push_back(core::make_annotation(theirs, w.start[first] + offset, w.end[last] + offset,
                                           kCategories[rng.below(3)]));
    }
    for (size_t i = 0; i < anns.size(); ++i) {
      anns[i].id = "urn:uuid:00000000-0000-4000-8000-" + std::to_string(100000000000ULL + s * 1000 + i);
      anns[i].created = anns[i].modified = "2026-12-01T10:00:00Z";
      anns[i].note = i % 3 == 0 ? "I would check this in the council minutes." : "";
    }
    const std::string name = "Student " + std::to_string(s + 1);
    c.students.push_back({"student-" + std::to_string(s + 1) + ".json",
                          write_hand_in(theirs, ex, name, anns, "2026-12-01T10:00:00Z")});
  }
  std::fprintf(stderr, "article: %zu words, %zu code points; key: %zu claims; %zu students x %zu marks\n", words,
               article.cps.size(), key.size(), students, marks);
  return c;
}

int write_files(const std::string& dir, size_t students, size_t marks) {
  const Class c = make_class(students, marks);
  std::ofstream(dir + "/key.json", std::ios::binary) << c.key;
  for (const InputFile& f : c.students) std::ofstream(dir + "/" + f.name, std::ios::binary) << f.bytes;
  std::printf("wrote %s/key.json and %zu hand-ins\n", dir.c_str(), c.students.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  size_t students = 40, marks = 40;
  std::string write_dir;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string opt = argv[i], value = argv[i + 1];
    if (opt == "--students") students = std::strtoul(value.c_str(), nullptr, 10);
    else if (opt == "--marks") marks = std::strtoul(value.c_str(), nullptr, 10);
    else if (opt == "--write") write_dir = value;
  }
  if (!write_dir.empty()) return write_files(write_dir, students, marks);

  const Class c = make_class(students, marks);
  size_t bytes = c.key.size();
  for (const InputFile& f : c.students) bytes += f.bytes.size();
  std::vector<double> load, exports, parse;
  for (int run = 0; run < 5; ++run) {  // the share of reading the files (import_w3c) alone
    const auto t0 = std::chrono::steady_clock::now();
    for (const InputFile& f : c.students)
      if (!core::import_w3c(f.bytes).ok) return 1;
    parse.push_back(bench::seconds_since(t0));
  }
  for (int run = 0; run < 7; ++run) {
    auto t0 = std::chrono::steady_clock::now();
    ClassModel model;
    model.set_key({"key.json", c.key});
    model.add_students(c.students);
    load.push_back(bench::seconds_since(t0));
    const ClassReport& r = model.report();
    if (r.students.size() != students || !r.problems.empty()) {
      std::fprintf(stderr, "bench_classroom: %zu scored, %zu problems\n", r.students.size(), r.problems.size());
      return 1;
    }
    t0 = std::chrono::steady_clock::now();
    size_t out = grades_csv(r).size();
    for (size_t s = 0; s < r.students.size(); ++s) out += feedback_file(r, s).size();
    exports.push_back(bench::seconds_since(t0));
    if (run == 0) {
      size_t moved = 0;
      for (const StudentResult& s : r.students) moved += s.anchoring.moved;
      std::printf("files: %.1f MB; anchored as moved: %zu marks; heat map: %zu stretches (max %zu students); "
                  "alpha among students %.3f; exports %.1f MB\n",
                  bytes / 1e6, moved, r.heat.size(), r.heat_max, r.alpha.overall.value_or(0), out / 1e6);
    }
  }
  std::sort(load.begin(), load.end());
  std::sort(exports.begin(), exports.end());
  std::printf("load + anchor + score + class figures, %zu students x %zu marks: best %.1f ms, median %.1f ms\n",
              students, marks, load.front() * 1e3, load[load.size() / 2] * 1e3);
  std::sort(parse.begin(), parse.end());
  std::printf("  of which reading the %zu files (import_w3c): best %.1f ms\n", students, parse.front() * 1e3);
  std::printf("grades CSV + %zu feedback files: best %.1f ms, median %.1f ms\n", students, exports.front() * 1e3,
              exports[exports.size() / 2] * 1e3);
  return 0;
}
