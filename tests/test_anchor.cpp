// test_anchor.cpp - re-anchoring quotes on edited articles: exact, moved, fuzzy, orphaned,
// duplicates, lookalikes, UTF-16 positions and non-ASCII text. Most cases run on a short
// article (searched whole) and on a long one (searched through the q-gram index).
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/anchor.h"
#include "core/utf8.h"

namespace {

using core::AnchorStatus;

// Deterministic filler prose: sentences of random words, so a long article has no
// accidental copies of the planted sentences.
std::u32string filler(unsigned seed, size_t sentences) {
  static const char32_t* words[] = {
      U"river",  U"market", U"yellow", U"quietly", U"engine", U"history", U"garden", U"signal",
      U"twelve", U"orange", U"window", U"library", U"forest", U"careful", U"silver", U"harbour",
      U"planet", U"letter", U"minute", U"village", U"bridge", U"thunder", U"copper", U"lantern"};
  std::mt19937 rng(seed);
  std::u32string s;
  for (size_t i = 0; i < sentences; ++i) {
    const size_t n = 6 + rng() % 8;
    for (size_t w = 0; w < n; ++w) {
      std::u32string word = words[rng() % 24];
      if (w == 0) word[0] = static_cast<char32_t>(word[0] - 32);
      s += word;
      s += w + 1 < n ? U" " : U". ";
    }
    if (i % 5 == 4) s += U"\n\n";
  }
  return s;
}

const std::u32string kBefore = U"Officials said on Tuesday that ";
const std::u32string kQuote = U"the council approved the new harbour budget after a long debate";
const std::u32string kAfter = U", ending months of uncertainty for local fishermen.";

// Selector for kQuote as recorded in `text` at `pos`, with 32 code points of context.
core::QuoteSelector selector_at(const std::u32string& text, size_t pos, const std::u32string& quote) {
  core::QuoteSelector s;
  s.exact = quote;
  const size_t before = std::min<size_t>(32, pos);
  s.prefix = text.substr(pos - before, before);
  s.suffix = text.substr(pos + quote.size(), 32);
  s.start = pos;
  s.end = pos + quote.size();
  return s;
}

struct Doc {
  std::u32string head, tail;  // text around the planted sentence
};

// A short article (whole-text search) and a long one (index search).
std::vector<Doc> docs() {
  return {{filler(1, 3), filler(2, 3)}, {filler(3, 300), filler(4, 300)}};
}

std::u32string slice(const std::u32string& t, const core::AnchorResult& r) {
  return t.substr(r.start, r.end - r.start);
}

}  // namespace

