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

ImportBatch import_files(const std::vector<ImportSource>& files, const std::vector<Annotation>& existing) {
  ImportBatch batch;
  struct Seen {
    std::string where;        // "a.json items[0]", or "the document"
    const Annotation* first;  // for comparing; points into `existing` or a file's result
  };
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
    for (size_t i = 0; i < r.annotations.size(); ++i) {
      Annotation& a = r.annotations[i];
      const std::string path = i < r.item_paths.size() && !r.item_paths[i].empty()
                                   ? r.item_paths[i] : std::string("the annotation");
      const std::string where = f.name + " " + path;
      const auto [it, fresh] = seen.emplace(a.id, Seen{where, &a});
      if (fresh) {
        batch.annotations.push_back(a);
        ++f.added;
        continue;
      }
      if (same_annotation(a, *it->second.first)) {
        batch.notices.push_back(f.name + ": " + path + ": the same annotation as " + it->second.where +
                                " (id " + a.id + "); imported once");
        continue;
      }
      const std::string old_id = a.id;
      a.id = json_util::uuid_from_name("annotation id " + old_id + " in " + f.name + " " + path);
      for (int salt = 1; seen.count(a.id); ++salt)
        a.id = json_util::uuid_from_name("annotation id " + old_id + " in " + f.name + " " + path +
                                         " #" + std::to_string(salt));
      seen.emplace(a.id, Seen{where, &a});
      batch.notices.push_back(f.name + ": " + path + ": its id " + old_id + " is also used by " +
                              it->second.where + ", which says something else; imported beside it as " +
                              a.id);
      batch.annotations.push_back(a);
      ++f.added;
    }
  }
  return batch;
}

}  // namespace core
