// test_anchor_bounds.cpp - what anchoring does with inputs crafted to make it slow: context
// beyond kAnchorContextLimit is ignored (as if it had not been recorded), long quotes are
// matched piece by piece with the same result, and quotes found everywhere are looked for
// near their recorded position and where their context points. The time these take is
// printed by bench/bench_anchor_load.cpp, not tested here.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/anchor.h"
#include "core/anchor_qgram_index.h"
#include "core/utf8.h"

namespace {

using core::AnchorStatus;
using core::kAnchorContextLimit;

// Deterministic prose: random words from a small vocabulary (repeats like real text) and
// now and then a number (so that, as in real text, some runs of words are rare).
std::u32string prose(unsigned seed, size_t words) {
  static const char32_t* vocab[] = {U"the",    U"council", U"budget", U"said",   U"harbour", U"on",
                                    U"a",      U"river",   U"market", U"of",     U"night",   U"city",
                                    U"report", U"and",     U"to",     U"garden", U"year",    U"new"};
  std::mt19937 rng(seed);
  std::u32string s;
  for (size_t i = 0; i < words; ++i) {
    if (rng() % 4 == 0) {
      for (char c : std::to_string(rng() % 1000)) s += static_cast<char32_t>(c);
    } else {
      s += vocab[rng() % 18];
    }
    s += i % 11 == 10 ? U". " : U" ";
  }
  return s;
}

std::u32string slice(const std::u32string& t, const core::AnchorResult& r) {
  return t.substr(r.start, r.end - r.start);
}

}  // namespace

