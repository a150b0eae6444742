// test_extract_corpus.cpp - every page in tests/data/extract (the fuzzer's seeds, and any
// input the fuzzer ever finds a fault with: save it there) is read the way the fuzz target
// reads it and must pass the same checks; the seeds also have known articles.
#include <dirent.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/article_file.h"
#include "core/utf8.h"
#include "test_files.h"

namespace {

const std::string kDir = std::string(ANNOTATOR_SOURCE_DIR) + "/tests/data/extract";

std::vector<std::string> page_files() {
  std::vector<std::string> names;
  if (DIR* d = opendir(kDir.c_str())) {
    while (dirent* e = readdir(d))
      if (e->d_name[0] != '.') names.push_back(e->d_name);
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_SUITE("extract: saved pages") {
  TEST_CASE("every saved page gives an article or an error, and articles are well formed") {
    const std::vector<std::string> names = page_files();
    REQUIRE(names.size() >= 4);
    for (const std::string& name : names) {
      CAPTURE(name);
      const core::ArticleFileResult r = core::read_article_file("page.html", test_files::read(kDir + "/" + name));
      CHECK(r.file.has_value() == r.error.empty());
      if (!r.file) continue;
      const std::string& text = r.file->article.text;
      REQUIRE_FALSE(text.empty());
      CHECK_FALSE(utf8::find_invalid(text));
      CHECK(text.find("\n\n\n") == std::string::npos);
      CHECK(text.front() != '\n');
      CHECK(text.back() != '\n');
      CHECK(text.back() != ' ');
    }
  }

  TEST_CASE("the seeds' articles") {
    const auto news = core::read_article_file("news.html", test_files::read(kDir + "/news.html"));
    REQUIRE(news.file);
    CHECK(news.file->article.title == "Council expands bus network");
    CHECK(news.file->byline == "Ana Lima");
    CHECK(news.file->article.text.find("Home") == std::string::npos);
    CHECK(news.file->article.text.find("N1 | 2025") != std::string::npos);
    const auto cp1252 = core::read_article_file("cp1252.html", test_files::read(kDir + "/cp1252.html"));
    REQUIRE(cp1252.file);
    CHECK(cp1252.file->article.title == "Caf\xC3\xA9");
    CHECK(cp1252.file->article.text.find("\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x93 text") != std::string::npos);
    const auto utf16 = core::read_article_file("utf16le.html", test_files::read(kDir + "/utf16le.html"));
    REQUIRE(utf16.file);
    CHECK(utf16.file->article.text == "Hi");
  }
}
