// session_harness.h - drives session::Session in the tests as the browser side does: a fake
// IndexedDB (one map, transactions all or nothing, revision checks like web/storage.js), tabs
// that perform the effects a session returns and feed the answers back, and a channel that
// tells the other tabs what was written. Writes can be held back to play a page closed in
// the middle of saving, or made to fail as a full or broken storage would.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/article.h"
#include "core/selection.h"
#include "session/records.h"
#include "session/session.h"
#include "session/transfer.h"

namespace harness {

using session::Session;
using session::StorageRead;
using session::StorageWrite;
using session::WriteFailure;

inline const char* kSample =
    "A sample article\n\nThe council approved 42 new homes on Tuesday, the mayor said.\n\n"
    "Critics say the plan will cost 3 million pounds more than promised.";

struct Outcome {
  bool ok = true;
  WriteFailure kind = WriteFailure::Other;
  std::string message;
};

struct FakeStorage {
  std::map<std::string, std::string> data;
  std::map<std::string, std::string> legacy;  // version 1's object store
  std::optional<WriteFailure> fail_writes;    // every write fails this way
  bool fail_reads = false;
  size_t quota_bytes = 0;  // > 0: writes that would hold more than this fail as "quota"
  int writes_committed = 0;

  static int64_t rev_of(const std::optional<std::string>& v) {
    if (!v) return 0;
    const auto j = nlohmann::json::parse(*v, nullptr, false);
    if (!j.is_object() || !j.contains("rev") || !j["rev"].is_number()) return -1;
    return j["rev"].get<int64_t>();
  }
  std::optional<std::string> get(const std::string& k) const {
    const auto it = data.find(k);
    return it == data.end() ? std::nullopt : std::optional<std::string>(it->second);
  }

  Outcome apply(const StorageWrite& w) {
    if (fail_writes) return {false, *fail_writes, "the storage refused the write"};
    for (const auto& [key, rev] : w.checks) {
      if (rev_of(get(key)) != static_cast<int64_t>(rev)) {
        return {false, WriteFailure::Conflict, key + " changed"};
      }
    }
    std::map<std::string, std::string> next = data;
    for (const auto& [key, value] : w.puts) next[key] = value;
    for (const std::string& key : w.removes) next.erase(key);
    for (const std::string& prefix : w.remove_prefixes) {
      for (auto it = next.begin(); it != next.end();) it = it->first.rfind(prefix, 0) == 0 ? next.erase(it) : std::next(it);
    }
    if (quota_bytes > 0) {
      size_t total = 0;
      for (const auto& kv : next) total += kv.first.size() + kv.second.size();
      if (total > quota_bytes) return {false, WriteFailure::Quota, "QuotaExceededError"};
    }
    data = std::move(next);  // all or nothing: the previous records stay until now
    ++writes_committed;
    return {};
  }

  std::vector<std::pair<std::string, std::string>> read(const StorageRead& r) const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string& k : r.keys)
      if (auto v = get(k)) out.emplace_back(k, *v);
    for (const std::string& p : r.prefixes)
      for (const auto& [k, v] : data)
        if (k.rfind(p, 0) == 0) out.emplace_back(k, v);
    return out;
  }

  // What web/storage.js hands the app at start-up.
  std::string boot_entries(const std::string& sample = kSample) const {
    std::string out;
    for (const auto& [k, v] : data) {
      if (k.rfind("meta:", 0) == 0 || k.rfind("draft:", 0) == 0 || k == "ui" || k == "migrated-v1")
        session::append_entry(out, k, v);
    }
    if (!data.count("migrated-v1"))
      for (const auto& [k, v] : legacy) session::append_entry(out, "legacy:" + k, v);
    session::append_entry(out, "!sample", sample);
    return out;
  }

  size_t documents_stored() const {
    size_t n = 0;
    for (const auto& kv : data) n += kv.first.rfind("meta:", 0) == 0;
    return n;
  }
};

struct Tab {
  explicit Tab(FakeStorage& storage) : st(storage) {}
  Session s;
  FakeStorage& st;
  std::vector<Tab*> others;             // told of this tab's writes (BroadcastChannel)
  bool hold_writes = false;             // play a write still on its way
  std::vector<StorageWrite> held;
  std::vector<session::FileDownload> downloads;
  double now = 10000;

  void boot(const std::string& sample = kSample) {
    if (st.fail_reads) {
      std::string e;
      session::append_entry(e, "!sample", sample);
      session::append_entry(e, "!error", "UnknownError: the database could not be opened");
      s.boot(e);
    } else {
      s.boot(st.boot_entries(sample));
    }
    settle();
  }

  void deliver(const StorageWrite& w) {
    const Outcome o = st.apply(w);
    if (!o.ok) {
      s.on_write_failed(w.id, o.kind, o.message);
      return;
    }
    s.on_written(w.id);
    std::vector<std::string> keys;
    for (const auto& p : w.puts)
      if (p.first.rfind("meta:", 0) == 0) keys.push_back(p.first);
    for (const auto& k : w.removes)
      if (k.rfind("meta:", 0) == 0) keys.push_back(k);
    if (!keys.empty())
      for (Tab* t : others) t->s.on_remote_change(keys);
  }

  void answer(const StorageRead& r) {
    if (st.fail_reads) {
      s.on_read(r.id, {}, "the read failed");
      return;
    }
    const auto owned = st.read(r);
    std::vector<session::Entry> views;
    for (const auto& [k, v] : owned) views.push_back({k, v});
    s.on_read(r.id, views, "");
  }

  // One frame: what the session asks for is done (writes unless held).
  bool pump(bool force = false, double advance_ms = 1000) {
    now += advance_ms;  // by default past the UI record's spacing
    session::Effects fx = s.take_effects(now, force);
    for (const StorageWrite& w : fx.writes) {
      if (hold_writes) held.push_back(w);
      else deliver(w);
    }
    for (const StorageRead& r : fx.reads) answer(r);
    for (auto& d : fx.downloads) downloads.push_back(std::move(d));
    return !fx.writes.empty() || !fx.reads.empty();
  }

  void settle() {
    for (int i = 0; i < 20 && pump(); ++i) {
    }
  }

  void release_held() {
    std::vector<StorageWrite> w;
    w.swap(held);
    for (const StorageWrite& x : w) deliver(x);
  }

  // Selects the first occurrence of `needle` and marks it.
  std::string annotate(const std::string& needle, const std::string& category = "claim") {
    const std::u32string& cps = s.article().cps;
    const std::u32string n = core::make_article(needle).article->cps;
    const size_t at = cps.find(n);
    REQUIRE(at != std::u32string::npos);
    s.selection = {at, at + n.size()};
    return s.create_annotation(category);
  }

  void type_note(const std::string& id, const std::string& note) { s.set_note_draft(id, note, now); }

  std::string note_of(const std::string& id) const {
    const core::Annotation* a = s.store().find(id);
    return a ? a->note : "(missing)";
  }
};

}  // namespace harness