TEST_SUITE("anchor") {
  TEST_CASE("an unchanged article anchors exactly at the recorded position") {
    for (const Doc& d : docs()) {
      const std::u32string text = d.head + kBefore + kQuote + kAfter + d.tail;
      const auto sel = selector_at(text, d.head.size() + kBefore.size(), kQuote);
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Exact);
      CHECK(r.start == *sel.start);
      CHECK(r.end == *sel.end);
      CHECK(r.errors == 0);
    }
  }

  TEST_CASE("text inserted before the quote: moved to where it is now") {
    for (const Doc& d : docs()) {
      const std::u32string old_text = d.head + kBefore + kQuote + kAfter + d.tail;
      const auto sel = selector_at(old_text, d.head.size() + kBefore.size(), kQuote);
      const std::u32string inserted = U"A new opening paragraph was added here.\n\n";
      const std::u32string text = inserted + old_text;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == *sel.start + inserted.size());
      CHECK(slice(text, r) == kQuote);
    }
  }

  TEST_CASE("edits inside the quote: fuzzy with the edit count") {
    for (const Doc& d : docs()) {
      const std::u32string old_text = d.head + kBefore + kQuote + kAfter + d.tail;
      const auto sel = selector_at(old_text, d.head.size() + kBefore.size(), kQuote);
      // Two typos: "approved" -> "aproved", "budget" -> "budjet"; and text moved it.
      const std::u32string edited = U"the council aproved the new harbour budjet after a long debate";
      const std::u32string text = U"Update: " + d.head + kBefore + edited + kAfter + d.tail;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Fuzzy);
      CHECK(r.errors == 2);
      CHECK(slice(text, r) == edited);
    }
  }

  TEST_CASE("a quote that now appears twice goes to the one whose context matches") {
    for (const Doc& d : docs()) {
      const std::u32string old_text = d.head + kBefore + kQuote + kAfter + d.tail;
      const size_t old_pos = d.head.size() + kBefore.size();
      const auto sel = selector_at(old_text, old_pos, kQuote);
      // A copy with different surroundings lands right at the old position; the original
      // sentence moved to the end.
      const std::u32string decoy = U"Rumours that " + kQuote + U" were denied. ";
      const std::u32string text = d.head + decoy + d.tail + kBefore + kQuote + kAfter;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == text.size() - kAfter.size() - kQuote.size());
    }
  }

  TEST_CASE("a quote that appears twice with the same context goes to the nearest copy") {
    for (const Doc& d : docs()) {
      const std::u32string para = kBefore + kQuote + kAfter;
      const std::u32string old_text = d.head + para + d.tail;
      const size_t old_pos = d.head.size() + kBefore.size();
      const auto sel = selector_at(old_text, old_pos, kQuote);
      // The paragraph duplicated: once far away at the end, once near the old place.
      const std::u32string text = U"Intro. " + d.head + para + d.tail + para;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == old_pos + 7);
    }
  }

  TEST_CASE("two copies whose contexts agree about equally: the nearest, not the one with an edit less") {
    for (const Doc& d : docs()) {
      const std::u32string old_text = d.head + kBefore + kQuote + kAfter + d.tail;
      const size_t old_pos = d.head.size() + kBefore.size();
      const auto sel = selector_at(old_text, old_pos, kQuote);
      // A 200-code-point lead moves both copies away from the recorded position; the nearer
      // one has a typo in its prefix, the far one none.
      const std::u32string typo = U"Officials said on Tuesday thet ";
      const std::u32string text = std::u32string(200, U'-') + U"\n\n" + d.head + typo + kQuote + kAfter + d.tail +
                                  kBefore + kQuote + kAfter;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == old_pos + 202);
      CHECK(r.prefix.errors == 1);
    }
  }

  TEST_CASE("a quote whose sentence was deleted is orphaned") {
    for (const Doc& d : docs()) {
      const std::u32string old_text = d.head + kBefore + kQuote + kAfter + d.tail;
      const auto sel = selector_at(old_text, d.head.size() + kBefore.size(), kQuote);
      const std::u32string text = d.head + d.tail;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Orphaned);
    }
  }

  TEST_CASE("lookalike text elsewhere does not capture a deleted quote") {
    for (const Doc& d : docs()) {
      const std::u32string old_text = d.head + kBefore + kQuote + kAfter + d.tail;
      const auto sel = selector_at(old_text, d.head.size() + kBefore.size(), kQuote);
      SUBCASE("a similar sentence in a different context") {
        // 6 edits in 63 code points: within a quarter, but nothing around it agrees.
        const std::u32string text =
            d.head + U"Last year, the council approved the old harbour budget after a short debate. " + d.tail;
        CHECK(core::anchor_quote(text, sel).status == AnchorStatus::Orphaned);
      }
      SUBCASE("the quote rewritten in place: context agrees, the words do not") {
        const std::u32string text =
            d.head + kBefore + U"the mayor vetoed the harbour plan after hearing the fishermen" + kAfter + d.tail;
        CHECK(core::anchor_quote(text, sel).status == AnchorStatus::Orphaned);
      }
      SUBCASE("the quote rewritten in place and one side of its context changed") {
        // Only the prefix agrees, and 18 edits in 63 code points is more than a quarter.
        const std::u32string text = d.head + kBefore +
                                    U"the councillors rejected the old harbour budget after a brief debate" +
                                    U"; the vote is expected next spring, officials added." + d.tail;
        CHECK(core::anchor_quote(text, sel).status == AnchorStatus::Orphaned);
      }
      SUBCASE("a short quote found verbatim only in unrelated text, away from where it was") {
        core::QuoteSelector s = selector_at(old_text, d.head.size() + kBefore.size() + 4, U"council");
        const std::u32string text = d.head + d.tail + U"The council met. ";
        const auto r = core::anchor_quote(text, s);
        CHECK(r.status == AnchorStatus::Orphaned);
        CHECK(r.occurrences == 1);
      }
    }
  }

  TEST_CASE("a moved headline: the only verbatim copy of a mid-length quote is evidence enough") {
    for (const Doc& d : docs()) {
      const std::u32string headline = U"Harbour budget approved";  // 23 code points
      const std::u32string old_text = d.head + U"\n\n" + headline + U"\n\n" + d.tail;
      const auto sel = selector_at(old_text, d.head.size() + 2, headline);
      const std::u32string text = d.tail + U"\n\n" + headline + U"\n\n" + d.head;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == d.tail.size() + 2);
      // Twice, neither with its context: no way to tell which, so neither.
      const std::u32string twice = filler(8, 20) + U"\n\n" + headline + U"\n\n" + filler(9, 20) + U"\n\nSee: " + headline + U".";
      CHECK(core::anchor_quote(twice, sel).status == AnchorStatus::Orphaned);
    }
  }

  TEST_CASE("edits in the context around an otherwise moved quote still anchor it") {
    for (const Doc& d : docs()) {
      const std::u32string old_text = d.head + kBefore + kQuote + kAfter + d.tail;
      const auto sel = selector_at(old_text, d.head.size() + kBefore.size(), kQuote);
      const std::u32string text = d.head + U"Oficials said on Wednesday that " + kQuote +
                                  U", ending month of uncertainty for local fishermen." + d.tail;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(slice(text, r) == kQuote);
    }
  }

  TEST_CASE("a moved paragraph: the context within the paragraph still supports a fuzzy match") {
    for (const Doc& d : docs()) {
      // The quote opens its paragraph, so the recorded prefix ends with the previous
      // paragraph and the suffix runs into the next one; moving the paragraph changes both.
      const std::u32string para = U"Harbour news: " + kQuote + U".";
      const std::u32string old_text = d.head + U"\n\n" + para + U"\n\n" + d.tail;
      const size_t old_pos = d.head.size() + 2 + 14;
      const auto sel = selector_at(old_text, old_pos, kQuote);
      const std::u32string edited = U"the council approved the new harbour budgett after a long debate";
      const std::u32string text = d.tail + U"\n\nHarbour news: " + edited + U".\n\n" + d.head;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Fuzzy);
      CHECK(r.errors == 1);
      CHECK(slice(text, r) == edited);
    }
  }

  TEST_CASE("a word inserted at the quote's edge stays inside the match, as the context says") {
    for (const Doc& d : docs()) {
      const std::u32string old_text = d.head + kBefore + kQuote + kAfter + d.tail;
      const auto sel = selector_at(old_text, d.head.size() + kBefore.size(), kQuote);
      // "the" -> "the local": the fewest-edit alignment would start at "l council"; the
      // unchanged prefix says the match starts at "the".
      const std::u32string edited = U"the local council approved the new harbour budget after a long debate";
      const std::u32string text = d.head + kBefore + edited + kAfter + d.tail;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Fuzzy);
      CHECK(r.errors == 6);
      CHECK(slice(text, r) == edited);
    }
  }

  TEST_CASE("a long quote spanning many 64-bit blocks, edited in places, is fuzzy") {
    const std::u32string head = filler(5, 200), body = filler(6, 40), tail = filler(7, 200);
    REQUIRE(body.size() > 1000);
    const std::u32string old_text = head + body + tail;
    const auto sel = selector_at(old_text, head.size(), body);
    std::u32string edited = body;
    for (size_t i = 100; i < edited.size(); i += 250) edited[i] = U'#';  // a few typos
    const size_t typos = (edited.size() - 100 + 249) / 250;
    const std::u32string text = U"New lead paragraph.\n\n" + head + edited + tail;
    const auto r = core::anchor_quote(text, sel);
    CHECK(r.status == AnchorStatus::Fuzzy);
    CHECK(r.errors == static_cast<int>(typos));
    CHECK(slice(text, r) == edited);
  }

  TEST_CASE("positions counted in UTF-16 units are recognised") {
    const std::u32string head = U"\U0001F600\U0001F389 Party time \U0001F38A! ";
    const std::u32string text = head + kBefore + kQuote + kAfter;
    const size_t cp = head.size() + kBefore.size();
    const size_t unit = utf8::utf16_length(head + kBefore);
    REQUIRE(unit == cp + 3);
    core::QuoteSelector sel = selector_at(text, cp, kQuote);
    sel.start = unit;
    sel.end = unit + kQuote.size();
    SUBCASE("at the recorded place: exact, converted to code points") {
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Exact);
      CHECK(r.utf16_positions);
      CHECK(r.start == cp);
      CHECK(r.end == cp + kQuote.size());
    }
    SUBCASE("a quote that itself holds an emoji, recorded in UTF-16 units") {
      const std::u32string q = U"Party time \U0001F38A!";
      core::QuoteSelector s;
      s.exact = q;
      s.start = 5;  // two emoji (4 units) and a space
      s.end = 5 + utf8::utf16_length(q);
      const auto r = core::anchor_quote(text, s);
      CHECK(r.status == AnchorStatus::Exact);
      CHECK(r.utf16_positions);
      CHECK(r.start == 3);
      CHECK(slice(text, r) == q);
    }
    SUBCASE("code point positions on the same text stay code points") {
      core::QuoteSelector s = selector_at(text, cp, kQuote);
      const auto r = core::anchor_quote(text, s);
      CHECK(r.status == AnchorStatus::Exact);
      CHECK_FALSE(r.utf16_positions);
      CHECK(r.start == cp);
    }
  }

  TEST_CASE("a moved quote recorded in UTF-16 units goes to the copy nearest that reading") {
    // 300 emoji before the quote: its UTF-16 position is 300 more than its code point one.
    std::u32string head(300, U'\U0001F600');
    head += U" ";
    const size_t cp = head.size() + kBefore.size();
    core::QuoteSelector sel;
    sel.exact = kQuote;
    sel.prefix = U" " + kBefore;
    sel.suffix = kAfter.substr(0, 32);
    sel.start = cp + 300;
    sel.end = cp + 300 + kQuote.size();
    // Now: "Wow! " inserted before it (copy A at cp + 5), and the same sentence again with
    // the same context at cp + 500 (copy B). Read as code points the old position is nearer
    // B; read as UTF-16 units it is nearer A.
    const std::u32string a = head + U"Wow! " + kBefore + kQuote + kAfter;
    const std::u32string x(500 - (a.size() - cp) - kBefore.size() - 1, U'z');
    const std::u32string text = a + x + U" " + kBefore + kQuote + kAfter;
    REQUIRE(text.substr(cp + 500, kQuote.size()) == kQuote);
    const auto r = core::anchor_quote(text, sel);
    CHECK(r.status == AnchorStatus::Moved);
    CHECK(r.start == cp + 5);
    CHECK(r.utf16_positions);
  }

  TEST_CASE("non-ASCII text: emoji, CJK and combining marks") {
    SUBCASE("CJK quote with one character changed is fuzzy") {
      const std::u32string before = U"\u4ECA\u5929\u5929\u6C14\u5F88\u597D\uFF0C\u6211\u4EEC\u53BB\u516C\u56ED\u3002";
      const std::u32string quote = U"\u5E02\u8BAE\u4F1A\u6279\u51C6\u4E86\u65B0\u7684\u6E2F\u53E3\u9884\u7B97";
      const std::u32string after = U"\uFF0C\u6E14\u6C11\u4EEC\u5F88\u9AD8\u5174\u3002";
      const std::u32string old_text = before + quote + after;
      const auto sel = selector_at(old_text, before.size(), quote);
      std::u32string edited = quote;
      edited[2] = U'\u9662';
      const std::u32string text = U"\u65B0\u95FB\uFF1A" + before + edited + after;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Fuzzy);
      CHECK(r.errors == 1);
      CHECK(r.start == 3 + before.size());
      CHECK(slice(text, r) == edited);
    }
    SUBCASE("combining marks count as code points") {
      // "cafe\u0301" (e + combining acute) against precomposed "caf\u00E9": 2 edits.
      const std::u32string quote = U"the cafe\u0301 on the corner serves cre\u0300me bru\u0302le\u0301e";
      const std::u32string old_text = U"Downtown, " + quote + U" every evening until late.";
      const auto sel = selector_at(old_text, 10, quote);
      const std::u32string text = U"Downtown today, " + quote + U" every evening until late.";
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == 16);
      const std::u32string pre = U"the caf\u00E9 on the corner serves cre\u0300me bru\u0302le\u0301e";
      const std::u32string text2 = U"Downtown, " + pre + U" every evening until late.";
      const auto r2 = core::anchor_quote(text2, sel);
      CHECK(r2.status == AnchorStatus::Fuzzy);
      CHECK(r2.errors == 2);
      CHECK(slice(text2, r2) == pre);
    }
  }

  TEST_CASE("bad selectors never crash and come out orphaned or sensible") {
    const std::u32string text = U"Some text about the harbour.";
    core::QuoteSelector s;
    CHECK(core::anchor_quote(text, s).status == AnchorStatus::Orphaned);  // empty quote
    s.exact = U"harbour";
    s.start = 1000000;
    s.end = 10;  // end before start: positions ignored
    CHECK(core::anchor_quote(text, s).status == AnchorStatus::Moved);
    s.start = 1u << 30;
    s.end = (1u << 30) + 7;
    CHECK(core::anchor_quote(text, s).status == AnchorStatus::Moved);
    CHECK(core::anchor_quote(U"", s).status == AnchorStatus::Orphaned);
    s.exact = text + U" and much more than the text holds";
    CHECK(core::anchor_quote(text, s).status == AnchorStatus::Orphaned);
  }

  TEST_CASE("anchor_annotations updates anchored ones and leaves orphaned ones as recorded") {
    const std::u32string old_text = kBefore + kQuote + kAfter + U" Caf\u00E9 \U0001F600 talk.";
    std::vector<core::Annotation> anns(3);
    anns[0].exact = utf8::encode(kQuote);
    anns[0].prefix = utf8::encode(kBefore);
    anns[0].suffix = utf8::encode(kAfter.substr(0, 32));
    anns[0].start = kBefore.size();
    anns[0].end = kBefore.size() + kQuote.size();
    anns[1].exact = "Caf\xC3\xA9 \xF0\x9F\x98\x80";
    anns[1].start = old_text.size() - 12;
    anns[1].end = old_text.size() - 6;
    anns[1].prefix = utf8::encode(old_text.substr(0, anns[1].start).substr(anns[1].start - 32));
    anns[1].suffix = " talk.";
    anns[2].exact = "a sentence that was never there at all";
    anns[2].prefix = "nothing";
    anns[2].suffix = "else";
    anns[2].start = 3;
    anns[2].end = 41;
    const core::Annotation orphan_before = anns[2];

    const std::u32string text = U"Breaking: " + old_text;
    const core::AnchorSummary sum = core::anchor_annotations(text, anns);
    CHECK(sum.exact == 0);
    CHECK(sum.moved == 2);
    CHECK(sum.fuzzy == 0);
    CHECK(sum.orphaned == 1);

    CHECK(anns[0].anchor == AnchorStatus::Moved);
    CHECK(anns[0].start == 10 + kBefore.size());
    CHECK(anns[0].exact == utf8::encode(kQuote));
    CHECK(anns[0].prefix == utf8::encode((U"Breaking: " + kBefore).substr(9)));  // 32 code points
    CHECK(utf8::count_code_points(anns[0].prefix) == core::kContextLength);
    CHECK(anns[0].suffix == utf8::encode(kAfter.substr(0, 32)));

    CHECK(anns[1].anchor == AnchorStatus::Moved);
    CHECK(anns[1].exact == "Caf\xC3\xA9 \xF0\x9F\x98\x80");
    CHECK(anns[1].suffix == " talk.");

    CHECK(anns[2].anchor == AnchorStatus::Orphaned);
    CHECK(anns[2].start == orphan_before.start);
    CHECK(anns[2].end == orphan_before.end);
    CHECK(anns[2].exact == orphan_before.exact);
    CHECK(anns[2].prefix == orphan_before.prefix);
    CHECK(anns[2].suffix == orphan_before.suffix);
  }

  TEST_CASE("anchor_annotations reports fuzzy matches with their edit counts") {
    std::vector<core::Annotation> anns(1);
    anns[0].exact = utf8::encode(kQuote);
    anns[0].prefix = utf8::encode(kBefore);
    anns[0].suffix = utf8::encode(kAfter.substr(0, 32));
    anns[0].start = kBefore.size();
    anns[0].end = kBefore.size() + kQuote.size();
    const std::u32string edited = U"the council approved the new harbor budget after a long debate";
    const std::u32string text = kBefore + edited + kAfter;
    const auto sum = core::anchor_annotations(text, anns);
    CHECK(sum.fuzzy == 1);
    CHECK(anns[0].anchor == AnchorStatus::Fuzzy);
    CHECK(anns[0].anchor_errors == 1);
    CHECK(anns[0].exact == utf8::encode(edited));
  }
}
