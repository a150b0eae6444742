// extract.cpp - see extract.h: the steps in order.
#include "core/extract/extract.h"

#include <functional>

#include "core/extract/article_body.h"
#include "core/extract/charset.h"
#include "core/extract/cleanup.h"
#include "core/extract/dom.h"
#include "core/extract/html_parse.h"
#include "core/extract/metadata.h"
#include "core/extract/title.h"

namespace core {
namespace {

// "By Ana Lima —" -> "Ana Lima": the byline as a name, without the page's wording around it.
std::string clean_byline(std::string byline) {
  if (byline.size() > 3 && (byline.compare(0, 3, "By ") == 0 || byline.compare(0, 3, "by ") == 0 ||
                            byline.compare(0, 3, "BY ") == 0))
    byline.erase(0, 3);
  for (const char* tail : {"\xE2\x80\x94", "\xE2\x80\x93", "-", "|", ",", ":", "\xC2\xB7"}) {
    const std::string t(tail);
    while (byline.size() > t.size() && byline.compare(byline.size() - t.size(), t.size(), t) == 0)
      byline = extract::trim(byline.substr(0, byline.size() - t.size()));
  }
  return extract::trim(byline);
}

}  // namespace

ExtractResult extract_article(std::string_view bytes) {
  using namespace core::extract;
  ExtractResult result;
  if (bytes.size() > kMaxPageBytes) {
    result.error = "the page is " + std::to_string(bytes.size() >> 20) + " MB; pages up to " +
                   std::to_string(kMaxPageBytes >> 20) + " MB can be opened";
    return result;
  }
  DecodedPage decoded = decode_page(bytes);
  if (!decoded.error.empty()) {
    result.error = std::move(decoded.error);
    return result;
  }
  ParsedHtml parsed = parse_html(decoded.utf8);
  if (!parsed.error.empty()) {
    result.error = std::move(parsed.error);
    return result;
  }
  Document& doc = parsed.doc;
  const PageMetadata meta = read_metadata(doc);  // before the scripts holding JSON-LD go
  prep_document(doc);
  const std::function<Document()> reparse = [&decoded] {
    Document fresh = std::move(parse_html(decoded.utf8).doc);
    prep_document(fresh);
    return fresh;
  };
  ArticleBody body = find_article_body(doc, meta.title, !meta.byline.empty(), reparse);

  ExtractedPage page;
  page.text = std::move(body.text);
  page.headings = std::move(body.headings);
  page.warning = parsed.warning;
  if (page.text.empty()) {
    result.error = parsed.warning.empty() ? "no text found in the page" : "no text found: " + parsed.warning;
    return result;
  }
  page.url = meta.url;
  page.site = meta.site;
  page.title = strip_site_name(meta.title, meta.site, meta.url);
  // The headline opens the text, as in a plain-text article: readers annotate headlines
  // too, and the app shows a first line equal to the title as the title. Readability took
  // the heading that repeated the title out of the body; one that is still there stays.
  const std::string first_paragraph = page.text.substr(0, page.text.find("\n\n"));
  if (!page.title.empty() && text_similarity(page.title, first_paragraph) <= 0.75 &&
      page.title.find('\n') == std::string::npos)
    page.text = page.title + "\n\n" + page.text;
  page.byline = clean_byline(!meta.byline.empty() ? meta.byline : body.byline);
  page.published = meta.published;
  page.lang = meta.lang;
  page.dir = !body.dir.empty() ? body.dir : meta.dir;
  page.encoding = decoded.encoding;
  result.page = std::move(page);
  return result;
}

}  // namespace core
