// test_exports.cpp - CSV, Markdown, ClaimReview and the HTML report: their content, the
// documented rules (rating scale, claim shortening, formula cells) and escaping of hostile
// strings. The browser side of the report (nothing runs, nothing loads) is in
// tests/e2e/report.test.mjs.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/exports.h"
#include "core/selection.h"

using nlohmann::json;

namespace {

const char* kHostile = "\"><img src=x onerror=alert(1)></style></textarea><script>alert(2)</script>";

core::Article article() {
  return *core::make_article("Budget cuts\n\nSpending rose 12% in 2025, the mayor said.\nCritics disagree.\n",
                             "", "https://news.example.org/budget")
              .article;
}

std::vector<core::Annotation> annotations(const core::Article& art) {
  core::Annotation a = core::make_annotation(art, 27, 30, "statistic");  // "12%"
  a.id = "urn:x:a";
  a.verdict = core::Verdict::Misleading;
  a.note = "Nominal, not real.\nSee the table.";
  a.links = {"https://stats.example.org/t", "javascript:alert(1)"};
  a.author = "Ada";
  core::Annotation b = core::make_annotation(art, 13, 38, "claim");  // "Spending rose 12% in 2025", overlaps a
  b.id = "urn:x:b";
  b.verdict = core::Verdict::True;
  core::Annotation orphan;
  orphan.id = "urn:x:c";
  orphan.exact = "a sentence that was cut";
  orphan.anchor = core::AnchorStatus::Orphaned;
  orphan.note = "=HYPERLINK(\"http://evil.example\")";
  return {orphan, a, b};
}

// A minimal RFC 4180 reader, to check the CSV reads back to what was written.
std::vector<std::vector<std::string>> parse_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') rows.back().back() += '"', ++i;
      else if (c == '"') quoted = false;
      else rows.back().back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

}  // namespace

