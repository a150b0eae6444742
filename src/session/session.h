// session.h - what the app knows, with no drawing and no platform calls: the library of
// documents (every article opened, each with its annotations, dismissed suggestions and
// reading position), the open one, the selection, undo and redo across documents, the note
// being typed, imports, and the bookkeeping of what is saved. Panels read this state and
// call its commands; the browser side (src/app/app_state.*) performs the effects it
// returns. Builds natively and is covered by tests/test_session_*.cpp.
//
// How to use:
//   session::Session s;
//   s.boot(entries);                              // what storage holds (see transfer.h)
//   s.add_document({article, annotations, "story.html"});   // opens it; undoable
//   s.selection = {10, 20}; s.create_annotation("claim");
//   session::Effects fx = s.take_effects(now_ms);  // once per frame: records to write, ...
//   for (auto& w : fx.writes) write(w);           // later: s.on_written(w.id) or
//                                                 //        s.on_write_failed(w.id, failure)
//   for (auto& r : fx.reads) read(r);             // later: s.on_read(r.id, entries)
//
// [SECTION] types  [SECTION] Session: start-up, library, article, annotations, files,
// suggestions, drafts, storage
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/annotation.h"
#include "core/annotation_filter.h"
#include "core/article.h"
#include "core/claims/claim_finder.h"
#include "core/import_files.h"
#include "core/store.h"
#include "core/w3c_format.h"
#include "session/history.h"
#include "session/timing.h"
#include "session/transfer.h"

namespace session {

// [SECTION] types -------------------------------------------------------------------------

// One article with its annotations: an entry of the library, loaded into memory.
struct Document {
  std::string id;
  core::Article article;
  core::AnnotationStore store;
  std::set<std::string> dismissed;             // suggestions the reader dismissed ("start:end")
  std::map<std::string, std::string> reasons;  // accepted suggestion's annotation id -> why
  nlohmann::json extra = nlohmann::json::object();  // collection properties kept for export
  size_t top_cp = 0;                           // reading position while another one is open
  uint64_t generation = 0;  // unique per loaded Document (layouts and caches key on it)
  uint64_t version = 0;     // raised by every saved change that is not in `store`
};

// A row of File > Library and of window.annotator.documents().
struct DocumentInfo {
  std::string id, title, url, source, created, modified;
  size_t annotations = 0;
  bool open = false;
  std::string problem;  // why it cannot be opened (its stored records are damaged), or ""
};

// Everything "open an article" needs: the one command for files, pastes, the scripting API,
// an import file's own article, and later the page hand-over and classroom files.
struct NewDocument {
  core::Article article;
  std::vector<core::Annotation> annotations;  // anchored onto the article by add_document
  std::string source;  // where it came from, for the library: "story.html", "pasted", ...
  // Collection properties kept with the document and written again on export (an imported
  // file's unknown properties, later an exercise's metadata).
  nlohmann::json extra = nlohmann::json::object();
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
  bool high_contrast = false;
  // The reader picked light or dark (View menu): the system's preference no longer decides.
  bool theme_chosen = false;
};

// What an import found, shown by the import report.
struct ImportReport {
  std::string source;  // file name or "scripting API"
  size_t exact = 0, moved = 0, fuzzy = 0, orphaned = 0;
  std::vector<std::string> orphan_quotes;  // orphaned annotations that have a quote
  // Orphaned annotations without a quote (a note on the whole page, or selectors this app
  // cannot use): their note, shortened, or "" when they have none.
  std::vector<std::string> orphan_notes;
  // Ids met twice (one line each, never merged silently) and what the importer kept without
  // placing (core/import_files.h).
  std::vector<std::string> notices;
  // When the file carries an article other than the open one: that article with the file's
  // annotations and properties as written, so the reader can open it as a document.
  std::optional<core::Article> file_article;
  std::vector<core::Annotation> file_annotations;
  nlohmann::json file_extra = nlohmann::json::object();
  std::string file_source;  // several files: the names of those that carry that article
  std::string to_json() const;
};

// A question with buttons; the app's dialogs draw it. `alt_label` adds a second choice.
struct Confirm {
  std::string title, text, ok_label;
  std::function<void()> on_ok;
  std::string alt_label;
  std::function<void()> on_alt;
  std::string cancel_label = "Cancel";  // empty: no cancel button
};

// The note being typed: kept out of the undo history until the reader pauses or leaves the
// field, but written to storage at every change so nothing typed is lost.
struct NoteDraft {
  std::string doc, id;
  std::string note;
  double changed_ms = 0;
};

// [SECTION] effects: what the browser side must do (performed outside, reported back)

// One storage transaction: every check holds (the record's "rev" equals the number, 0 =
// the record is absent) and then every put and remove happens, or nothing does.
struct StorageWrite {
  uint64_t id = 0;
  std::vector<std::pair<std::string, uint64_t>> checks;
  std::vector<std::pair<std::string, std::string>> puts;
  std::vector<std::string> removes;
  std::vector<std::string> remove_prefixes;  // every key starting with one of these
};

struct StorageRead {
  uint64_t id = 0;
  std::vector<std::string> keys;      // missing keys are simply absent from the answer
  std::vector<std::string> prefixes;  // every key starting with one of these
};

struct FileDownload {
  std::string filename, mime, bytes;
};

struct Effects {
  std::vector<StorageWrite> writes;
  std::vector<StorageRead> reads;
  std::vector<FileDownload> downloads;
  bool reload_page = false;  // the reader chose "Try again" after a failed read
};

enum class WriteFailure { Conflict, Quota, Other };
enum class LoadPurpose : int;

// Where storage stands, for the status line.
struct SaveStatus {
  bool blocked = false;   // storage could not be read: nothing is written (reader's choice)
  bool failing = false;   // the last write failed (message says why)
  bool quota = false;     // ... because storage is full
  bool pending = false;   // something is not written yet
  std::string message;    // one line for the menu bar ("Not saved: storage is full")
  std::string detail;     // what happened and the way out, in plain words
};

// [SECTION] Session -----------------------------------------------------------------------

class Session {
 public:
  Session();
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // The open document. Only valid when ready().
  bool ready() const { return current_ != nullptr; }
  Document& doc() { return *current_; }
  const Document& doc() const { return *current_; }
  const core::Article& article() const { return current_->article; }
  const core::AnnotationStore& store() const { return current_->store; }
  const std::string& current_id() const { return current_->id; }

