// script_api.h - answers the page's calls: start-up data, fonts, opened, dropped or pasted
// files, and the window.annotator scripting API (see docs/EMBEDDING.md). Answers are JSON.
#pragma once

#include <string>
#include <string_view>

struct App;

std::string handle_host_call(App& app, const std::string& method, std::string_view data);
