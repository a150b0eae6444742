// test_anchor_reader.cpp - anchoring chooses among candidate places as a reader comparing
// the two versions of a text would. First the cases of the Hypothesis client's tests for its
// quote matcher (match-quote-test.js in hypothesis/client), rebuilt on our API: the expected
// place is the occurrence each case names. Then quotes left intact in reworded sentences,
// on the sample article and on short repeated quotes, and the reasons reported.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/anchor.h"
#include "core/utf8.h"
#include "test_files.h"

namespace {

using core::AnchorReason;
using core::AnchorStatus;

// Our own sentence where the Hypothesis tests use a novel's opening line; the same shape
// (a phrase at the start, a clause after it, a phrase at the end).
const std::u32string kRiver =
    U"Many years later, as she crossed the old stone bridge, the engineer would remember the "
    U"winter afternoon when her mother took her to see the frozen river";

// Dickens, whitespace normalised as the Hypothesis fixture does: "before us" and "we had"
// each occur twice, with different words around them.
const std::u32string kTwoCities =
    U"It was the best of times, it was the worst of times, it was the age of wisdom, it was the "
    U"age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the "
    U"season of Light, it was the season of Darkness, it was the spring of hope, it was the "
    U"winter of despair, we had everything before us, we had nothing before us, we were all "
    U"going direct to Heaven, we were all going direct the other way.";

core::QuoteSelector quote(std::u32string exact, std::u32string prefix = U"", std::u32string suffix = U"") {
  core::QuoteSelector s;
  s.exact = std::move(exact);
  s.prefix = std::move(prefix);
  s.suffix = std::move(suffix);
  return s;
}

std::u32string slice(const std::u32string& t, const core::AnchorResult& r) {
  return t.substr(r.start, r.end - r.start);
}

// Errors as a rank: an orphan is worse than any match.
int rank(const core::AnchorResult& r) { return r.status == AnchorStatus::Orphaned ? 1 << 20 : r.errors; }

std::u32string sample_article() {
  return utf8::decode(test_files::read_source("assets/putin-xi-belt-and-road.txt"));
}

// A selector for text[pos, pos + len) as the app records it: 32 code points of context.
core::QuoteSelector recorded(const std::u32string& text, size_t pos, size_t len) {
  core::QuoteSelector s;
  s.exact = text.substr(pos, len);
  const size_t before = std::min<size_t>(core::kContextLength, pos);
  s.prefix = text.substr(pos - before, before);
  s.suffix = text.substr(pos + len, core::kContextLength);
  s.start = pos;
  s.end = pos + len;
  return s;
}

}  // namespace

