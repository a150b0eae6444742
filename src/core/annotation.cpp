// annotation.cpp - names of verdicts, categories and anchor states; ids and timestamps.
#include "core/annotation.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>

namespace core {

const char* to_string(Verdict v) {
  switch (v) {
    case Verdict::Unverified: return "unverified";
    case Verdict::True: return "true";
    case Verdict::MostlyTrue: return "mostly-true";
    case Verdict::Misleading: return "misleading";
    case Verdict::False: return "false";
    case Verdict::Unsupported: return "unsupported";
  }
  return "unverified";
}

const std::vector<Verdict>& all_verdicts() {
  static const std::vector<Verdict> all = {Verdict::Unverified, Verdict::True,
                                           Verdict::MostlyTrue, Verdict::Misleading,
                                           Verdict::False,      Verdict::Unsupported};
  return all;
}

std::optional<Verdict> verdict_from_string(std::string_view s) {
  for (Verdict v : all_verdicts())
    if (s == to_string(v)) return v;
  return std::nullopt;
}

const std::vector<std::string>& builtin_categories() {
  static const std::vector<std::string> all = {"claim", "statistic", "quote",
                                               "date",  "person-org", "opinion"};
  return all;
}

const char* to_string(AnchorStatus s) {
  switch (s) {
    case AnchorStatus::Exact: return "exact";
    case AnchorStatus::Moved: return "moved";
    case AnchorStatus::Fuzzy: return "fuzzy";
    case AnchorStatus::Orphaned: return "orphaned";
  }
  return "orphaned";
}

std::string new_annotation_id() {
  static std::mt19937_64 rng{std::random_device{}()};
  const uint64_t hi = rng(), lo = rng();
  unsigned char b[16];
  for (int i = 0; i < 8; ++i) {
    b[i] = static_cast<unsigned char>(hi >> (56 - 8 * i));
    b[8 + i] = static_cast<unsigned char>(lo >> (56 - 8 * i));
  }
  b[6] = (b[6] & 0x0F) | 0x40;  // version 4
  b[8] = (b[8] & 0x3F) | 0x80;  // RFC 4122 variant
  char out[64];
  std::snprintf(out, sizeof out,
                "urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
                b[13], b[14], b[15]);
  return out;
}

std::string now_iso8601() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[64];  // snprintf, not strftime: Emscripten's strftime runs in JavaScript, slowly
  std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return out;
}

}  // namespace core
