// text_size.h - the reading text's sizes that Ctrl + and Ctrl - step through: about 10 %
// apart, as browsers zoom, from 12 px to 36 px around the default 19 px.
#pragma once

namespace core {

constexpr float kDefaultTextPx = 19.0f;
constexpr float kSmallestTextPx = 12.0f;
constexpr float kLargestTextPx = 36.0f;

// The next size up or down from `px` (which need not be one of the steps); stays put at
// either end.
float larger_text(float px);
float smaller_text(float px);
// `px` as a percentage of the default size, rounded (19 px -> 100).
int text_size_percent(float px);

}  // namespace core
