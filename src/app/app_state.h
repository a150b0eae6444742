// app_state.h - the app's state and every command that changes it: the open article and
// its annotations (the core's store, with undo), the selection, the document history that
// makes replacing the article undoable, import and export, and the autosave that writes
// every change to the browser's storage at once. No drawing here: the panels read this
// state and call these commands.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotation.h"
#include "core/annotation_filter.h"
#include "core/article.h"
#include "core/claims/claim_finder.h"
#include "core/store.h"

// One article with its annotations. Replacing the article pushes the whole Document on a
// history stack, so Ctrl+Z brings back the previous article with its annotations.
struct Document {
  core::Article article;
  core::AnnotationStore store;
  std::set<std::string> dismissed;  // suggestions the reader dismissed ("start:end")
  uint64_t generation = 0;          // unique per Document (layouts and caches key on it)
};

struct Selection {
  size_t anchor = 0, caret = 0;  // code points; the selection is [min, max)
  size_t start() const { return anchor < caret ? anchor : caret; }
  size_t end() const { return anchor < caret ? caret : anchor; }
  bool empty() const { return anchor == caret; }
};

struct Settings {
  float font_px = 19.0f;
  bool dark = false;
  bool dyslexic = false;
};

// What an import found, shown by the import report.
struct ImportReport {
  std::string source;                      // file name or "scripting API"
  size_t exact = 0, moved = 0, fuzzy = 0, orphaned = 0;
  std::vector<std::string> orphan_quotes;  // what the orphans quoted
  // When the file carries an article other than the open one: that article and the
  // file's annotations as written, so the reader can open them instead.
  std::optional<core::Article> file_article;
  std::vector<core::Annotation> file_annotations;
  std::string to_json() const;
};

// A question with buttons; dialogs.cpp draws it.
struct Confirm {
  std::string title, text, ok_label;
  std::function<void()> on_ok;
};

// The note being typed: kept out of the undo history until the reader pauses or leaves
// the field, but saved with the autosave at every keystroke so nothing typed is lost.
struct NoteDraft {
  std::string id;
  std::string note;
  double changed_ms = 0;
};

class AppState {
 public:
  AppState();

  Document& doc() { return *doc_; }
  const Document& doc() const { return *doc_; }
  const core::Article& article() const { return doc_->article; }
  const core::AnnotationStore& store() const { return doc_->store; }

  // [SECTION] Start-up
  // Restores what the autosave wrote (any of them may be empty), else opens `sample`.
  void boot(std::string_view saved_article, std::string_view saved_annotations,
            std::string_view saved_ui, std::string_view saved_dismissed, std::string_view sample);

  // [SECTION] Article
  // Opens a new article (with annotations, e.g. from a file). Undoable. With `ask`, the
  // reader confirms first.
  void open_article(core::Article a, std::vector<core::Annotation> anns, bool ask);
  // A file from the disk, a drop or the scripting API: .json imports annotations,
  // .html becomes readable text, anything else is plain text. Errors become notices.
  void open_file(std::string_view name, std::string_view bytes);
  // Text pasted while no text field is active: asks, then opens it as the article.
  void paste_text(std::string_view text);
  // The clipboard's HTML, pasted while no text field is active: its article (extracted as
  // a file's would be) after asking; `text` (the plain version) when it has none.
  void paste_html(std::string_view html, std::string_view text);
  // A web page handed over by the bookmarklet (docs/EMBEDDING.md): its article opens at
  // once, undoably, with `url` as the annotations' target. Returns "" or what went wrong.
  // TODO(library): open it as a new document once the library of documents exists.
  std::string open_page(std::string_view html, std::string url);
  // Opens text as the article now (scripting API). Returns an error message or "".
  std::string load_article_text(std::string_view text, std::string title, std::string url);

  // [SECTION] Annotations
  // Creates an annotation on the selection, selects it and opens the editor with the note
  // field focused. Returns the id ("" without a selection).
  std::string create_annotation(const std::string& category);
  void update_annotation(const core::Annotation& a);
  void delete_annotation(const std::string& id);
  void clear_annotations();  // asks first; undoable
  void select_annotation(const std::string& id, bool scroll_to_it);
  void undo();
  void redo();
  bool can_undo() const;
  bool can_redo() const;

  // [SECTION] Files
  std::string export_json();  // the W3C file with the article embedded
  void download_export();
  // Imports a W3C file into the open article. Returns the report, or nullopt with `error`
  // set; on error nothing changes.
  std::optional<ImportReport> import_json(std::string_view bytes, const std::string& source,
                                          std::string* error);
  // Replaces the open document with the article and annotations a file carried.
  void open_file_article(const ImportReport& r);

  // [SECTION] Suggestions
  const std::vector<core::ClaimSuggestion>& suggestions();  // computed once per article
  bool show_suggestions = false;
  int current_suggestion = -1;  // the one the reader clicked: A accepts it, X dismisses it
  void accept_suggestion(const core::ClaimSuggestion& s);
  void dismiss_suggestion(const core::ClaimSuggestion& s);
  static std::string suggestion_key(const core::ClaimSuggestion& s);

  // [SECTION] Note drafts
  void set_note_draft(const std::string& id, std::string note, double now_ms);
  void commit_note_draft();  // one undo step when the note changed
  const NoteDraft& note_draft() const { return draft_; }

  // [SECTION] Autosave: call once per frame; writes what changed since the last call.
  // `force` writes the small UI record even if it was written less than 250 ms ago (the
  // page is being hidden or closed).
  void autosave(double now_ms, bool force = false);
  bool save_pending() const { return ui_pending_; }
  std::string ui_json() const;

  // [SECTION] State the panels share
  Selection selection;
  std::string selected_id;      // the annotation the editor shows ("" none)
  bool editor_open = false;
  bool focus_note = false;      // the editor focuses the note field on its next frame
  std::optional<size_t> scroll_request;  // code point the reading view should bring into view
  bool scroll_request_center = true;
  size_t top_cp = 0;            // first code point visible in the reading view (saved)
  core::AnnotationFilter filter;
  Settings settings;
  std::optional<ImportReport> report;   // shown by the import report until dismissed
  std::vector<std::string> notices;     // plain-language errors, shown one at a time
  std::optional<Confirm> confirm;
  bool paste_dialog = false;

 private:
  void replace_document(core::Article a, std::vector<core::Annotation> anns);
  void after_edit();  // a new change: the redo path of replaced documents is gone
  void apply_ui_json(std::string_view ui);

  std::unique_ptr<Document> doc_;
  std::vector<std::unique_ptr<Document>> past_, future_;
  void swap_document(std::vector<std::unique_ptr<Document>>& from,
                     std::vector<std::unique_ptr<Document>>& to);
  void forget_missing_selection();
  uint64_t next_generation_ = 1;
  NoteDraft draft_;

  std::vector<core::ClaimSuggestion> suggestions_;
  uint64_t suggestions_generation_ = 0;

  // What the autosave last wrote.
  uint64_t saved_article_generation_ = 0;
  uint64_t saved_store_revision_ = UINT64_MAX;
  uint64_t saved_store_generation_ = 0;
  std::string saved_ui_;
  std::string saved_dismissed_;
  std::string article_sha_;         // of the open article (hashing 5 MB each frame would show)
  uint64_t article_sha_generation_ = 0;
  const std::string& article_sha();
  double ui_saved_ms_ = 0;
  bool ui_pending_ = false;  // a UI change waits for the 250 ms spacing
};