  // [SECTION] Start-up
  // `entries` (transfer.h framing) are what the page read from storage: every "meta:*",
  // "draft:*", "ui" and "migrated-v1" record, the records saved before the library existed
  // ("legacy:article", "legacy:annotations", "legacy:ui", "legacy:dismissed"), records the
  // page rescued when it was closed during a write ("recovered:KEY"), the sample article
  // ("!sample") and, when storage could not be read, "!error" with the reason. Opens the
  // document last open (reading it may take a read effect), else the sample.
  void boot(std::string_view entries);

  // [SECTION] Library
  std::vector<DocumentInfo> documents() const;  // most recently changed first
  // Opens a document of the library. Undoable. False when there is no such document (or
  // it cannot be opened); a document not in memory yet opens when its records arrive.
  bool open_document(const std::string& id);
  // Removes a document from the library (and from storage). Undoable: undo brings it back
  // with everything it had. When it is the open one, the most recent other one opens.
  bool delete_document(const std::string& id);
  // Adds a document and opens it, in one undo step; returns its id. An article already in
  // the library (the same text) is opened instead and the new annotations join its own.
  std::string add_document(NewDocument d);
  // Downloads any document's W3C file (after reading it from storage when needed).
  void export_document(const std::string& id);
  // True while a document asked for is being read from storage.
  bool opening() const { return !loads_.empty(); }
  // For the scripting API: the outcome of the last open_document of `id` ("" while pending
  // or unknown, "ok", or the reason it failed).
  std::string open_outcome(const std::string& id) const;

  // [SECTION] Article
  // A file from the disk, a drop or the scripting API: .json imports annotations, a web
  // page becomes its article (core/article_file.h), anything else is plain text. Errors become notices.
  void open_file(std::string_view name, std::string_view bytes);
  // Text pasted while no text field is active: opens it as a new document.
  void paste_text(std::string_view text);
  // The clipboard's HTML, pasted while no text field is active: its article (extracted as
  // a file's would be) as a new document; `text` (the plain version) when it has none.
  void paste_html(std::string_view html, std::string_view text);
  // A web page handed over by the bookmarklet (docs/EMBEDDING.md): its article opens at
  // once as a new document (undoable), with `url` as the annotations' target. Returns ""
  // or what went wrong.
  std::string open_page(std::string_view html, std::string url);
  // Opens text as a new document (scripting API). Returns an error message or "".
  std::string load_article_text(std::string_view text, std::string title, std::string url);
  void open_sample();
  std::string sample_text;  // the sample article (from start-up)