TEST_SUITE("anchor: the Hypothesis matcher's cases") {
  TEST_CASE("an exact match is found") {
    const auto r = core::anchor_quote(kRiver, quote(U"see the frozen river"));
    CHECK(r.status == AnchorStatus::Moved);  // no recorded position, so not "exact"
    CHECK(r.errors == 0);
    CHECK(slice(kRiver, r) == U"see the frozen river");
  }

  TEST_CASE("without an exact match, the best approximate one") {
    const auto r = core::anchor_quote(kRiver, quote(U"some years later"));
    CHECK(r.status == AnchorStatus::Fuzzy);
    CHECK(r.errors > 0);
    CHECK(slice(kRiver, r) == U"Many years later");
  }

  TEST_CASE("the closer the quote, the fewer the edits") {
    const std::vector<std::u32string> quotes = {U"Many years later", U"Many yers later", U"Some years later",
                                                U"Some years after"};
    std::vector<core::AnchorResult> rs;
    for (const auto& q : quotes) rs.push_back(core::anchor_quote(kRiver, quote(q)));
    for (size_t i = 1; i < rs.size(); ++i) CHECK(rank(rs[i]) > rank(rs[i - 1]));
    for (size_t i = 0; i < 3; ++i) CHECK(rs[i].start == 0);
  }

  TEST_CASE("the closer the prefix, the better the reported agreement") {
    const std::u32string q = U", as she crossed the old stone bridge";
    const std::vector<std::u32string> prefixes = {U"Many years later", U"Many yers later", U"Some years later",
                                                  U"Some years after"};
    int last = -1;
    for (const auto& p : prefixes) {
      const auto r = core::anchor_quote(kRiver, quote(q, p));
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == 16);
      CHECK(r.prefix.compared == p.size());
      CHECK(r.prefix.errors > last);
      last = r.prefix.errors;
    }
  }

  TEST_CASE("the closer the suffix, the better the reported agreement") {
    const std::vector<std::u32string> suffixes = {U", as she crossed the old stone bridge",
                                                  U", as he crossed the old stone bridge",
                                                  U", as she walked to the old stone bridge",
                                                  U", as she awaited her death"};
    int last = -1;
    for (const auto& s : suffixes) {
      const auto r = core::anchor_quote(kRiver, quote(U"Many years later", U"", s));
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == 0);
      CHECK(r.suffix.errors > last);
      last = r.suffix.errors;
    }
  }

  TEST_CASE("nothing acceptable: orphaned") {
    CHECK(core::anchor_quote(kTwoCities, quote(kRiver)).status == AnchorStatus::Orphaned);
    CHECK(core::anchor_quote(U"foobar", quote(U"")).status == AnchorStatus::Orphaned);
    CHECK(core::anchor_quote(U"", quote(U"foobar")).status == AnchorStatus::Orphaned);
  }

  TEST_CASE("of two copies, the one whose context is closest") {
    struct Case {
      std::u32string exact, prefix, suffix, expected;
    };
    const std::vector<Case> cases = {
        // exact prefixes
        {U"before us", U"we had everything", U"", U"before us, we had nothing"},
        {U"before us", U"we had nothing", U"", U"before us, we were all going"},
        // approximate prefixes
        {U"before us", U"we had every-thing", U"", U"before us, we had nothing"},
        {U"before us", U"we had nout", U"", U"before us, we were all going"},
        // exact suffixes
        {U"we had", U"", U"everything", U"we had everything"},
        {U"we had", U"", U"nothing", U"we had nothing"},
        // approximate suffixes
        {U"we had", U"", U"ever ting", U"we had everything"},
        {U"we had", U"", U"nutting", U"we had nothing"},
    };
    for (const Case& c : cases) {
      CAPTURE(utf8::encode(c.prefix + U"[" + c.exact + U"]" + c.suffix));
      const auto r = core::anchor_quote(kTwoCities, quote(c.exact, c.prefix, c.suffix));
      REQUIRE(r.status == AnchorStatus::Moved);
      CHECK(slice(kTwoCities, r) == c.exact);
      CHECK(r.start == kTwoCities.find(c.expected));
      CHECK(r.occurrences == 2);
    }
  }

  TEST_CASE("equally good matches: the position decides, else the first") {
    const size_t a = kTwoCities.find(U"everything before us") + 11;
    const size_t b = kTwoCities.find(U"nothing before us") + 8;
    core::QuoteSelector s = quote(U"befor us");
    s.start = a;
    CHECK(core::anchor_quote(kTwoCities, s).start == a);
    s.start = b;
    CHECK(core::anchor_quote(kTwoCities, s).start == b);
    s.start.reset();
    const auto r = core::anchor_quote(kTwoCities, s);
    CHECK(r.status == AnchorStatus::Fuzzy);
    CHECK(r.start == a);
  }

  TEST_CASE("a prefix longer than the text before the match is compared as far as the text goes") {
    const auto r = core::anchor_quote(kRiver, quote(U"years later", U"It used to be many"));
    REQUIRE(r.status == AnchorStatus::Moved);
    CHECK(r.start == 5);
    CHECK(slice(kRiver, r) == U"years later");
    CHECK(r.prefix.compared == 5);
  }

  TEST_CASE("a match at the end of the text with a suffix recorded") {
    const std::u32string text = U"Some document text";
    const auto r = core::anchor_quote(text, quote(U"text", U"", U"missing"));
    REQUIRE(r.status == AnchorStatus::Moved);
    CHECK(slice(text, r) == U"text");
    CHECK(r.suffix.compared == 0);
    CHECK(r.reason == AnchorReason::NothingToCompare);
  }
}

