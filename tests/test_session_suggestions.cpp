// test_session_suggestions.cpp - suggested claims in the session model: dismissing is one
// undo step of its own (Ctrl+Z no longer undoes an earlier accept instead), an undone accept
// is offered again, and the finder's reason stays beside the note, never in it.
#include <doctest/doctest.h>

#include "core/suggestion_category.h"
#include "session_harness.h"

using harness::FakeStorage;
using harness::Tab;

namespace {
const char* kClaims =
    "Council report\n\nThe council approved 42 new homes on Tuesday. Unemployment fell to 3.1 percent "
    "last year, the minister said. Prices rose by 12 percent in March.";
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

  TEST_CASE("suggestion categories become annotation categories") {
    CHECK(core::category_for_suggestion("quantity") == "statistic");
    CHECK(core::category_for_suggestion("quote") == "quote");
    CHECK(core::category_for_suggestion("causation") == "claim");
    CHECK(core::category_for_suggestion("") == "claim");
  }
}
