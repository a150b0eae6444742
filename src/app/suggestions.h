// suggestions.h - "Suggest claims": the sentences the core's claim finder thinks are worth
// checking, listed with their reason; each can be accepted (it becomes an annotation with
// its category) or dismissed (remembered with the article). The reading view draws them as
// dashed outlines. The list holds the strongest few (the reader chooses how many), strongest
// first or in article order.
#pragma once

#include <cstdint>
#include <vector>

class AppState;

struct SuggestionsPanel {
  void Draw(AppState& app, float dpr, int focus_index);

  int how_many = 10;           // the strongest this many open suggestions are listed
  bool article_order = false;  // list them in article order instead of strongest first

 private:
  std::vector<int> by_score_;  // suggestion indices, strongest first (ties: earlier first)
  uint64_t by_score_generation_ = 0;
};