TEST_SUITE("anchor: bounded work") {
  TEST_CASE("only the 64 code points of context next to the quote are compared") {
    const std::u32string near_before = prose(1, 20).substr(0, kAnchorContextLimit);
    const std::u32string near_after = prose(2, 20).substr(0, kAnchorContextLimit);
    REQUIRE(near_before.size() == kAnchorContextLimit);
    const std::u32string q = U"the harbour budget";  // 18 code points, occurs twice below
    const std::u32string far_a = prose(3, 3500), far_b = prose(4, 3500);
    // Copy A has the recorded far context but other near context; copy B the reverse.
    const std::u32string text = far_a + prose(5, 12) + q + prose(6, 12) + far_b + U"\n\n" + near_before + q +
                                near_after + U"\n\n" + prose(7, 200);
    core::QuoteSelector sel;
    sel.exact = q;
    sel.prefix = far_a + near_before;  // 16,000+ code points, the far part agreeing at copy A
    sel.suffix = near_after + far_b;
    REQUIRE(sel.prefix.size() > 16000);
    const size_t b = text.find(near_before + q) + near_before.size();

    const auto r = core::anchor_quote(text, sel);
    CHECK(r.status == AnchorStatus::Moved);
    CHECK(r.start == b);
    CHECK(r.prefix.compared == kAnchorContextLimit);
    CHECK(r.suffix.compared == kAnchorContextLimit);
    CHECK(r.prefix.errors == 0);
    CHECK(r.suffix.errors == 0);

    SUBCASE("the same as a selector recorded with only those 64") {
      core::QuoteSelector clamped = sel;
      clamped.prefix = near_before;
      clamped.suffix = near_after;
      const auto c = core::anchor_quote(text, clamped);
      CHECK(c.start == r.start);
      CHECK(c.reason == r.reason);
    }
    SUBCASE("and through anchor_annotations, from UTF-8 with multi-byte characters") {
      std::vector<core::Annotation> anns(1);
      anns[0].exact = utf8::encode(q);
      anns[0].prefix = utf8::encode(U"\u00E9\U0001F600" + sel.prefix);
      anns[0].suffix = utf8::encode(sel.suffix + U"\u00E9\U0001F600");
      std::vector<core::AnchorResult> results;
      core::anchor_annotations(text, anns, &results);
      REQUIRE(results.size() == 1);
      CHECK(anns[0].start == b);
      CHECK(results[0].prefix.compared == kAnchorContextLimit);
      CHECK(results[0].prefix.errors == 0);
      CHECK(results[0].suffix.errors == 0);
    }
  }

  TEST_CASE("a long quote is matched piece by piece, with its edits counted") {
    const std::u32string head = prose(10, 4000), quote = prose(11, 1200), tail = prose(12, 4000);
    REQUIRE(quote.size() > 4 * 1024);
    const std::u32string old_text = head + quote + tail;
    core::QuoteSelector sel;
    sel.exact = quote;
    sel.prefix = head.substr(head.size() - 32);
    sel.suffix = tail.substr(0, 32);
    sel.start = head.size();
    sel.end = head.size() + quote.size();
    std::u32string edited = quote;
    size_t edits = 0;
    for (size_t i = 700; i < edited.size(); i += 300, ++edits) edited[i] = U'#';  // across piece edges
    edited.insert(2048, U"XY");                                                     // at one
    edits += 2;

    SUBCASE("found from its first piece") {
      const std::u32string text = U"A new first paragraph.\n\n" + head + edited + tail;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Fuzzy);
      CHECK(r.errors == static_cast<int>(edits));
      CHECK(slice(text, r) == edited);
    }
    SUBCASE("its first piece also copied near the old place: found from its last piece") {
      const std::u32string decoy = sel.prefix + quote.substr(0, 1500) + U"\n\n";
      const std::u32string text = head.substr(0, head.size() - 32) + decoy + head + edited + tail;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Fuzzy);
      CHECK(slice(text, r) == edited);
    }
    SUBCASE("more edits than the budget: orphaned") {
      std::u32string worse = edited;
      for (size_t i = 10; i < worse.size(); i += 15) worse[i] = U'%';
      const auto r = core::anchor_quote(head + worse + tail, sel);
      CHECK(r.status == AnchorStatus::Orphaned);
    }
  }

  TEST_CASE("a quote found everywhere is still found where its context or position says") {
    std::u32string text = prose(20, 30000);
    const size_t pos = text.size() / 2 + 7;
    const std::u32string q = text.substr(pos, 3);  // a very common short quote
    core::QuoteSelector sel;
    sel.exact = q;
    sel.prefix = text.substr(pos - 32, 32);
    sel.suffix = text.substr(pos + 3, 32);
    REQUIRE(sel.prefix.find(U'#') == std::u32string::npos);

    SUBCASE("moved far, context intact, another copy near the old place: by its context") {
      sel.start = pos;
      sel.end = pos + 3;
      std::u32string moved = prose(21, 2000) + text;
      moved.replace(pos + 10, 3, q);
      const auto r = core::anchor_quote(moved, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == pos + moved.size() - text.size());
      CHECK(r.reason == core::AnchorReason::Context);
    }
    SUBCASE("context replaced, position kept: by its position") {
      text.replace(pos - 32, 32, std::u32string(32, U'#'));
      text.replace(pos + 3, 32, std::u32string(32, U'#'));
      sel.start = pos + 1;  // recorded slightly off, so not exact at the position
      sel.end = pos + 4;
      const auto r = core::anchor_quote(text, sel);
      CHECK(r.status == AnchorStatus::Moved);
      CHECK(r.start == pos);
      CHECK(r.reason == core::AnchorReason::Position);
    }
  }

  TEST_CASE("a quote inside a run of one repeated letter") {
    const std::u32string text = U"start " + std::u32string(200000, U'a') + U" end";
    core::QuoteSelector sel;
    sel.exact = std::u32string(5000, U'a');
    sel.prefix = U"x";
    sel.suffix = U"y";
    sel.start = 100000;
    sel.end = 105000;
    CHECK(core::anchor_quote(text, sel).status == AnchorStatus::Exact);
    sel.end = 105001;  // the recorded span no longer fits the quote: the copy nearest to it
    const auto r = core::anchor_quote(text, sel);
    CHECK(r.status == AnchorStatus::Moved);
    CHECK(r.start == 100000);
  }

  TEST_CASE("the q-gram index lists every position under its q-gram's hash") {
    std::u32string text = prose(30, 3000);
    text += U"\u00E9\U0001F600 caf\u00E9 \U0001F600\U0001F600";  // code points beyond ASCII too
    const core::QgramIndex index(text);
    for (size_t p = 0; p + core::QgramIndex::kQ <= text.size(); p += 7) {
      const auto span = index.lookup(core::QgramIndex::hash(text.data() + p));
      CHECK(std::find(span.begin, span.end, static_cast<uint32_t>(p)) != span.end);
    }
    const size_t last = text.size() - core::QgramIndex::kQ;
    const auto span = index.lookup(core::QgramIndex::hash(text.data() + last));
    CHECK(std::find(span.begin, span.end, static_cast<uint32_t>(last)) != span.end);
  }
}
