// json_stream.h - parses JSON into an nlohmann::json tree exactly as json::parse does, but
// hands each object in the annotation list of a collection ("items" or "first.items" of the
// top-level object) to a callback as soon as it is complete. A callback that consumes it
// (returns true) lets the reader turn it into an Annotation and free it at once: a 10,000-item
// file is never held as one tree, which halves the time of an import (bench/bench_import.cpp).
//
// How to use:
//   core::json_stream::Result r = core::json_stream::parse(bytes, [&](const json& root,
//       json& item, const std::string& list, size_t index) { read(item, index); return true; });
//   if (r.error) report(r.error->byte, r.error->what);   // as json::parse_error would say
//   // r.tree holds the rest; r.consumed items were taken from the front of the list.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace core::json_stream {

// Gets an item of the list at `list` ("items" or "first.items") with its index, and the tree
// read so far (the keys before the list are complete in it); returns true
// when it took the item. Once it returns false (or a non-object item comes), the rest of the
// list stays in the tree, so the consumed items are always the list's first ones.
using ItemCallback = std::function<bool(const nlohmann::json& root, nlohmann::json& item,
                                        const std::string& list, size_t index)>;

struct Error {
  size_t byte = 0;   // as nlohmann::json::parse_error::byte
  std::string what;  // as nlohmann::json::parse_error::what()
};

struct Result {
  nlohmann::json tree;
  std::optional<Error> error;
  size_t consumed = 0;
  std::string list;  // the path of the list the items were taken from
};

Result parse(std::string_view bytes, const ItemCallback& on_item);

}  // namespace core::json_stream
