// notice.h - a notice for the reader in plain words, with the technical detail (what a
// developer or a support forum needs) kept after a marker; the notice dialog shows the
// words and offers the detail behind a "Details" button.
#pragma once

#include <string>
#include <string_view>
#include <utility>

constexpr std::string_view kNoticeDetailMarker = "\n\n\x1F";  // unit separator: never typed

inline std::string notice_with_detail(const std::string& plain, const std::string& detail) {
  return plain + std::string(kNoticeDetailMarker) + detail;
}

// {plain words, technical detail ("" when none)}
inline std::pair<std::string, std::string> split_notice(const std::string& notice) {
  const size_t at = notice.find(kNoticeDetailMarker);
  if (at == std::string::npos) return {notice, ""};
  return {notice.substr(0, at), notice.substr(at + kNoticeDetailMarker.size())};
}
