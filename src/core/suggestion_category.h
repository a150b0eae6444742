// suggestion_category.h - which annotation category an accepted claim suggestion becomes.
// A rule of the model, not of the UI: the app and the command-line tool share it.
#pragma once

#include <string>
#include <string_view>

namespace core {

// The claim finder's "quantity" becomes a statistic, "quote" a quote, every other kind of
// claim (comparison, causation, rule, prediction, event, ...) a claim.
std::string category_for_suggestion(std::string_view suggestion_category);

}  // namespace core
