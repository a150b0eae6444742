// app_state.cpp - commands on the open document, import/export and autosave (see app_state.h).
//
// [SECTION] Start-up and autosave
// [SECTION] Article
// [SECTION] Annotations and undo
// [SECTION] Import and export
// [SECTION] Suggestions
#include "app/app_state.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "core/anchor.h"
#include "core/article_file.h"
#include "core/file_names.h"
#include "core/selection.h"
#include "core/utf8.h"
#include "core/w3c_format.h"
#include "platform/platform.h"

using nlohmann::json;

namespace {

std::string lower_ext(std::string_view name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string e(name.substr(dot + 1));
  for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

// A short, one-line version of a quote for lists and reports.
std::string shorten(const std::string& s, size_t max_cps) {
  std::u32string cps = utf8::decode(s);
  for (char32_t& c : cps) if (c == U'\n' || c == U'\t') c = U' ';
  if (cps.size() > max_cps) {
    cps.resize(max_cps);
    cps += U'\u2026';
  }
  return utf8::encode(cps);
}

json article_record(const core::Article& a) {
  return json{{"version", 1}, {"title", a.title}, {"url", a.url}, {"text", a.text}};
}

}  // namespace

std::string ImportReport::to_json() const {
  json j{{"source", source},   {"exact", exact},       {"moved", moved},
         {"fuzzy", fuzzy},     {"orphaned", orphaned}, {"orphans", orphan_quotes},
         {"articleDiffers", file_article.has_value()}};
  return j.dump();
}

AppState::AppState() : doc_(std::make_unique<Document>()) {}

// [SECTION] Start-up and autosave ---------------------------------------------------------

void AppState::boot(std::string_view saved_article, std::string_view saved_annotations,
                    std::string_view saved_ui, std::string_view saved_dismissed,
                    std::string_view sample) {
  bool restored = false;
  if (!saved_article.empty()) {
    json a = json::parse(saved_article, nullptr, false);
    if (a.is_object() && a.value("text", json()).is_string()) {
      core::ArticleResult r = core::make_article(a["text"].get<std::string>(),
                                                 a.value("title", std::string()),
                                                 a.value("url", std::string()));
      if (r.article) {
        std::vector<core::Annotation> anns;
        if (!saved_annotations.empty()) {
          core::ImportResult imp = core::import_w3c(saved_annotations);
          if (imp.ok) {
            anns = std::move(imp.annotations);
            core::anchor_annotations(r.article->cps, anns);
          } else {
            notices.push_back("The saved annotations could not be read back (" +
                              (imp.errors.empty() ? std::string("unknown error") : imp.errors.front()) +
                              "). The article was restored without them.");
          }
        }
        replace_document(std::move(*r.article), std::move(anns));
        past_.clear();
        restored = true;
      }
    }
  }
  if (!restored) {
    core::ArticleResult r = core::make_article(sample);
    if (r.article) replace_document(std::move(*r.article), {});
    past_.clear();
  }
  if (!saved_dismissed.empty()) {
    json d = json::parse(saved_dismissed, nullptr, false);
    if (d.is_object() && d.value("sha256", std::string()) == core::article_sha256(article()) &&
        d.value("keys", json()).is_array()) {
      for (const json& k : d["keys"]) {
        if (k.is_string()) doc_->dismissed.insert(k.get<std::string>());
      }
    }
  }
  apply_ui_json(saved_ui);
  // What was just restored needs no saving; what was opened for the first time does.
  if (restored) {
    saved_article_generation_ = doc_->generation;
    saved_store_generation_ = doc_->generation;
    saved_store_revision_ = doc_->store.revision();
  }
}

void AppState::apply_ui_json(std::string_view ui) {
  if (ui.empty()) return;
  json j = json::parse(ui, nullptr, false);
  if (!j.is_object()) return;
  auto num = [&](const char* k, double def) {
    auto it = j.find(k);
    return it != j.end() && it->is_number() ? it->get<double>() : def;
  };
  settings.font_px = static_cast<float>(std::clamp(num("fontPx", settings.font_px), 12.0, 36.0));
  settings.dark = j.value("dark", false);
  settings.dyslexic = j.value("dyslexic", false);
  const double top = num("topCp", 0);
  if (top > 0 && top <= static_cast<double>(article().cps.size())) {
    top_cp = static_cast<size_t>(top);
    scroll_request = top_cp;
    scroll_request_center = false;
  }
  const std::string sel = j.value("selected", std::string());
  if (!sel.empty() && store().find(sel)) {
    selected_id = sel;
    editor_open = j.value("editorOpen", false);
  }
  if (j.value("filter", json()).is_object()) {
    const json& f = j["filter"];
    filter.category = f.value("category", std::string());
    filter.search = f.value("search", std::string());
    filter.verdict = core::verdict_from_string(f.value("verdict", std::string()));
  }
  show_suggestions = j.value("suggestions", false);
  // A note typed just before the page went away: put it back into its annotation.
  if (j.value("draft", json()).is_object()) {
    const std::string id = j["draft"].value("id", std::string());
    const std::string note = j["draft"].value("note", std::string());
    if (const core::Annotation* a = store().find(id); a && a->note != note) {
      core::Annotation copy = *a;
      copy.note = note;
      doc_->store.update(copy);
    }
  }
}

std::string AppState::ui_json() const {
  json j{{"version", 1},
         {"fontPx", settings.font_px},
         {"dark", settings.dark},
         {"dyslexic", settings.dyslexic},
         {"topCp", top_cp},
         {"selected", selected_id},
         {"editorOpen", editor_open},
         {"suggestions", show_suggestions},
         {"filter", {{"category", filter.category},
                     {"verdict", filter.verdict ? core::to_string(*filter.verdict) : ""},
                     {"search", filter.search}}}};
  if (!draft_.id.empty()) j["draft"] = {{"id", draft_.id}, {"note", draft_.note}};
  return j.dump();
}

void AppState::autosave(double now_ms, bool force) {
  // A paused typist: the note joins the undo history after a second and a half.
  if (!draft_.id.empty() && now_ms - draft_.changed_ms > 1500) commit_note_draft();

  if (saved_article_generation_ != doc_->generation) {
    platform::storage_save("article", article_record(article()).dump());
    saved_article_generation_ = doc_->generation;
  }
  if (saved_store_generation_ != doc_->generation || saved_store_revision_ != store().revision()) {
    core::ExportOptions opt;
    opt.embed_article = false;  // the article has its own record
    platform::storage_save("annotations", core::export_w3c(article(), store().annotations(), opt));
    saved_store_generation_ = doc_->generation;
    saved_store_revision_ = store().revision();
  }
  std::string dismissed;
  if (!doc_->dismissed.empty() || !saved_dismissed_.empty()) {
    dismissed = json{{"sha256", article_sha()}, {"keys", doc_->dismissed}}.dump();
  }
  if (dismissed != saved_dismissed_) {
    platform::storage_save("dismissed", dismissed);
    saved_dismissed_ = dismissed;
  }
  // Settings, selection and scroll position: small, written when they change (scrolling
  // changes them every frame, so at most four times a second; a draft goes at once).
  std::string ui = ui_json();
  ui_pending_ = false;
  if (ui != saved_ui_) {
    if (force || now_ms - ui_saved_ms_ > 250 || !draft_.id.empty()) {
      platform::storage_save("ui", ui);
      saved_ui_ = std::move(ui);
      ui_saved_ms_ = now_ms;
    } else {
      ui_pending_ = true;  // the frame loop comes back for it
    }
  }
}

const std::string& AppState::article_sha() {
  if (article_sha_generation_ != doc_->generation) {
    article_sha_ = core::article_sha256(article());
    article_sha_generation_ = doc_->generation;
  }
  return article_sha_;
}

// [SECTION] Article -----------------------------------------------------------------------

void AppState::replace_document(core::Article a, std::vector<core::Annotation> anns) {
  commit_note_draft();
  auto next = std::make_unique<Document>();
  next->article = std::move(a);
  if (!anns.empty()) next->store.replace_all(std::move(anns));
  next->store.clear_history();
  next->generation = next_generation_++;
  if (doc_->generation != 0) past_.push_back(std::move(doc_));
  future_.clear();
  doc_ = std::move(next);
  selection = {};
  selected_id.clear();
  editor_open = false;
  current_suggestion = -1;
  top_cp = 0;
  scroll_request = 0;
  scroll_request_center = false;
}

void AppState::open_article(core::Article a, std::vector<core::Annotation> anns, bool ask) {
  if (ask) {
    const size_t count = store().size();
    const std::string has = count == 0   ? ""
                            : count == 1 ? " and its annotation"
                                         : " and its " + std::to_string(count) + " annotations";
    auto holder = std::make_shared<std::pair<core::Article, std::vector<core::Annotation>>>(
        std::move(a), std::move(anns));
    confirm = Confirm{"Replace the article?",
                      "Open \"" + shorten(holder->first.title, 60) + "\"? The open article" + has +
                          " is put aside; Undo (Ctrl+Z) brings it back.",
                      "Open", [this, holder] {
                        replace_document(std::move(holder->first), std::move(holder->second));
                      }};
    return;
  }
  replace_document(std::move(a), std::move(anns));
}

std::string AppState::load_article_text(std::string_view text, std::string title, std::string url) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return "the article text is empty";
  core::ArticleResult r = core::make_article(text, std::move(title), std::move(url));
  if (!r.article) return r.error;
  replace_document(std::move(*r.article), {});
  return "";
}

