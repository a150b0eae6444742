// session_documents.cpp - the library: adding, opening, deleting and exporting documents,
// reading them from storage when they are not in memory, and the history steps that make
// each of these undoable (see session.h).
//
// [SECTION] Lookups and the list
// [SECTION] Adding a document
// [SECTION] Opening, deleting, exporting
// [SECTION] Reading a document from storage
// [SECTION] History across documents
#include <algorithm>

#include "core/anchor.h"
#include "core/annotation_merge.h"
#include "core/file_names.h"
#include "core/w3c_format.h"
#include "session/records.h"
#include "session/session.h"
#include "session/session_internal.h"

using nlohmann::json;

namespace session {

// [SECTION] Lookups and the list ----------------------------------------------------------

Session::Entry* Session::find_entry(const std::string& id) {
  const auto it = entries_.find(id);
  return it == entries_.end() ? nullptr : it->second.get();
}

const Session::Entry* Session::find_entry(const std::string& id) const {
  const auto it = entries_.find(id);
  return it == entries_.end() ? nullptr : it->second.get();
}

std::vector<DocumentInfo> Session::documents() const {
  std::vector<DocumentInfo> out;
  for (const auto& [id, e] : entries_) {
    if (!e->attached) continue;
    DocumentInfo d;
    d.id = id;
    d.title = e->meta.title;
    d.url = e->meta.url;
    d.source = e->meta.source;
    d.created = e->meta.created;
    d.modified = e->meta.modified;
    d.annotations = e->loaded() ? e->doc->store.size() : e->meta.annotations;
    d.open = current_ && e->doc.get() == current_;
    d.problem = e->damaged;
    out.push_back(std::move(d));
  }
  std::stable_sort(out.begin(), out.end(), [](const DocumentInfo& a, const DocumentInfo& b) {
    return a.modified != b.modified ? a.modified > b.modified : a.title < b.title;
  });
  return out;
}

std::string Session::open_outcome(const std::string& id) const {
  const auto it = outcomes_.find(id);
  return it == outcomes_.end() ? std::string() : it->second;
}

// The document to show when `id` goes away: the most recently changed other one, one in
// memory first (it opens at once).
Session::Entry* Session::most_recent_other(const std::string& id) {
  Entry* best = nullptr;
  for (auto& [eid, e] : entries_) {
    if (eid == id || !e->attached || !e->damaged.empty()) continue;
    if (!best || (e->loaded() && !best->loaded()) ||
        (e->loaded() == best->loaded() && e->meta.modified > best->meta.modified)) {
      best = e.get();
    }
  }
  return best;
}

// [SECTION] Adding a document --------------------------------------------------------------

namespace {

// A student's copy of an exercise or a feedback file: which exercise, which role, whose.
// Empty for every other document.
std::string exercise_role(const json& extra) {
  if (!extra.is_object()) return "";
  const auto e = extra.find("exercise");
  if (e == extra.end() || !e->is_object()) return "";
  const auto text = [&](const char* key) {
    const auto it = e->find(key);
    return it != e->end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  const std::string kind = text("kind");
  if (kind == "student") return "student " + text("id");
  if (kind == "feedback") return "feedback " + text("id") + " " + text("student");
  return "";
}

// Whether `d` joins the document `doc` (the same text, and a student's copy only its own).
bool joins(const Document& doc, const NewDocument& d, const std::string& role) {
  return doc.article.cps.size() == d.article.cps.size() && doc.article.text == d.article.text &&
         (role.empty() || exercise_role(doc.extra) == role);
}

}  // namespace

std::string Session::add_document(NewDocument d) { return add_document_now(std::move(d), true); }

Session::Entry& Session::make_entry(NewDocument d, const std::string& id) {
  auto e = std::make_unique<Entry>();
  const std::string now = now_iso8601_ms();
  e->meta.id = id;
  e->meta.title = d.article.title;
  e->meta.url = d.article.url;
  e->meta.source = d.source;
  e->meta.created = now;
  e->meta.modified = now;
  e->meta.length = d.article.cps.size();
  e->meta.annotations = d.annotations.size();
  auto doc = std::make_unique<Document>();
  doc->id = id;
  doc->article = std::move(d.article);
  if (!d.annotations.empty()) core::anchor_annotations(doc->article.cps, d.annotations);
  doc->store.assign(std::move(d.annotations));  // a new document starts without history
  doc->extra = d.extra.is_object() ? std::move(d.extra) : json::object();
  doc->generation = next_generation_++;
  e->doc = std::move(doc);
  Entry& ref = *e;
  entries_[id] = std::move(e);
  ++change_counter_;
  return ref;
}

std::string Session::add_document_now(NewDocument d, bool undoable, std::set<std::string> differs) {
  commit_note_draft();
  // The same text already in the library: that document opens and the annotations join
  // it. Only articles of the same length are compared, text against text (hashing a long
  // article cost more than reading a document of the same length, which is rare). One not
  // in memory is read first and compared when it arrives (AddInto runs this again).
  // A student's copy of an exercise joins only that copy: on a shared computer, or in the
  // teacher's own browser, it must not open the key (the answers) or mix marks into it.
  const std::string role = exercise_role(d.extra);
  Entry* same = nullptr;
  for (auto& [id, e] : entries_) {
    if (!e->attached || !e->damaged.empty() || differs.count(id)) continue;
    if (e->loaded()) {
      if (joins(*e->doc, d, role)) {
        same = e.get();
        break;  // (a candidate not in memory taken before is dropped)
      }
    } else if (e->meta.length == d.article.cps.size() && !same) {
      same = e.get();  // a candidate; a loaded match found later in the loop wins
    }
  }
  if (same && !same->loaded()) {
    // Read it first; the annotations join when it arrives.
    request_load(same->meta.id, LoadPurpose::AddInto);  // (or joins the read already asked)
    for (auto& [rid, load] : loads_) {
      if (load.id == same->meta.id && load.purpose == LoadPurpose::AddInto) {
        load.adds.emplace_back(std::move(d), std::move(differs));
        break;
      }
    }
    return same->meta.id;
  }
  const std::string before = current_ ? current_->id : "";
  if (same) {
    Document& doc = *same->doc;
    bool opened = false;
    if (current_ != &doc) {
      activate(*same);
      if (undoable && !before.empty()) {
        record({HistoryStep::Kind::Open, doc.id, before, ""});
        opened = true;
      }
    }
    if (!d.annotations.empty()) {
      core::anchor_annotations(doc.article.cps, d.annotations);
      auto merged = core::merge_import(doc.store.annotations(), std::move(d.annotations));
      if (undoable) {
        doc.store.replace_all(std::move(merged));
        ++change_counter_;
        HistoryStep step{HistoryStep::Kind::Edit, doc.id, "", ""};
        step.joined = opened;  // one undo takes back the opening and the annotations
        record(std::move(step));
      } else {
        doc.store.assign(std::move(merged));
      }
    }
    json extra = core::merge_collection_properties(doc.extra, d.extra);
    if (extra != doc.extra) {
      doc.extra = std::move(extra);
      ++doc.version;
    }
    return doc.id;
  }
  const std::string id = core::new_annotation_id();
  Entry& e = make_entry(std::move(d), id);
  activate(e);
  if (undoable && !before.empty()) record({HistoryStep::Kind::Add, id, before, ""});
  return id;
}

// [SECTION] Opening, deleting, exporting ---------------------------------------------------

void Session::reset_view_state() {
  selection = {};
  selected_id.clear();
  editor_open = false;
  focus_note = false;
  current_suggestion = -1;  // an index into the other document's suggestions
}

void Session::activate(Entry& e) {
  if (!e.loaded() || current_ == e.doc.get()) return;
  commit_note_draft();
  if (current_) current_->top_cp = top_cp;
  current_ = e.doc.get();
  reset_view_state();
  top_cp = current_->top_cp;
  scroll_request = top_cp;
  scroll_request_center = false;
}

bool Session::open_document(const std::string& id) {
  Entry* e = find_entry(id);
  if (!e || !e->attached) {
    outcomes_[id] = "there is no such document in the library";
    return false;
  }
  if (!e->damaged.empty()) {
    outcomes_[id] = e->damaged;
    return false;
  }
  if (current_ && e->doc.get() == current_) {
    outcomes_[id] = "ok";
    return true;
  }
  outcomes_[id] = "";
  if (!e->loaded()) {
    request_load(id, LoadPurpose::Open);
    return true;
  }
  const std::string before = current_ ? current_->id : "";
  activate(*e);
  if (!before.empty()) record({HistoryStep::Kind::Open, id, before, ""});
  outcomes_[id] = "ok";
  return true;
}

bool Session::delete_document(const std::string& id) {
  Entry* e = find_entry(id);
  if (!e || !e->attached) return false;
  if (!e->damaged.empty()) {
    // Its records cannot be read, so they cannot come back either: removed for good.
    e->attached = false;
    ++change_counter_;
    return true;
  }
  if (!e->loaded()) {
    request_load(id, LoadPurpose::Delete);  // undo needs it in memory
    return true;
  }
  std::string instead;
  const bool was_open = e->doc.get() == current_;
  if (was_open) commit_note_draft();
  e->attached = false;
  ++change_counter_;
  if (was_open) {
    if (Entry* next = most_recent_other(id); next && next->loaded()) {
      activate(*next);
      instead = next->meta.id;
    } else if (next) {
      // Shown once read; until then the deleted one stays on screen.
      request_load(next->meta.id, LoadPurpose::BootOpen);
      instead = next->meta.id;
    } else {
      core::ArticleResult r = core::make_article(sample_text.empty() ? "Article annotator" : sample_text);
      instead = add_document_now({std::move(*r.article), {}, "sample", json::object()}, false);
    }
  }
  record({HistoryStep::Kind::Delete, id, instead, ""});
  return true;
}

void Session::export_document(const std::string& id) {
  Entry* e = find_entry(id);
  if (!e || !e->attached || !e->damaged.empty()) return;
  if (!e->loaded()) {
    request_load(id, LoadPurpose::Export);
    return;
  }
  if (e->doc.get() == current_) commit_note_draft();
  core::ExportOptions opt;
  opt.extra = e->doc->extra;
  downloads_.push_back({core::export_file_name(e->doc->article.title), "application/ld+json",
                        core::export_w3c(e->doc->article, e->doc->store.annotations(), opt)});
}

// [SECTION] Reading a document from storage ------------------------------------------------

void Session::request_load(const std::string& id, LoadPurpose purpose) {
  for (const auto& [rid, load] : loads_)
    if (load.id == id && load.purpose == purpose) return;  // already asked
  const Entry* e = find_entry(id);
  StorageRead r;
  r.id = next_effect_id_++;
  r.keys.push_back(meta_key(id));
  if (purpose != LoadPurpose::Refresh || (e && e->loaded())) r.keys.push_back(doc_key(id));
  if (purpose != LoadPurpose::Refresh) {
    r.keys.push_back(text_key(id));
    r.keys.push_back(pos_key(id));
  }
  loads_[r.id] = Load{id, purpose, {}};
  reads_to_issue_.push_back(std::move(r));
}

void Session::load_failed(const Load& load, const std::string& why) {
  Entry* e = find_entry(load.id);
  const std::string title = e ? e->meta.title : std::string("A document");
  outcomes_[load.id] = why;
  notices.push_back("\u201C" + shorten(title, 60) + "\u201D could not be opened: " + why + ".");
  if (load.purpose == LoadPurpose::AddInto) {
    // The same article could not be read: the new one becomes a document of its own.
    for (const auto& [d, differs] : load.adds) {
      const std::string id = core::new_annotation_id();
      Entry& ne = make_entry(d, id);
      const std::string before = current_ ? current_->id : "";
      activate(ne);
      if (!before.empty()) record({HistoryStep::Kind::Add, id, before, ""});
    }
  }
  if (!current_) {
    core::ArticleResult r = core::make_article(sample_text.empty() ? "Article annotator" : sample_text);
    add_document_now({std::move(*r.article), {}, "sample", json::object()}, false);
  }
}

void Session::finish_load(Load load, const std::vector<session::Entry>& records,
                          const std::string& error) {
  if (load.purpose == LoadPurpose::Refresh) {
    if (error.empty()) merge_remote(load.id, records);
    else if (Entry* e = find_entry(load.id)) e->conflict = false;  // retried on the next write
    return;
  }
  if (!error.empty()) return load_failed(load, "storage could not be read (" + error + ")");
  Entry* e = find_entry(load.id);
  if (!e) return load_failed(load, "it is no longer in the library");
  if (!e->loaded()) {
    std::map<std::string_view, std::string_view> by_key;
    for (const session::Entry& r : records) by_key[r.key] = r.value;
    const auto text = by_key.find(text_key(load.id));
    const auto meta = by_key.find(meta_key(load.id));
    if (meta == by_key.end()) return load_failed(load, "it was deleted (in another tab?)");
    if (text == by_key.end()) {
      e->damaged = "its text is missing from storage";
      return load_failed(load, e->damaged);
    }
    std::string why;
    auto m = decode_meta(meta->second, &why);
    auto article = m ? decode_text(text->second, &why) : std::nullopt;
    if (!m || !article) {
      e->damaged = why;
      return load_failed(load, why);
    }
    DocRecord rec;
    if (const auto d = by_key.find(doc_key(load.id)); d != by_key.end()) {
      auto decoded = decode_doc(d->second, *article, &why);
      if (!decoded) {
        e->damaged = why;
        return load_failed(load, why);
      }
      rec = std::move(*decoded);
    }
    auto doc = std::make_unique<Document>();
    doc->id = load.id;
    doc->article = std::move(*article);
    doc->store.assign(rec.annotations);
    doc->dismissed = rec.dismissed;
    doc->reasons = std::move(rec.reasons);
    doc->extra = std::move(rec.extra);
    doc->generation = next_generation_++;
    if (const auto p = by_key.find(pos_key(load.id)); p != by_key.end()) doc->top_cp = decode_pos(p->second);
    e->meta = *m;
    e->meta.id = load.id;
    e->doc = std::move(doc);
    e->rev = e->issued_rev = m->rev;
    e->text_stored = true;
    e->base = std::move(rec.annotations);
    e->base_dismissed = std::move(rec.dismissed);
    e->written_store_revision = e->stored_store_revision = e->doc->store.revision();
    e->written_version = e->stored_version = e->doc->version;
    e->conflict = false;
    // What a closing tab could not write, and notes typed before a reload, join it now.
    if (const auto rv = recovered_.find(doc_key(load.id)); rv != recovered_.end()) {
      if (auto mine = decode_doc(rv->second, e->doc->article, nullptr)) {
        auto merged = core::merge_three_way({}, mine->annotations, e->doc->store.annotations());
        e->doc->store.assign(std::move(merged.annotations));
        for (const std::string& k : mine->dismissed) e->doc->dismissed.insert(k);
        e->doc->reasons.insert(mine->reasons.begin(), mine->reasons.end());
        ++e->doc->version;
      }
      recovered_.erase(rv);
    }
    apply_stored_drafts(*e);
  }
  switch (load.purpose) {
    case LoadPurpose::Open:
      if (e->attached) open_document(load.id);
      break;
    case LoadPurpose::BootOpen:
      if (e->attached) activate(*e);
      outcomes_[load.id] = "ok";
      break;
    case LoadPurpose::Delete:
      delete_document(load.id);
      break;
    case LoadPurpose::Export:
      export_document(load.id);
      break;
    case LoadPurpose::AddInto:
      for (auto& [d, differs] : load.adds) {
        if (!joins(*e->doc, d, exercise_role(d.extra))) differs.insert(load.id);
        add_document_now(std::move(d), true, std::move(differs));
      }
      break;
    case LoadPurpose::Refresh:
      break;
  }
  forget_unreferenced();
}

// [SECTION] History across documents -------------------------------------------------------

void Session::record(HistoryStep s) {
  history_.push(std::move(s));
  if (history_.trim()) forget_unreferenced();
}

// Documents no step names any more leave memory (they stay in storage and in the library);
// deleted ones no step can bring back are forgotten once their records are gone.
void Session::forget_unreferenced() {
  const std::set<std::string> named = history_.documents();
  for (auto it = entries_.begin(); it != entries_.end();) {
    Entry& e = *it->second;
    const bool busy = e.in_flight > 0 || named.count(it->first) ||
                      (current_ && e.doc.get() == current_) ||
                      std::any_of(loads_.begin(), loads_.end(),
                                  [&](const auto& l) { return l.second.id == it->first; });
    if (busy) {
      ++it;
      continue;
    }
    if (!e.attached && e.rev == 0 && !e.text_stored) {
      it = entries_.erase(it);
      continue;
    }
    if (e.attached && e.loaded() && !e.dirty() && e.rev > 0 && e.text_stored && !e.dormant) {
      e.meta.annotations = e.doc->store.size();
      e.doc.reset();
      e.base.clear();
      e.base_dismissed.clear();
    }
    ++it;
  }
}

void Session::apply_step(const HistoryStep& s, bool forward) {
  using K = HistoryStep::Kind;
  Entry* e = find_entry(s.doc);
  Entry* other = s.other.empty() ? nullptr : find_entry(s.other);
  if (!e || !e->loaded()) return;  // gone with storage from another tab: nothing to apply
  ++change_counter_;
  switch (s.kind) {
    case K::Edit:
      activate(*e);
      if (forward) e->doc->store.redo();
      else e->doc->store.undo();
      break;
    case K::Dismiss:
    case K::Restore:
      activate(*e);
      if (forward == (s.kind == K::Dismiss)) e->doc->dismissed.insert(s.key);
      else e->doc->dismissed.erase(s.key);
      ++e->doc->version;
      break;
    case K::Open:
      if (Entry* to = forward ? e : other) {
        to->attached = true;
        activate(*to);
      }
      break;
    case K::Add:
      e->attached = forward;
      if (forward) activate(*e);
      else if (other) {
        other->attached = true;
        activate(*other);
      }
      break;
    case K::Delete:
      e->attached = !forward;
      if (!s.other.empty()) {
        if (!forward) activate(*e);
        else if (other && other->loaded()) activate(*other);
        else if (other) request_load(s.other, LoadPurpose::BootOpen);
      }
      break;
  }
}

}  // namespace session
