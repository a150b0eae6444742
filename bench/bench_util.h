// bench_util.h - what the benchmark programs share: reading an input file whole and
// timing a stretch of work.
#pragma once

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

namespace bench {

// The whole file in `out`; false when it cannot be opened.
inline bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

inline double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace bench
