// timing.h - how long the parts of the last long command took (opening an article, an
// import, the write that follows), in milliseconds, for the browser benchmark
// (bench/ui-bench.mjs prints them) and for anyone asking where the time goes.
//
// How to use:
//   timings.begin("importJson");
//   parse(); timings.mark("parse");
//   anchor(); timings.mark("anchor");
//   timings.parts();  // {{"parse", 12.5}, {"anchor", 3.1}}
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace session {

class Timings {
 public:
  void begin(std::string command) {
    command_ = std::move(command);
    parts_.clear();
    last_ = std::chrono::steady_clock::now();
  }
  // The time since the last mark (or begin) is the part `name`.
  void mark(const char* name) {
    const auto now = std::chrono::steady_clock::now();
    parts_.emplace_back(name, std::chrono::duration<double, std::milli>(now - last_).count());
    last_ = now;
  }
  // Adds a part measured apart (a write planned later, at the next frame).
  void add(const char* name, double ms) { parts_.emplace_back(name, ms); }
  const std::string& command() const { return command_; }
  const std::vector<std::pair<std::string, double>>& parts() const { return parts_; }

 private:
  std::string command_;
  std::vector<std::pair<std::string, double>> parts_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace session
