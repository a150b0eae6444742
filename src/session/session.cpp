// session.cpp - commands on the open document: annotations, undo and redo, import and
// export, note drafts (see session.h). The library and opening documents are in
// session_documents.cpp; start-up and storage in session_storage.cpp; suggested claims in
// session_suggestions.cpp.
//
// [SECTION] Annotations and undo
// [SECTION] Articles and files
// [SECTION] Import and export
// [SECTION] Note drafts
#include "session/session.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>

#include "core/anchor.h"
#include "core/annotation_merge.h"
#include "core/file_names.h"
#include "core/import_files.h"
#include "core/article_file.h"
#include "core/import_explain.h"
#include "core/selection.h"
#include "core/utf8.h"
#include "core/w3c_format.h"
#include "session/notice.h"
#include "session/session_internal.h"

using nlohmann::json;

namespace session {

std::string shorten(const std::string& s, size_t max_cps) {
  std::u32string cps = utf8::decode(s);
  for (char32_t& c : cps)
    if (c == U'\n' || c == U'\t') c = U' ';
  if (cps.size() > max_cps) {
    cps.resize(max_cps);
    cps += U'\u2026';
  }
  return utf8::encode(cps);
}

std::string now_iso8601_ms() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[64];
  std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return out;
}

namespace {
std::string lower_ext(std::string_view name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string e(name.substr(dot + 1));
  for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }
}  // namespace

std::string ImportReport::to_json() const {
  json j{{"source", source},   {"exact", exact},       {"moved", moved},
         {"fuzzy", fuzzy},     {"orphaned", orphaned}, {"orphans", orphan_quotes},
         {"orphanNotes", orphan_notes}, {"notices", notices},
         {"articleDiffers", file_article.has_value()}};
  return j.dump();
}

Session::Session() = default;
Session::~Session() = default;

// [SECTION] Annotations and undo -----------------------------------------------------------

// A change of the open document's annotations: its store holds the step, the history names it.
void Session::after_edit() {
  ++change_counter_;
  record({HistoryStep::Kind::Edit, current_->id, "", ""});
}

std::string Session::create_annotation(const std::string& category) {
  if (!current_ || selection.empty()) return "";
  commit_note_draft();
  core::Annotation a = core::make_annotation(article(), selection.start(), selection.end(), category);
  const std::string id = current_->store.add(std::move(a));
  after_edit();
  selected_id = id;
  editor_open = true;
  focus_note = true;
  selection = {selection.end(), selection.end()};
  return id;
}

void Session::update_annotation(const core::Annotation& a) {
  if (draft_.id == a.id) commit_note_draft();
  if (current_->store.update(a)) after_edit();
}

void Session::delete_annotation(const std::string& id) {
  if (draft_.id == id) {
    drafts_to_remove_.emplace_back(draft_.doc, draft_.id);
    draft_ = {};
    ++draft_version_;
  }
  if (current_->store.remove(id)) after_edit();
  if (selected_id == id) {
    selected_id.clear();
    editor_open = false;
  }
}

void Session::clear_annotations() {
  if (store().size() == 0) return;
  const std::string n = std::to_string(store().size());
  Confirm c;
  c.title = "Delete all annotations?";
  c.text = "All " + n + " annotations of this article will be deleted. Undo (Ctrl+Z) brings them back.";
  c.ok_label = "Delete all";
  c.on_ok = [this] {
    commit_note_draft();
    current_->store.replace_all({});
    after_edit();
    selected_id.clear();
    editor_open = false;
  };
  confirm = std::move(c);
}

void Session::select_annotation(const std::string& id, bool scroll_to_it) {
  if (id != selected_id) commit_note_draft();
  selected_id = id;
  editor_open = !id.empty();
  if (const core::Annotation* a = store().find(id);
      a && scroll_to_it && a->anchor != core::AnchorStatus::Orphaned) {
    scroll_request = a->start;
    scroll_request_center = true;
  }
}