void AppState::paste_text(std::string_view text) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return;
  core::ArticleResult r = core::make_article(text);
  if (!r.article) {
    notices.push_back("The pasted text could not be opened: " + r.error + ".");
    return;
  }
  const size_t words = std::count(r.article->text.begin(), r.article->text.end(), ' ') + 1;
  auto holder = std::make_shared<core::Article>(std::move(*r.article));
  confirm = Confirm{"Open the pasted text?",
                    "Open the pasted text (about " + std::to_string(words) +
                        " words) as the article? The open article is put aside; Undo (Ctrl+Z) "
                        "brings it back.",
                    "Open", [this, holder] { replace_document(std::move(*holder), {}); }};
}

void AppState::open_file(std::string_view name, std::string_view bytes) {
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
      notices.push_back("\"" + shown + "\" could not be imported: " + error);
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
  open_article(std::move(r.file->article), {}, true);
}

// [SECTION] Annotations and undo ----------------------------------------------------------

void AppState::after_edit() { future_.clear(); }

std::string AppState::create_annotation(const std::string& category) {
  if (selection.empty()) return "";
  commit_note_draft();
  core::Annotation a = core::make_annotation(article(), selection.start(), selection.end(), category);
  const std::string id = doc_->store.add(std::move(a));
  after_edit();
  selected_id = id;
  editor_open = true;
  focus_note = true;
  selection = {selection.end(), selection.end()};
  return id;
}

