// line_break.cpp - UAX #14 rules LB2 to LB31, in the order Unicode gives them, over one pass
// that keeps the little context the rules look back at (see line_break.h).
#include "core/text/line_break.h"

#include "core/text/unicode_props.h"

namespace core::text {
namespace {

using C = LineBreakClass;

bool is_hard(C c) { return c == C::BK || c == C::CR || c == C::LF || c == C::NL; }
bool is_alpha(C c) { return c == C::AL || c == C::HL; }
bool is_hangul(C c) {
  return c == C::JL || c == C::JV || c == C::JT || c == C::H2 || c == C::H3;
}

// State of the numeric regular expression of LB25 (UAX #14, example 7):
//   NU (NU | SY | IS)* (CL | CP)?
enum class Num : uint8_t { None, InNumber, Closed };

// Latin-1 classes looked up once: most text of a Latin article never reaches the tables.
struct Latin1Classes {
  C cls[256];
  Latin1Classes() {
    for (char32_t c = 0; c < 256; ++c) cls[c] = line_break_class(c);
  }
};
inline C class_of(char32_t c) {
  static const Latin1Classes latin1;
  return c < 256 ? latin1.cls[c] : line_break_class(c);
}

}  // namespace

void line_breaks(std::u32string_view text, std::vector<Break>& out) {
  const size_t n = text.size();
  out.assign(n + 1, Break::None);
  if (n == 0) return;
  out[n] = Break::Mandatory;

  // Context kept about what precedes position i, all in classes after LB9 and LB10
  // ("X CM*" counts as X; a lone CM or ZWJ as AL):
  C raw_prev = class_of(text[0]);  // class of text[i-1] as it is
  C prev = raw_prev;                       // class of the base text[i-1] belongs to
  char32_t prev_cp = text[0];              // that base's code point
  C before_prev = C::XX;                   // class of the base before that one
  C last_non_space = prev;                 // the nearest base that is not SP
  int ri_run = 0;                          // regional indicators in a row, ending at prev
  Num num = Num::None;
  if (prev == C::CM || prev == C::ZWJ) prev = last_non_space = C::AL;  // LB10 at the start
  if (prev == C::RI) ri_run = 1;
  if (prev == C::NU) num = Num::InNumber;

  for (size_t i = 1; i < n; ++i) {
    const C raw = class_of(text[i]);
    C cur = raw;
    // Fast path for the commonest pair, letter after letter (LB28), when no earlier rule
    // can apply: the previous character is a letter itself (not a mark carried by one).
    if (is_alpha(raw) && is_alpha(raw_prev)) {
      out[i] = Break::None;
      raw_prev = raw;
      before_prev = prev;
      prev = cur;
      prev_cp = text[i];
      last_non_space = cur;
      ri_run = 0;
      num = Num::None;
      continue;
    }
    Break b = Break::Allowed;
    bool attached = false;  // text[i] is a mark carried by the previous base (LB9)

    // LB4, LB5: hard line breaks.
    if (raw_prev == C::BK || raw_prev == C::LF || raw_prev == C::NL) {
      b = Break::Mandatory;
    } else if (raw_prev == C::CR) {
      b = raw == C::LF ? Break::None : Break::Mandatory;
    } else if (is_hard(raw) || raw == C::SP || raw == C::ZW) {
      b = Break::None;  // LB6, LB7
    } else if (last_non_space == C::ZW && (prev == C::ZW || prev == C::SP)) {
      b = Break::Allowed;  // LB8
    } else if (raw_prev == C::ZWJ) {
      b = Break::None;  // LB8a
      if (raw == C::CM || raw == C::ZWJ) attached = true;
    } else if ((raw == C::CM || raw == C::ZWJ) && !is_hard(prev) && prev != C::SP &&
               prev != C::ZW) {
      b = Break::None;  // LB9
      attached = true;
    } else {
      if (cur == C::CM || cur == C::ZWJ) cur = C::AL;  // LB10
      const C a = prev;
      // The next base after text[i] (skipping its marks), for the look-ahead of LB25.
      auto next_base = [&]() {
        size_t j = i + 1;
        while (j < n) {
          const C c = class_of(text[j]);
          if (c != C::CM && c != C::ZWJ) return c;
          ++j;
        }
        return C::XX;
      };
      if (cur == C::WJ || a == C::WJ) b = Break::None;                       // LB11
      else if (a == C::GL) b = Break::None;                                   // LB12
      else if (cur == C::GL && a != C::SP && a != C::BA && a != C::HY) b = Break::None;  // LB12a
      else if (cur == C::CL || cur == C::CP || cur == C::EX || cur == C::IS || cur == C::SY)
        b = Break::None;                                                      // LB13
      else if (last_non_space == C::OP) b = Break::None;                      // LB14
      else if (last_non_space == C::QU && cur == C::OP) b = Break::None;      // LB15
      else if ((last_non_space == C::CL || last_non_space == C::CP) && cur == C::NS)
        b = Break::None;                                                      // LB16
      else if (last_non_space == C::B2 && cur == C::B2) b = Break::None;      // LB17
      else if (a == C::SP) b = Break::Allowed;                                // LB18
      else if (cur == C::QU || a == C::QU) b = Break::None;                   // LB19
      else if (cur == C::CB || a == C::CB) b = Break::Allowed;                // LB20
      else if (cur == C::BA || cur == C::HY || cur == C::NS || a == C::BB) b = Break::None;  // LB21
      else if (before_prev == C::HL && (a == C::HY || a == C::BA)) b = Break::None;  // LB21a
      else if (a == C::SY && cur == C::HL) b = Break::None;                   // LB21b
      else if (cur == C::IN) b = Break::None;                                 // LB22
      else if ((is_alpha(a) && cur == C::NU) || (a == C::NU && is_alpha(cur)))
        b = Break::None;                                                      // LB23
      else if ((a == C::PR && (cur == C::ID || cur == C::EB || cur == C::EM)) ||
               ((a == C::ID || a == C::EB || a == C::EM) && cur == C::PO))
        b = Break::None;                                                      // LB23a
      else if (((a == C::PR || a == C::PO) && is_alpha(cur)) ||
               (is_alpha(a) && (cur == C::PR || cur == C::PO)))
        b = Break::None;                                                      // LB24
      else if (((a == C::PR || a == C::PO) &&
                (cur == C::NU || ((cur == C::OP || cur == C::HY) && next_base() == C::NU))) ||
               ((a == C::OP || a == C::HY) && cur == C::NU) ||
               (num == Num::InNumber &&
                (cur == C::NU || cur == C::SY || cur == C::IS || cur == C::CL || cur == C::CP)) ||
               (num != Num::None && (cur == C::PO || cur == C::PR)))
        b = Break::None;                                                      // LB25
      else if ((a == C::JL && (cur == C::JL || cur == C::JV || cur == C::H2 || cur == C::H3)) ||
               ((a == C::JV || a == C::H2) && (cur == C::JV || cur == C::JT)) ||
               ((a == C::JT || a == C::H3) && cur == C::JT))
        b = Break::None;                                                      // LB26
      else if ((is_hangul(a) && cur == C::PO) || (a == C::PR && is_hangul(cur)))
        b = Break::None;                                                      // LB27
      else if (is_alpha(a) && is_alpha(cur)) b = Break::None;                 // LB28
      else if (a == C::IS && is_alpha(cur)) b = Break::None;                  // LB29
      else if (((is_alpha(a) || a == C::NU) && cur == C::OP && !is_east_asian_wide(text[i])) ||
               (a == C::CP && !is_east_asian_wide(prev_cp) && (is_alpha(cur) || cur == C::NU)))
        b = Break::None;                                                      // LB30
      else if (a == C::RI && cur == C::RI && ri_run % 2 == 1) b = Break::None;  // LB30a
      else if (cur == C::EM && (a == C::EB || is_unassigned_pictographic(prev_cp)))
        b = Break::None;                                                      // LB30b
      else b = Break::Allowed;                                                // LB31
    }
    out[i] = b;

    // Move the context on to text[i].
    raw_prev = raw;
    if (attached) continue;  // a mark: the base it belongs to stays the previous one
    if (cur == C::CM || cur == C::ZWJ) cur = C::AL;  // LB10 for marks after hard breaks etc.
    before_prev = prev;
    prev = cur;
    prev_cp = text[i];
    if (cur != C::SP) last_non_space = cur;
    ri_run = cur == C::RI ? ri_run + 1 : 0;
    if (cur == C::NU) {
      if (num == Num::None || num == Num::Closed) num = Num::InNumber;
    } else if (num == Num::InNumber && (cur == C::SY || cur == C::IS)) {
      // still in the number
    } else if (num == Num::InNumber && (cur == C::CL || cur == C::CP)) {
      num = Num::Closed;
    } else {
      num = Num::None;
    }
  }
}

}  // namespace core::text
