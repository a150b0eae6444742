// session_storage.cpp - start-up from what storage holds (with the move of the work saved
// before the library existed), and the bookkeeping of saving: which records to write, what
// a committed or failed write means, reads coming back, and another tab's writes merged in
// (see session.h and docs/EMBEDDING.md, "What the page stores").
//
// [SECTION] Start-up
// [SECTION] The work saved before the library
// [SECTION] The UI record
// [SECTION] Effects: what to write now
// [SECTION] Answers from storage
// [SECTION] Another tab's writes
#include <algorithm>
#include <chrono>

#include "core/anchor.h"
#include "core/annotation_merge.h"
#include "core/w3c_format.h"
#include "session/records.h"
#include "session/session.h"
#include "session/session_internal.h"

using nlohmann::json;

namespace session {

namespace {
std::string str_field(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A flag of the UI record; anything but true or false (a damaged record) is the default.
bool bool_field(const json& j, const char* key, bool otherwise) {
  const auto it = j.find(key);
  return it != j.end() && it->is_boolean() ? it->get<bool>() : otherwise;
}

core::Article fallback_article(const std::string& sample) {
  core::ArticleResult r = core::make_article(sample);
  if (r.article) return std::move(*r.article);
  return *core::make_article("Article annotator").article;
}
}  // namespace

// [SECTION] Start-up -----------------------------------------------------------------------

void Session::boot(std::string_view data) {
  std::string why;
  const auto parsed = parse_entries(data, &why);
  if (!parsed) {
    boot_failed_read("the saved data arrived damaged (" + why + ")");
    return;
  }
  std::map<std::string, std::string_view> by_key;
  for (const session::Entry& r : *parsed) by_key[std::string(r.key)] = r.value;
  if (const auto s = by_key.find("!sample"); s != by_key.end()) sample_text = std::string(s->second);
  if (const auto err = by_key.find("!error"); err != by_key.end()) {
    boot_failed_read(std::string(err->second));
    return;
  }

  size_t damaged = 0;
  std::map<std::string, std::string_view> legacy;
  for (const auto& [key, value] : by_key) {
    if (std::string id = id_of_key(key, "meta:"); !id.empty()) {
      auto e = std::make_unique<Entry>();
      std::string problem;
      if (auto m = decode_meta(value, &problem)) {
        e->meta = std::move(*m);
        e->meta.id = id;
        e->rev = e->issued_rev = e->meta.rev;
        e->text_stored = true;
      } else {
        e->meta.id = id;
        e->meta.title = "(a document whose record is damaged)";
        e->damaged = "its library record is damaged (" + problem + ")";
        ++damaged;
      }
      entries_[id] = std::move(e);
    } else if (key.rfind("draft:", 0) == 0) {
      if (auto d = decode_draft(value)) stored_drafts_[d->doc].emplace_back(d->annotation, d->note);
    } else if (std::string k = id_of_key(key, "recovered:"); !k.empty()) {
      recovered_[k] = std::string(value);
    } else if (std::string k = id_of_key(key, "legacy:"); !k.empty()) {
      legacy[k] = value;
    }
  }
  if (damaged > 0) {
    notices.push_back(std::to_string(damaged) + (damaged == 1 ? " document's record" : " documents' records") +
                      " in this browser's storage could not be read. They are listed in File > Library "
                      "and left as they are.");
  }

  // Settings first (they do not depend on the document).
  const auto ui = by_key.find(kUiKey);
  const std::string_view ui_text = ui != by_key.end() ? ui->second
                                   : legacy.count("ui") ? legacy["ui"]
                                                        : std::string_view();
  apply_ui_json(ui_text);
  const json ui_json_value = json::parse(ui_text, nullptr, false);
  const std::string last_open = ui_json_value.is_object() ? str_field(ui_json_value, "open") : "";

  if (!by_key.count(kMigratedKey) && legacy.count("article")) migrate_legacy(legacy);
  if (current_) return;  // the migrated document is open

  Entry* open = find_entry(last_open);
  if (!open || !open->attached || !open->damaged.empty()) open = most_recent_other("");
  if (open) {
    request_load(open->meta.id, LoadPurpose::BootOpen);
    // The selection and the open editor belong to that document: restored when it arrives.
    if (open->meta.id == last_open) boot_ui_ = std::string(ui_text);
    return;
  }
  add_document_now({fallback_article(sample_text), {}, "sample", json::object()}, false);
}

void Session::boot_failed_read(const std::string& why) {
  blocked_ = true;
  add_document_now({fallback_article(sample_text), {}, "sample", json::object()}, false);
  confirm = Confirm{
      "Your saved work could not be read",
      "This browser's storage did not answer as it should (" + why +
          "). Your documents may still be there. So that nothing stored is overwritten, nothing "
          "is saved until you choose: try again (reloads the page), or continue without saving "
          "(export what you make with File > Export).",
      "Try again", [this] { reload_requested_ = true; }, "Continue without saving",
      [] {}, ""};
}

// The note drafts found in storage join their annotations when the document is read; their
// records go with the write that carries the notes.
void Session::apply_stored_drafts(Entry& e) {
  const auto it = stored_drafts_.find(e.meta.id);
  if (it == stored_drafts_.end() || !e.loaded()) return;
  core::AnnotationStore& st = e.doc->store;
  for (const auto& [ann, note] : it->second) {
    if (const core::Annotation* a = st.find(ann); a && a->note != note) {
      core::Annotation copy = *a;
      copy.note = note;
      st.update(copy);
    }
    drafts_to_remove_.emplace_back(e.meta.id, ann);
  }
  st.clear_history();  // just read: nothing to undo yet
  stored_drafts_.erase(it);
}

// [SECTION] The work saved before the library ----------------------------------------------

// Version 1 kept one article in four records ("article", "annotations", "dismissed", "ui").
// They become one document; the old records are left exactly as they were.
void Session::migrate_legacy(const std::map<std::string, std::string_view>& legacy) {
  const auto get = [&](const char* k) {
    const auto it = legacy.find(k);
    return it == legacy.end() ? std::string_view() : it->second;
  };
  const json a = json::parse(get("article"), nullptr, false);
  if (!a.is_object() || !a.value("text", json()).is_string()) {
    notices.push_back("The article saved by the previous version could not be read. It was left as it was.");
    return;
  }
  core::ArticleResult r = core::make_article(a["text"].get<std::string>(), str_field(a, "title"),
                                             str_field(a, "url"));
  if (!r.article) {
    notices.push_back("The article saved by the previous version could not be read (" + r.error +
                      "). It was left as it was.");
    return;
  }
  bool complete = true;
  NewDocument nd{std::move(*r.article), {}, "saved before the library", json::object()};
  if (!get("annotations").empty()) {
    core::ImportResult imp = core::import_w3c(get("annotations"));
    if (imp.ok) {
      nd.annotations = std::move(imp.annotations);
      nd.extra = std::move(imp.extra);
    } else {
      complete = false;
      notices.push_back("The annotations saved by the previous version could not be read (" +
                        (imp.errors.empty() ? std::string("unknown error") : imp.errors.front()) +
                        "). The article was opened without them; the old records were left as they were.");
    }
  }
  const json d = json::parse(get("dismissed"), nullptr, false);
  const json ui = json::parse(get("ui"), nullptr, false);
  std::set<std::string> dismissed;
  if (d.is_object() && d.value("keys", json()).is_array() &&
      str_field(d, "sha256") == core::article_sha256(nd.article)) {
    for (const json& k : d["keys"])
      if (k.is_string()) dismissed.insert(k.get<std::string>());
  }
  const std::string id = add_document_now(std::move(nd), false);
  Entry* e = find_entry(id);
  if (e && e->loaded()) {
    e->doc->dismissed.insert(dismissed.begin(), dismissed.end());
    if (ui.is_object()) {
      if (ui.value("draft", json()).is_object()) {
        const json& dr = ui["draft"];
        stored_drafts_[id].emplace_back(str_field(dr, "id"), str_field(dr, "note"));
        apply_stored_drafts(*e);
      }
      const auto top = ui.find("topCp");
      if (top != ui.end() && top->is_number_unsigned() &&
          top->get<size_t>() <= e->doc->article.cps.size()) {
        top_cp = e->doc->top_cp = top->get<size_t>();
        scroll_request = top_cp;
        scroll_request_center = false;
      }
      apply_ui_view(ui.dump());
    }
  }
  if (complete) {
    migration_pending_ = true;
    migrated_id_ = id;
  }
}

// [SECTION] The UI record ------------------------------------------------------------------

void Session::apply_ui_json(std::string_view ui) {
  if (ui.empty()) return;
  json j = json::parse(ui, nullptr, false);
  if (!j.is_object()) return;
  const auto it = j.find("fontPx");
  if (it != j.end() && it->is_number()) settings.font_px = static_cast<float>(std::clamp(it->get<double>(), 12.0, 36.0));
  settings.dark = bool_field(j, "dark", false);
  settings.dyslexic = bool_field(j, "dyslexic", false);
  settings.high_contrast = bool_field(j, "highContrast", false);
  // Records from before the system's preference counted: dark there was the reader's choice.
  settings.theme_chosen = bool_field(j, "themeChosen", settings.dark);
  if (j.value("filter", json()).is_object()) {
    const json& f = j["filter"];
    filter.category = str_field(f, "category");
    filter.search = str_field(f, "search");
    filter.verdict = core::verdict_from_string(str_field(f, "verdict"));
  }
  show_suggestions = bool_field(j, "suggestions", false);
  if (j.value("suggestionList", json()).is_object()) {
    const json& l = j["suggestionList"];
    const auto n = l.find("strongest");
    if (n != l.end() && n->is_number_integer())
      suggestions_listed = static_cast<int>(std::clamp<int64_t>(n->get<int64_t>(), 1, kMostListed));
    suggestions_in_article_order = bool_field(l, "articleOrder", false);
    suggestions_kind = str_field(l, "kind");
  }
}

// The selection and the open editor, once the document they belong to is open.
void Session::apply_ui_view(std::string_view ui) {
  if (!current_ || ui.empty()) return;
  json j = json::parse(ui, nullptr, false);
  if (!j.is_object()) return;
  const std::string sel = str_field(j, "selected");
  if (!sel.empty() && store().find(sel)) {
    selected_id = sel;
    editor_open = bool_field(j, "editorOpen", false);
  }
}

std::string Session::ui_json() const {
  json j{{"v", kRecordVersion},
         {"open", current_ ? current_->id : ""},
         {"fontPx", settings.font_px},
         {"dark", settings.dark},
         {"dyslexic", settings.dyslexic},
         {"highContrast", settings.high_contrast},
         {"themeChosen", settings.theme_chosen},
         {"selected", selected_id},
         {"editorOpen", editor_open},
         {"suggestions", show_suggestions},
         {"suggestionList", {{"strongest", suggestions_listed},
                             {"articleOrder", suggestions_in_article_order},
                             {"kind", suggestions_kind}}},
         {"filter", {{"category", filter.category},
                     {"verdict", filter.verdict ? core::to_string(*filter.verdict) : ""},
                     {"search", filter.search}}}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

// [SECTION] Effects: what to write now -----------------------------------------------------

Effects Session::take_effects(double now_ms, bool force) {
  now_ms_ = now_ms;
  Effects fx;
  // A paused typist: the note joins the undo history after a second and a half.
  if (!draft_.id.empty() && now_ms - draft_.changed_ms > 1500) commit_note_draft();
  fx.reads = std::move(reads_to_issue_);
  reads_to_issue_.clear();
  fx.downloads = std::move(downloads_);
  downloads_.clear();
  fx.reload_page = reload_requested_;
  reload_requested_ = false;
  if (blocked_ || !current_) return fx;  // the reader decides first (see boot_failed_read)

  // After a failure: a full storage waits for a change (a deletion makes room), anything
  // else for a pause; leaving the page tries at once.
  if (write_failing_ && !force) {
    const bool retry = failure_kind_ == WriteFailure::Quota ? change_counter_ != failed_at_change_
                                                            : now_ms >= retry_after_ms_;
    if (!retry) return fx;
  }

  // The note being typed: at every change, in a record of its own.
  if (!draft_.id.empty() && draft_version_ != draft_written_version_) {
    StorageWrite w;
    w.id = next_effect_id_++;
    w.puts.emplace_back(draft_key(draft_.doc, draft_.id), encode_draft({draft_.doc, draft_.id, draft_.note}));
    PendingWrite pw;
    pw.draft_doc = draft_.doc;
    pw.draft_id = draft_.id;
    writes_in_flight_[w.id] = std::move(pw);
    fx.writes.push_back(std::move(w));
    draft_written_version_ = draft_version_;
  }

  const auto t0 = std::chrono::steady_clock::now();
  for (auto& [id, e] : entries_) plan_entry_write(*e, fx, force);
  const double planned = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (planned > 1.0) timings.add("write records (serialise)", planned);

  // Drafts committed with no change to write: their records can go now, once nothing of
  // their document is on its way (the note is then in storage).
  std::vector<std::pair<std::string, std::string>> keep;
  StorageWrite rm;
  for (auto& [doc, ann] : drafts_to_remove_) {
    const Entry* e = find_entry(doc);
    if (e && (e->dirty() || e->in_flight > 0 || e->conflict)) {
      keep.emplace_back(doc, ann);
      continue;
    }
    rm.removes.push_back(draft_key(doc, ann));
  }
  drafts_to_remove_ = std::move(keep);
  if (!rm.removes.empty()) {
    rm.id = next_effect_id_++;
    writes_in_flight_[rm.id] = PendingWrite{};
    fx.writes.push_back(std::move(rm));
  }

  // Settings, selection, reading position: small, at most four times a second.
  std::string ui = ui_json();
  const bool pos_changed = saved_pos_[current_->id] != top_cp + 1;  // +1: 0 means "never"
  ui_pending_ = false;
  if (ui != saved_ui_ || pos_changed) {
    if (force || now_ms - ui_saved_ms_ > 250) {
      StorageWrite w;
      w.id = next_effect_id_++;
      w.puts.emplace_back(kUiKey, ui);
      if (pos_changed && find_entry(current_->id)->attached) w.puts.emplace_back(pos_key(current_->id), encode_pos(top_cp));
      PendingWrite pw;
      pw.ui = true;
      writes_in_flight_[w.id] = std::move(pw);
      fx.writes.push_back(std::move(w));
      saved_ui_ = std::move(ui);
      saved_pos_[current_->id] = top_cp + 1;
      ui_saved_ms_ = now_ms;
    } else {
      ui_pending_ = true;  // the frame loop comes back for it
    }
  }
  return fx;
}

void Session::plan_entry_write(Entry& e, Effects& fx, bool force) {
  if (!e.damaged.empty() && e.attached) return;  // never written over: the reader decides
  if (e.conflict) return;                         // a read is on its way; merge first
  if (e.in_flight > 0 && !force) return;          // one at a time; leaving chains them
  const std::string& id = e.meta.id;
  if (!e.attached) {
    if (e.issued_rev == 0 && !e.text_stored && e.in_flight == 0) return;  // nothing stored
    StorageWrite w;
    w.id = next_effect_id_++;
    if (e.damaged.empty()) w.checks.emplace_back(meta_key(id), e.issued_rev);
    w.removes = {meta_key(id), doc_key(id), text_key(id), pos_key(id)};
    w.remove_prefixes = {draft_prefix(id)};
    PendingWrite pw;
    PendingWrite::Part part;
    part.doc = id;
    part.removal = true;
    pw.parts.push_back(std::move(part));
    writes_in_flight_[w.id] = std::move(pw);
    fx.writes.push_back(std::move(w));
    e.issued_rev = 0;
    ++e.in_flight;
    return;
  }
  if (!e.loaded()) return;
  if (e.dormant && !e.dirty()) return;
  const bool first = e.issued_rev == 0;
  const bool marker = migration_pending_ && id == migrated_id_;
  if (!first && !e.dirty() && !marker) return;
  e.dormant = false;
  const Document& d = *e.doc;

  StorageWrite w;
  w.id = next_effect_id_++;
  PendingWrite pw;
  PendingWrite::Part part;
  part.doc = id;
  part.new_rev = e.issued_rev + 1;
  part.content = true;
  part.text = first;
  part.store_revision = d.store.revision();
  part.version = d.version;
  part.annotations = d.store.annotations();
  part.dismissed = d.dismissed;

  e.meta.rev = part.new_rev;
  e.meta.annotations = d.store.size();
  e.meta.length = d.article.cps.size();
  e.meta.title = d.article.title;
  e.meta.url = d.article.url;
  // The last change of its content (not a rewrite after storage lost it, e.g. an undone delete).
  if (d.store.revision() != e.stored_store_revision || d.version != e.stored_version) {
    e.meta.modified = now_iso8601_ms();
  }
  w.checks.emplace_back(meta_key(id), e.issued_rev);
  w.puts.emplace_back(meta_key(id), encode_meta(e.meta));
  std::map<std::string, std::string> reasons;  // of the annotations still there
  for (const auto& [ann, why] : d.reasons)
    if (d.store.find(ann)) reasons[ann] = why;
  w.puts.emplace_back(doc_key(id), encode_doc(d.store.annotations(), d.extra, d.dismissed, reasons));
  if (first) w.puts.emplace_back(text_key(id), encode_text(id, d.article));
  if (marker) {
    w.puts.emplace_back(kMigratedKey, json{{"v", kRecordVersion}, {"doc", id}, {"at", now_iso8601_ms()}}.dump());
    pw.migration_marker = true;
  }
  // Drafts whose notes this write carries.
  std::vector<std::pair<std::string, std::string>> keep;
  for (auto& [doc, ann] : drafts_to_remove_) {
    if (doc == id) {
      w.removes.push_back(draft_key(doc, ann));
      pw.drafts_removed.emplace_back(doc, ann);
    } else {
      keep.emplace_back(doc, ann);
    }
  }
  drafts_to_remove_ = std::move(keep);

  e.written_store_revision = part.store_revision;
  e.written_version = part.version;
  e.issued_rev = part.new_rev;
  ++e.in_flight;
  pw.parts.push_back(std::move(part));
  writes_in_flight_[w.id] = std::move(pw);
  fx.writes.push_back(std::move(w));
}

// [SECTION] Answers from storage -----------------------------------------------------------

void Session::on_written(uint64_t write_id) {
  const auto it = writes_in_flight_.find(write_id);
  if (it == writes_in_flight_.end()) return;
  PendingWrite w = std::move(it->second);
  writes_in_flight_.erase(it);
  write_failing_ = false;
  if (w.migration_marker) migration_pending_ = false;
  for (PendingWrite::Part& p : w.parts) {
    Entry* e = find_entry(p.doc);
    if (!e) continue;
    --e->in_flight;
    if (p.removal) {
      e->rev = 0;
      e->text_stored = false;
      e->written_store_revision = e->written_version = kNever;  // brought back: written whole
    } else {
      e->rev = p.new_rev;
      if (p.text) e->text_stored = true;
      e->stored_store_revision = p.store_revision;
      e->stored_version = p.version;
      e->base = std::move(p.annotations);
      e->base_dismissed = std::move(p.dismissed);
    }
    if (e->refresh_wanted && e->in_flight == 0) {
      e->refresh_wanted = false;
      request_load(p.doc, LoadPurpose::Refresh);
    }
  }
  forget_unreferenced();
}

void Session::on_write_failed(uint64_t write_id, WriteFailure kind, const std::string& message) {
  const auto it = writes_in_flight_.find(write_id);
  if (it == writes_in_flight_.end()) return;
  PendingWrite w = std::move(it->second);
  writes_in_flight_.erase(it);
  for (PendingWrite::Part& p : w.parts) {
    Entry* e = find_entry(p.doc);
    if (!e) continue;
    --e->in_flight;
    // Storage still holds the previous state: what it has is what we must write again.
    e->issued_rev = e->rev;
    e->written_store_revision = e->stored_store_revision;
    e->written_version = e->stored_version;
    if (kind == WriteFailure::Conflict) {
      e->conflict = true;
      request_load(p.doc, LoadPurpose::Refresh);
    }
  }
  // The drafts this write was to remove stay until a write carrying their notes succeeds.
  drafts_to_remove_.insert(drafts_to_remove_.end(), w.drafts_removed.begin(), w.drafts_removed.end());
  if (!w.draft_id.empty() && draft_.doc == w.draft_doc && draft_.id == w.draft_id) draft_written_version_ = 0;
  if (w.ui) {
    saved_ui_.clear();
    saved_pos_.clear();
  }
  if (kind != WriteFailure::Conflict) note_write_problem(kind, message);
}

// Shown by a banner, not a dialog: a failing write must never take the keyboard from
// someone typing a note (every keystroke is written).
void Session::note_write_problem(WriteFailure kind, const std::string& message) {
  write_failing_ = true;
  failure_kind_ = kind;
  failure_message_ = message;
  failed_at_change_ = change_counter_;
  retry_after_ms_ = now_ms_ + 3000;
}

void Session::on_read(uint64_t read_id, const std::vector<session::Entry>& entries,
                      const std::string& error) {
  const auto it = loads_.find(read_id);
  if (it == loads_.end()) return;
  Load load = std::move(it->second);
  loads_.erase(it);
  const bool boot_open = load.purpose == LoadPurpose::BootOpen;
  finish_load(std::move(load), entries, error);
  if (boot_open && !boot_ui_.empty()) {
    apply_ui_view(boot_ui_);
    boot_ui_.clear();
  }
}

SaveStatus Session::save_status() const {
  SaveStatus s;
  s.blocked = blocked_;
  s.failing = write_failing_ && !blocked_;
  s.quota = s.failing && failure_kind_ == WriteFailure::Quota;
  if (blocked_) {
    s.message = "Not saving: this browser's storage could not be read";
    s.detail = "Nothing is saved in this session, so nothing stored can be overwritten. Export what "
               "you make (File > Export); reload the page to try reading the storage again.";
  } else if (s.quota) {
    s.message = "Not saved: this browser's storage is full";
    s.detail = "This browser has no room left to save your work. Nothing is lost yet: everything "
               "stays open in this tab. To make room, export the documents you need (File > Export, "
               "or Export in File > Library) and delete the ones you no longer need in File > "
               "Library; saving resumes by itself.";
  } else if (s.failing) {
    s.message = "Not saved: " + failure_message_;
    s.detail = "Your work could not be saved in this browser (" + failure_message_ +
               "). It stays open in this tab and saving is tried again every few seconds; to keep "
               "a copy meanwhile, export it (File > Export).";
  }
  s.pending = !writes_in_flight_.empty() || ui_pending_ || !draft_.id.empty();
  for (const auto& [id, e] : entries_) s.pending = s.pending || e->dirty();
  return s;
}

bool Session::has_pending_effects() const {
  return ui_pending_ || !reads_to_issue_.empty() || !downloads_.empty() || reload_requested_;
}

// [SECTION] Another tab's writes -----------------------------------------------------------

void Session::on_remote_change(const std::vector<std::string>& keys) {
  for (const std::string& key : keys) {
    const std::string id = id_of_key(key, "meta:");
    if (id.empty()) continue;
    Entry* e = find_entry(id);
    if (e && e->in_flight > 0) {
      e->refresh_wanted = true;  // after our write: its outcome decides what is new
      continue;
    }
    request_load(id, LoadPurpose::Refresh);
  }
}

// What storage holds now for a document another tab wrote (or that refused our write):
// merged with this tab's unsaved changes, never simply taken over them.
void Session::merge_remote(const std::string& id, const std::vector<session::Entry>& records) {
  std::map<std::string_view, std::string_view> by_key;
  for (const session::Entry& r : records) by_key[r.key] = r.value;
  Entry* e = find_entry(id);
  if (e && e->in_flight > 0) {
    e->refresh_wanted = true;
    return;
  }
  const auto meta = by_key.find(meta_key(id));
  if (meta == by_key.end()) {
    if (!e || (e->rev == 0 && e->issued_rev == 0)) {
      if (e) e->conflict = false;
      return;
    }
    // Deleted in another tab.
    e->rev = e->issued_rev = 0;
    e->text_stored = false;
    e->conflict = false;
    e->stored_store_revision = e->stored_version = kNever;
    if (!e->attached) return;
    if (!e->loaded()) {
      entries_.erase(id);
      return;
    }
    if (e->doc.get() == current_) {
      if (e->dirty()) {
        messages.push_back("\u201C" + shorten(e->meta.title, 60) +
                          "\u201D was deleted in another tab. Your changes here keep it: it is saved again.");
      } else {
        e->dormant = true;
        e->written_store_revision = e->doc->store.revision();
        e->written_version = e->doc->version;
        messages.push_back("\u201C" + shorten(e->meta.title, 60) +
                          "\u201D was deleted in another tab. It stays open here; any change you make "
                          "saves it again.");
      }
    } else {
      e->attached = false;  // kept in memory while undo can reach it, nothing to remove
    }
    return;
  }
  std::string why;
  auto m = decode_meta(meta->second, &why);
  if (!m) return;  // damaged by someone else: left alone
  if (!e) {
    auto ne = std::make_unique<Entry>();
    ne->meta = std::move(*m);
    ne->meta.id = id;
    ne->rev = ne->issued_rev = ne->meta.rev;
    ne->text_stored = true;
    entries_[id] = std::move(ne);
    return;
  }
  if (m->rev <= e->rev) {
    e->conflict = false;
    return;
  }
  const uint64_t rev = m->rev;
  e->meta = std::move(*m);
  e->meta.id = id;
  if (!e->loaded()) {
    e->rev = e->issued_rev = rev;
    e->text_stored = true;
    e->conflict = false;
    return;
  }
  Document& d = *e->doc;
  DocRecord theirs;
  if (const auto doc = by_key.find(doc_key(id)); doc != by_key.end()) {
    auto decoded = decode_doc(doc->second, d.article, &why);
    if (!decoded) {
      // Unreadable: ours is written over it at the next change (nothing readable is lost).
      e->rev = e->issued_rev = rev;
      e->conflict = false;
      return;
    }
    theirs = std::move(*decoded);
  }
  const bool local_changes = e->dirty() || e->conflict;
  std::vector<core::Annotation> result;
  std::set<std::string> dismissed;
  std::vector<std::string> conflicts;
  if (local_changes) {
    core::ThreeWayMerge merged = core::merge_three_way(e->base, d.store.annotations(), theirs.annotations);
    result = std::move(merged.annotations);
    conflicts = std::move(merged.conflicts);
    dismissed = core::merge_sets_three_way(e->base_dismissed, d.dismissed, theirs.dismissed);
  } else {
    result = theirs.annotations;
    dismissed = theirs.dismissed;
  }
  // An annotation whose note is being typed here stays, whatever the other tab did to it:
  // its edit is on its way (an edit wins over a deletion, as in the merge).
  if (draft_.doc == id && !draft_.id.empty()) {
    const bool kept = std::any_of(result.begin(), result.end(), [&](const core::Annotation& a) { return a.id == draft_.id; });
    if (const core::Annotation* mine = d.store.find(draft_.id); mine && !kept) result.push_back(*mine);
  }
  // Same content as this tab has? Then nothing changes here (the store's revision stays).
  const auto same_list = [](const std::vector<core::Annotation>& a, const std::vector<core::Annotation>& b) {
    if (a.size() != b.size()) return false;
    std::map<std::string, const core::Annotation*> by;
    for (const auto& x : b) by[x.id] = &x;
    for (const auto& x : a) {
      const auto it = by.find(x.id);
      if (it == by.end() || !core::same_content(x, *it->second)) return false;
    }
    return true;
  };
  if (!same_list(result, d.store.annotations())) d.store.assign(result);
  d.dismissed = dismissed;
  for (auto& [ann, why2] : theirs.reasons) d.reasons.emplace(ann, why2);
  d.extra = core::merge_collection_properties(d.extra, theirs.extra);
  const bool equals_theirs = same_list(result, theirs.annotations) && dismissed == theirs.dismissed;
  e->base = std::move(theirs.annotations);
  e->base_dismissed = std::move(theirs.dismissed);
  e->rev = e->issued_rev = rev;
  e->text_stored = true;
  e->conflict = false;
  if (equals_theirs) {
    e->written_store_revision = e->stored_store_revision = d.store.revision();
    e->written_version = e->stored_version = d.version;
  } else {
    e->written_store_revision = e->stored_store_revision = kNever;  // ours to write
  }
  if (!conflicts.empty()) {
    messages.push_back(std::to_string(conflicts.size()) +
                      (conflicts.size() == 1 ? " annotation was" : " annotations were") + " changed in \u201C" +
                      shorten(e->meta.title, 60) +
                      "\u201D in another tab at the same time; the later change was kept.");
  }
  if (&d == current_) forget_missing_selection();
}

}  // namespace session