bool Session::can_undo() const { return !draft_.id.empty() || history_.can_undo(); }
bool Session::can_redo() const { return history_.can_redo(); }

// One command may have made several steps (open a document and add annotations to it):
// they are undone and redone together.
void Session::undo() {
  commit_note_draft();
  while (const HistoryStep* s = history_.undo()) {
    const bool more = s->joined;
    apply_step(*s, false);
    if (!more) break;
  }
  forget_missing_selection();
}

void Session::redo() {
  commit_note_draft();
  if (const HistoryStep* s = history_.redo()) apply_step(*s, true);
  while (history_.next_redo() && history_.next_redo()->joined) apply_step(*history_.redo(), true);
  forget_missing_selection();
}

void Session::forget_missing_selection() {
  if (current_ && !selected_id.empty() && !store().find(selected_id)) {
    selected_id.clear();
    editor_open = false;
  }
}

// [SECTION] Articles and files -------------------------------------------------------------

void Session::open_file(std::string_view name, std::string_view bytes) {
  const std::string ext = lower_ext(name);
  const std::string shown(name);
  if (bytes.empty()) {
    notices.push_back("\"" + shown + "\" is empty: nothing to open.");
    return;
  }
  if (ext == "json" || ext == "jsonld") {
    std::string error;
    if (auto r = import_json(bytes, shown, &error)) {
      report = std::move(r);
    } else {
      // Plain words for the reader, the importer's message one click away (issue 15).
      notices.push_back(notice_with_detail("\"" + shown + "\" could not be imported. " + core::plain_import_error(error), error));
    }
    return;
  }
  // The same decision as the command line's (text, or a web page's article).
  core::ArticleFileResult r = core::read_article_file(name, bytes);
  if (!r.file) {
    notices.push_back("\"" + shown + "\" could not be opened: " + r.error + ".");
    return;
  }
  if (!r.file->warning.empty()) notices.push_back("\"" + shown + "\": " + r.file->warning + ".");
  add_document({std::move(r.file->article), {}, shown, json::object()});
}

void Session::paste_text(std::string_view text) {
  if (blank(text)) return;
  core::ArticleResult r = core::make_article(text);
  if (!r.article) {
    notices.push_back("The pasted text could not be opened: " + r.error + ".");
    return;
  }
  add_document({std::move(*r.article), {}, "pasted", json::object()});
}

void Session::paste_html(std::string_view html, std::string_view text) {
  core::ArticleFileResult r = core::read_article_file("", html);
  if (!r.file) {  // markup without text (an image, a fragment of layout): the plain version
    paste_text(text);
    return;
  }
  add_document({std::move(r.file->article), {}, "pasted", json::object()});
}

std::string Session::open_page(std::string_view html, std::string url) {
  core::ArticleFileResult r = core::read_article_file("", html, url);
  if (!r.file) {
    notices.push_back("The page handed over could not be opened: " + r.error + ".");
    return r.error;
  }
  if (!r.file->warning.empty()) notices.push_back("The page was read in part: " + r.file->warning + ".");
  const std::string source = url.empty() ? std::string("a web page") : url;
  add_document({std::move(r.file->article), {}, source, json::object()});
  return "";
}

std::string Session::load_article_text(std::string_view text, std::string title, std::string url) {
  if (blank(text)) return "the article text is empty";
  timings.begin("loadArticle");
  core::ArticleResult r = core::make_article(text, std::move(title), std::move(url));
  timings.mark("make_article");
  if (!r.article) return r.error;
  add_document({std::move(*r.article), {}, "scripting API", json::object()});
  timings.mark("add_document");
  return "";
}

void Session::open_sample() {
  core::ArticleResult r = core::make_article(sample_text);
  if (r.article) add_document({std::move(*r.article), {}, "sample", json::object()});
}

// [SECTION] Import and export --------------------------------------------------------------

