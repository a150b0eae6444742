// test_extract_charset.cpp - reading a page's bytes in the right encoding, and a clear
// message, saying what and where, for bytes that cannot be read.
#include <doctest/doctest.h>

#include <string>

#include "core/extract/charset.h"
#include "core/extract/extract.h"

using core::extract::decode_page;
using core::extract::find_declared_charset;

TEST_SUITE("extract: charset") {
  TEST_CASE("UTF-8, with or without a byte order mark") {
    const auto plain = decode_page("<p>caf\xC3\xA9</p>");
    CHECK(plain.error.empty());
    CHECK(plain.encoding == "UTF-8");
    CHECK(plain.utf8 == "<p>caf\xC3\xA9</p>");
    CHECK(decode_page("\xEF\xBB\xBF<p>x</p>").utf8 == "<p>x</p>");
  }

  TEST_CASE("windows-1252 and ISO-8859-1 declared by <meta charset> or http-equiv") {
    // 0x93 and 0x94 are curly quotes in windows-1252; 0xE9 is e-acute in both.
    const auto meta = decode_page("<meta charset=\"windows-1252\"><p>\x93" "caf\xE9\x94</p>");
    CHECK(meta.error.empty());
    CHECK(meta.encoding == "windows-1252");
    CHECK(meta.utf8.find("\xE2\x80\x9C" "caf\xC3\xA9\xE2\x80\x9D") != std::string::npos);
    const auto equiv = decode_page(
        "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'><p>na\xEFve</p>");
    CHECK(equiv.encoding == "windows-1252");
    CHECK(equiv.utf8.find("na\xC3\xAFve") != std::string::npos);
  }

  TEST_CASE("an XML declaration's encoding counts too") {
    CHECK(find_declared_charset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>").label == "iso-8859-1");
  }

  TEST_CASE("the declaration scan skips comments and reads unquoted values") {
    CHECK(find_declared_charset("<!-- <meta charset=koi8-r> --><meta charset=latin1>").label == "latin1");
    CHECK(find_declared_charset("<html><head><title>x</title></head>").label.empty());
    const auto d = find_declared_charset("<html>\n<meta charset=\"Shift_JIS\">");
    CHECK(d.label == "shift_jis");
    CHECK(d.offset == 7);
  }

  TEST_CASE("bytes that are valid UTF-8 are read as UTF-8 whatever the page declares") {
    // Saved pages are often re-encoded and keep their old declaration.
    const auto r = decode_page("<meta charset=\"gb2312\"><p>\xE4\xB8\xAD\xE6\x96\x87</p>");
    CHECK(r.error.empty());
    CHECK(r.encoding == "UTF-8");
  }

  TEST_CASE("undeclared bytes that are not UTF-8 are read as windows-1252") {
    const auto r = decode_page("<p>caf\xE9 \x96 bar</p>");
    CHECK(r.error.empty());
    CHECK(r.encoding.rfind("windows-1252 (assumed", 0) == 0);
    CHECK(r.utf8 == "<p>caf\xC3\xA9 \xE2\x80\x93 bar</p>");
  }

  TEST_CASE("UTF-16 with a byte order mark") {
    const std::string le("\xFF\xFE<\0p\0>\0\xE9\0<\0/\0p\0>\0", 18);
    CHECK(decode_page(le).utf8 == "<p>\xC3\xA9</p>");
    CHECK(decode_page(le).encoding == "UTF-16LE");
    const std::string be("\xFE\xFF\0<\0p\0>\xD8\x3D\xDE\x00", 12);  // U+1F600 as a surrogate pair
    CHECK(decode_page(be).utf8 == "<p>\xF0\x9F\x98\x80");
    const std::string lone("\xFF\xFE\x00\xDC", 4);
    CHECK(decode_page(lone).error == "invalid UTF-16 at byte 2 (the page starts with a UTF-16 byte order mark)");
  }

  TEST_CASE("invalid UTF-8 in a page that declares UTF-8: what and where") {
    const auto r = decode_page("<meta charset=\"utf-8\">\n<p>ok</p>\n<p>bad \xC3 byte</p>");
    CHECK(r.utf8.empty());
    CHECK(r.error == "invalid UTF-8 at byte 40 (line 3, column 8), in a page that declares charset utf-8 "
                     "(line 1, column 1)");
  }

  TEST_CASE("an unsupported encoding is named, with where it was declared") {
    const auto r = decode_page("<html>\n<meta charset=\"Shift_JIS\">\n<p>\x82\xA0</p>");
    CHECK(r.utf8.empty());
    CHECK(r.error.find("unsupported character encoding \"shift_jis\" (declared at line 2, column 1)") == 0);
    CHECK(r.error.find("UTF-8, windows-1252 or ISO-8859-1") != std::string::npos);
    // The same message reaches extract_article's callers.
    CHECK(core::extract_article("<html>\n<meta charset=\"Shift_JIS\">\n<p>\x82\xA0</p>").error == r.error);
  }

  TEST_CASE("binary data is refused; a late NUL becomes U+FFFD") {
    const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    CHECK(decode_page(png).error == "binary data, not a web page (a NUL byte at byte 8)");
    std::string late = "<p>" + std::string(9000, 'a') + std::string(1, '\0') + "</p>";
    const auto r = decode_page(late);
    CHECK(r.error.empty());
    CHECK(r.utf8.find("\xEF\xBF\xBD") == 9003);
  }
}
