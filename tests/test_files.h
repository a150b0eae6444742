// test_files.h - whole files for the tests: a file's bytes, the repository's own files.
//
// How to use:
//   const std::string page = test_files::read_source("tests/data/w3c_export_sample.json");
//   test_files::write(path, bytes);  const std::string back = test_files::read(path);
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace test_files {

// The bytes of a file, or "" when it cannot be read.
inline std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A file of the repository, by its path from the top.
inline std::string source_path(const std::string& relative) { return std::string(ANNOTATOR_SOURCE_DIR) + "/" + relative; }
inline std::string read_source(const std::string& relative) { return read(source_path(relative)); }

// Writes a file, replacing it.
inline void write(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

}  // namespace test_files
