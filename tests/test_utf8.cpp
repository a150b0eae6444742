// test_utf8.cpp - validation and offset conversions (code points, UTF-8, UTF-16).
#include <doctest/doctest.h>

#include "core/utf8.h"

TEST_SUITE("utf8") {
  TEST_CASE("find_invalid reports the byte offset of the first bad sequence") {
    CHECK_FALSE(utf8::find_invalid("plain ascii").has_value());
    CHECK_FALSE(utf8::find_invalid("caf\xC3\xA9 \xF0\x9F\x98\x80").has_value());
    CHECK(utf8::find_invalid("ab\xFF") == 2u);               // never valid byte
    CHECK(utf8::find_invalid("ab\xC3") == 2u);               // truncated
    CHECK(utf8::find_invalid("\xC0\xAF") == 0u);             // overlong '/'
    CHECK(utf8::find_invalid("x\xED\xA0\x80") == 1u);        // UTF-16 surrogate
    CHECK(utf8::find_invalid("xy\xF4\x90\x80\x80") == 2u);   // above U+10FFFF
    CHECK(utf8::find_invalid("abc\x80") == 3u);              // stray continuation
  }

  TEST_CASE("decode and encode round trip emoji, combining marks, CJK and RTL text") {
    const std::string s = "e\xCC\x81 \xE4\xB8\xAD\xE6\x96\x87 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD";
    const std::u32string cps = utf8::decode(s);
    REQUIRE(cps.size() == 13);
    CHECK(cps[1] == 0x0301);       // combining acute is its own code point
    CHECK(cps[3] == 0x4E2D);       // CJK
    CHECK(cps[6] == 0x05E9);       // Hebrew
    CHECK(cps[11] == 0x1F44D);     // emoji
    CHECK(utf8::encode(cps) == s);
    CHECK(utf8::count_code_points(s) == 13);
  }

  TEST_CASE("decode replaces invalid bytes with U+FFFD") {
    CHECK(utf8::decode("a\xFF" "b") == U"a\uFFFDb");
  }

  TEST_CASE("byte offsets and code point indexes convert both ways") {
    const std::string s = "a\xC3\xA9\xF0\x9F\x98\x80z";  // a é 😀 z
    CHECK(utf8::byte_offset(s, 0) == 0);
    CHECK(utf8::byte_offset(s, 1) == 1);
    CHECK(utf8::byte_offset(s, 2) == 3);
    CHECK(utf8::byte_offset(s, 3) == 7);
    CHECK(utf8::byte_offset(s, 4) == 8);
    CHECK(utf8::byte_offset(s, 99) == 8);
    CHECK(utf8::cp_index_of_byte(s, 3) == 2);
    SUBCASE("a byte inside a sequence maps to its code point, never splitting it") {
      CHECK(utf8::cp_index_of_byte(s, 2) == 1);
      CHECK(utf8::cp_index_of_byte(s, 5) == 2);
    }
  }

  TEST_CASE("UTF-16 index counts surrogate pairs") {
    const std::u32string cps = U"a\U0001F600b\U0001F44Dc";
    utf8::Utf16Index idx(cps);
    CHECK(idx.has_astral());
    CHECK(utf8::utf16_length(cps) == 7);
    CHECK(idx.to_utf16(0) == 0);
    CHECK(idx.to_utf16(2) == 3);
    CHECK(idx.to_utf16(4) == 6);
    CHECK(idx.to_utf16(5) == 7);
    CHECK(idx.from_utf16(3) == 2u);
    CHECK(idx.from_utf16(2) == 1u);  // low surrogate belongs to the emoji
    CHECK(idx.from_utf16(7) == 5u);
    CHECK_FALSE(idx.from_utf16(8).has_value());
  }
}
