// json_fast_sax.h - a strict JSON reader (RFC 8259) that drives an nlohmann-style SAX handler
// several times faster than nlohmann's own lexer: strings are copied in runs found by
// a tight loop rather than character by character, with UTF-8 checked per run.
// It accepts exactly what nlohmann::json::sax_parse accepts (a UTF-8 byte order mark at the
// start, no comments, numbers as nlohmann reads them, a NUL byte outside strings ending the
// input) and reports the same values; on any
// error it only says "no" — the caller asks nlohmann for the located message
// (json_stream.cpp). tests/test_json_fast.cpp holds the two to the same answers.
//
// How to use:
//   if (!core::json_fast::sax_parse(bytes, handler)) { /* run nlohmann for the message */ }
//
// The handler has nlohmann's SAX methods: null, boolean, number_integer, number_unsigned,
// number_float(value, text), string(std::string&), key(std::string&), start_object(size_t),
// end_object, start_array(size_t), end_array; any of them may return false to stop.
#pragma once

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"

namespace core::json_fast {

namespace detail {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Reader {
 public:
  explicit Reader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  void skip_space() {
    while (p_ < end_ && is_space(*p_)) ++p_;
  }
  // nlohmann takes a NUL byte outside strings for the end of the input (what follows it is
  // never read); so does this reader.
  bool at_end() const { return p_ >= end_ || *p_ == '\0'; }
  char peek() const { return *p_; }
  void advance() { ++p_; }
  bool literal(const char* word, size_t n) {
    if (static_cast<size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return false;
    p_ += n;
    return true;
  }

  // After the opening quote. Runs of bytes between escapes are checked as UTF-8 and copied
  // as they are; control characters are refused, as nlohmann does.
  bool string(std::string& out) {
    out.clear();
    while (true) {
      const char* run = p_;
      while (p_ < end_) {
        const unsigned char c = static_cast<unsigned char>(*p_);
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++p_;
      }
      const std::string_view piece(run, static_cast<size_t>(p_ - run));
      if (utf8::find_invalid(piece)) return false;
      out.append(piece);
      if (p_ >= end_) return false;
      const char c = *p_++;
      if (c == '"') return true;
      if (c != '\\') return false;  // a control character
      if (p_ >= end_) return false;
      switch (*p_++) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          int32_t cp = unit();
          if (cp < 0) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {  // a high surrogate: its low one must follow
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            const int32_t low = unit();
            if (low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;  // a low surrogate alone
          }
          utf8::append(out, static_cast<char32_t>(cp));
          break;
        }
        default: return false;
      }
    }
  }

  // A number as nlohmann reads it: integers (no fraction or exponent) as signed when
  // negative, unsigned otherwise, and as floating point when they do not fit.
  template <class Handler>
  bool number(Handler& h) {
    const char* start = p_;
    bool negative = false, is_float = false;
    if (*p_ == '-') {
      negative = true;
      ++p_;
    }
    if (p_ >= end_) return false;
    if (*p_ == '0') {
      ++p_;
    } else if (*p_ >= '1' && *p_ <= '9') {
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    } else {
      return false;
    }
    if (p_ < end_ && *p_ == '.') {
      is_float = true;
      ++p_;
      if (p_ >= end_ || *p_ < '0' || *p_ > '9') return false;
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      is_float = true;
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ >= end_ || *p_ < '0' || *p_ > '9') return false;
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    text_.assign(start, static_cast<size_t>(p_ - start));
    if (!is_float) {
      errno = 0;
      char* stop = nullptr;
      if (negative) {
        const long long v = std::strtoll(text_.c_str(), &stop, 10);
        if (errno == 0 && stop == text_.c_str() + text_.size()) return h.number_integer(static_cast<int64_t>(v));
      } else {
        const unsigned long long v = std::strtoull(text_.c_str(), &stop, 10);
        if (errno == 0 && stop == text_.c_str() + text_.size()) return h.number_unsigned(static_cast<uint64_t>(v));
      }
    }
    const double d = std::strtod(text_.c_str(), nullptr);
    if (!std::isfinite(d)) return false;  // nlohmann refuses it: "number overflow"
    return h.number_float(d, text_);
  }

 private:
  int32_t unit() {  // four hex digits
    if (end_ - p_ < 4) return -1;
    int32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const int d = hex(p_[i]);
      if (d < 0) return -1;
      v = (v << 4) | d;
    }
    p_ += 4;
    return v;
  }

  const char* p_;
  const char* end_;
  std::string text_;
};

}  // namespace detail

template <class Handler>
bool sax_parse(std::string_view input, Handler& h) {
  // A byte order mark at the very start is skipped, as nlohmann does.
  if (input.size() >= 3 && static_cast<unsigned char>(input[0]) == 0xEF &&
      static_cast<unsigned char>(input[1]) == 0xBB && static_cast<unsigned char>(input[2]) == 0xBF)
    input.remove_prefix(3);
  detail::Reader r(input);
  std::vector<bool> in_object;  // the open containers, innermost last
  std::string s;
  r.skip_space();
  // One loop, no recursion: a value, then what may follow it in the open container.
  while (true) {
    // [value]
    if (r.at_end()) return false;
    bool value_done = true;
    switch (r.peek()) {
      case '{':
        r.advance();
        if (!h.start_object(static_cast<std::size_t>(-1))) return false;
        r.skip_space();
        if (!r.at_end() && r.peek() == '}') {
          r.advance();
          if (!h.end_object()) return false;
        } else {
          if (r.at_end() || r.peek() != '"') return false;
          r.advance();
          if (!r.string(s) || !h.key(s)) return false;
          r.skip_space();
          if (r.at_end() || r.peek() != ':') return false;
          r.advance();
          r.skip_space();
          in_object.push_back(true);
          value_done = false;
        }
        break;
      case '[':
        r.advance();
        if (!h.start_array(static_cast<std::size_t>(-1))) return false;
        r.skip_space();
        if (!r.at_end() && r.peek() == ']') {
          r.advance();
          if (!h.end_array()) return false;
        } else {
          in_object.push_back(false);
          value_done = false;
        }
        break;
      case '"':
        r.advance();
        if (!r.string(s) || !h.string(s)) return false;
        break;
      case 't':
        if (!r.literal("true", 4) || !h.boolean(true)) return false;
        break;
      case 'f':
        if (!r.literal("false", 5) || !h.boolean(false)) return false;
        break;
      case 'n':
        if (!r.literal("null", 4) || !h.null()) return false;
        break;
      default:
        if (!r.number(h)) return false;
        break;
    }
    if (!value_done) continue;  // the first value of the container just opened
    // [after a value] a comma and the next, or the container's end (perhaps several).
    while (true) {
      r.skip_space();
      if (in_object.empty()) return r.at_end();
      if (r.at_end()) return false;
      const char c = r.peek();
      r.advance();
      if (c == ',') {
        r.skip_space();
        if (in_object.back()) {
          if (r.at_end() || r.peek() != '"') return false;
          r.advance();
          if (!r.string(s) || !h.key(s)) return false;
          r.skip_space();
          if (r.at_end() || r.peek() != ':') return false;
          r.advance();
          r.skip_space();
        }
        break;  // read the next value
      }
      if (in_object.back() ? c != '}' : c != ']') return false;
      const bool was_object = in_object.back();
      in_object.pop_back();
      if (!(was_object ? h.end_object() : h.end_array())) return false;
    }
  }
}

}  // namespace core::json_fast
