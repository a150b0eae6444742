// bidi.cpp - UAX #9 through FriBidi (see bidi.h).
#include "core/text/bidi.h"

#include <algorithm>

extern "C" {
#include <fribidi.h>
}

namespace core::text {

bool is_unidirectional_ltr(std::u32string_view text) {
  for (char32_t c : text) {
    if (c < 0x0590) continue;  // Latin, Greek, Cyrillic, Armenian: never right to left
    const FriBidiCharType t = fribidi_get_bidi_type(c);
    if (FRIBIDI_IS_RTL(t) || FRIBIDI_IS_ARABIC(t) || FRIBIDI_IS_EXPLICIT(t) ||
        FRIBIDI_IS_ISOLATE(t)) {
      return false;
    }
  }
  return true;
}

void BidiParagraph::resolve(std::u32string_view text, BaseDirection dir) {
  const size_t n = text.size();
  if (dir != BaseDirection::RTL && is_unidirectional_ltr(text)) {
    simple_ = true;
    base_level_ = 0;
    types_.clear();
    brackets_.clear();
    levels_.assign(n, 0);
    return;
  }
  types_.resize(n);
  brackets_.resize(n);
  levels_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    types_[i] = fribidi_get_bidi_type(text[i]);
    // Only neutral characters can be paired brackets (FriBidi's own test does the same).
    brackets_[i] = types_[i] == FRIBIDI_TYPE_ON ? fribidi_get_bracket(text[i]) : FRIBIDI_NO_BRACKET;
  }
  FriBidiParType par = dir == BaseDirection::LTR   ? FRIBIDI_PAR_LTR
                       : dir == BaseDirection::RTL ? FRIBIDI_PAR_RTL
                                                   : FRIBIDI_PAR_ON;
  std::vector<FriBidiLevel> lv(n);
  const FriBidiLevel max_plus_one = fribidi_get_par_embedding_levels_ex(
      types_.data(), brackets_.data(), static_cast<FriBidiStrIndex>(n), &par, lv.data());
  base_level_ = FRIBIDI_DIR_TO_LEVEL(par);
  if (max_plus_one == 0) {  // out of memory in FriBidi: show it in logical order
    std::fill(levels_.begin(), levels_.end(), base_level_);
  } else {
    for (size_t i = 0; i < n; ++i) levels_[i] = static_cast<uint8_t>(lv[i]);
  }
  simple_ = base_level_ == 0 &&
            std::all_of(levels_.begin(), levels_.end(), [](uint8_t l) { return l == 0; });
}

void BidiParagraph::line(size_t start, size_t end, std::vector<uint8_t>& levels,
                         std::vector<uint32_t>& visual) const {
  end = std::min(end, levels_.size());
  start = std::min(start, end);
  const size_t len = end - start;
  levels.assign(levels_.begin() + start, levels_.begin() + end);
  visual.resize(len);
  for (size_t i = 0; i < len; ++i) visual[i] = static_cast<uint32_t>(start + i);
  if (simple_ || len == 0) return;
  std::vector<FriBidiLevel> lv(levels.begin(), levels.end());
  std::vector<FriBidiStrIndex> map(len);
  for (size_t i = 0; i < len; ++i) map[i] = static_cast<FriBidiStrIndex>(i);
  // Flags 0: no mirroring (the shaper mirrors) and marks stay after their base in
  // right-to-left runs (the shaper orders the glyphs of a run itself).
  fribidi_reorder_line(0, types_.data() + start, static_cast<FriBidiStrIndex>(len), 0,
                       base_level_ & 1 ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR, lv.data(), nullptr,
                       map.data());
  for (size_t i = 0; i < len; ++i) {
    levels[i] = static_cast<uint8_t>(lv[i]);
    visual[i] = static_cast<uint32_t>(start + map[i]);
  }
}

void visual_runs(size_t line_start, const std::vector<uint8_t>& levels,
                 const std::vector<uint32_t>& visual, std::vector<BidiRun>& out) {
  out.clear();
  for (size_t k = 0; k < visual.size();) {
    const uint32_t first = visual[k];
    const uint8_t level = levels[first - line_start];
    // A run continues while logical offsets follow each other in the run's direction.
    size_t j = k + 1;
    uint32_t lo = first, hi = first;
    while (j < visual.size() && levels[visual[j] - line_start] == level &&
           (level & 1 ? visual[j] + 1 == lo : visual[j] == hi + 1)) {
      lo = std::min(lo, visual[j]);
      hi = std::max(hi, visual[j]);
      ++j;
    }
    out.push_back({lo, hi + 1, level});
    k = j;
  }
}

}  // namespace core::text