void AppState::update_annotation(const core::Annotation& a) {
  if (draft_.id == a.id) draft_ = {};
  if (doc_->store.update(a)) after_edit();
}

void AppState::delete_annotation(const std::string& id) {
  if (draft_.id == id) draft_ = {};
  if (doc_->store.remove(id)) after_edit();
  if (selected_id == id) {
    selected_id.clear();
    editor_open = false;
  }
}

void AppState::clear_annotations() {
  if (store().size() == 0) return;
  const std::string n = std::to_string(store().size());
  confirm = Confirm{"Delete all annotations?",
                    "All " + n + " annotations of this article will be deleted. Undo (Ctrl+Z) "
                    "brings them back.",
                    "Delete all", [this] {
                      commit_note_draft();
                      doc_->store.replace_all({});
                      after_edit();
                      selected_id.clear();
                      editor_open = false;
                    }};
}

void AppState::select_annotation(const std::string& id, bool scroll_to_it) {
  if (id != selected_id) commit_note_draft();
  selected_id = id;
  editor_open = !id.empty();
  if (const core::Annotation* a = store().find(id); a && scroll_to_it &&
                                                    a->anchor != core::AnchorStatus::Orphaned) {
    scroll_request = a->start;
    scroll_request_center = true;
  }
}

void AppState::set_note_draft(const std::string& id, std::string note, double now_ms) {
  if (!draft_.id.empty() && draft_.id != id) commit_note_draft();
  draft_ = {id, std::move(note), now_ms};
}

void AppState::commit_note_draft() {
  if (draft_.id.empty()) return;
  NoteDraft d = std::move(draft_);
  draft_ = {};
  if (const core::Annotation* a = store().find(d.id); a && a->note != d.note) {
    core::Annotation copy = *a;
    copy.note = std::move(d.note);
    if (doc_->store.update(copy)) after_edit();
  }
}

bool AppState::can_undo() const { return !draft_.id.empty() || store().can_undo() || !past_.empty(); }
bool AppState::can_redo() const { return store().can_redo() || !future_.empty(); }

void AppState::undo() {
  commit_note_draft();
  if (doc_->store.can_undo()) doc_->store.undo();
  else if (!past_.empty()) swap_document(past_, future_);
  forget_missing_selection();
}

void AppState::redo() {
  commit_note_draft();
  if (doc_->store.can_redo()) doc_->store.redo();
  else if (!future_.empty()) swap_document(future_, past_);
  forget_missing_selection();
}

// Article replacement is undone a whole document at a time: the current one goes onto `to`,
// the last of `from` comes back.
void AppState::swap_document(std::vector<std::unique_ptr<Document>>& from,
                             std::vector<std::unique_ptr<Document>>& to) {
  to.push_back(std::move(doc_));
  doc_ = std::move(from.back());
  from.pop_back();
  selection = {};
  scroll_request = 0;
  scroll_request_center = false;
}

void AppState::forget_missing_selection() {
  if (!selected_id.empty() && !store().find(selected_id)) {
    selected_id.clear();
    editor_open = false;
  }
}

// [SECTION] Import and export -------------------------------------------------------------

std::string AppState::export_json() {
  commit_note_draft();
  return core::export_w3c(article(), store().annotations());
}

