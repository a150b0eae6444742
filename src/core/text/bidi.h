// bidi.h - the Unicode Bidirectional Algorithm (UAX #9) for one paragraph at a time, through
// FriBidi (Debian's source package, its tables regenerated from the same Unicode data as
// ours). Levels are resolved once per paragraph; each line, once wrapped, gets its own
// levels (rule L1: trailing spaces take the paragraph's level) and its visual order (L2).
// Mirroring (L4) is left to the shaper, which mirrors brackets in right-to-left runs.
//
// How to use:
//   core::text::BidiParagraph p;
//   p.resolve(paragraph_text, core::text::BaseDirection::Auto);  // or the page's dir
//   if (!p.is_simple()) p.line(start, end, levels, visual);       // per wrapped line
//   // visual[k] = offset (from the paragraph's start) of the code point shown k-th from the left
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace core::text {

enum class BaseDirection : uint8_t {
  Auto,  // from the first strong character (rules P2, P3); left to right when there is none
  LTR,
  RTL,
};

// True when `text` holds nothing that could change direction: no right-to-left letter,
// no Arabic digit, no explicit embedding or isolate. Such text in a left-to-right (or
// automatic) paragraph is all level 0, and layout can skip the algorithm.
bool is_unidirectional_ltr(std::u32string_view text);

class BidiParagraph {
 public:
  void resolve(std::u32string_view text, BaseDirection dir);

  uint8_t base_level() const { return base_level_; }  // 0 left to right, 1 right to left
  bool rtl() const { return base_level_ & 1; }
  // Every level 0: the visual order is the logical order.
  bool is_simple() const { return simple_; }
  // Resolved embedding levels, one per code point (before the line rules).
  const std::vector<uint8_t>& levels() const { return levels_; }

  // The line [start, end) (offsets into the paragraph): its levels after rule L1 and its
  // visual order (visual[k] is the paragraph offset shown at visual position k, from the
  // left). Both vectors get end - start entries.
  void line(size_t start, size_t end, std::vector<uint8_t>& levels,
            std::vector<uint32_t>& visual) const;

 private:
  std::vector<uint32_t> types_;     // FriBidiCharType per code point
  std::vector<uint32_t> brackets_;  // FriBidiBracketType per code point
  std::vector<uint8_t> levels_;
  uint8_t base_level_ = 0;
  bool simple_ = true;
};

// Runs of one level in visual order, for a line whose levels and visual order line() gave:
// each run is a logical range [start, end) of paragraph offsets and its level.
struct BidiRun {
  uint32_t start = 0, end = 0;
  uint8_t level = 0;
  bool rtl() const { return level & 1; }
};
void visual_runs(size_t line_start, const std::vector<uint8_t>& levels,
                 const std::vector<uint32_t>& visual, std::vector<BidiRun>& out);

}  // namespace core::text