std::string Session::export_json() {
  commit_note_draft();
  core::ExportOptions opt;
  opt.extra = current_->extra;
  return core::export_w3c(article(), store().annotations(), opt);
}

void Session::download_export() {
  downloads_.push_back({core::export_file_name(article().title), "application/ld+json", export_json()});
}

std::optional<ImportReport> Session::import_json(std::string_view bytes, const std::string& source,
                                                 std::string* error) {
  timings.begin("importJson");
  core::ImportResult imp = core::import_w3c(bytes);
  timings.mark("import_w3c (parse)");
  return import_read(imp, source, error);
}

std::optional<ImportReport> Session::import_read(const core::ImportResult& imp, const std::string& source,
                                                 std::string* error) {
  if (!imp.ok) {
    std::string msg = imp.errors.empty() ? "the file is not a valid annotation file" : imp.errors.front();
    if (imp.errors.size() > 1) msg += " (and " + std::to_string(imp.errors.size() - 1) + " more problems)";
    if (error) *error = msg;
    return std::nullopt;
  }
  commit_note_draft();
  ImportReport r;
  r.source = source;
  // Another version of the article: offer it as a document of its own. Lengths first, so
  // the same article is not hashed twice.
  if (imp.article && (imp.article->cps.size() != article().cps.size() ||
                      imp.article->text != article().text)) {
    r.file_article = *imp.article;
    r.file_annotations = imp.annotations;
    r.file_extra = imp.extra;
  }
  // An id already in the document is never replaced silently: the same annotation is
  // imported once, a different one beside it under a new id, and the report says so.
  core::ImportBatch batch = core::import_read_file(source, imp, store().annotations());
  r.notices = std::move(batch.notices);
  timings.mark("compare articles and ids");
  apply_import(r, std::move(batch.annotations), imp.extra);
  return r;
}

std::optional<ImportReport> Session::import_many(const std::vector<std::pair<std::string, std::string_view>>& files) {
  std::vector<core::ImportSource> sources;
  for (const auto& [name, bytes] : files) sources.push_back({name, bytes});
  timings.begin("importFiles");
  core::ImportBatch batch = core::import_files(sources, store().annotations());
  timings.mark("import_files");
  ImportReport r;
  r.source = std::to_string(files.size()) + " files";
  json extra = json::object();
  for (const core::FileImport& f : batch.files) {
    if (f.result.ok) {
      extra = core::merge_collection_properties(extra, f.result.extra);
      continue;
    }
    const std::string why = f.result.errors.empty() ? "it is not a valid annotation file" : f.result.errors.front();
    r.notices.push_back(f.name + ": not imported: " + core::plain_import_error(why) + " (" + why + ")");
  }
  for (std::string& n : batch.notices) r.notices.push_back(std::move(n));
  if (batch.failed_files == batch.files.size()) {
    std::string all;
    for (const std::string& n : r.notices) all += (all.empty() ? "" : "\n") + n;
    notices.push_back(notice_with_detail("None of the " + std::to_string(files.size()) +
                                             " files could be imported.", all));
    return std::nullopt;
  }
  commit_note_draft();
  offer_files_article(r, batch);
  apply_import(r, std::move(batch.annotations), extra);
  report = r;
  return r;
}

