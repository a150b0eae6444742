// labels.cpp - see labels.h.
#include "app/labels.h"

const char* verdict_label(core::Verdict v) {
  switch (v) {
    case core::Verdict::Unverified: return "Unverified";
    case core::Verdict::True: return "True";
    case core::Verdict::MostlyTrue: return "Mostly true";
    case core::Verdict::Misleading: return "Misleading";
    case core::Verdict::False: return "False";
    case core::Verdict::Unsupported: return "Unsupported";
  }
  return "Unverified";
}

std::string category_label(const std::string& category) {
  if (category == "person-org") return "Person / org";
  if (category.empty()) return "(none)";
  std::string s = category;
  if (s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s;
}
