// charset.h - a web page's bytes to UTF-8: which encoding they are in (byte order mark,
// <meta charset>, <meta http-equiv="Content-Type">, <?xml encoding?>) and the decoding.
//
// How to use:
//   core::extract::DecodedPage d = core::extract::decode_page(bytes);
//   if (!d.error.empty()) show(d.error);   // "invalid UTF-8 at byte 1234 (line 5) ..."
//   else parse(d.utf8);                    // d.encoding: "UTF-8", "windows-1252", ...
//
// Supported: UTF-8, windows-1252 and its subsets ISO-8859-1 and US-ASCII (decoded as
// windows-1252, as browsers do), UTF-16 with a byte order mark. Bytes that are valid UTF-8
// are read as UTF-8 whatever the page declares: saved pages are often re-encoded without
// their declaration being updated, and valid UTF-8 is almost never an accident. Undeclared
// bytes that are not UTF-8 are read as windows-1252 (the browsers' fallback for the West).
#pragma once

#include <string>
#include <string_view>

namespace core::extract {

struct DecodedPage {
  std::string utf8;      // the page as UTF-8, byte order mark dropped
  std::string encoding;  // what it was read as
  std::string error;     // non-empty when the page cannot be read; says what and where
};

DecodedPage decode_page(std::string_view bytes);

// The encoding a page declares in its first few kilobytes, lowercased ("" when none), and
// the byte offset of the declaration. Exposed for tests.
struct DeclaredCharset {
  std::string label;
  size_t offset = 0;
};
DeclaredCharset find_declared_charset(std::string_view bytes);

// "line L, column C" of a byte offset (1-based, columns in bytes).
std::string describe_position(std::string_view bytes, size_t offset);

}  // namespace core::extract
