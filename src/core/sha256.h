// sha256.h - SHA-256 (FIPS 180-4) of a byte string, as lowercase hex. Used to fingerprint the
// article text that an annotation file belongs to.
//
// How to use:
//   std::string hex = core::sha256_hex("abc");  // "ba7816bf..."
#pragma once

#include <string>
#include <string_view>

namespace core {

std::string sha256_hex(std::string_view bytes);

}  // namespace core
