// json_stream.cpp - see json_stream.h. A SAX handler that builds the same tree as nlohmann's
// own DOM parser (json_sax_dom_parser), plus the hand-over of list items. The bytes are
// read by json_fast_sax.h; nlohmann's own reader runs only to say where a file is broken.
#include "core/json_stream.h"

#include <vector>

#include "core/json_fast_sax.h"

namespace core::json_stream {
namespace {

using json = nlohmann::json;

class Builder {
 public:
  Builder(Result& result, const ItemCallback& on_item) : result_(result), on_item_(on_item) {}

  bool null() { return add(nullptr); }
  bool boolean(bool v) { return add(v); }
  bool number_integer(json::number_integer_t v) { return add(v); }
  bool number_unsigned(json::number_unsigned_t v) { return add(v); }
  bool number_float(json::number_float_t v, const json::string_t&) { return add(v); }
  bool string(json::string_t& v) { return add(std::move(v)); }
  bool binary(json::binary_t& v) { return add(json::binary(std::move(v))); }
  bool start_object(std::size_t) { return open(json::value_t::object); }
  bool start_array(std::size_t) { return open(json::value_t::array); }
  bool key(json::string_t& k) {
    key_ = std::move(k);
    return true;
  }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    const auto* pe = dynamic_cast<const json::parse_error*>(&e);
    result_.error = Error{pe ? pe->byte : 0, e.what()};
    return false;
  }

 private:
  struct Open {
    json* value;
    std::string key;  // the key it sits under in its parent object ("" otherwise)
  };

  // Where a new value goes: the root, the end of the open array, or the open object's key.
  json* place(json&& v) {
    if (stack_.empty()) {
      result_.tree = std::move(v);
      return &result_.tree;
    }
    json& top = *stack_.back().value;
    if (top.is_array()) {
      if (is_list(stack_.size()) && !v.is_object()) streaming_ = false;  // keep the order of the list
      top.push_back(std::move(v));
      return &top.back();
    }
    json& slot = top[key_];
    slot = std::move(v);
    return &slot;
  }

  template <class V>
  bool add(V&& v) {
    place(json(std::forward<V>(v)));
    return true;
  }

  bool open(json::value_t type) {
    const bool in_object = !stack_.empty() && stack_.back().value->is_object();
    std::string key = in_object ? key_ : std::string();
    json* v = place(json(type));
    stack_.push_back({v, std::move(key)});
    return true;
  }

  bool close() {
    stack_.pop_back();
    // An object just completed as an element of the list: offer it.
    if (streaming_ && is_list(stack_.size()) && stack_.back().value->back().is_object()) {
      json& list = *stack_.back().value;
      const std::string path = stack_.size() == 2 ? "items" : "first.items";
      if (on_item_(result_.tree, list.back(), path, result_.consumed + list.size() - 1)) {
        list.get_ref<json::array_t&>().pop_back();
        ++result_.consumed;
        result_.list = path;
      } else {
        streaming_ = false;
      }
    }
    return true;
  }

  // True when the open container at depth `depth` (1-based) is "items" of the top-level
  // object, or "items" of its "first" object.
  bool is_list(size_t depth) const {
    if (depth < 2 || !stack_[0].value->is_object() || !stack_[depth - 1].value->is_array()) return false;
    if (depth == 2) return stack_[1].key == "items";
    return depth == 3 && stack_[1].key == "first" && stack_[1].value->is_object() && stack_[2].key == "items";
  }

  Result& result_;
  const ItemCallback& on_item_;
  std::vector<Open> stack_;
  std::string key_;
  bool streaming_ = true;
};

// Builds nothing; keeps nlohmann's message for the first error.
struct ErrorOnly {
  std::optional<Error>& error;
  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(json::number_integer_t) { return true; }
  bool number_unsigned(json::number_unsigned_t) { return true; }
  bool number_float(json::number_float_t, const json::string_t&) { return true; }
  bool string(json::string_t&) { return true; }
  bool binary(json::binary_t&) { return true; }
  bool start_object(std::size_t) { return true; }
  bool start_array(std::size_t) { return true; }
  bool key(json::string_t&) { return true; }
  bool end_object() { return true; }
  bool end_array() { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    const auto* pe = dynamic_cast<const json::parse_error*>(&e);
    error = Error{pe ? pe->byte : 0, e.what()};
    return false;
  }
};

}  // namespace

Result parse(std::string_view bytes, const ItemCallback& on_item) {
  Result result;
  Builder builder(result, on_item);
  if (json_fast::sax_parse(bytes, builder)) return result;
  // Refused: nlohmann's reader says where and why. (What the callback took before the error
  // counts for nothing: callers drop everything on a syntax error.)
  Result failed;
  ErrorOnly e{failed.error};
  json::sax_parse(bytes.begin(), bytes.end(), &e);
  if (!failed.error) {
    // The two readers disagree: a bug of ours, said as such rather than hidden.
    failed.error = Error{0, "internal error: the fast JSON reader refused input nlohmann accepts"};
  }
  return failed;
}

}  // namespace core::json_stream
