// share.cpp - see share.h.
#include "session/share.h"

#include <nlohmann/json.hpp>

#include "session/notice.h"

using nlohmann::json;

namespace session {

namespace {
const char* kind_name(core::ShareKind k) {
  switch (k) {
    case core::ShareKind::Full: return "full";
    case core::ShareKind::Lean: return "annotations";
    case core::ShareKind::TooLong: return "tooLong";
  }
  return "full";
}

void damaged(Session& s, const std::string& why, const std::string& detail = "") {
  const std::string plain = "This share link could not be opened: " + why + ".";
  s.notices.push_back(detail.empty() ? plain : notice_with_detail(plain, detail));
}
}  // namespace

std::string MadeLink::json() const {
  return nlohmann::json{{"link", choice.link},
                        {"kind", kind_name(choice.kind)},
                        {"length", choice.length},
                        {"fullLength", choice.full_length},
                        {"warn", choice.warn},
                        {"title", title},
                        {"annotations", annotations}}
      .dump();
}

std::string OpenedLink::json() const {
  return nlohmann::json{{"title", title}, {"url", url}, {"annotations", annotations},
                        {"waiting", waiting}, {"adopted", adopted}}
      .dump();
}

core::SharePayloads Shares::payloads(Session& s) const {
  s.commit_note_draft();  // the note being typed goes into the link
  return core::share_payloads(s.article(), s.store().annotations(), s.doc().extra);
}

const MadeLink& Shares::made_link(core::ShareChoice choice, const Session& s) {
  made = MadeLink{std::move(choice), s.article().title, s.store().size()};
  return *made;
}

std::optional<std::string> Shares::open_fragment(Session& s, std::string_view fragment) {
  core::ShareFragment f = core::parse_share_fragment(fragment);
  if (!f.ok) {
    damaged(s, f.error, f.detail);
    return std::nullopt;
  }
  return std::move(f.bytes);
}

void Shares::decompress_failed(Session& s, const std::string& why) {
  damaged(s, "the link is damaged: what it holds cannot be unpacked (was it cut or changed when it was copied?)",
          why);
}

std::string Shares::open_payload(Session& s, std::string_view json_text) {
  core::SharePayload p = core::read_share_payload(json_text);
  if (!p.ok) {
    damaged(s, p.error, p.detail);
    return p.error;
  }
  OpenedLink o;
  o.title = p.title;
  o.url = p.url;
  o.annotations = p.file.annotations.size();
  Waiting w;
  w.payload = std::string(json_text);
  w.sha256 = p.sha256;
  w.url = p.url;
  w.title = p.title;
  w.annotations = o.annotations;
  if (p.has_article) {
    // A new document (or the library's copy of the same text, opened); its annotations are
    // imported next, by the rule for ids met twice: nothing already there is replaced.
    core::Article article = std::move(*p.file.article);
    if (o.title.empty()) o.title = article.title;
    w.title = o.title;
    s.add_document({std::move(article), {}, "share link", p.file.extra});
  } else {
    o.waiting = true;
    // The library may have the article: open it (its annotations join when it is read).
    if (!s.ready() || (core::article_sha256(s.article()) != p.sha256 && (p.url.empty() || s.article().url != p.url))) {
      for (const DocumentInfo& d : s.documents()) {
        if (!d.problem.empty() || d.open || p.url.empty() || d.url != p.url) continue;
        s.open_document(d.id);
        break;
      }
    }
  }
  opened = std::move(o);
  waiting_ = std::move(w);
  checked_generation_ = 0;
  adopt(s);
  return "";
}

bool Shares::adopt(Session& s) {
  if (!waiting_ || !s.ready() || s.doc().generation == checked_generation_) return false;
  checked_generation_ = s.doc().generation;
  const bool same_text = !waiting_->sha256.empty() && core::article_sha256(s.article()) == waiting_->sha256;
  const bool same_url = !waiting_->url.empty() && s.article().url == waiting_->url;
  if (!same_text && !same_url) return false;
  std::string error;
  const std::string source = "a share link" + (waiting_->title.empty() ? std::string() : " (\u201C" + waiting_->title + "\u201D)");
  std::optional<ImportReport> r = s.import_json(waiting_->payload, source, &error);
  waiting_.reset();
  clear_fragment = true;
  if (!r) {
    damaged(s, "its annotations could not be imported", error);
    return false;
  }
  s.report = std::move(*r);
  if (opened && opened->waiting) opened->adopted = true;
  return true;
}

}  // namespace session
