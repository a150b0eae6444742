// end_tag_filter.h - drops end tags that close nothing, before libxml2 sees the page.
//
// libxml2 2.9's HTML parser looks for each end tag's name through its whole stack of open
// elements, so a page of a million stray "</b>" under a deep stack takes minutes. An end
// tag whose name has no open element (by a count of start and end tags per name) can close
// nothing in libxml2 either, so removing it changes no tree; it only saves the search.
// </html>, </head>, </body>, </p> and </br> are always kept: libxml2 gives those meaning
// even when nothing is open.
#pragma once

#include <string>
#include <string_view>

namespace core::extract {

// `html` with unmatched end tags removed; `dropped` counts them.
std::string drop_unmatched_end_tags(std::string_view html, size_t& dropped);

}  // namespace core::extract