TEST_SUITE("exports") {
  TEST_CASE("CSV: header, reading order, quoting, formula cells, orphans without positions") {
    const core::Article art = article();
    const std::string csv = core::export_csv(annotations(art));
    const auto rows = parse_csv(csv);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == std::vector<std::string>{"id", "exact", "prefix", "suffix", "start", "end", "category",
                                              "verdict", "note", "links", "creator", "created", "modified",
                                              "anchor"});
    CHECK(rows[1][0] == "urn:x:b");  // starts at 13, before a at 27; the orphan last
    CHECK(rows[2][0] == "urn:x:a");
    CHECK(rows[2][1] == "12%");
    CHECK(rows[2][4] == "27");
    CHECK(rows[2][5] == "30");
    CHECK(rows[2][7] == "misleading");
    CHECK(rows[2][8] == "Nominal, not real.\nSee the table.");  // comma and newline quoted
    CHECK(rows[2][9] == "https://stats.example.org/t javascript:alert(1)");
    CHECK(rows[2][10] == "Ada");
    CHECK(rows[2][13] == "exact");
    CHECK(rows[3][4].empty());  // an orphan has no place in this text
    CHECK(rows[3][13] == "orphaned");
    CHECK(rows[3][8] == "'=HYPERLINK(\"http://evil.example\")");  // never a formula
    for (const auto& r : rows) CHECK(r.size() == 14);
    CHECK(csv.find("\n") == csv.find("\r\n") + 1);  // CRLF line ends
  }

  TEST_CASE("Markdown: summary tables and escaped text") {
    const core::Article art = article();
    std::vector<core::Annotation> anns = annotations(art);
    anns[1].note = std::string("[click](javascript:alert(1)) <b>bold</b> *x* ") + kHostile;
    const std::string md = core::export_markdown(art, anns);
    CHECK(md.rfind("# Budget cuts\n\nSource: <https://news.example.org/budget>\n\n3 annotations, 1 not found", 0) == 0);
    CHECK(md.find("| Misleading | 1 |") != std::string::npos);
    CHECK(md.find("| Statistic | 1 |") != std::string::npos);
    CHECK(md.find("\\[click\\](javascript:alert(1)) \\<b\\>bold\\</b\\> \\*x\\*") != std::string::npos);
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(md.find("Evidence: <https://stats.example.org/t>, javascript:alert(1)") != std::string::npos);
    CHECK(md.find("## Not found in the article") != std::string::npos);
  }

  TEST_CASE("ClaimReview: one review per verdict, the documented scale, shortened claims") {
    CHECK(core::claimreview_rating(core::Verdict::False) == 1);
    CHECK(core::claimreview_rating(core::Verdict::Misleading) == 2);
    CHECK(core::claimreview_rating(core::Verdict::Unsupported) == 3);
    CHECK(core::claimreview_rating(core::Verdict::MostlyTrue) == 4);
    CHECK(core::claimreview_rating(core::Verdict::True) == 5);
    CHECK(core::claimreview_rating(core::Verdict::Unverified) == 0);

    const std::string long_claim =
        "The city council said on Tuesday that spending on parks and libraries fell by a third "
        "in the last two years";
    const std::string s = core::shorten_claim(long_claim);
    CHECK(s == "The city council said on Tuesday that spending on parks and libraries fell\xE2\x80\xA6");
    CHECK(core::shorten_claim("short\n\nclaim") == "short claim");
    CHECK(core::shorten_claim(std::string(100, 'x')).size() == 74 + 3);  // one long word is cut

    const core::Article art = article();
    std::vector<core::Annotation> anns = annotations(art);
    anns[2].exact = long_claim;  // b: as if the article said it
    core::ClaimReviewOptions o{"https://checks.example/budget", "Example Checks", "2026-11-30"};
    const core::ClaimReviewExport cr = core::export_claimreview(art, anns, o);
    CHECK(cr.warnings.empty());
    CHECK(cr.reviews == 2);
    CHECK(cr.skipped == 1);  // the orphan is unverified: no verdict to publish
    const json j = json::parse(cr.json);
    REQUIRE(j.size() == 2);
    const json& b = j[0];
    CHECK(b["@context"] == "https://schema.org");
    CHECK(b["@type"] == "ClaimReview");
    CHECK(b["url"] == "https://checks.example/budget");
    CHECK(b["claimReviewed"] == s);
    CHECK(b["itemReviewed"]["text"] == long_claim);
    CHECK(b["itemReviewed"]["appearance"]["url"] == "https://news.example.org/budget");
    CHECK(b["author"] == json{{"@type", "Organization"}, {"name", "Example Checks"}});
    CHECK(b["datePublished"] == "2026-11-30");
    CHECK(b["reviewRating"] == json{{"@type", "Rating"}, {"ratingValue", 5}, {"bestRating", 5},
                                    {"worstRating", 1}, {"alternateName", "True"}});
    const json& a = j[1];
    CHECK(a["reviewRating"]["alternateName"] == "Misleading");
    CHECK(a["reviewBody"] == "Nominal, not real.\nSee the table.");
    CHECK(a["citation"] == json::array({"https://stats.example.org/t"}));  // no javascript:

    // Safe to paste into <script type="application/ld+json">: no markup characters at all.
    anns[1].note = "</script><script>alert(1)</script> & more";
    const core::ClaimReviewExport pasted = core::export_claimreview(art, anns, o);
    CHECK(pasted.json.find_first_of("<>&") == std::string::npos);
    CHECK(json::parse(pasted.json)[1]["reviewBody"] == anns[1].note);

    anns[1].verdict = core::Verdict::Unverified;
    const core::ClaimReviewExport fewer = core::export_claimreview(art, anns, {});
    CHECK(fewer.reviews == 1);
    CHECK(fewer.skipped == 2);
    CHECK(fewer.warnings.size() == 2);  // no url, no publisher
    CHECK(json::parse(fewer.json)[0].contains("url") == false);
  }

  TEST_CASE("HTML report: structure, marks with their notes, orphans apart") {
    const core::Article art = article();
    const std::string h = core::export_html_report(art, annotations(art), {"2026-11-30"});
    CHECK(h.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(h.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                 "'unsafe-inline'; base-uri 'none'; form-action 'none'\">") != std::string::npos);
    CHECK(h.find("<script") == std::string::npos);
    CHECK(h.find("@media print") != std::string::npos);
    // b covers 13..38 and a 27..30: the overlap is one mark described by both notes.
    CHECK(h.find("<mark class=\"c-claim\" aria-describedby=\"note-1\">Spending rose </mark>") != std::string::npos);
    CHECK(h.find("<mark class=\"c-statistic multi\" aria-describedby=\"note-1 note-2\">12%</mark><sup><a "
                 "href=\"#note-2\" id=\"ref-2\" aria-label=\"note 2\">2</a></sup>") != std::string::npos);
    CHECK(h.find("<li id=\"note-2\">\n<blockquote><p dir=\"auto\">12%</p></blockquote>") != std::string::npos);
    // Right-to-left text (a note, a paragraph, a title in Arabic) takes its direction from itself.
    CHECK(h.find("<p class=\"note\" dir=\"auto\">") != std::string::npos);
    CHECK(h.find("<div class=\"article\">\n<p dir=\"auto\">") != std::string::npos);
    CHECK(h.find("Nominal, not real.<br>\nSee the table.") != std::string::npos);
    CHECK(h.find("<a href=\"https://stats.example.org/t\" rel=\"noopener noreferrer\">") != std::string::npos);
    CHECK(h.find("<li>javascript:alert(1)</li>") != std::string::npos);  // text, not a link
    CHECK(h.find("<h2 id=\"orphans\">Not found in the article</h2>") != std::string::npos);
    CHECK(h.find("<ol class=\"notes\" start=\"3\">\n<li id=\"note-3\">") != std::string::npos);
    CHECK(h.find("report of 2026-11-30") != std::string::npos);
    // Spending ... said. and Critics disagree. are one paragraph with a line break.
    CHECK(h.find(" the mayor said.<br>\nCritics disagree.</p>") != std::string::npos);
  }

  TEST_CASE("HTML report: every user string is escaped") {
    core::Article art = *core::make_article(std::string("Title ") + kHostile + "\n\nBody <b>text</b> & more.\n",
                                            std::string("T ") + kHostile, "javascript:alert(3)")
                             .article;
    core::Annotation a = core::make_annotation(art, 0, 20, kHostile);
    a.note = kHostile;
    a.author = kHostile;
    a.links = {kHostile, "javascript:alert(4)", "https://ok.example/?q=\"><script>"};
    const std::string h = core::export_html_report(art, {a});
    CHECK(h.find("<script") == std::string::npos);
    CHECK(h.find("<img") == std::string::npos);
    CHECK(h.find("</textarea>") == std::string::npos);
    CHECK(h.find("</style>") == h.rfind("</style>"));  // only ours
    CHECK(h.find("href=\"javascript") == std::string::npos);
    CHECK(h.find("Body &lt;b&gt;text&lt;/b&gt; &amp; more.") != std::string::npos);
    CHECK(h.find("<title>Fact-check report: T &quot;&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(h.find("href=\"https://ok.example/?q=%22%3E%3Cscript%3E\"") != std::string::npos);
    CHECK(h.find("class=\"swatch c-custom\"") != std::string::npos);  // a hostile category is text
  }
}
