// anchor_context.cpp - compares the recorded prefix and suffix with the text at a candidate
// place: edits, whether the side agrees, and whether it could tell at all (a side that runs
// past the start or end of the text is compared only as far as the text goes).
#include <algorithm>

#include "core/anchor_impl.h"
#include "core/anchor_rules.h"

namespace core {

using namespace anchor_rules;

namespace {

// The part of a prefix after its last line break (the quote's own paragraph), if long enough.
std::u32string_view tail_of(std::u32string_view prefix) {
  const size_t nl = prefix.find_last_of(U'\n');
  if (nl == std::u32string_view::npos || prefix.size() - nl < kMinParagraphContext) return {};
  return prefix.substr(nl);
}
std::u32string_view head_of(std::u32string_view suffix) {
  const size_t nl = suffix.find(U'\n');
  if (nl == std::u32string_view::npos || nl + 1 < kMinParagraphContext) return {};
  return suffix.substr(0, nl + 1);
}

bool within_budget(size_t compared, int errors) {
  return static_cast<size_t>(errors) * kContextBudgetDivisor <= compared;
}

// The text a context side is compared with: half as long again as the side, so an inserted
// word costs its length once (the side may begin anywhere in it).
size_t window_for(size_t side) { return side + side / 2; }

}  // namespace

Probe::Probe(std::u32string_view e, std::u32string_view p, std::u32string_view s)
    : exact(e),
      prefix(p.substr(p.size() > kAnchorContextLimit ? p.size() - kAnchorContextLimit : 0)),
      suffix(s.substr(0, kAnchorContextLimit)),
      prefix_pat(prefix),
      suffix_pat(suffix),
      prefix_tail(tail_of(prefix)),
      suffix_head(head_of(suffix)) {}

bool Probe::long_quote() const { return exact.size() > kLongQuote; }

const ApproxPattern& Probe::quote() const {
  if (!quote_) quote_.emplace(exact);
  return *quote_;
}

long SideMatch::evidence() const {
  return informative ? static_cast<long>(m.compared) - kEditWeight * m.errors : 0;
}

// A side recorded empty agrees only at the edge of the text (the quote began or ended it).
SideMatch Anchorer::Impl::match_prefix(const Probe& pr, size_t start) const {
  SideMatch s;
  const std::u32string_view t(text);
  if (pr.prefix.empty()) {
    s.m.agrees = s.informative = start == 0;
    return s;
  }
  if (start == 0) return s;  // the text begins at the quote: nothing to compare
  auto before = [&](size_t len) {
    len = std::min(window_for(len), start);
    return t.substr(start - len, len);
  };
  if (start >= pr.prefix.size()) {
    s.m.compared = pr.prefix.size();
    // Unchanged context, the common case, needs no alignment.
    const bool same = t.substr(start - pr.prefix.size(), pr.prefix.size()) == pr.prefix;
    s.m.errors = same ? 0 : pr.prefix_pat.distance_to_suffix(before(pr.prefix.size()));
    s.informative = true;
    s.m.agrees = within_budget(s.m.compared, s.m.errors);
  } else {
    // The text begins inside the recorded prefix: compare the part that fits.
    const ApproxPattern part(pr.prefix.substr(pr.prefix.size() - start));
    s.m.compared = start;
    s.m.errors = part.distance_to_suffix(t.substr(0, start));
    s.informative = start >= kMinInformativeContext;
    s.m.agrees = s.informative && within_budget(s.m.compared, s.m.errors);
  }
  const size_t tail = pr.prefix_tail.size();
  if (!s.m.agrees && tail > 0 && tail <= start)
    s.m.agrees = within_budget(tail, pr.prefix_tail.distance_to_suffix(before(tail)));
  return s;
}

SideMatch Anchorer::Impl::match_suffix(const Probe& pr, size_t end) const {
  SideMatch s;
  const std::u32string_view t(text);
  if (pr.suffix.empty()) {
    s.m.agrees = s.informative = end == t.size();
    return s;
  }
  const size_t avail = t.size() - end;
  if (avail == 0) return s;
  auto after = [&](size_t len) { return t.substr(end, window_for(len)); };
  if (avail >= pr.suffix.size()) {
    s.m.compared = pr.suffix.size();
    const bool same = t.substr(end, pr.suffix.size()) == pr.suffix;
    s.m.errors = same ? 0 : pr.suffix_pat.distance_to_prefix(after(pr.suffix.size()));
    s.informative = true;
    s.m.agrees = within_budget(s.m.compared, s.m.errors);
  } else {
    // The text ends inside the recorded suffix: compare the part that fits.
    const ApproxPattern part(pr.suffix.substr(0, avail));
    s.m.compared = avail;
    s.m.errors = part.distance_to_prefix(t.substr(end));
    s.informative = avail >= kMinInformativeContext;
    s.m.agrees = s.informative && within_budget(s.m.compared, s.m.errors);
  }
  const size_t head = pr.suffix_head.size();
  if (!s.m.agrees && head > 0 && head <= avail)
    s.m.agrees = within_budget(head, pr.suffix_head.distance_to_prefix(after(head)));
  return s;
}

void Anchorer::Impl::score(const Probe& pr, const Hint& hint, Candidate& c) const {
  c.before = match_prefix(pr, c.start);
  c.after = match_suffix(pr, c.end);
  c.distance = hint.distance(c.start);
  c.near = hint.near(c.start);
}

}  // namespace core
