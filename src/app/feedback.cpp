// feedback.cpp - see feedback.h.
#include "app/feedback.h"

#include "app/app_state.h"
#include "app/toasts.h"
#include "core/file_names.h"
#include "core/utf8.h"

namespace {
// The first words of a quote, for a one-line notice.
std::string short_quote(const std::string& s, size_t max_cps = 40) {
  std::u32string cps = utf8::decode(s);
  for (char32_t& c : cps) if (c == U'\n' || c == U'\t') c = U' ';
  if (cps.size() > max_cps) {
    cps.resize(max_cps);
    cps += U'\u2026';
  }
  return utf8::encode(cps);
}
}  // namespace

void delete_annotation_with_notice(AppState& app, const std::string& id) {
  const core::Annotation* a = app.store().find(id);
  if (!a) return;
  const std::string quote = short_quote(a->exact);
  app.delete_annotation(id);
  // Undo here only while the deletion is still the last change of this article.
  const uint64_t revision = app.store().revision();
  const uint64_t generation = app.doc().generation;
  toasts::show("Annotation deleted (\u201C" + quote + "\u201D). Ctrl+Z brings it back.", "Undo",
               [&app] { app.undo(); },
               [&app, revision, generation] {
                 return app.doc().generation == generation && app.store().revision() == revision;
               });
}

void export_with_notice(AppState& app) {
  app.download_export();
  const size_t n = app.store().size();
  toasts::show("Exported " + std::to_string(n) + (n == 1 ? " annotation" : " annotations") +
               " to \u201C" + core::export_file_name(app.article().title) +
               "\u201D in your downloads.");
}
