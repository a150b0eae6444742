// anchor.cpp - re-anchoring quote selectors on an edited article: exact at the recorded
// position, moved (the quote verbatim elsewhere), fuzzy (an approximate match its context
// supports) or orphaned. The stages live in anchor_context.cpp, anchor_exact.cpp and
// anchor_fuzzy.cpp; their rules in anchor_rules.h.
//
// [SECTION] Hint               - the recorded position, in code points or UTF-16 units
// [SECTION] Anchorer::Impl     - the shortcut, the order of the stages
// [SECTION] Public functions
#include "core/anchor.h"

#include <algorithm>

#include "core/anchor_impl.h"
#include "core/anchor_rules.h"

namespace core {

using namespace anchor_rules;

const char* to_string(AnchorReason r) {
  switch (r) {
    case AnchorReason::RecordedPosition: return "recorded position";
    case AnchorReason::Context: return "context";
    case AnchorReason::Position: return "position";
    case AnchorReason::LongQuote: return "long quote";
    case AnchorReason::OnlyOccurrence: return "only occurrence";
    case AnchorReason::ClosestContext: return "closest context";
    case AnchorReason::NothingToCompare: return "nothing to compare";
    case AnchorReason::None: break;
  }
  return "none";
}

// [SECTION] Hint ----------------------------------------------------------------------------
size_t Hint::distance(size_t p) const {
  if (!pos) return 0;
  return alt ? std::min(abs_diff(p, *pos), abs_diff(p, *alt)) : abs_diff(p, *pos);
}

bool Hint::near(size_t p) const { return pos && distance(p) <= kNearPosition; }

bool Hint::utf16_at(size_t p) const { return utf16 || (alt && abs_diff(p, *alt) < abs_diff(p, *pos)); }

Hint Hint::shifted(size_t delta) const {
  Hint h = *this;
  if (h.pos) *h.pos += delta;
  if (h.alt) *h.alt += delta;
  return h;
}

Hint Anchorer::Impl::hint_of(const QuoteSelector& sel) const {
  Hint h;
  if (!sel.start) return h;
  const size_t start = *sel.start;
  if (sel.end && *sel.end >= start && utf16.has_astral()) {
    // The span's length tells which unit the tool counted in.
    const size_t span = *sel.end - start;
    const size_t units = utf8::utf16_length(sel.exact);
    if (span == units && units != sel.exact.size()) {
      if (auto cp = utf16.from_utf16(start)) {
        h.pos = *cp;
        h.utf16 = true;
        return h;
      }
    }
  }
  // Past the end of a shorter text it is near nothing (but still nearest to its end).
  h.pos = std::min(start, text.size() + kNearPosition + 1);
  if (utf16.has_astral())
    if (auto cp = utf16.from_utf16(start); cp && *cp != *h.pos) h.alt = *cp;
  return h;
}

// [SECTION] Anchorer::Impl ------------------------------------------------------------------
const QgramIndex& Anchorer::Impl::index() const {
  if (!index_) index_ = std::make_unique<QgramIndex>(text);
  return *index_;
}

// The recorded position, in code points, then (when the text has characters outside the
// BMP) in UTF-16 units: checked first, without any preparation of the selector.
std::optional<AnchorResult> Anchorer::Impl::at_recorded_position(const QuoteSelector& sel) const {
  const size_t m = sel.exact.size();
  if (!sel.start || !sel.end || *sel.end < *sel.start) return std::nullopt;
  AnchorResult r;
  r.status = AnchorStatus::Exact;
  r.reason = AnchorReason::RecordedPosition;
  r.distance = 0;
  if (*sel.end - *sel.start == m && holds(*sel.start, sel.exact)) {
    r.start = *sel.start;
    r.end = *sel.end;
    return r;
  }
  if (utf16.has_astral()) {
    const auto s = utf16.from_utf16(*sel.start), e = utf16.from_utf16(*sel.end);
    if (s && e && *e >= *s && *e - *s == m && utf16.to_utf16(*s) == *sel.start &&
        utf16.to_utf16(*e) == *sel.end && holds(*s, sel.exact)) {
      r.start = *s;
      r.end = *e;
      r.utf16_positions = true;
      return r;
    }
  }
  return std::nullopt;
}

// An approximate match beats a verbatim copy only when both context and position point to
// it: it has more agreeing sides than the copy, and it is near the recorded position, or
// both its sides agree and it is nearer to that position than any copy (a new first
// paragraph moves everything; with no position recorded, both its sides must agree). Else
// a copy that something supports wins; a copy that nothing supports still keeps a lookalike
// out ("123 countries" in a reworded sentence is not "first countries" in another
// paragraph), so then neither is taken. With no verbatim copy, the best supported
// approximate match.
std::optional<Candidate> Anchorer::Impl::locate(const Probe& pr, const Hint& hint, AnchorReason& why,
                                                size_t& occurrences) const {
  const ExactChoice exact = best_exact(pr, hint);
  occurrences = exact.occurrences;
  const bool strong = exact.best && (exact.best->sides_ok() > 0 || exact.best->near);
  if (exact.reason != AnchorReason::None && strong) {
    why = exact.reason;
    return exact.best;
  }
  std::optional<Candidate> fuzzy = best_fuzzy(pr, hint);
  if (fuzzy && exact.best) {
    const bool both_sides = fuzzy->sides_ok() == 2;
    const bool position = fuzzy->near || (both_sides && (!hint.pos || fuzzy->distance < exact.nearest));
    const bool points_there = fuzzy->sides_ok() > exact.best->sides_ok() && position;
    if (!points_there) fuzzy.reset();
  }
  if (fuzzy) {
    why = fuzzy->sides_ok() > 0 ? AnchorReason::Context : AnchorReason::NothingToCompare;
    return fuzzy;
  }
  if (exact.reason != AnchorReason::None) {
    why = exact.reason;
    return exact.best;
  }
  return std::nullopt;
}

AnchorResult Anchorer::Impl::anchor(const QuoteSelector& sel) const {
  AnchorResult r;
  const size_t m = sel.exact.size();
  if (m == 0 || m > text.size()) return r;
  if (auto at = at_recorded_position(sel)) return *at;

  const Hint hint = hint_of(sel);
  const Probe probe(sel.exact, sel.prefix, sel.suffix);
  AnchorReason why = AnchorReason::None;
  const std::optional<Candidate> c = locate(probe, hint, why, r.occurrences);
  if (!c) return r;  // orphaned
  r.status = c->errors == 0 ? AnchorStatus::Moved : AnchorStatus::Fuzzy;
  r.start = c->start;
  r.end = c->end;
  r.errors = c->errors;
  r.utf16_positions = hint.utf16_at(c->start);
  r.reason = why;
  r.prefix = c->before.m;
  r.suffix = c->after.m;
  if (hint.pos) r.distance = c->distance;
  return r;
}

// [SECTION] Public functions ----------------------------------------------------------------
Anchorer::Anchorer(std::u32string_view text) : impl_(std::make_unique<Impl>(text)) {}
Anchorer::~Anchorer() = default;

AnchorResult Anchorer::anchor(const QuoteSelector& selector) const { return impl_->anchor(selector); }

AnchorResult anchor_quote(std::u32string_view text, const QuoteSelector& selector) {
  return Anchorer(text).anchor(selector);
}

namespace {

// The first / last `n` code points of UTF-8 text, decoded: a context longer than anchoring
// uses is never decoded whole.
std::u32string decode_first(std::string_view s, size_t n) { return utf8::decode(s.substr(0, utf8::byte_offset(s, n))); }
std::u32string decode_last(std::string_view s, size_t n) {
  size_t i = s.size(), count = 0;
  while (i > 0 && count < n) {
    --i;
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++count;
  }
  return utf8::decode(s.substr(i));
}

// Whether UTF-8 `bytes` encodes exactly `cps`, without decoding into a buffer: most
// annotations of an imported file sit where they were recorded, with their context
// unchanged, and anchoring 10,000 of them should allocate nothing.
bool same_text(std::string_view bytes, std::u32string_view cps) {
  size_t i = 0, k = 0;
  while (i < bytes.size()) {
    if (k == cps.size()) return false;
    const auto b0 = static_cast<unsigned char>(bytes[i]);
    if (b0 < 0x80) {  // the common case, one byte per code point
      if (cps[k] != b0) return false;
      ++i;
      ++k;
      continue;
    }
    const size_t len = b0 >= 0xF8 ? 0 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
    if (len == 0 || i + len > bytes.size()) return false;
    char32_t cp = b0 & (0xFF >> (len + 1));
    for (size_t j = 1; j < len; ++j) {
      const auto b = static_cast<unsigned char>(bytes[i + j]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return false;  // not UTF-8
    if (cp != cps[k]) return false;
    i += len;
    ++k;
  }
  return k == cps.size();
}

// Sets `field` to the UTF-8 of `cps` unless it already is that.
void set_text(std::string& field, std::u32string_view cps) {
  if (!same_text(field, cps)) field = utf8::encode(cps);
}

}  // namespace

AnchorSummary anchor_annotations(std::u32string_view text, std::vector<Annotation>& annotations,
                                 std::vector<AnchorResult>* results) {
  AnchorSummary summary;
  if (results) results->clear();
  if (annotations.empty()) return summary;
  std::optional<Anchorer> anchorer;  // prepared for the first annotation that is not in place
  QuoteSelector sel;
  for (Annotation& a : annotations) {
    AnchorResult r;
    if (a.end > a.start && a.end <= text.size() && !a.exact.empty() &&
        same_text(a.exact, text.substr(a.start, a.end - a.start))) {
      // The recorded position holds the quote: nothing to decode.
      r.status = AnchorStatus::Exact;
      r.reason = AnchorReason::RecordedPosition;
      r.start = a.start;
      r.end = a.end;
      r.distance = 0;
    } else {
      sel.exact = utf8::decode(a.exact);
      sel.prefix = decode_last(a.prefix, kAnchorContextLimit);
      sel.suffix = decode_first(a.suffix, kAnchorContextLimit);
      sel.start.reset();
      sel.end.reset();
      if (a.end > a.start) {
        sel.start = a.start;
        sel.end = a.end;
      }
      if (!anchorer) anchorer.emplace(text);
      r = anchorer->anchor(sel);
    }
    if (results) results->push_back(r);
    a.anchor = r.status;
    a.anchor_errors = r.errors;
    switch (r.status) {
      case AnchorStatus::Exact: ++summary.exact; break;
      case AnchorStatus::Moved: ++summary.moved; break;
      case AnchorStatus::Fuzzy: ++summary.fuzzy; break;
      case AnchorStatus::Orphaned: ++summary.orphaned; continue;  // keeps its recorded fields
    }
    a.start = r.start;
    a.end = r.end;
    const size_t before = std::min(kContextLength, r.start);
    set_text(a.exact, text.substr(r.start, r.end - r.start));
    set_text(a.prefix, text.substr(r.start - before, before));
    set_text(a.suffix, text.substr(r.end, kContextLength));
  }
  return summary;
}

}  // namespace core
