// suggestion_category.cpp - see suggestion_category.h.
#include "core/suggestion_category.h"

namespace core {

std::string category_for_suggestion(std::string_view suggestion_category) {
  if (suggestion_category == "quantity") return "statistic";
  if (suggestion_category == "quote") return "quote";
  return "claim";
}

}  // namespace core
