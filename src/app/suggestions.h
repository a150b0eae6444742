// suggestions.h - "Suggest claims": the sentences the core's claim finder thinks are worth
// checking, listed with their reason; each can be accepted (it becomes an annotation with
// its category) or dismissed (remembered with the article; "Offer them again" brings the
// dismissed back). The reading view draws them as dashed outlines. The list holds the
// strongest few (the reader chooses how many), strongest first or in article order.
#pragma once

class AppState;

struct SuggestionsPanel {
  // How many and in which order are the session's (listed_suggestions), so that J and K in
  // the article step through the same list.
  void Draw(AppState& app, float dpr, int focus_index);
};
