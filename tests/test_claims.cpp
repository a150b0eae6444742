// test_claims.cpp - suggest_claims: each category found (with its key phrase and reason),
// sentences that must not be suggested (opinion, questions, headlines, captions,
// pleasantries, vague or first-person talk), the sample article, ranking, the compiled
// model table, and robustness. The cue logic (categories, keys, reasons) is tested through
// a model that reads only the rules' hand-weighted margin, so that those tests do not
// depend on the learned weights; the shipped model is tested on what a reader sees.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "core/article.h"
#include "core/claims/claim_finder.h"
#include "core/claims/claim_rules.h"
#include "core/claims/model.h"
#include "core/claims/word_classes.h"
#include "core/claims/word_index.h"
#include "core/claims/word_vectors.h"
#include "core/utf8.h"
#include "test_files.h"

namespace {

struct Found {
  std::string sentence, key, category, reason;
  double score = 0;
};

std::string text_of(const std::u32string& t, size_t s, size_t e) {
  return utf8::encode(std::u32string_view(t).substr(s, e - s));
}

// The suggestion whose sentence contains `needle`, if any.
std::optional<Found> suggestion_with(const std::u32string& t, const std::string& needle,
                                     double min_score = 0) {
  for (const core::ClaimSuggestion& c : core::suggest_claims(t, min_score)) {
    const std::string s = text_of(t, c.start, c.end);
    if (s.find(needle) != std::string::npos)
      return Found{s, text_of(t, c.key_start, c.key_end), c.category, c.reason, c.score};
  }
  return std::nullopt;
}

std::optional<Found> suggest_one(const std::u32string& sentence) {
  const auto all = core::suggest_claims(sentence);
  if (all.empty()) return std::nullopt;
  const core::ClaimSuggestion& c = all.front();
  return Found{text_of(sentence, c.start, c.end), text_of(sentence, c.key_start, c.key_end),
               c.category, c.reason, c.score};
}

// A model that reads only the rules' hand-weighted margin (score = 1 / (1 + e^(-3 margin)))
// and turns down a sentence ending in a colon: the rules as they were before the learned
// model, for testing the cue logic on its own.
const core::claims::ClaimModel& rules_model() {
  using namespace core::claims;
  static const std::vector<float> weights = [] {
    std::vector<float> w(kDenseFeatures + 2, 0.0f);
    w[kFeatHandMargin] = 3;
    w[kFeatEndsColon] = -3;
    return w;
  }();
  static const ClaimModel model = [] {
    ClaimModel m;
    m.config.hash_bits = 1;
    m.config.words = m.config.word_bigrams = m.config.shape_trigrams = m.config.class_bigrams = false;
    m.weights = weights.data();
    return m;
  }();
  return model;
}

// The first sentence's verdict under the rules model, if it is a claim.
std::optional<Found> by_rules(const std::u32string& t, const std::string& needle = "") {
  for (const auto& v : core::claims::judge_sentences(t, rules_model())) {
    const std::string s = text_of(t, v.sentence.start, v.sentence.end);
    if (!needle.empty() && s.find(needle) == std::string::npos) continue;
    if (v.category == "none") return std::nullopt;
    return Found{s, text_of(t, v.key_start, v.key_end), v.category, v.reason, v.score};
  }
  return std::nullopt;
}

std::u32string sample_article() {
  const core::ArticleResult r = core::make_article(test_files::read_source("assets/putin-xi-belt-and-road.txt"));
  REQUIRE(r.article.has_value());
  return r.article->cps;
}

}  // namespace

