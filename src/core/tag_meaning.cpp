// tag_meaning.cpp - the tag table of docs/FORMAT.md. Kept short on purpose: a tag that is not
// here stays a tag (written back as it came), so guessing wrong costs more than not guessing.
#include "core/tag_meaning.h"

#include <cctype>

namespace core {
namespace {

struct CategoryWord {
  const char* word;
  const char* category;
};
constexpr CategoryWord kCategories[] = {
    {"claim", "claim"},           {"claims", "claim"},
    {"statistic", "statistic"},   {"statistics", "statistic"}, {"stat", "statistic"},
    {"stats", "statistic"},       {"number", "statistic"},     {"numbers", "statistic"},
    {"quote", "quote"},           {"quotes", "quote"},         {"quotation", "quote"},
    {"date", "date"},             {"dates", "date"},
    {"person-org", "person-org"}, {"person", "person-org"},    {"people", "person-org"},
    {"organisation", "person-org"}, {"organization", "person-org"},
    {"opinion", "opinion"},
};

struct VerdictWord {
  const char* word;
  Verdict verdict;
};
constexpr VerdictWord kVerdicts[] = {
    {"true", Verdict::True},                {"correct", Verdict::True},
    {"accurate", Verdict::True},            {"mostly-true", Verdict::MostlyTrue},
    {"misleading", Verdict::Misleading},    {"half-true", Verdict::Misleading},
    {"missing-context", Verdict::Misleading}, {"false", Verdict::False},
    {"incorrect", Verdict::False},          {"pants-on-fire", Verdict::False},
    {"fake", Verdict::False},               {"unsupported", Verdict::Unsupported},
    {"unproven", Verdict::Unsupported},     {"no-evidence", Verdict::Unsupported},
    {"unverified", Verdict::Unverified},    {"to-check", Verdict::Unverified},
    {"needs-checking", Verdict::Unverified},
};

// "  Pants_on  Fire " -> "pants-on-fire"
std::string normalise(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == ' ' || c == '_' || c == '-' || c == '\t') {
      if (!out.empty() && out.back() != '-') out.push_back('-');
    } else {
      out.push_back(static_cast<char>(std::tolower(u)));
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

bool strip_prefix(std::string& s, std::string_view prefix) {
  if (s.compare(0, prefix.size(), prefix) != 0) return false;
  s.erase(0, prefix.size());
  while (!s.empty() && s.front() == '-') s.erase(0, 1);
  return true;
}

}  // namespace

TagMeaning tag_meaning(std::string_view tag) {
  std::string word = normalise(tag);
  bool only_category = strip_prefix(word, "category:");
  bool only_verdict = !only_category && strip_prefix(word, "verdict:");
  TagMeaning m;
  if (!only_verdict)
    for (const CategoryWord& c : kCategories)
      if (word == c.word) m.category = c.category;
  if (!only_category && !m.category)
    for (const VerdictWord& v : kVerdicts)
      if (word == v.word) m.verdict = v.verdict;
  return m;
}

}  // namespace core
