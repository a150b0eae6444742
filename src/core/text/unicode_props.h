// unicode_props.h - the Unicode character properties the text engine needs (line breaking
// class, East Asian width, script), looked up in tables generated at build time from
// Debian's unicode-data files by gen_unicode_tables.py.
//
// How to use:
//   core::text::LineBreakClass c = core::text::line_break_class(U'a');   // AL
//   core::text::Script s = core::text::script_of(0x0627);                 // Script::Arabic
//   const char* tag = core::text::script_code(s);                         // "Arab"
#pragma once

#include <cstdint>

#include "core/text/unicode_scripts.h"  // generated: enum class Script, kUnicodeVersion

namespace core::text {

// UAX #14 line breaking classes, after rule LB1 (AI, SG, XX are AL; SA is CM or AL; CJ is
// NS): the values that remain are the ones the pair rules use. Same order as the
// generator's LINE_BREAK_CLASSES.
enum class LineBreakClass : uint8_t {
  XX, BK, CR, LF, NL, SP, ZW, ZWJ, CM, WJ, GL, BA, HY, BB, B2, CB, CL, CP, EX, IS, SY, OP,
  QU, NS, IN, NU, PR, PO, AL, HL, ID, JL, JV, JT, H2, H3, RI, EB, EM, AI, SA, SG, CJ,
};

LineBreakClass line_break_class(char32_t c);
// East_Asian_Width is F, W or H (wide): rule LB30 does not join such brackets to letters.
bool is_east_asian_wide(char32_t c);
// An unassigned code point reserved for pictographs (rule LB30b).
bool is_unassigned_pictographic(char32_t c);
// Line_Break=SA: Thai, Lao, Khmer, Myanmar... words are not separated by spaces and need a
// dictionary to break; the default algorithm (and this one) treats them as letters.
bool is_complex_context(char32_t c);

Script script_of(char32_t c);
// The ISO 15924 code of a script ("Latn", "Arab", "Zyyy" for Common...).
const char* script_code(Script s);

}  // namespace core::text