TEST_SUITE("anchor: quotes intact in reworded sentences") {
  TEST_CASE("the sample article: '123 countries' in a reworded sentence stays on its own words") {
    const std::u32string old_text = sample_article();
    const size_t pos = old_text.find(U"123 countries");
    REQUIRE(pos != std::u32string::npos);
    const core::QuoteSelector sel = recorded(old_text, pos, 13);
    const std::u32string old_sentence =
        U"China is not one of the 123 countries that are members of the ICC, so it is not obliged";
    const std::u32string new_sentence =
        U"Beijing, unlike the 123 countries signed up to the court, need not feel obliged";
    std::u32string text = old_text;
    REQUIRE(text.find(old_sentence) != std::u32string::npos);
    text.replace(text.find(old_sentence), old_sentence.size(), new_sentence);
    const size_t now = text.find(U"123 countries");

    SUBCASE("as it is") {
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == now);
      CHECK(r.errors == 0);
      CHECK(r.reason == AnchorReason::Position);
      CHECK(r.distance == pos - now);
    }
    SUBCASE("and everything moved far from the recorded position: too little to tell, never 'rst'") {
      const std::u32string lead(1000, U'x');
      const std::u32string moved = lead + U"\n\n" + text;
      const auto r = core::anchor_quote(moved, sel);
      CHECK(r.status == AnchorStatus::Orphaned);
      CHECK(r.occurrences == 1);
    }
    SUBCASE("not 'rst countries' (in 'first countries'), whose prefix agrees") {
      const auto r = core::anchor_quote(text, sel);
      CHECK(slice(text, r) != U"rst countries");
      CHECK(r.status != AnchorStatus::Fuzzy);
    }
  }

  TEST_CASE("a short repeated quote, both sides reworded, position barely moved: the copy there") {
    const std::u32string para1 =
        U"The mayor said the budget would rise. Critics said the budget was a fiction, and many "
        U"residents who wrote to the newspaper agreed with them. ";
    const std::u32string old_mid = U"On Monday the city council approved the budget after a long night. ";
    const std::u32string new_mid = U"Late on Monday councillors at last passed the budget, tired. ";
    const std::u32string para3 = U"Others doubted the budget, and the budget office declined to comment.";
    const std::u32string old_text = para1 + old_mid + para3;
    const size_t pos = para1.size() + old_mid.find(U"the budget");
    const core::QuoteSelector sel = recorded(old_text, pos, 10);
    const std::u32string text = para1 + new_mid + para3;
    const size_t now = para1.size() + new_mid.find(U"the budget");
    const auto r = core::anchor_quote(text, sel);
    CHECK(r.status == AnchorStatus::Moved);
    CHECK(r.start == now);
    CHECK(r.reason == AnchorReason::Position);
    CHECK(r.occurrences == 5);
    CHECK_FALSE(r.prefix.agrees);
    CHECK_FALSE(r.suffix.agrees);

    SUBCASE("its sentence deleted: the other copies are not it") {
      const std::u32string gone = para1 +
                                  U"The weather was mild for the season, and the market square was full of "
                                  U"stalls selling apples, cheese and warm bread to the morning crowds. " +
                                  para3;
      CHECK(core::anchor_quote(gone, sel).status == AnchorStatus::Orphaned);
    }
  }

  TEST_CASE("a deleted sentence's short quote does not land on a similar sentence elsewhere") {
    const std::u32string gap(300, U'.');
    const std::u32string deleted = U"Yesterday the council said on Tuesday that the budget would rise by five percent next year. ";
    const std::u32string similar = U"Last week the mayor said on Monday that the budget would fall by two percent this year. ";
    const std::u32string other = U"Nobody in town believes that the budget is balanced, and nobody ever did. ";
    const std::u32string old_text = gap + deleted + gap + similar + gap;
    const core::QuoteSelector sel = recorded(old_text, gap.size() + deleted.find(U"the budget"), 10);

    SUBCASE("the only other copy, both sides half alike: a lone copy needs more") {
      const std::u32string text = gap + gap + similar + gap;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Orphaned);
      CHECK(r.occurrences == 1);
    }
    SUBCASE("two other copies, one with its prefix alike and its suffix not: not clearly it") {
      const std::u32string half = U"Last week the mayor said on Monday that the budget office had moved to a new building. ";
      const std::u32string text = gap + gap + half + gap + other + gap;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Orphaned);
      CHECK(r.occurrences == 2);
    }
  }

  TEST_CASE("an approximate match wins over a copy only when context and position both point to it") {
    // A 40-code-point quote, so its copy elsewhere counts by its length alone.
    const std::u32string q = U"the harbour budget was approved in full";
    const std::u32string before = U"After a long night of talks, the council said ";
    const std::u32string after = U", ending months of doubt for fishermen.";
    const std::u32string filler(400, U'.');
    const std::u32string old_text = before + q + after + filler;
    const core::QuoteSelector sel = recorded(old_text, before.size(), q.size());
    const std::u32string edited = U"the harbour budget was aproved in full";
    const std::u32string copy = U"Rumours that " + q + U" spread. ";

    SUBCASE("the quote edited in place, a copy far away: the edited place") {
      const std::u32string text = before + edited + after + filler + copy;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Fuzzy);
      CHECK(r.start == before.size());
      CHECK(r.reason == AnchorReason::Context);
    }
    SUBCASE("a new first paragraph moved both, the edited quote less far than the copy: the edited quote") {
      const std::u32string lead = std::u32string(100, U'=') + U"\n\n";
      const std::u32string text = lead + before + edited + after + filler + copy;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Fuzzy);
      CHECK(r.start == lead.size() + before.size());
      CHECK(r.distance == lead.size());
    }
    SUBCASE("the copy near the recorded position, the edited quote moved away: the copy") {
      const std::u32string text = copy + filler + before + edited + after;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == 13);
    }
    SUBCASE("both far from the recorded position: the copy, which its length supports") {
      const std::u32string text = filler + filler + copy + filler + before + edited + after;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == 2 * filler.size() + 13);
      CHECK(r.reason == AnchorReason::LongQuote);
    }
    SUBCASE("no position recorded: both sides of the edited quote agree, so the edited quote") {
      core::QuoteSelector no_pos = sel;
      no_pos.start.reset();
      no_pos.end.reset();
      const std::u32string text = copy + filler + before + edited + after;
      const auto r = core::anchor_quote(text, no_pos);
      CHECK(r.status == AnchorStatus::Fuzzy);
      CHECK(r.start == copy.size() + filler.size() + before.size());
      CHECK(r.reason == AnchorReason::Context);
    }
    SUBCASE("the copy near the recorded position: the copy") {
      const std::u32string text = copy + before + edited + after + filler;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == 13);
      CHECK(r.reason == AnchorReason::Position);
    }
  }
}
