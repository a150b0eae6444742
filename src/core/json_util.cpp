// json_util.cpp - see json_util.h.
#include "core/json_util.h"

#include <cctype>
#include <cstdio>

#include "core/sha256.h"
#include "core/utf8.h"

namespace core::json_util {

nlohmann::ordered_json to_ordered(const nlohmann::json& j) {
  using nlohmann::json;
  switch (j.type()) {
    case json::value_t::object: {
      nlohmann::ordered_json o = nlohmann::ordered_json::object();
      for (auto it = j.begin(); it != j.end(); ++it) o[it.key()] = to_ordered(it.value());
      return o;
    }
    case json::value_t::array: {
      nlohmann::ordered_json a = nlohmann::ordered_json::array();
      for (const auto& v : j) a.push_back(to_ordered(v));
      return a;
    }
    case json::value_t::string: return j.get_ref<const std::string&>();
    case json::value_t::boolean: return j.get<bool>();
    case json::value_t::number_integer: return j.get<int64_t>();
    case json::value_t::number_unsigned: return j.get<uint64_t>();
    case json::value_t::number_float: return j.get<double>();
    default: return nullptr;  // null, and binary/discarded which parsing never produces
  }
}

std::string dump(const nlohmann::ordered_json& j) {
  std::string out = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  out.push_back('\n');
  return out;
}

bool is_date_time(std::string_view s) {
  // YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)
  auto digits = [&](size_t at, size_t n) {
    if (at + n > s.size()) return false;
    for (size_t i = at; i < at + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  };
  auto num = [&](size_t at, size_t n) {  // digits already checked; no std::string per field
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  if (!digits(0, 4) || s.size() < 20 || s[4] != '-' || !digits(5, 2) || s[7] != '-' ||
      !digits(8, 2) || (s[10] != 'T' && s[10] != 't') || !digits(11, 2) || s[13] != ':' ||
      !digits(14, 2) || s[16] != ':' || !digits(17, 2))
    return false;
  if (num(5, 2) < 1 || num(5, 2) > 12 || num(8, 2) < 1 || num(8, 2) > 31 || num(11, 2) > 23 ||
      num(14, 2) > 59 || num(17, 2) > 60)
    return false;
  size_t i = 19;
  if (i < s.size() && s[i] == '.') {
    ++i;
    const size_t f = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == f) return false;
  }
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) return i + 1 == s.size();
  if (i < s.size() && (s[i] == '+' || s[i] == '-'))
    return i + 6 == s.size() && digits(i + 1, 2) && s[i + 3] == ':' && digits(i + 4, 2) &&
           num(i + 1, 2) <= 23 && num(i + 4, 2) <= 59;
  return false;
}

std::string uuid_from_name(std::string_view name) {
  const std::string hex = sha256_hex(name);
  std::string h = hex.substr(0, 32);
  h[12] = '8';  // version 8 (custom)
  static const char* kVariant = "89ab";
  h[16] = kVariant[std::stoi(h.substr(16, 1), nullptr, 16) & 3];  // RFC variant bits 10xx
  return "urn:uuid:" + h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" +
         h.substr(16, 4) + "-" + h.substr(20, 12);
}

bool has_scheme(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  for (size_t i = 1; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ':') return i + 1 < s.size();
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.')
      return false;
  }
  return false;
}

bool is_usable_id(std::string_view s) {
  if (!has_scheme(s) || utf8::find_invalid(s)) return false;
  for (unsigned char c : s)
    if (c <= 0x20 || c == 0x7F) return false;
  return true;
}

std::string encode_iri(std::string_view s) {
  static const std::string_view kAllowed =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (kAllowed.find(static_cast<char>(c)) != std::string_view::npos) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

const char* type_name(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return "a number";
    default: return "an unreadable value";
  }
}

}  // namespace core::json_util
