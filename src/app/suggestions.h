// suggestions.h - "Suggest claims": the sentences the core's claim finder thinks are worth
// checking, listed with their reason; each can be accepted (it becomes an annotation with
// its category) or dismissed (remembered with the article). The reading view draws them as
// dashed outlines.
#pragma once

class AppState;

struct SuggestionsPanel {
  void Draw(AppState& app, float dpr, int focus_index);
};
