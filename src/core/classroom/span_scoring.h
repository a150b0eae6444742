// span_scoring.h - scores a student's marked spans against the key's, as SemEval-2013 Task
// 9.1 defines it and the nervaluate package computes it (docs/CLASSROOM.md has the
// definitions and the citations).
//
// How to use:
//   core::Range r = classroom::trim_span(article.cps, a.start, a.end);   // both sides alike
//   std::vector<classroom::Span> key = ..., marks = ...;                 // trimmed, non-empty
//   classroom::SpanScores s = classroom::score_spans(key, marks);
//   double f1 = s.mode(classroom::Mode::Partial).f1;
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace core::classroom {

// True for Unicode White_Space and punctuation (general categories P*): what span ends are
// trimmed of. Symbols ($ + ° €) are not punctuation and stay; % is (Po) and goes. Key and
// marks are trimmed alike, so "12%" and "12" compare equal.
bool is_trimmed_char(char32_t c);

// [start, end) of `text` without white space and punctuation at either end; an empty range
// (start == end) when nothing else is left. start/end are clamped to the text.
Range trim_span(std::u32string_view text, size_t start, size_t end);

// One marked span after trimming: code points, end exclusive, never empty.
struct Span {
  size_t start = 0, end = 0;
  std::string category;
};

// The four evaluation modes of SemEval-2013 Task 9.1 (nervaluate's "strict", "exact",
// "partial" and "ent_type").
enum class Mode : uint8_t { Strict, Exact, Partial, Type };
constexpr std::array<Mode, 4> kModes = {Mode::Strict, Mode::Exact, Mode::Partial, Mode::Type};
const char* to_string(Mode m);  // "strict", "exact", "partial", "type"

// What became of one span in one mode. A mark is COR, INC, PAR or SPU; a key span that no
// mark was matched to is MIS.
enum class Outcome : uint8_t { Cor, Inc, Par, Mis, Spu };
const char* to_string(Outcome o);  // "COR", "INC", "PAR", "MIS", "SPU"

struct ModeScore {
  size_t cor = 0, inc = 0, par = 0, mis = 0, spu = 0;
  size_t possible() const { return cor + inc + par + mis; }  // POS: key spans
  size_t actual() const { return cor + inc + par + spu; }    // ACT: marks
  // Strict and exact: P = COR/ACT, R = COR/POS. Partial and type: COR + 0.5 PAR in the
  // numerators. P is 0 when ACT = 0, R is 0 when POS = 0, F1 = 2PR/(P+R) is 0 when P+R = 0
  // (nervaluate's conventions for the empty cases).
  double precision = 0, recall = 0, f1 = 0;
  std::vector<Outcome> marks;                       // per mark, in the order given
  std::vector<std::optional<size_t>> matched_key;   // per mark: the key span it was paired with
  std::vector<bool> key_matched;                    // per key span: paired with some mark
};

struct SpanScores {
  std::array<ModeScore, 4> modes;
  const ModeScore& mode(Mode m) const { return modes[static_cast<size_t>(m)]; }
};

// Pairs each mark with at most one key span and each key span with at most one mark, in
// article order (marks and key spans sorted by start, then end), mode by mode as nervaluate
// does. Overlap means sharing at least one code point. Results are reported per input index.
SpanScores score_spans(const std::vector<Span>& key, const std::vector<Span>& marks);

}  // namespace core::classroom
