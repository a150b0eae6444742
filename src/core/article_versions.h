// article_versions.h - how two versions of an article differ, in terms a reader can check:
// their titles, lengths in words, and the first paragraph where they part (with a few words
// of each). The import report shows it when a file was made for another version of the
// open article, so that "the file's version" and "the open one" can be told apart.
#pragma once

#include <cstddef>
#include <string>

#include "core/article.h"

namespace core {

struct VersionDifference {
  size_t words_a = 0, words_b = 0;
  bool same_title = false;
  bool same_text = false;
  size_t paragraph = 0;           // 1-based number of the first paragraph that differs
  std::string excerpt_a, excerpt_b;  // that paragraph's first words in each ("" if it has none)
};

VersionDifference compare_versions(const Article& a, const Article& b, size_t excerpt_cps = 60);

// Whitespace-separated words.
size_t count_words(std::u32string_view text);

}  // namespace core
