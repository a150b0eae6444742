// export_claimreview.cpp - schema.org ClaimReview JSON-LD, the markup fact-checkers publish
// (https://schema.org/ClaimReview; Google's guide "Fact check (ClaimReview) structured
// data"). The rating scale is in docs/FORMAT.md ("ClaimReview").
#include <nlohmann/json.hpp>

#include "core/exports.h"
#include "core/json_util.h"
#include "core/utf8.h"

namespace core {

int claimreview_rating(Verdict v) {
  switch (v) {
    case Verdict::False: return 1;
    case Verdict::Misleading: return 2;
    case Verdict::Unsupported: return 3;  // the evidence settles nothing either way: the middle
    case Verdict::MostlyTrue: return 4;
    case Verdict::True: return 5;
    case Verdict::Unverified: return 0;
  }
  return 0;
}

std::string shorten_claim(const std::string& text, size_t max) {
  // One line: a quote may span paragraphs, a summary should not.
  std::u32string cps;
  bool space = false;
  for (char32_t c : utf8::decode(text)) {
    const bool ws = c == U' ' || c == U'\n' || c == U'\t' || c == U'\r' || c == 0xA0;
    if (ws) {
      space = !cps.empty();
      continue;
    }
    if (space) cps.push_back(U' ');
    space = false;
    cps.push_back(c);
  }
  if (cps.size() <= max) return utf8::encode(cps);
  // Cut at the last space that leaves room for the ellipsis; a single long word is cut.
  size_t cut = max - 1;
  const size_t space_at = cps.rfind(U' ', cut);
  if (space_at != std::u32string::npos && space_at > max / 2) cut = space_at;
  while (cut > 0 && (cps[cut - 1] == U' ' || cps[cut - 1] == U',' || cps[cut - 1] == U';')) --cut;
  return utf8::encode(cps.substr(0, cut)) + "\xE2\x80\xA6";  // …
}

ClaimReviewExport export_claimreview(const Article& article, const std::vector<Annotation>& anns,
                                     const ClaimReviewOptions& options) {
  using ojson = nlohmann::ordered_json;
  ClaimReviewExport out;
  const bool web_source = is_web_url(article.url);
  if (options.url.empty())
    out.warnings.push_back("no url: a ClaimReview needs the address of the page that publishes the fact check");
  else if (!is_web_url(options.url))
    out.warnings.push_back("the url \"" + options.url + "\" is not an http(s) address");
  if (options.publisher.empty())
    out.warnings.push_back("no publisher: the fact check's author (an organisation) is left out");
  if (!options.date.empty() && !(options.date.size() == 10 && json_util::is_date_time(options.date + "T00:00:00Z")))
    out.warnings.push_back("the date \"" + options.date + "\" is not a date like 2026-11-30; it is left out");
  if (!web_source)
    out.warnings.push_back("the article has no http(s) source URL: the claims' appearance is left out");

  ojson all = ojson::array();
  for (const Annotation* a : reading_order(anns)) {
    const int rating = claimreview_rating(a->verdict);
    if (rating == 0) {
      ++out.skipped;
      continue;
    }
    ojson review = ojson::object();
    review["@context"] = "https://schema.org";
    review["@type"] = "ClaimReview";
    if (!options.url.empty()) review["url"] = json_util::encode_iri(options.url);
    const std::string claim = a->exact.empty() ? a->note : a->exact;
    review["claimReviewed"] = shorten_claim(claim);
    ojson item = ojson::object();
    item["@type"] = "Claim";
    item["text"] = claim;  // the whole claim; claimReviewed may be shortened
    if (web_source) {
      ojson appearance = ojson::object();
      appearance["@type"] = "CreativeWork";
      appearance["url"] = json_util::encode_iri(article.url);
      if (!article.title.empty()) appearance["headline"] = article.title;
      item["appearance"] = std::move(appearance);
    }
    review["itemReviewed"] = std::move(item);
    if (!options.publisher.empty()) {
      ojson author = ojson::object();
      author["@type"] = "Organization";
      author["name"] = options.publisher;
      review["author"] = std::move(author);
    }
    if (options.date.size() == 10 && json_util::is_date_time(options.date + "T00:00:00Z"))
      review["datePublished"] = options.date;
    ojson rating_json = ojson::object();
    rating_json["@type"] = "Rating";
    rating_json["ratingValue"] = rating;
    rating_json["bestRating"] = 5;
    rating_json["worstRating"] = 1;
    rating_json["alternateName"] = verdict_words(a->verdict);
    review["reviewRating"] = std::move(rating_json);
    if (!a->note.empty() && !a->exact.empty()) review["reviewBody"] = a->note;
    ojson citations = ojson::array();
    for (const std::string& l : a->links)
      if (is_web_url(l)) citations.push_back(json_util::encode_iri(l));
    if (!citations.empty()) review["citation"] = std::move(citations);
    all.push_back(std::move(review));
    ++out.reviews;
  }
  // Publishers paste this into <script type="application/ld+json">: a "</script>" in a note
  // would end that element and run whatever follows on their page. JSON allows \u escapes
  // for any character, and < > & occur only inside strings, so all of them are escaped.
  const std::string plain = json_util::dump(all);
  out.json.reserve(plain.size());
  for (char c : plain) {
    if (c == '<') out.json += "\\u003c";
    else if (c == '>') out.json += "\\u003e";
    else if (c == '&') out.json += "\\u0026";
    else out.json.push_back(c);
  }
  return out;
}

}  // namespace core
