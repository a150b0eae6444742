// bench_anchor.cpp - our side of the anchoring benchmark (bench/anchor.sh) as one whole
// process: reads the edited article and the recorded quotes, re-anchors every quote with
// core::anchor_annotations and writes where each one landed.
//
//   bench_anchor EDITED_TEXT QUOTES_JSON OUT_JSON
//
// QUOTES_JSON is {"quotes": [{"id", "exact", "prefix", "suffix", "start", "end"}, ...]}
// (made by bench/anchor/make-inputs.mjs); OUT_JSON gets {"units": "codepoints",
// "results": [{"id", "status", "start", "end", "errors", "reason"}, ...]}.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/anchor.h"
#include "core/utf8.h"
#include "bench_util.h"

namespace {

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    // build-wasm.sh bench runs every bench program without arguments: explain, do not fail.
    std::cout << "bench_anchor: usage: bench_anchor EDITED_TEXT QUOTES_JSON OUT_JSON\n"
                 "  (bench/anchor.sh makes the inputs and runs it next to the Hypothesis matcher)\n";
    return argc == 1 ? 0 : 2;
  }
  const auto t0 = std::chrono::steady_clock::now();
  std::string text_bytes, quotes_bytes;
  if (!bench::read_file(argv[1], text_bytes)) {
    std::cerr << "bench_anchor: cannot read " << argv[1] << "\n";
    return 3;
  }
  if (!bench::read_file(argv[2], quotes_bytes)) {
    std::cerr << "bench_anchor: cannot read " << argv[2] << "\n";
    return 3;
  }
  if (auto bad = utf8::find_invalid(text_bytes)) {
    std::cerr << "bench_anchor: " << argv[1] << ": invalid UTF-8 at byte " << *bad << "\n";
    return 1;
  }
  const std::u32string text = utf8::decode(text_bytes);

  const nlohmann::json doc = nlohmann::json::parse(quotes_bytes, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("quotes") || !doc["quotes"].is_array()) {
    std::cerr << "bench_anchor: " << argv[2] << ": expected a JSON object with a \"quotes\" array\n";
    return 1;
  }
  std::vector<core::Annotation> anns;
  anns.reserve(doc["quotes"].size());
  std::vector<std::string> ids;
  size_t index = 0;
  for (const auto& q : doc["quotes"]) {
    const bool ok = q.is_object() && q.value("id", nlohmann::json()).is_string() &&
                    q.value("exact", nlohmann::json()).is_string();
    if (!ok) {
      std::cerr << "bench_anchor: " << argv[2] << ": quotes[" << index << "] needs string id and exact\n";
      return 1;
    }
    core::Annotation a;
    ids.push_back(q["id"].get<std::string>());
    a.exact = q["exact"].get<std::string>();
    if (q.contains("prefix") && q["prefix"].is_string()) a.prefix = q["prefix"].get<std::string>();
    if (q.contains("suffix") && q["suffix"].is_string()) a.suffix = q["suffix"].get<std::string>();
    if (q.contains("start") && q["start"].is_number_unsigned() && q.contains("end") &&
        q["end"].is_number_unsigned()) {
      a.start = q["start"].get<size_t>();
      a.end = q["end"].get<size_t>();
    }
    anns.push_back(std::move(a));
    ++index;
  }
  const double read_ms = ms_since(t0);

  const auto t1 = std::chrono::steady_clock::now();
  std::vector<core::AnchorResult> why;
  const core::AnchorSummary sum = core::anchor_annotations(text, anns, &why);
  const double anchor_ms = ms_since(t1);

  nlohmann::json results = nlohmann::json::array();
  for (size_t i = 0; i < anns.size(); ++i) {
    nlohmann::json r = {{"id", ids[i]}, {"status", core::to_string(anns[i].anchor)}};
    if (anns[i].anchor != core::AnchorStatus::Orphaned) {
      r["start"] = anns[i].start;
      r["end"] = anns[i].end;
      r["errors"] = anns[i].anchor_errors;
      r["reason"] = core::to_string(why[i].reason);
    }
    results.push_back(std::move(r));
  }
  std::ofstream out(argv[3], std::ios::binary);
  out << nlohmann::json{{"units", "codepoints"}, {"results", results}}.dump();
  if (!out) {
    std::cerr << "bench_anchor: cannot write " << argv[3] << "\n";
    return 3;
  }
  std::printf("bench_anchor: %zu quotes (%zu exact, %zu moved, %zu fuzzy, %zu orphaned) on %zu code points: "
              "read %.1f ms, anchored in %.1f ms (in-process)\n",
              anns.size(), sum.exact, sum.moved, sum.fuzzy, sum.orphaned, text.size(), read_ms, anchor_ms);
  return 0;
}