void AppState::download_export() {
  platform::download(core::export_file_name(article().title), "application/ld+json", export_json());
}

std::optional<ImportReport> AppState::import_json(std::string_view bytes, const std::string& source,
                                                  std::string* error) {
  core::ImportResult imp = core::import_w3c(bytes);
  if (!imp.ok) {
    std::string msg = imp.errors.empty() ? "the file is not a valid annotation file" : imp.errors.front();
    if (imp.errors.size() > 1) msg += " (and " + std::to_string(imp.errors.size() - 1) + " more problems)";
    if (error) *error = msg;
    return std::nullopt;
  }
  commit_note_draft();
  ImportReport r;
  r.source = source;
  if (imp.article && core::article_sha256(*imp.article) != core::article_sha256(article())) {
    r.file_article = *imp.article;
    r.file_annotations = imp.annotations;
  }
  std::vector<core::Annotation> anns = std::move(imp.annotations);
  const core::AnchorSummary sum = core::anchor_annotations(article().cps, anns);
  r.exact = sum.exact;
  r.moved = sum.moved;
  r.fuzzy = sum.fuzzy;
  r.orphaned = sum.orphaned;
  for (const core::Annotation& a : anns) {
    if (a.anchor == core::AnchorStatus::Orphaned) r.orphan_quotes.push_back(shorten(a.exact, 120));
  }
  // Merge: an imported annotation replaces one with the same id, the rest are added.
  std::map<std::string, core::Annotation> merged;
  for (const core::Annotation& a : store().annotations()) merged[a.id] = a;
  for (core::Annotation& a : anns) {
    if (a.id.empty()) a.id = core::new_annotation_id();
    merged[a.id] = std::move(a);
  }
  std::vector<core::Annotation> all;
  all.reserve(merged.size());
  for (auto& kv : merged) all.push_back(std::move(kv.second));
  if (!anns.empty()) {
    doc_->store.replace_all(std::move(all));
    after_edit();
  }
  return r;
}

void AppState::paste_html(std::string_view html, std::string_view text) {
  core::ArticleFileResult r = core::read_article_file("", html);
  if (!r.file) {  // markup without text (an image, a fragment of layout): the plain version
    paste_text(text);
    return;
  }
  const size_t words = std::count(r.file->article.text.begin(), r.file->article.text.end(), ' ') + 1;
  auto holder = std::make_shared<core::Article>(std::move(r.file->article));
  confirm = Confirm{"Open the pasted text?",
                    "Open the pasted text (about " + std::to_string(words) +
                        " words) as the article? The open article is put aside; Undo (Ctrl+Z) "
                        "brings it back.",
                    "Open", [this, holder] { replace_document(std::move(*holder), {}); }};
}

std::string AppState::open_page(std::string_view html, std::string url) {
  core::ArticleFileResult r = core::read_article_file("", html, url);
  if (!r.file) {
    notices.push_back("The page handed over could not be opened: " + r.error + ".");
    return r.error;
  }
  if (!r.file->warning.empty()) notices.push_back("The page was read in part: " + r.file->warning + ".");
  // The reader asked for this page by clicking the bookmarklet: no question first.
  open_article(std::move(r.file->article), {}, false);
  return "";
}

void AppState::open_file_article(const ImportReport& r) {
  if (!r.file_article) return;
  std::vector<core::Annotation> anns = r.file_annotations;
  core::anchor_annotations(r.file_article->cps, anns);
  replace_document(*r.file_article, std::move(anns));
}

// [SECTION] Suggestions -------------------------------------------------------------------

const std::vector<core::ClaimSuggestion>& AppState::suggestions() {
  if (suggestions_generation_ != doc_->generation) {
    suggestions_ = core::suggest_claims(article().cps);
    suggestions_generation_ = doc_->generation;
  }
  return suggestions_;
}

std::string AppState::suggestion_key(const core::ClaimSuggestion& s) {
  return std::to_string(s.start) + ":" + std::to_string(s.end);
}

void AppState::accept_suggestion(const core::ClaimSuggestion& s) {
  const std::string category = s.category == "quantity" ? "statistic"
                               : s.category == "quote"  ? "quote"
                                                        : "claim";
  core::Annotation a = core::make_annotation(article(), s.start, s.end, category);
  a.note = s.reason.empty() ? "" : "Suggested: " + s.reason;
  doc_->dismissed.insert(suggestion_key(s));  // handled: no longer offered
  current_suggestion = -1;
  const std::string id = doc_->store.add(std::move(a));
  after_edit();
  selected_id = id;
  editor_open = true;
}

void AppState::dismiss_suggestion(const core::ClaimSuggestion& s) {
  doc_->dismissed.insert(suggestion_key(s));
  current_suggestion = -1;
}
