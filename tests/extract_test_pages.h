// extract_test_pages.h - small news-like pages for the extraction tests: an article body
// long enough for the extractor to recognise it, with boilerplate placed around or inside.
#pragma once

#include <string>

namespace test_pages {

// Five paragraphs of reporting, about 1,300 characters: commas, full stops, no links.
inline std::string article_paragraphs() {
  return "<p>The city council voted on Tuesday to expand the bus network, adding twelve routes, "
         "three night lines and a new depot in the northern district, officials said.</p>\n"
         "<p>Supporters of the plan, including the transport union and several business groups, "
         "argued that the change would cut commuting times by a fifth, although critics said "
         "the figures had not been checked independently.</p>\n"
         "<p>The project will cost 48 million euros over four years, according to the budget "
         "published last month, and will be paid for partly by a regional grant, partly by "
         "higher parking fees in the centre.</p>\n"
         "<p>Opposition members, who abstained, said the council had ignored a report from its "
         "own auditors, which warned in March that ridership forecasts were too optimistic, and "
         "that similar schemes elsewhere had run over budget.</p>\n"
         "<p>The first new routes are expected to open in September, the mayor said, with the "
         "remaining lines following next spring, once the depot is finished and drivers have "
         "been hired and trained.</p>\n";
}

// A page: <head> extras, then the body markup.
inline std::string page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" + head +
         "</head>\n<body>\n" + body + "\n</body></html>\n";
}

// A typical news page around `article_html` (the article's own markup).
inline std::string news_page(const std::string& article_html, const std::string& extra_body = "") {
  return page("<title>Council expands bus network | City Herald</title>",
              "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
              "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>\n"
              "<main><article><h1>Council expands bus network</h1>\n" +
                  article_html + "</article></main>\n" + extra_body +
                  "<footer><p>Copyright 2024 City Herald. All rights reserved.</p></footer>");
}

}  // namespace test_pages
