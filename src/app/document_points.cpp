// document_points.cpp - see document_points.h.
#include "app/document_points.h"

#include <algorithm>

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

bool DocumentPoints::update(const AppState& app) {
  const uint64_t gen = app.doc().generation, rev = app.store().revision();
  const std::string& draft = app.note_draft().note;
  if (gen == generation_ && rev == revision_ && draft == draft_) return false;
  if (gen != generation_) {
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
  for (const core::Annotation& an : app.store().annotations()) all.add_utf8(an.note);
  all.add_utf8(draft);
  std::vector<char32_t> points = all.list();
  if (points == points_) return false;
  points_ = std::move(points);
  return true;
}
