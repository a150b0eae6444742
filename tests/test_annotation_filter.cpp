// test_annotation_filter.cpp - the side panel's filter, highlight lanes and export names.
#include <doctest/doctest.h>

#include "core/annotation_filter.h"
#include "core/file_names.h"
#include "core/highlight_lanes.h"

namespace {
core::Annotation ann(std::string exact, std::string category, core::Verdict v, std::string note) {
  core::Annotation a;
  a.exact = std::move(exact);
  a.category = std::move(category);
  a.verdict = v;
  a.note = std::move(note);
  return a;
}
}  // namespace

TEST_SUITE("annotation_filter") {
  TEST_CASE("filters by category, verdict and case-insensitive text") {
    const std::vector<core::Annotation> all = {
        ann("123 countries", "statistic", core::Verdict::True, "ICC site lists 123"),
        ann("\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440", "quote", core::Verdict::Unverified, ""),
        ann("third Belt and Road forum", "claim", core::Verdict::Misleading, "second? CHECK")};
    core::AnnotationFilter f;
    CHECK_FALSE(f.active());
    CHECK(core::filter_annotations(all, f).size() == 3);
    f.category = "statistic";
    CHECK(core::filter_annotations(all, f) == std::vector<size_t>{0});
    f = {};
    f.verdict = core::Verdict::Misleading;
    CHECK(core::filter_annotations(all, f) == std::vector<size_t>{2});
    f = {};
    f.search = "check";  // in a note, other case
    CHECK(core::filter_annotations(all, f) == std::vector<size_t>{2});
    f.search = "\u0432\u041b\u0410\u0434";  // Cyrillic, mixed case
    CHECK(core::filter_annotations(all, f) == std::vector<size_t>{1});
    f.search = "nothing like this";
    CHECK(core::filter_annotations(all, f).empty());
  }

  TEST_CASE("case folding covers Latin-1, Greek and Cyrillic") {
    CHECK(core::fold_case(U'\u00C9') == U'\u00E9');
    CHECK(core::fold_case(U'\u0394') == U'\u03B4');
    CHECK(core::fold_case(U'\u0401') == U'\u0451');
    CHECK(core::fold_case(U'\u0106') == U'\u0107');
    CHECK(core::contains_folded("\u039A\u03B1\u03BB\u03B7\u03BC\u03AD\u03C1\u03B1", "\u03BA\u0391\u039B"));
  }
}

TEST_SUITE("highlight_lanes") {
  TEST_CASE("overlapping ranges get different lanes, disjoint ones reuse lane 0") {
    // [0,10) [2,5) [6,12) [11,15) [20,25)
    const auto lanes = core::assign_lanes({{0, 10}, {2, 5}, {6, 12}, {11, 15}, {20, 25}});
    CHECK(lanes == std::vector<int>{0, 1, 1, 0, 0});
  }
  TEST_CASE("identical ranges stack") {
    CHECK(core::assign_lanes({{3, 8}, {3, 8}, {3, 8}}) == std::vector<int>{0, 1, 2});
  }
}

TEST_SUITE("file_names") {
  TEST_CASE("export file name from a title") {
    CHECK(core::export_file_name("Russia\u2019s Vladimir Putin visits \u2018dear friend\u2019 Xi Jinping in China") ==
          "russias-vladimir-putin-visits-dear-friend-xi-jinping-in-china.annotations.json");
    CHECK(core::slug_from_title("") == "article");
    CHECK(core::slug_from_title("\u041f\u0443\u0442\u0438\u043d") == "article");
    CHECK(core::slug_from_title(std::string(200, 'a')).size() == 80);
  }
}