// Files that carry an article other than the open one: the version most of them carry is
// offered as a document of its own, with the annotations of the files that carry it (a
// class's or a team's files made on an older copy open together on it).
void Session::offer_files_article(ImportReport& r, const core::ImportBatch& batch) {
  struct Version {
    const core::Article* article;
    std::vector<size_t> files;
  };
  std::vector<Version> versions;
  for (size_t i = 0; i < batch.files.size(); ++i) {
    const core::ImportResult& res = batch.files[i].result;
    if (!res.ok || !res.article) continue;
    const core::Article& a = *res.article;
    if (a.cps.size() == article().cps.size() && a.text == article().text) continue;
    auto v = std::find_if(versions.begin(), versions.end(), [&](const Version& x) {
      return x.article->cps.size() == a.cps.size() && x.article->text == a.text;
    });
    if (v == versions.end()) versions.push_back({&a, {i}});
    else v->files.push_back(i);
  }
  if (versions.empty()) return;
  const Version& best = *std::max_element(versions.begin(), versions.end(), [](const Version& x, const Version& y) {
    return x.files.size() < y.files.size();  // the first of the most carried
  });
  // batch.annotations holds each file's annotations in file order, `added` of them each.
  std::vector<size_t> first(batch.files.size() + 1, 0);
  for (size_t i = 0; i < batch.files.size(); ++i) first[i + 1] = first[i] + batch.files[i].added;
  r.file_article = *best.article;
  r.file_source.clear();
  for (size_t i : best.files) {
    r.file_annotations.insert(r.file_annotations.end(), batch.annotations.begin() + first[i],
                              batch.annotations.begin() + first[i + 1]);
    r.file_extra = core::merge_collection_properties(r.file_extra, batch.files[i].result.extra);
    r.file_source += (r.file_source.empty() ? "" : ", ") + batch.files[i].name;
  }
}

// Places imported annotations on the open article, counts them for the report, keeps the
// files' collection properties, and adds them in one undo step.
void Session::apply_import(ImportReport& r, std::vector<core::Annotation> anns, const json& file_extra) {
  const core::AnchorSummary sum = core::anchor_annotations(article().cps, anns);
  timings.mark("anchor_annotations");
  r.exact = sum.exact;
  r.moved = sum.moved;
  r.fuzzy = sum.fuzzy;
  r.orphaned = sum.orphaned;
  for (const core::Annotation& a : anns) {
    if (a.anchor != core::AnchorStatus::Orphaned) continue;
    if (a.exact.empty()) r.orphan_notes.push_back(shorten(a.note, 120));
    else r.orphan_quotes.push_back(shorten(a.exact, 120));
  }
  // The file's collection properties stay with the document (docs/FORMAT.md promises it).
  json extra = core::merge_collection_properties(current_->extra, file_extra);
  if (extra != current_->extra) {
    current_->extra = std::move(extra);
    ++current_->version;
    ++change_counter_;
  }
  if (!anns.empty()) {
    auto merged = core::merge_import(store().annotations(), std::move(anns));
    timings.mark("merge_import");
    current_->store.replace_all(std::move(merged));
    after_edit();
    timings.mark("store.replace_all");
  }
}

void Session::open_file_article(const ImportReport& r) {
  if (!r.file_article) return;
  add_document({*r.file_article, r.file_annotations, r.file_source.empty() ? r.source : r.file_source, r.file_extra});
}

// [SECTION] Note drafts --------------------------------------------------------------------

void Session::set_note_draft(const std::string& id, std::string note, double now_ms) {
  if (!draft_.id.empty() && (draft_.id != id || draft_.doc != current_->id)) commit_note_draft();
  draft_ = {current_->id, id, std::move(note), now_ms};
  ++draft_version_;
}

void Session::commit_note_draft() {
  if (draft_.id.empty()) return;
  NoteDraft d = std::move(draft_);
  draft_ = {};
  ++draft_version_;
  // Its stored record goes with the write that carries the note (or at once, when the note
  // did not change): never before, so a reload in between finds one or the other.
  drafts_to_remove_.emplace_back(d.doc, d.id);
  Entry* e = find_entry(d.doc);
  if (!e || !e->loaded()) return;
  core::AnnotationStore& st = e->doc->store;
  if (const core::Annotation* a = st.find(d.id); a && a->note != d.note) {
    core::Annotation copy = *a;
    copy.note = std::move(d.note);
    if (st.update(copy)) {
      ++change_counter_;
      record({HistoryStep::Kind::Edit, d.doc, "", ""});
    }
  }
}

}  // namespace session
