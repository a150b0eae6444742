// document_points.cpp - see document_points.h.
#include "app/document_points.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "app/app_state.h"
#include "core/utf8.h"

namespace {
// Distinct code points of a text, sorted: one pass over a bit per code point.
class PointSet {
 public:
  PointSet() : bits_(0x110000 / 64, 0) {}
  void add(char32_t c) {
    if (c < 0x110000) bits_[c >> 6] |= uint64_t{1} << (c & 63);
  }
  void add(std::u32string_view s) {
    for (char32_t c : s) add(c);
  }
  void add_utf8(std::string_view s) { add(utf8::decode(s)); }
  void add(const std::vector<char32_t>& v) {
    for (char32_t c : v) add(c);
  }
  std::vector<char32_t> list() const {
    std::vector<char32_t> out;
    for (size_t w = 0; w < bits_.size(); ++w) {
      for (uint64_t b = bits_[w]; b; b &= b - 1) out.push_back(static_cast<char32_t>(w * 64 + __builtin_ctzll(b)));
    }
    return out;
  }

 private:
  std::vector<uint64_t> bits_;
};
}  // namespace

// What is being typed into ImGui's own active text field (search, evidence, dialogs).
std::u32string active_field_text() {
  if (!ImGui::GetCurrentContext()) return {};
  const ImGuiInputTextState* st = ImGui::GetInputTextState(ImGui::GetActiveID());
  if (!st) return {};
  std::u32string out;
  for (int i = 0; i < st->CurLenW; ++i) out.push_back(static_cast<char32_t>(st->TextW[i]));
  return out;
}

bool DocumentPoints::update(const AppState& app) {
  const uint64_t gen = app.doc().generation, rev = app.store().revision();
  const std::string& draft = app.note_draft().note;
  std::u32string field = active_field_text();
  field += utf8::decode(app.filter.search);
  if (gen == generation_ && rev == revision_ && draft == draft_ && field == field_) return false;
  if (gen != generation_) {
    typed_.clear();
    PointSet a;
    a.add(app.article().cps);
    a.add_utf8(app.article().title);
    article_ = a.list();
  }
  generation_ = gen;
  revision_ = rev;
  draft_ = draft;
  PointSet all;
  all.add(article_);
  for (const core::Annotation& an : app.store().annotations()) {
    all.add_utf8(an.note);
    for (const std::string& l : an.links) all.add_utf8(l);
  }
  all.add_utf8(draft);
  // Characters typed into a field are drawn from the first keystroke; they stay in the set
  // until the document changes (a font once fetched stays loaded anyway).
  for (char32_t c : field) typed_.insert(c);
  field_ = std::move(field);
  for (char32_t c : typed_) all.add(c);
  std::vector<char32_t> points = all.list();
  if (points == points_) return false;
  points_ = std::move(points);
  return true;
}
