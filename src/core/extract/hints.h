// hints.h - what class names, ids, roles and styles say about an element: likely
// boilerplate (menus, comments, share bars, cookie notices), likely content, hidden.
// The word lists are Mozilla Readability's (they are what its test pages were tuned on),
// plus a few kinds of notices it lets through; matching is case-insensitive substring
// matching, as its regular expressions do.
#pragma once

#include <string_view>

#include "core/extract/dom.h"

namespace core::extract {

// `match` is an element's class attribute, a space, and its id.
bool unlikely_candidate(std::string_view match);  // menus, comments, footers, ads...
bool maybe_candidate(std::string_view match);     // ...unless also article/body/content/main
bool positive_hint(std::string_view class_or_id);
bool negative_hint(std::string_view class_or_id);
bool byline_hint(std::string_view match);
bool share_hint(std::string_view match);  // "share" or "sharedaddy" as a word
bool notice_hint(std::string_view match);  // cookie, consent, newsletter sign-up, paywall
bool unlikely_role(std::string_view role);  // menu, navigation, dialog, complementary...
bool video_url(std::string_view value);    // embeds worth keeping (YouTube, Vimeo...)
// Text that is only a label left by an ad or a loader: "Advertisement", "Anzeige",
// "Loading...", in a few languages.
bool ad_or_loading_label(std::string_view trimmed_text);

// Not hidden by the hidden attribute, aria-hidden="true" or an inline display:none or
// visibility:hidden.
bool probably_visible(const Node* n);

std::string match_string(const Node* n);  // class + " " + id

}  // namespace core::extract
