// imgui_config.h - ImGui's compile-time configuration for the app (IMGUI_USER_CONFIG).
// Release builds keep ImGui's checks: a failed one (an unbalanced Push/Pop, a wrong ID
// stack) is reported on the browser console instead of being silently skipped, so the
// end-to-end tests, which fail on console errors, catch it.
#pragma once

void annotator_imgui_check_failed(const char* expression, const char* file, int line);
#define IM_ASSERT(_EXPR) \
  ((_EXPR) ? (void)0 : annotator_imgui_check_failed(#_EXPR, __FILE__, __LINE__))