  // [SECTION] Annotations
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
  std::string export_json();  // the open document's W3C file with the article embedded
  void download_export();     // the same, as a download effect
  // Imports a W3C file into the open document (one undo step; the file's collection
  // properties are kept). Returns the report, or nullopt with `error` set; on error
  // nothing changes.
  std::optional<ImportReport> import_json(std::string_view bytes, const std::string& source,
                                          std::string* error);
  // The same for a file already read (several files, a share link).
  std::optional<ImportReport> import_read(const core::ImportResult& file, const std::string& source,
                                          std::string* error);
  // Several files at once (a drop, File > Import with many): core::import_files' rule for
  // ids met twice; files that cannot be read are named in the report, the others imported
  // in one undo step. Returns the report (also shown), or nullopt when none could be read.
  std::optional<ImportReport> import_many(const std::vector<std::pair<std::string, std::string_view>>& files);
  // Opens the article an import file carried as a document of its own.
  void open_file_article(const ImportReport& r);

  // [SECTION] Suggestions
  const std::vector<core::ClaimSuggestion>& suggestions();  // computed once per article
  bool show_suggestions = false;
  int current_suggestion = -1;  // the one the reader clicked: A accepts it, X dismisses it
  // The panel's list: the strongest this many open suggestions (neither dismissed nor
  // accepted) of the kind asked for, strongest first or in article order; indices into
  // suggestions(). Remembered with the UI record.
  static constexpr int kMostListed = 100;
  int suggestions_listed = 10;
  bool suggestions_in_article_order = false;
  std::string suggestions_kind;  // "" every kind, else one category ("quantity")
  bool suggestion_of_kind(const core::ClaimSuggestion& s) const {
    return suggestions_kind.empty() || s.category == suggestions_kind;
  }
  std::vector<int> listed_suggestions();
  // The listed suggestion after (or before) `from` in the list, for J and K; from a
  // suggestion not listed (none, -1), the list's first (or last). -1 past either end.
  int step_suggestion(int from, bool forward);
  void accept_suggestion(const core::ClaimSuggestion& s);
  void dismiss_suggestion(const core::ClaimSuggestion& s);
  // Dismissed on the open article (of the suggestions the finder makes on it now).
  size_t dismissed_suggestions();
  // Offers every dismissed suggestion of the open article again: one undo step. Returns
  // how many.
  size_t restore_dismissed();
  // Dismissed, or accepted (an annotation covers exactly its sentence).
  bool suggestion_hidden(const core::ClaimSuggestion& s) const;
  size_t open_suggestions();  // how many are neither dismissed nor accepted
  const std::map<std::string, size_t>& open_suggestion_kinds();  // of those, how many per category
  static std::string suggestion_key(const core::ClaimSuggestion& s);
  // Why an accepted suggestion was suggested ("" for annotations made by hand); shown next
  // to the note, never written into it.
  std::string suggested_reason(const std::string& annotation_id) const;

  // [SECTION] Note drafts
  void set_note_draft(const std::string& id, std::string note, double now_ms);
  void commit_note_draft();  // one undo step when the note changed
  const NoteDraft& note_draft() const { return draft_; }

  // [SECTION] Storage
  // What the browser side must do now: records to write (whatever changed; the UI record
  // and reading position at most four times a second unless `force`, when the page is
  // being hidden), records to read, files to download. Call once per frame and after every
  // call from the page. Also commits a note draft after a pause in typing.
  Effects take_effects(double now_ms, bool force = false);
  void on_written(uint64_t write_id);
  void on_write_failed(uint64_t write_id, WriteFailure kind, const std::string& message);
  // The answer to a StorageRead; `error` non-empty when the read failed.
  void on_read(uint64_t read_id, const std::vector<Entry>& entries, const std::string& error);
  // Another tab wrote these keys: read them and merge.
  void on_remote_change(const std::vector<std::string>& keys);
  SaveStatus save_status() const;
  bool has_pending_effects() const;  // the frame loop comes back for them
  std::string ui_json() const;

  // [SECTION] State the panels share
  Selection selection;
  std::string selected_id;  // the annotation the editor shows ("" none)
  bool editor_open = false;
  bool focus_note = false;  // the editor focuses the note field on its next frame
  std::optional<size_t> scroll_request;  // code point the reading view should bring into view
  bool scroll_request_center = true;
  size_t top_cp = 0;  // first code point visible in the reading view (saved per document)
  core::AnnotationFilter filter;
  Settings settings;
  std::optional<ImportReport> report;  // shown by the import report until dismissed
  std::vector<std::string> notices;    // plain-language problems, shown one at a time (modal)
  // Things to know that need no answer (another tab changed or deleted a document): shown
  // without taking the keyboard, since they can arrive while the reader types.
  std::vector<std::string> messages;
  std::optional<Confirm> confirm;
  bool paste_dialog = false;
  bool library_open = false;  // File > Library
  Timings timings;            // the parts of the last long command (benchmark)

