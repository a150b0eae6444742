// import_files.cpp - see import_files.h.
#include "core/import_files.h"

#include <map>

#include "core/json_util.h"

namespace core {

bool same_annotation(const Annotation& a, const Annotation& b) {
  return a.id == b.id && a.exact == b.exact && a.category == b.category && a.verdict == b.verdict &&
         a.note == b.note && a.links == b.links && a.author == b.author && a.created == b.created &&
         a.modified == b.modified && a.extra == b.extra;
}

namespace {
struct Seen {
  std::string where;        // "a.json items[0]", or "the document"
  const Annotation* first;  // for comparing; points into `existing` or a file's annotations
};

// One file's annotations (read whole) checked against every id seen so far: the rule of
// import_files(). `anns` may be renamed in place; what to add goes to `batch`.
void take_file(const std::string& name, std::vector<Annotation>& anns, const std::vector<std::string>& paths,
               std::map<std::string, Seen>& seen, ImportBatch& batch, size_t& added) {
  for (size_t i = 0; i < anns.size(); ++i) {
    Annotation& a = anns[i];
    const std::string path = i < paths.size() && !paths[i].empty() ? paths[i] : std::string("the annotation");
    const std::string where = name + " " + path;
    const auto [it, fresh] = seen.emplace(a.id, Seen{where, &a});
    if (fresh) {
      batch.annotations.push_back(a);
      ++added;
      continue;
    }
    if (same_annotation(a, *it->second.first)) {
      batch.notices.push_back(name + ": " + path + ": the same annotation as " + it->second.where +
                              " (id " + a.id + "); imported once");
      continue;
    }
    const std::string old_id = a.id;
    a.id = json_util::uuid_from_name("annotation id " + old_id + " in " + name + " " + path);
    for (int salt = 1; seen.count(a.id); ++salt)
      a.id = json_util::uuid_from_name("annotation id " + old_id + " in " + name + " " + path + " #" +
                                       std::to_string(salt));
    seen.emplace(a.id, Seen{where, &a});
    batch.notices.push_back(name + ": " + path + ": its id " + old_id + " is also used by " + it->second.where +
                            ", which says something else; imported beside it as " + a.id);
    batch.annotations.push_back(a);
    ++added;
  }
}
}  // namespace

ImportBatch import_files(const std::vector<ImportSource>& files, const std::vector<Annotation>& existing) {
  ImportBatch batch;
  std::map<std::string, Seen> seen;
  for (const Annotation& a : existing) seen.emplace(a.id, Seen{"the document", &a});

  batch.files.reserve(files.size());  // pointers into results stay valid
  for (const ImportSource& src : files) {
    FileImport f;
    f.name = src.name;
    f.result = import_w3c(src.bytes);
    batch.files.push_back(std::move(f));
  }
  for (FileImport& f : batch.files) {
    ImportResult& r = f.result;
    if (!r.ok) {
      ++batch.failed_files;
      continue;
    }
    for (const std::string& n : r.notices) batch.notices.push_back(f.name + ": " + n);
    take_file(f.name, r.annotations, r.item_paths, seen, batch, f.added);
  }
  return batch;
}

ImportBatch import_read_file(const std::string& name, const ImportResult& r,
                             const std::vector<Annotation>& existing) {
  ImportBatch batch;
  FileImport f;
  f.name = name;
  if (!r.ok) {
    f.result = r;
    batch.files.push_back(std::move(f));
    batch.failed_files = 1;
    return batch;
  }
  std::map<std::string, Seen> seen;
  for (const Annotation& a : existing) seen.emplace(a.id, Seen{"the document", &a});
  for (const std::string& n : r.notices) batch.notices.push_back(name + ": " + n);
  std::vector<Annotation> anns = r.annotations;  // `r` stays as the file wrote it
  take_file(name, anns, r.item_paths, seen, batch, f.added);
  f.result.ok = true;
  batch.files.push_back(std::move(f));
  return batch;
}

}  // namespace core