TEST_SUITE("claims") {
  TEST_CASE("the cue logic (rules model): quantities: counts, money, percentages, number words") {
    auto f = by_rules(U"The company hired 1,200 workers at the plant last year.");
    REQUIRE(f);
    CHECK(f->category == "quantity");
    CHECK(f->key == "1,200 workers");
    CHECK(f->reason.find("counts workers") == 0);

    f = by_rules(U"NASA's contract with Boeing is currently valued at US$4.2 billion.");
    REQUIRE(f);
    CHECK(f->category == "quantity");
    CHECK(f->key == "US$4.2 billion");

    f = by_rules(U"Unemployment fell to 5.2% in March, the statistics office said.");
    REQUIRE(f);
    CHECK(f->category == "quantity");
    CHECK(f->key == "5.2%");

    f = by_rules(U"Russia sent tens of thousands of troops into Ukraine.");
    REQUIRE(f);
    CHECK(f->key == "tens of thousands of troops");

    f = by_rules(U"Over 2,000 residents near Mount Apo have been relocated.");
    REQUIRE(f);
    CHECK(f->key == "Over 2,000 residents");
  }

  TEST_CASE("the cue logic (rules model): comparisons, rankings and changes") {
    auto f = by_rules(U"Pelosi became the first woman to serve as Speaker of the House.");
    REQUIRE(f);
    CHECK(f->category == "comparison");
    CHECK(f->key.rfind("the first woman", 0) == 0);

    f = by_rules(U"Exports to the region have been soaring since the agreement took effect.");
    REQUIRE(f);
    CHECK(f->category == "comparison");
    CHECK(f->key == "have been soaring");
    CHECK(f->reason.find("describes a change") == 0);
  }

  TEST_CASE("the cue logic (rules model): causation") {
    auto f = by_rules(U"The flooding was caused by a burst dam upstream of the town.");
    REQUIRE(f);
    CHECK(f->category == "causation");
    CHECK(f->key.find("caused by a burst dam") != std::string::npos);
  }

  TEST_CASE("the cue logic (rules model): laws, rules and official acts") {
    auto f = by_rules(U"The court issued an arrest warrant against the former minister.");
    REQUIRE(f);
    CHECK(f->category == "rule");
    f = by_rules(U"Member states are not obliged to transfer suspects to the tribunal.");
    REQUIRE(f);
    CHECK(f->category == "rule");
    CHECK(f->key.find("obliged") != std::string::npos);
  }

  TEST_CASE("the cue logic (rules model): predictions and plans") {
    auto f = by_rules(U"The Starliner craft is scheduled to undergo a flight test this spring.");
    REQUIRE(f);
    CHECK(f->category == "prediction");
    CHECK(f->key.find("scheduled to undergo") != std::string::npos);
  }

  TEST_CASE("the cue logic (rules model): dated events and deeds") {
    auto f = by_rules(U"Lavrov held talks with Foreign Minister Wang Yi on Monday.");
    REQUIRE(f);
    CHECK(f->category == "event");
    CHECK(f->key == "on Monday");
    f = by_rules(U"Queen Elizabeth suspended parliament on September 10.");
    REQUIRE(f);
    CHECK(f->key == "on September 10");
    // Clock times and years are dates, not counts.
    f = by_rules(U"At 10:30 BST (0930 UTC) the minister resigned.");
    REQUIRE(f);
    CHECK(f->category == "event");
    f = by_rules(U"Britons voted in a referendum in 2016.");
    REQUIRE(f);
    CHECK(f->reason.find("\u201Cin 2016\u201D") != std::string::npos);
  }

  TEST_CASE("the cue logic (rules model): roles, refusals and ongoing changes") {
    auto f = by_rules(U"Mrs. Harry Cohen is chairman of the decorations committee.");
    REQUIRE(f);
    CHECK(f->category == "event");
    f = by_rules(U"The minister declined to comment on the leaked report yesterday.");
    REQUIRE(f);
    CHECK(f->category != "comparison");  // a refusal, not a decline
    f = by_rules(U"Traffic on the toll roads has been growing since 1958.");
    REQUIRE(f);
  }

  TEST_CASE("the cue logic (rules model): quotations and attributions with a checkable content") {
    auto f = by_rules(U"\u201CThe new drug cut deaths by 40 percent,\u201D the health minister said.");
    REQUIRE(f);
    CHECK(f->category == "quote");
    CHECK(f->key == "40 percent");
    CHECK(f->reason.find("reports what was said") == 0);
  }

  TEST_CASE("not claims: opinion, feeling, first person, vagueness, pleasantries") {
    CHECK_FALSE(suggest_one(U"\u201CThis is amazing for me,\u201D she said after the race."));
    CHECK_FALSE(suggest_one(U"\"I was not expecting this\", said Kosgei after the race."));
    CHECK_FALSE(suggest_one(U"Some called for younger leadership."));
    CHECK_FALSE(suggest_one(U"Thank you all so much for coming tonight, it means a lot."));
    CHECK_FALSE(suggest_one(U"\"It's a good sign\", said a researcher who was not involved."));
    CHECK_FALSE(suggest_one(U"We hope the talks will bring a lasting peace to the region."));
    CHECK_FALSE(suggest_one(U"Residents fear the worst and hope for better days."));
    CHECK_FALSE(suggest_one(U"It seems the mood in the capital is somewhat more relaxed."));
  }

  TEST_CASE("not claims: conditionals and sentences that only introduce a quotation") {
    CHECK_FALSE(suggest_one(U"If the voters listen to him, they will not be misled by the polls."));
    const std::u32string t = U"When the verdict came in against him, the stepson said:\n\n\u201CI am pleased.\u201D";
    CHECK_FALSE(suggestion_with(t, "said:"));
  }

  TEST_CASE("the cue logic (rules model): not claims: prescriptions and generalisations in the writer's voice") {
    // "must", "can": what ought to be or tends to happen is analysis, not a report ...
    CHECK_FALSE(by_rules(U"Every city must balance its budget, and a mayor can only spend what the law allows."));
    CHECK_FALSE(by_rules(U"Tax policy can shape a whole industry."));
    CHECK_FALSE(by_rules(U"The anti-trust laws inform a business that it must compete."));
    // ... but a rule with its figures, or someone's reported order, is checkable.
    CHECK(by_rules(U"Under the new law, employers must pay overtime after 40 hours."));
    auto f = by_rules(U"The governor said that all state offices must close by 5 p.m. on Friday.");
    REQUIRE(f);
    CHECK(f->reason.find("attributes a statement") != std::string::npos);
  }

  TEST_CASE("not claims: a dateline standing as a sentence") {
    const std::u32string t = U"Madison, Wis., March 3.\n\nThe city council voted 7 to 2 on Tuesday to close the bridge.\n";
    CHECK_FALSE(suggestion_with(t, "Madison"));
    CHECK(suggestion_with(t, "city council voted"));
    CHECK_FALSE(suggest_one(U"Tuesday, June 4, 1961."));
  }

  TEST_CASE("not claims: questions, headlines, captions, credit lines") {
    CHECK_FALSE(suggest_one(U"How many of the 55 member states will ratify the deal by 2025?"));
    CHECK_FALSE(suggest_one(U"UK Supreme Court rules prorogation of parliament unlawful\n\nText."));
    CHECK_FALSE(suggest_one(U"a man in a suit steps off airplane steps with red carpet"));
    CHECK_FALSE(suggest_one(U"Source: Al Jazeera and news agencies"));
    CHECK_FALSE(suggest_one(U"Reporting by Jane Doe; editing by John Roe."));
  }

  TEST_CASE("the cue logic (rules model): hard facts outweigh a first-person voice") {
    auto f = by_rules(U"\u201CI kicked about 110 extra points in 135 tries in high school\u201D, he said.");
    REQUIRE(f);
    CHECK(f->key == "about 110 extra points");
  }

  TEST_CASE("the sample article: the four required claims and their keys") {
    const std::u32string t = sample_article();
    auto icc = suggestion_with(t, "123 countries");
    REQUIRE(icc);
    CHECK(icc->key == "123 countries");
    CHECK(icc->category == "quantity");
    CHECK(icc->reason.find("counts countries") == 0);

    auto forum = suggestion_with(t, "leaders of 130 countries");
    REQUIRE(forum);
    CHECK(forum->key == "130 countries");

    auto trade = suggestion_with(t, "soaring since");
    REQUIRE(trade);
    CHECK(trade->key == "has been soaring");
    CHECK(trade->category == "comparison");
    CHECK(trade->reason.find("in February 2022") != std::string::npos);

    auto statement = suggestion_with(t, "5,000-word statement");
    REQUIRE(statement);
    CHECK(statement->key == "5,000-word statement");

    // Title, photo caption, caption with credit and the source line are not claims.
    CHECK_FALSE(suggestion_with(t, "visits \u2018dear friend\u2019"));
    CHECK_FALSE(suggestion_with(t, "a man in a suit"));
    CHECK_FALSE(suggestion_with(t, "[Parker Song/Pool via Reuters]"));
    CHECK_FALSE(suggestion_with(t, "Source: Al Jazeera"));
    // Attributions are quotes.
    auto said = suggestion_with(t, "Putin said that");
    REQUIRE(said);
    CHECK(said->category == "quote");
    CHECK(said->key == "Putin said");
  }

  TEST_CASE("suggestions are sorted, inside their sentence, scored from the threshold to 1") {
    const std::u32string t = sample_article();
    const auto all = core::suggest_claims(t);
    REQUIRE(all.size() >= 4);
    size_t prev = 0;
    for (const core::ClaimSuggestion& c : all) {
      CHECK(c.start >= prev);
      prev = c.end;
      CHECK(c.start <= c.key_start);
      CHECK(c.key_start < c.key_end);
      CHECK(c.key_end <= c.end);
      CHECK(c.score >= core::kClaimThreshold);
      CHECK(c.score <= 1.0);
      CHECK_FALSE(c.reason.empty());
    }
    SUBCASE("min_score keeps only the stronger ones") {
      const auto strong = core::suggest_claims(t, 0.95);
      CHECK(strong.size() < all.size());
      for (const auto& c : strong) CHECK(c.score >= 0.95);
      CHECK(core::suggest_claims(t, 2.0).empty());
    }
  }

  TEST_CASE("the compiled model table matches its features and stays small") {
    const core::claims::ModelTable& t = core::claims::kClaimModelTable;
    CHECK(t.count == core::claims::feature_count(t.config));  // else it was written for other features
    if (t.config.word_classes)  // else it was trained with other word classes
      CHECK(t.word_classes == core::claims::word_class_fingerprint());
    if (t.config.word_vectors)  // else word_vector_table.cpp was regenerated without the model
      CHECK(t.word_vectors == core::claims::word_vector_fingerprint());
    CHECK(t.count * sizeof(int16_t) <= 300 * 1024);           // "a few hundred kB at most"
    CHECK(t.scale > 0);
    CHECK(std::string(t.about).find("logistic regression") == 0);
    const core::claims::ClaimModel& m = core::claims::default_claim_model();
    int nonzero = 0;
    for (size_t i = 0; i < t.count; ++i) nonzero += m.weights[i] != 0.0f;
    CHECK(nonzero > static_cast<int>(t.count / 4));  // trained, not a placeholder
  }

  TEST_CASE("the word vector scores: in step with the model, and concrete words above abstract ones") {
    const core::claims::WordVectorTable& v = core::claims::kWordVectorTable;
    const core::claims::ClaimModel& m = core::claims::default_claim_model();
    REQUIRE(m.config.word_vectors);
    CHECK(m.weights[core::claims::kFeatWordVectors] == doctest::Approx(1).epsilon(0.001));  // the scores carry the scale
    CHECK(v.count >= 10000);
    CHECK(v.count * (sizeof(int16_t) + 12) <= 500 * 1024);  // the words and their scores, in the binary
    auto score = [](const char* w) {
      double s = 0;
      REQUIRE_MESSAGE(core::claims::word_vector_score(w, s), w);
      return s;
    };
    // What the vectors lend: measurable, concrete things count towards a claim, abstractions
    // against, including words the labelled texts never use.
    for (const char* concrete : {"tons", "pesos", "copper", "percent", "elected"})
      for (const char* abstract : {"morality", "wisdom", "pragmatic", "feel", "beautiful"})
        CHECK_MESSAGE(score(concrete) > score(abstract), concrete, " against ", abstract);
    // Every word of the table (escaped into a C++ literal by claims_train) finds its own score.
    const auto words = core::claims::split_words(v.words, v.count);
    for (size_t i = 0; i < words.size(); ++i) {
      double s = 0;
      REQUIRE(core::claims::word_vector_score(words[i], s));
      REQUIRE(s == v.scores[i] * v.scale);
    }
    double none = 0;
    CHECK_FALSE(core::claims::word_vector_score("qzxv", none));
    CHECK_FALSE(core::claims::word_vector_score("", none));
  }

  TEST_CASE("the word index finds each word of its list and nothing else") {
    const char list[] = "the\0tons\0\xc3\xa9t\xc3\xa9\0g20\0";
    const core::claims::WordIndex ix(core::claims::split_words(list, 4));
    CHECK(ix.find("the") == 0);
    CHECK(ix.find("tons") == 1);
    CHECK(ix.find("\xc3\xa9t\xc3\xa9") == 2);
    CHECK(ix.find("g20") == 3);
    CHECK(ix.find("ton") == -1);
    CHECK(core::claims::WordIndex().find("the") == -1);
  }

  TEST_CASE("the score reads the passage: a sentence scores higher among reports than among opinions") {
    const std::u32string x = U"The committee met again in the old building.";
    std::u32string news, opinion;
    for (int i = 0; i < 6; ++i) {
      news += U"The council voted 7 to 2 on Tuesday to spend $4.2 million on the bridge. ";
      opinion += U"I think it would be wonderful if people were kinder to each other. ";
    }
    news += x;
    opinion += x;
    auto score_of_last = [](const std::u32string& t) {
      const auto v = core::claims::judge_sentences(t);
      REQUIRE_FALSE(v.empty());
      return v.back().score;
    };
    CHECK(score_of_last(news) > score_of_last(opinion) + 0.05);
  }

  TEST_CASE("the score ranks: on the sample article the required claims outrank what is not a claim") {
    const std::u32string t = sample_article();
    double weakest_required = 1, strongest_other = 0;
    for (const auto& v : core::claims::judge_sentences(t)) {
      const std::string s = text_of(t, v.sentence.start, v.sentence.end);
      const bool required = s.find("123 countries") != std::string::npos ||
                            s.find("130 countries") != std::string::npos ||
                            s.find("soaring since") != std::string::npos ||
                            s.find("5,000-word statement") != std::string::npos;
      if (required) weakest_required = std::min(weakest_required, v.score);
      else if (v.category == "none") strongest_other = std::max(strongest_other, v.score);
    }
    CHECK(weakest_required > strongest_other);
  }

  TEST_CASE("robust on odd input") {
    CHECK(core::suggest_claims(U"").empty());
    CHECK(core::suggest_claims(U"\n\n\n").empty());
    std::u32string odd = U"\uFFFD\U0010FFFF";
    odd += static_cast<char32_t>(0x110000);  // not a code point; must not crash
    odd += U" 12 \u201C\u201D \"\" ... $ % , 5,00 1.2.3 ";
    CHECK_NOTHROW(core::suggest_claims(odd));
    // One huge sentence without punctuation or spaces, and one made of short words.
    CHECK_NOTHROW(core::suggest_claims(std::u32string(200000, U'a')));
    std::u32string words;
    for (int i = 0; i < 20000; ++i) words += U"the 5 ";
    CHECK_NOTHROW(core::suggest_claims(words));
  }
}