 private:
  struct Entry;
  struct Load;
  struct PendingWrite;
  friend struct SessionTestAccess;

  // documents (session_documents.cpp)
  Entry* find_entry(const std::string& id);
  const Entry* find_entry(const std::string& id) const;
  Entry& make_entry(NewDocument d, const std::string& id);
  void activate(Entry& e);
  void request_load(const std::string& id, LoadPurpose purpose);
  void finish_load(Load load, const std::vector<session::Entry>& records, const std::string& error);
  Entry* most_recent_other(const std::string& id);
  void detach(Entry& e);
  void attach(Entry& e);
  void apply_step(const HistoryStep& s, bool forward);
  void record(HistoryStep s);
  void forget_unreferenced();
  void reset_view_state();
  void load_failed(const Load& load, const std::string& why);
  std::string add_document_now(NewDocument d, bool undoable, std::set<std::string> differs = {});

  // storage (session_storage.cpp)
  void boot_failed_read(const std::string& why);
  void migrate_legacy(const std::map<std::string, std::string_view>& legacy);
  void apply_ui_json(std::string_view ui);
  void apply_ui_view(std::string_view ui);
  void plan_entry_write(Entry& e, Effects& fx, bool force);
  void merge_remote(const std::string& id, const std::vector<session::Entry>& records);
  void note_write_problem(WriteFailure kind, const std::string& message);
  void apply_stored_drafts(Entry& e);

  void after_edit();
  void forget_missing_selection();
  void apply_import(ImportReport& r, std::vector<core::Annotation> anns, const nlohmann::json& file_extra);
  void offer_files_article(ImportReport& r, const core::ImportBatch& batch);

  std::map<std::string, std::unique_ptr<Entry>> entries_;
  Document* current_ = nullptr;
  History history_;
  uint64_t next_generation_ = 1;
  NoteDraft draft_;
  uint64_t draft_version_ = 0, draft_written_version_ = 0;
  std::vector<std::pair<std::string, std::string>> drafts_to_remove_;  // (doc, annotation)

  std::vector<core::ClaimSuggestion> suggestions_;
  uint64_t suggestions_generation_ = 0;
  std::vector<bool> suggestion_hidden_;  // cache, per suggestion
  std::map<std::string, size_t> open_kinds_;  // cache: open suggestions per category
  size_t dismissed_here_ = 0;                 // cache: suggestions hidden by a dismissal
  std::vector<int> by_score_;            // suggestion indices, strongest first (ties: earlier first)
  uint64_t by_score_generation_ = 0;
  uint64_t hidden_generation_ = 0, hidden_store_revision_ = UINT64_MAX, hidden_version_ = UINT64_MAX;

  // storage bookkeeping
  uint64_t next_effect_id_ = 1;
  std::map<uint64_t, PendingWrite> writes_in_flight_;
  std::map<uint64_t, Load> loads_;
  std::vector<StorageRead> reads_to_issue_;
  std::vector<FileDownload> downloads_;
  std::map<std::string, std::string> outcomes_;  // open_document outcomes, for the API
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> stored_drafts_;  // doc -> (annotation, note)
  std::map<std::string, std::string> recovered_;  // key -> value rescued at the last close
  bool blocked_ = false;            // storage unreadable: write nothing until the reader decides
  bool migration_pending_ = false;  // write the migrated-v1 marker with the migrated document
  std::string migrated_id_;
  std::string saved_ui_;
  std::string boot_ui_;  // applied when the document last open has been read
  double ui_saved_ms_ = 0;
  bool ui_pending_ = false;
  std::map<std::string, size_t> saved_pos_;  // document id -> reading position written
  bool reload_requested_ = false;
  // write failures: one message per streak, retried after a change (quota) or a pause
  bool write_failing_ = false;
  WriteFailure failure_kind_ = WriteFailure::Other;
  std::string failure_message_;
  uint64_t change_counter_ = 0;        // raised by every saved change (retry after quota)
  uint64_t failed_at_change_ = 0;
  double retry_after_ms_ = 0;
  double now_ms_ = 0;
};

// The annotation category an accepted suggestion gets and other small rules live in
// src/core (suggestion_category.h, annotation_merge.h).

}  // namespace session
