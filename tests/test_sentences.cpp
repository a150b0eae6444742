// test_sentences.cpp - split_sentences: abbreviations, decimals, initials, quotation marks,
// line structure and code point offsets.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/claims/claim_finder.h"
#include "core/utf8.h"

namespace {

// The sentences of `text` as UTF-8 strings.
std::vector<std::string> split(const std::u32string& text) {
  std::vector<std::string> out;
  for (const core::Sentence& s : core::split_sentences(text))
    out.push_back(utf8::encode(std::u32string_view(text).substr(s.start, s.end - s.start)));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_SUITE("sentences") {
  TEST_CASE("plain full stops, question and exclamation marks end sentences") {
    CHECK(split(U"It rained. The match went on. Did it stop? No! It did not.") ==
          V{"It rained.", "The match went on.", "Did it stop?", "No!", "It did not."});
  }

  TEST_CASE("titles before names never end a sentence") {
    CHECK(split(U"Mr. Smith met Dr. Jones and Gov. Price Daniel. They talked.") ==
          V{"Mr. Smith met Dr. Jones and Gov. Price Daniel.", "They talked."});
    CHECK(split(U"Sen. Walter H. Jones spoke. Rep. Hughes replied.") ==
          V{"Sen. Walter H. Jones spoke.", "Rep. Hughes replied."});
  }

  TEST_CASE("dotted abbreviations end a sentence only before a sentence starter") {
    CHECK(split(U"The U.S. Congress met on Friday.") == V{"The U.S. Congress met on Friday."});
    CHECK(split(U"He moved to the U.S. The weather there suits him.") ==
          V{"He moved to the U.S.", "The weather there suits him."});
    CHECK(split(U"It began at 7:37 p.m. local time. Nobody was hurt.") ==
          V{"It began at 7:37 p.m. local time.", "Nobody was hurt."});
    CHECK(split(U"A quake struck at 4:53 a.m Thursday morning in Manay.") ==
          V{"A quake struck at 4:53 a.m Thursday morning in Manay."});
    CHECK(split(U"At 4 p.m. the President left. He returned at 6 p.m. The band played.") ==
          V{"At 4 p.m. the President left.", "He returned at 6 p.m.", "The band played."});
  }

  TEST_CASE("month abbreviations before a day, company suffixes, Jr.") {
    CHECK(split(U"The deficit is due by Feb. 28 next year.") == V{"The deficit is due by Feb. 28 next year."});
    CHECK(split(U"She works for Acme Inc. and lives in Leeds.") ==
          V{"She works for Acme Inc. and lives in Leeds."});
    CHECK(split(U"She works for Acme Inc. The firm is large.") ==
          V{"She works for Acme Inc.", "The firm is large."});
    CHECK(split(U"It was won by Ivan Allen Jr. He took office in January.") ==
          V{"It was won by Ivan Allen Jr.", "He took office in January."});
  }

  TEST_CASE("decimals, thousands and times stay inside a sentence") {
    CHECK(split(U"There are 1.3 billion people. The economies are worth US$3.4 trillion.") ==
          V{"There are 1.3 billion people.", "The economies are worth US$3.4 trillion."});
    CHECK(split(U"She finished in 2:14:04. That is a record.") ==
          V{"She finished in 2:14:04.", "That is a record."});
    CHECK(split(U"Growth fell in 2019. 76 villages were affected.") ==
          V{"Growth fell in 2019.", "76 villages were affected."});
  }

  TEST_CASE("initials are not sentence ends") {
    CHECK(split(U"John F. Kennedy was elected. W. N. Francis wrote it.") ==
          V{"John F. Kennedy was elected.", "W. N. Francis wrote it."});
  }

  TEST_CASE("closing quotation marks stay with their sentence, opening ones start the next") {
    CHECK(split(U"\u201CWe will win.\u201D He left. \u201CNothing stops us.\u201D") ==
          V{"\u201CWe will win.\u201D", "He left.", "\u201CNothing stops us.\u201D"});
    CHECK(split(U"He said, \"It is over.\" Then he left.") == V{"He said, \"It is over.\"", "Then he left."});
    CHECK(split(U"\u201CWhy?\u201D he asked. Nobody knew.") == V{"\u201CWhy?\u201D he asked.", "Nobody knew."});
    CHECK(split(U"They called it \u201Cunlawful, void and of no effect\u201D. Parliament sat.") ==
          V{"They called it \u201Cunlawful, void and of no effect\u201D.", "Parliament sat."});
  }

  TEST_CASE("an ellipsis in brackets belongs to the sentence after it") {
    CHECK(split(U"It worked. [...] And that's cool.") == V{"It worked.", "[...] And that's cool."});
    CHECK(split(U"He paused... and went on.") == V{"He paused... and went on."});
    CHECK(split(U"Ebola is incurable[.]\" He smiled.") == V{"Ebola is incurable[.]\"", "He smiled."});
  }

  TEST_CASE("blank lines and headline lines end sentences; wrapped lines do not") {
    CHECK(split(U"Putin visits China\n\nPutin arrived on Monday. He met Xi.") ==
          V{"Putin visits China", "Putin arrived on Monday.", "He met Xi."});
    CHECK(split(U"a man steps off a plane\nRussia's President has arrived [Reuters]\n\nText.") ==
          V{"a man steps off a plane", "Russia's President has arrived [Reuters]", "Text."});
    CHECK(split(U"The leaders of\n130 countries met in the\nChinese capital.") ==
          V{"The leaders of\n130 countries met in the\nChinese capital."});
    CHECK(split(U"One.\r\nTwo.\r\n\r\nThree.") == V{"One.", "Two.", "Three."});
  }

  TEST_CASE("offsets are code points and ranges are trimmed") {
    const std::u32string t = U"  \U0001F600 Caf\u00E9 opened. \u4E2D\u6587 text here.  \n";
    const std::vector<core::Sentence> s = core::split_sentences(t);
    REQUIRE(s.size() == 2);
    CHECK(s[0].start == 2);
    CHECK(s[0].end == 16);  // after "opened.": the emoji is one code point
    CHECK(t.substr(s[1].start, s[1].end - s[1].start) == U"\u4E2D\u6587 text here.");
  }

  TEST_CASE("empty, blank and punctuation-only input") {
    CHECK(core::split_sentences(U"").empty());
    CHECK(core::split_sentences(U" \n\n\t ").empty());
    CHECK(split(U"...!!!???") == V{"...!!!???"});
    CHECK(split(U"...") == V{"..."});
  }

  TEST_CASE("the sample article's tricky lines") {
    const std::u32string t =
        U"Earlier this month, Putin visited Kyrgyzstan but China is the first outside of former "
        U"Soviet republic countries he has visited this year. Kyrgyzstan is also not an ICC member.";
    CHECK(split(t).size() == 2);
  }
}

TEST_SUITE("sentences: right-to-left text") {
  TEST_CASE("Arabic and Hebrew split at their full stops and question marks, decimals kept") {
    const std::u32string ar =
        U"قال الوزير إن 123 دولة عضو في المحكمة. وأضاف أن النمو بلغ 3.5 في المئة عام 2023. هل هذا صحيح؟ نعم، قال.";
    CHECK(split(ar) == V{"قال الوزير إن 123 دولة عضو في المحكمة.", "وأضاف أن النمو بلغ 3.5 في المئة عام 2023.",
                         "هل هذا صحيح؟", "نعم، قال."});
    const std::u32string he = U"הממשלה אישרה תקציב של 1.2 מיליארד. האם זה נכון? כן.";
    CHECK(split(he) == V{"הממשלה אישרה תקציב של 1.2 מיליארד.", "האם זה נכון?", "כן."});
  }

  TEST_CASE("suggestions on right-to-left text keep their offsets inside the text") {
    const std::u32string ar = U"قال الوزير إن 123 دولة عضو في المحكمة الجنائية الدولية منذ عام 2002. "
                              U"وارتفعت التجارة بنسبة 30 في المئة.\n\nמחירי הדיור עלו ב-12 אחוז בשנה שעברה.";
    for (const core::ClaimSuggestion& c : core::suggest_claims(ar)) {
      REQUIRE(c.start < c.end);
      REQUIRE(c.end <= ar.size());
      CHECK(c.key_start >= c.start);
      CHECK(c.key_end <= c.end);
    }
  }
}
