// article_file.cpp - see article_file.h.
#include "core/article_file.h"

#include "core/extract/extract.h"

namespace core {
namespace {

std::string lower_extension(std::string_view name) {
  const size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string ext(name.substr(dot + 1));
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

}  // namespace

bool is_html_file(std::string_view name, std::string_view bytes) {
  const std::string ext = lower_extension(name);
  if (ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml") return true;
  if (ext == "txt" || ext == "md" || ext == "markdown" || ext == "text") return false;
  std::string_view s = bytes.substr(0, 4096);
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (true) {
    const size_t start = s.find_first_not_of(" \t\r\n\f");
    if (start == std::string_view::npos) return false;
    s.remove_prefix(start);
    if (s.substr(0, 4) != "<!--") break;
    const size_t end = s.find("-->");
    if (end == std::string_view::npos) return false;
    s.remove_prefix(end + 3);
  }
  if (s.size() < 2 || s[0] != '<') return false;
  const char c = s[1];
  const bool tag_start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '!' || c == '?';
  return tag_start && s.find('>') != std::string_view::npos;
}

ArticleFileResult read_article_file(std::string_view name, std::string_view bytes, std::string_view url) {
  ArticleFileResult result;
  if (bytes.size() > kMaxPageBytes) {
    result.error = "the file is " + std::to_string(bytes.size() >> 20) + " MB; files up to " +
                   std::to_string(kMaxPageBytes >> 20) + " MB can be opened";
    return result;
  }
  if (is_blank(bytes)) {
    result.error = bytes.empty() ? "the file is empty" : "the file holds only white space";
    return result;
  }
  ArticleFile file;
  ArticleResult made;
  std::vector<std::string> headings;
  if (is_html_file(name, bytes)) {
    ExtractResult page = extract_article(bytes);
    if (!page.page) {
      result.error = std::move(page.error);
      return result;
    }
    ExtractedPage& p = *page.page;
    made = make_article(p.text, p.title, url.empty() ? p.url : std::string(url));
    file.from_html = true;
    file.page_title = p.title;
    file.byline = std::move(p.byline);
    file.published = std::move(p.published);
    file.site = std::move(p.site);
    file.lang = std::move(p.lang);
    file.dir = std::move(p.dir);
    file.encoding = std::move(p.encoding);
    file.warning = std::move(p.warning);
    headings = std::move(p.headings);
  } else {
    made = make_article(bytes, "", std::string(url));
  }
  if (!made.article) {
    result.error = std::move(made.error);
    return result;
  }
  file.article = std::move(*made.article);
  if (file.dir == "rtl" || file.dir == "ltr") file.article.dir = file.dir;
  mark_headings(file.article, headings);  // a web page's <h1>-<h6> are set as headings
  result.file = std::move(file);
  return result;
}

}  // namespace core
