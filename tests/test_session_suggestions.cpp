// test_session_suggestions.cpp - suggested claims in the session model: dismissing is one
// undo step of its own (Ctrl+Z no longer undoes an earlier accept instead), an undone accept
// is offered again, the finder's reason stays beside the note, never in it; the panel's
// list and stepping through it (J, K); dismissed ones offered again.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "core/suggestion_category.h"
#include "session_harness.h"

using harness::FakeStorage;
using harness::Tab;

namespace {
const char* kClaims =
    "Council report\n\nThe council approved 42 new homes on Tuesday. Unemployment fell to 3.1 percent "
    "last year, the minister said. Prices rose by 12 percent in March.";
// More suggestions than the list's length, of different strengths.
const char* kLonger =
    "Budget week\n\nThe council approved 42 new homes on Tuesday. Unemployment fell to 3.1 percent "
    "last year, the minister said. Prices rose by 12 percent in March.\n\nIt was a grey morning. "
    "The bridge, built in 1911, carries 14,000 cars a day according to the county. Critics say "
    "the plan will double rents by 2030.\n\nShe smiled. Exports to Canada were the highest on "
    "record, at 2.4 billion dollars.";
}

TEST_SUITE("session suggestions") {
  TEST_CASE("dismiss is undone by Ctrl+Z, before an earlier accept") {
    FakeStorage st;
    Tab t(st);
    t.boot(kClaims);
    const auto sug = t.s.suggestions();
    REQUIRE(sug.size() >= 2);
    t.s.accept_suggestion(sug[0]);
    t.s.dismiss_suggestion(sug[1]);
    CHECK(t.s.suggestion_hidden(sug[1]));
    t.s.undo();
    CHECK_FALSE(t.s.suggestion_hidden(sug[1]));  // the dismissal came back
    CHECK(t.s.store().size() == 1);              // the accept stayed
    t.s.redo();
    CHECK(t.s.suggestion_hidden(sug[1]));
    t.settle();
    Tab again(st);
    again.boot(kClaims);
    CHECK(again.s.suggestion_hidden(again.s.suggestions()[1]));
  }

  TEST_CASE("an undone accept is offered again") {
    FakeStorage st;
    Tab t(st);
    t.boot(kClaims);
    const auto sug = t.s.suggestions();
    REQUIRE_FALSE(sug.empty());
    const size_t open = t.s.open_suggestions();
    t.s.accept_suggestion(sug[0]);
    CHECK(t.s.suggestion_hidden(sug[0]));
    CHECK(t.s.open_suggestions() == open - 1);
    t.s.undo();
    CHECK(t.s.store().size() == 0);
    CHECK_FALSE(t.s.suggestion_hidden(sug[0]));
    CHECK(t.s.open_suggestions() == open);
  }

  TEST_CASE("accepting keeps the finder's reason beside the note, not in it") {
    FakeStorage st;
    Tab t(st);
    t.boot(kClaims);
    const auto sug = t.s.suggestions();
    REQUIRE_FALSE(sug.empty());
    REQUIRE_FALSE(sug[0].reason.empty());
    t.s.accept_suggestion(sug[0]);
    const core::Annotation& a = t.s.store().annotations().at(0);
    CHECK(a.note.empty());
    CHECK(a.category == core::category_for_suggestion(sug[0].category));
    CHECK(t.s.suggested_reason(a.id) == sug[0].reason);
    CHECK(t.s.export_json().find("Suggested:") == std::string::npos);
    t.settle();
    Tab again(st);
    again.boot(kClaims);
    CHECK(again.s.suggested_reason(a.id) == sug[0].reason);
  }

  TEST_CASE("the list holds the strongest few; J and K step through it in its order") {
    FakeStorage st;
    Tab t(st);
    t.boot(kLonger);
    const auto& sug = t.s.suggestions();
    REQUIRE(sug.size() >= 4);
    t.s.suggestions_listed = 3;
    const std::vector<int> listed = t.s.listed_suggestions();
    REQUIRE(listed.size() == 3);
    for (size_t k = 1; k < listed.size(); ++k) CHECK(sug[listed[k - 1]].score >= sug[listed[k]].score);
    for (size_t i = 0; i < sug.size(); ++i)  // none left out is stronger than the last listed
      if (std::find(listed.begin(), listed.end(), static_cast<int>(i)) == listed.end())
        CHECK(sug[i].score <= sug[listed.back()].score);
    CHECK(t.s.step_suggestion(-1, true) == listed[0]);
    CHECK(t.s.step_suggestion(-1, false) == listed[2]);
    CHECK(t.s.step_suggestion(listed[0], true) == listed[1]);
    CHECK(t.s.step_suggestion(listed[1], false) == listed[0]);
    CHECK(t.s.step_suggestion(listed[2], true) == -1);  // past the end
    CHECK(t.s.step_suggestion(listed[0], false) == -1);

    // X on the first: the list moves up, and the step from it lands on the one after it.
    t.s.dismiss_suggestion(sug[listed[0]]);
    const std::vector<int> after = t.s.listed_suggestions();
    REQUIRE(after.size() == 3);
    CHECK(after[0] == listed[1]);
    CHECK(t.s.step_suggestion(listed[0], true) == listed[1]);

    // In article order: the same strongest few, sorted by place; steps follow the article.
    t.s.suggestions_in_article_order = true;
    const std::vector<int> placed = t.s.listed_suggestions();
    CHECK(std::is_sorted(placed.begin(), placed.end()));
    CHECK(std::is_permutation(placed.begin(), placed.end(), after.begin()));
    CHECK(t.s.step_suggestion(placed[0], true) == placed[1]);
    // From the one just dismissed: the listed ones after and before its place.
    const auto later = std::upper_bound(placed.begin(), placed.end(), listed[0]);
    REQUIRE(later != placed.end());
    REQUIRE(later != placed.begin());
    CHECK(t.s.step_suggestion(listed[0], true) == *later);
    CHECK(t.s.step_suggestion(listed[0], false) == *std::prev(later));
  }

  TEST_CASE("the list can hold one kind of claim only") {
    FakeStorage st;
    Tab t(st);
    t.boot(kLonger);
    const auto& sug = t.s.suggestions();
    const auto quantities = std::count_if(sug.begin(), sug.end(), [](const auto& s) { return s.category == "quantity"; });
    REQUIRE(quantities >= 2);
    REQUIRE(quantities < static_cast<long>(sug.size()));
    CHECK(static_cast<long>(t.s.open_suggestion_kinds().at("quantity")) == quantities);
    t.s.dismiss_suggestion(*std::find_if(sug.begin(), sug.end(), [](const auto& s) { return s.category == "quantity"; }));
    CHECK(static_cast<long>(t.s.open_suggestion_kinds().at("quantity")) == quantities - 1);
    t.s.undo();
    t.s.suggestions_listed = 100;
    t.s.suggestions_kind = "quantity";
    const std::vector<int> listed = t.s.listed_suggestions();
    CHECK(static_cast<long>(listed.size()) == quantities);
    for (int i : listed) CHECK(sug[i].category == "quantity");
    // J and K stay within it.
    for (int at = t.s.step_suggestion(-1, true); at >= 0; at = t.s.step_suggestion(at, true))
      CHECK(sug[at].category == "quantity");
    t.s.suggestions_kind.clear();
    CHECK(t.s.listed_suggestions().size() == sug.size());
  }

  TEST_CASE("dismissed suggestions are offered again on request, as one undo step") {
    FakeStorage st;
    Tab t(st);
    t.boot(kLonger);
    const auto sug = t.s.suggestions();
    REQUIRE(sug.size() >= 3);
    const size_t open = t.s.open_suggestions();
    t.s.dismiss_suggestion(sug[0]);
    t.s.dismiss_suggestion(sug[2]);
    CHECK(t.s.dismissed_suggestions() == 2);
    CHECK(t.s.open_suggestions() == open - 2);
    // A dismissal whose sentence the finder no longer suggests (an older version's) is not
    // counted: nothing would come back for it.
    t.s.doc().dismissed.insert("0:3");
    ++t.s.doc().version;
    CHECK(t.s.dismissed_suggestions() == 2);
    CHECK(t.s.restore_dismissed() == 3);  // every key goes, counted or not
    CHECK(t.s.dismissed_suggestions() == 0);
    CHECK(t.s.open_suggestions() == open);
    t.s.undo();  // both dismissed again, in one step
    CHECK(t.s.suggestion_hidden(sug[0]));
    CHECK(t.s.suggestion_hidden(sug[2]));
    t.s.undo();  // then the second dismissal alone
    CHECK(t.s.suggestion_hidden(sug[0]));
    CHECK_FALSE(t.s.suggestion_hidden(sug[2]));
    t.s.redo();
    t.s.redo();
    CHECK(t.s.dismissed_suggestions() == 0);
    CHECK(t.s.restore_dismissed() == 0);  // nothing to bring back: no step
    t.s.undo();
    CHECK(t.s.dismissed_suggestions() == 2);
    t.s.redo();
    t.settle();
    Tab again(st);  // remembered: the next start offers them too
    again.boot(kLonger);
    CHECK(again.s.dismissed_suggestions() == 0);
    CHECK(again.s.open_suggestions() == open);
  }

  TEST_CASE("two tabs: a dismissal in one and 'Offer them again' in the other both hold") {
    FakeStorage st;
    Tab a(st), b(st);
    a.boot(kLonger);
    b.boot(kLonger);
    REQUIRE(a.s.current_id() == b.s.current_id());
    a.others = {&b};
    b.others = {&a};
    const auto sug = a.s.suggestions();
    REQUIRE(sug.size() >= 3);
    a.s.dismiss_suggestion(sug[0]);
    a.settle();
    b.settle();
    CHECK(b.s.suggestion_hidden(sug[0]));  // b heard of it
    b.s.dismiss_suggestion(sug[1]);        // and adds its own
    b.settle();
    a.settle();
    CHECK(a.s.dismissed_suggestions() == 2);
    CHECK(a.s.restore_dismissed() == 2);  // a brings both back
    a.settle();
    b.settle();
    CHECK(b.s.dismissed_suggestions() == 0);
    Tab c(st);  // and so does the next start
    c.boot(kLonger);
    CHECK(c.s.dismissed_suggestions() == 0);
    CHECK_FALSE(c.s.suggestion_hidden(sug[0]));
  }

  TEST_CASE("suggestion categories become annotation categories") {
    CHECK(core::category_for_suggestion("quantity") == "statistic");
    CHECK(core::category_for_suggestion("quote") == "quote");
    CHECK(core::category_for_suggestion("causation") == "claim");
    CHECK(core::category_for_suggestion("") == "claim");
  }
}
