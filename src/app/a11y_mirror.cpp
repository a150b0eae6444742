// a11y_mirror.cpp - see a11y_mirror.h. The page's side is web/a11y.js.
#include "app/a11y_mirror.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/keyboard_focus.h"
#include "app/labels.h"
#include "platform/platform.h"

using nlohmann::json;

namespace {
// A quote to speak: at most `n` code points, whole characters, newlines as spaces.
std::string short_text(const std::string& s, size_t n) {
  std::string out;
  size_t cps = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++cps > n) {
      out += "\u2026";
      break;
    }
    out += c == '\n' ? ' ' : s[i];
  }
  return out;
}

std::string note_of(const AppState& s, const core::Annotation& a) {
  return s.note_draft().id == a.id && s.note_draft().doc == s.current_id() ? s.note_draft().note : a.note;
}
}  // namespace

void A11yMirror::update(App& app) {
  AppState& s = app.state;
  if (!s.ready()) return;
  announce_changes(app);
  const core::Article& a = s.article();
  const uint64_t generation = s.doc().generation, revision = s.store().revision();
  // The chunk in view, and one either side.
  const size_t para = core::paragraph_at(a, s.top_cp).value_or(a.paragraphs.empty() ? 0 : a.paragraphs.size() - 1);
  const size_t first = (para / chunk > 0 ? para / chunk - 1 : 0) * chunk;
  const bool content = generation != sent_generation_ || revision != sent_revision_ || first != sent_first_;

  json state{{"selection", {s.selection.start(), s.selection.end()}},
             {"selected", s.selected_id},
             {"editorOpen", s.editor_open},
             {"region", static_cast<int>(keyboard_focus::current())}};
  if (!s.notices.empty()) state["dialog"] = {{"title", "Notice"}, {"text", s.notices.front()}};
  else if (s.confirm) state["dialog"] = {{"title", s.confirm->title}, {"text", s.confirm->text}};
  const std::string state_text = state.dump(-1, ' ', false, json::error_handler_t::replace);
  if (!content && state_text == sent_state_) return;

  json msg{{"state", state}};
  if (content) {
    json paras = json::array();
    const size_t last = std::min(a.paragraphs.size(), first + 3 * chunk);
    for (size_t i = first; i < last; ++i) {
      const core::Range& r = a.paragraphs[i];
      int level = 0;
      if (i == 0 && core::slice(a, r.start, r.end) == a.title) level = 1;
      else if (std::any_of(a.headings.begin(), a.headings.end(), [&](const core::Range& h) { return h.start == r.start; }))
        level = 2;
      paras.push_back({{"s", r.start}, {"t", core::slice(a, r.start, r.end)}, {"h", level}});
    }
    json anns = json::array();
    for (const core::Annotation& an : s.store().annotations()) {
      anns.push_back({{"id", an.id},
                      {"s", an.start},
                      {"e", an.end},
                      {"orphan", an.anchor == core::AnchorStatus::Orphaned},
                      {"category", category_label(an.category)},
                      {"verdict", verdict_label(an.verdict)},
                      {"note", note_of(s, an)},
                      {"quote", short_text(an.exact, 300)}});
    }
    msg["doc"] = {{"title", a.title}, {"generation", generation}, {"paragraphs", a.paragraphs.size()},
                  {"first", first}, {"items", paras}, {"annotations", anns}};
    sent_generation_ = generation;
    sent_revision_ = revision;
    sent_first_ = first;
  }
  sent_state_ = state_text;
  ++updates;
  platform::a11y_update(msg.dump(-1, ' ', false, json::error_handler_t::replace));
}

