// cli_io.cpp - see cli_io.h.
#include "cli/cli_io.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/article_file.h"

namespace cli {

std::optional<std::string> read_file(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open " + path + ": " + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "cannot read " + path;
    return std::nullopt;
  }
  return buffer.str();
}

bool write_file_atomically(const std::string& path, const std::string& bytes, std::string& error) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = "cannot write " + tmp + ": " + std::strerror(errno);
      return false;
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      error = "cannot write " + tmp;
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    error = "cannot replace " + path + ": " + std::strerror(errno);
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

std::optional<core::ArticleFile> load_article_file(const std::string& path, std::ostream& err,
                                                   int& exit_code) {
  std::string error;
  auto bytes = read_file(path, error);
  if (!bytes) {
    err << "annotator: " << error << "\n";
    exit_code = kIo;
    return std::nullopt;
  }
  core::ArticleFileResult read = core::read_article_file(path, *bytes);
  if (!read.file) {
    err << "annotator: " << path << ": " << read.error << "\n";
    exit_code = kInvalid;
    return std::nullopt;
  }
  if (!read.file->warning.empty()) err << "annotator: " << path << ": warning: " << read.file->warning << "\n";
  return std::move(read.file);
}

const std::string* ParsedArgs::get(const std::string& name) const {
  auto it = options.find(name);
  if (it == options.end() || it->second.empty()) return nullptr;
  return &it->second.back();
}

ParsedArgs parse_args(const Args& args, const std::vector<std::string>& known_options,
                      const std::vector<std::string>& flags) {
  ParsedArgs parsed;
  auto known = [](const std::vector<std::string>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::string name = a, value;
      const size_t eq = a.find('=');
      const bool inline_value = eq != std::string::npos && a.rfind("--", 0) == 0;
      if (inline_value) {
        name = a.substr(0, eq);
        value = a.substr(eq + 1);
      }
      if (known(flags, name)) {
        parsed.options[name].push_back("");
        continue;
      }
      if (!known(known_options, name)) {
        parsed.error = "unknown option " + name;
        return parsed;
      }
      if (!inline_value) {
        if (i + 1 >= args.size()) {
          parsed.error = "option " + name + " needs a value";
          return parsed;
        }
        value = args[++i];
      }
      parsed.options[name].push_back(value);
    } else {
      parsed.positional.push_back(a);
    }
  }
  return parsed;
}

}  // namespace cli