// What a sighted reader sees happen, said in the live region.
void A11yMirror::announce_changes(App& app) {
  AppState& s = app.state;
  const uint64_t generation = s.doc().generation, revision = s.store().revision();
  std::string say;
  if (generation != announced_generation_) {
    if (announced_generation_ != 0) say = "Opened \u201C" + s.article().title + "\u201D";
    seen_.clear();
    for (const core::Annotation& an : s.store().annotations()) {
      seen_[an.id] = {category_label(an.category), short_text(an.exact, 80), an.note, static_cast<int>(an.verdict)};
    }
    announced_generation_ = generation;
    announced_revision_ = revision;
  } else if (revision != announced_revision_) {
    std::map<std::string, Seen> now;
    for (const core::Annotation& an : s.store().annotations()) {
      Seen v{category_label(an.category), short_text(an.exact, 80), an.note, static_cast<int>(an.verdict)};
      auto it = seen_.find(an.id);
      if (it == seen_.end()) {
        say += (say.empty() ? "" : ". ") + v.category + " added: " + v.quote;
      } else if (it->second.verdict != v.verdict) {
        say += (say.empty() ? "" : ". ") + std::string("Verdict: ") + verdict_label(an.verdict);
      } else if (it->second.category != v.category) {
        say += (say.empty() ? "" : ". ") + std::string("Now a ") + v.category;
      } else if (it->second.note != v.note) {
        say += (say.empty() ? "" : ". ") + std::string("Note saved");
      }
      now[an.id] = std::move(v);
    }
    for (const auto& [id, v] : seen_) {
      if (!now.count(id)) say += (say.empty() ? "" : ". ") + std::string("Annotation deleted: ") + v.quote;
    }
    seen_.swap(now);
    announced_revision_ = revision;
  }
  if (s.selected_id != announced_selected_) {
    if (const core::Annotation* an = s.store().find(s.selected_id); an && say.empty()) {
      say = category_label(an->category) + ", " + verdict_label(an->verdict) + ": " + short_text(an->exact, 120);
      const std::string note = note_of(s, *an);
      if (!note.empty()) say += ". Note: " + short_text(note, 200);
    }
    announced_selected_ = s.selected_id;
  }
  // A suggested claim clicked or stepped to (J, K, or X moving on): what it says and why.
  if (s.current_suggestion != announced_suggestion_) {
    const auto& all = s.suggestions();
    if (s.show_suggestions && s.current_suggestion >= 0 && s.current_suggestion < static_cast<int>(all.size())) {
      const core::ClaimSuggestion& g = all[s.current_suggestion];
      say += (say.empty() ? "" : ". ") + std::string("Suggested claim: ") +
             short_text(core::slice(s.article(), g.start, g.end), 200) + " (" + g.reason +
             "). A accepts, X dismisses, J next";
    }
    announced_suggestion_ = s.current_suggestion;
  }
  const int region = static_cast<int>(keyboard_focus::current());
  if (region != announced_region_) {
    static const char* kRegions[] = {"Article", "Side panel: arrows move, Enter presses, Escape returns",
                                     "Menu bar: arrows move, Enter opens, Escape returns"};
    say += (say.empty() ? "" : ". ") + std::string(kRegions[region]);
    announced_region_ = region;
  }
  if (s.notices.size() > announced_notices_ && !s.notices.empty()) {
    say += (say.empty() ? "" : ". ") + s.notices.back();
  }
  announced_notices_ = s.notices.size();
  if (!say.empty()) platform::a11y_announce(say);
}

std::string A11yMirror::handle(App& app, const std::string& method, std::string_view data) {
  AppState& s = app.state;
  if (method == "a11y.select") {  // a mark or a list button took the focus or was pressed
    const std::string id(data);
    if (!s.store().find(id)) return R"({"error":"no such annotation"})";
    s.select_annotation(id, true);
    return "{}";
  }
  if (method == "a11y.selection") {  // "start,end": the reader selected text in the mirror
    const std::string d(data);
    const size_t comma = d.find(',');
    const size_t n = s.article().cps.size();
    const size_t a = std::min<size_t>(std::strtoull(d.c_str(), nullptr, 10), n);
    const size_t b = comma == std::string::npos ? a : std::min<size_t>(std::strtoull(d.c_str() + comma + 1, nullptr, 10), n);
    s.selection = {a, b};
    s.scroll_request = std::min(a, b);
    s.scroll_request_center = true;
    return "{}";
  }
  if (method == "a11y.mark") {  // "claim" etc.: the category keys, from the mirror
    if (s.selection.empty()) return R"({"error":"nothing selected"})";
    s.create_annotation(std::string(data));
    return "{}";
  }
  if (method == "a11y.region") {  // the mirror's menu bar and panel buttons
    const int r = std::atoi(std::string(data).c_str());
    keyboard_focus::go(static_cast<keyboard_focus::Region>(std::clamp(r, 0, 2)));
    return "{}";
  }
  return R"({"error":"unknown a11y method"})";
}
