// import_files.h - several annotation files read at once (File > Import with many files, a
// drop of many, `annotator validate A.json B.json`), with one rule for ids met twice: never
// merged silently. Each file is read whole or not at all (import_w3c); the good ones count.
//
// How to use:
//   core::ImportBatch b = core::import_files({{"a.json", bytes_a}, {"b.json", bytes_b}},
//                                            store.annotations());
//   for (auto& f : b.files) if (!f.result.ok) show(f.name, f.result.errors);
//   for (auto& n : b.notices) show(n);             // ids met twice, and what was done
//   add(b.annotations);                             // ids unique, and unique against `existing`
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/annotation.h"
#include "core/w3c_format.h"

namespace core {

struct ImportSource {
  std::string name;  // shown in messages: a file name
  std::string_view bytes;
};

struct FileImport {
  std::string name;
  ImportResult result;  // ok or not; its annotations are moved into ImportBatch::annotations
  size_t added = 0;     // how many of its annotations are in ImportBatch::annotations
};

struct ImportBatch {
  std::vector<FileImport> files;
  std::vector<Annotation> annotations;  // from every file that read, in file order
  // One line per id met twice (across files or with `existing`) and per file's notice,
  // each naming the file and the item: "b.json: items[2]: ...".
  std::vector<std::string> notices;
  size_t failed_files = 0;
  bool all_ok() const { return failed_files == 0; }
};

// An annotation whose id is already taken (by `existing` or an earlier file):
//  - the same annotation (same quote, category, verdict, note, links, author, dates and kept
//    properties): imported once, and the notice says so;
//  - a different one: imported beside it under a new id derived from the old one, the
//    file's name and the item's place (the same on every import), and the notice says so.
ImportBatch import_files(const std::vector<ImportSource>& files,
                         const std::vector<Annotation>& existing = {});

// The same rule for one file already read with import_w3c (the app reads each file once and
// keeps `r` as written, for opening the file's own article): `r`'s annotations against
// `existing`. batch.files[0].result holds only `ok` (and `errors` when the file failed).
ImportBatch import_read_file(const std::string& name, const ImportResult& r,
                             const std::vector<Annotation>& existing);

// The fields that make two annotations the same work (not where anchoring put them).
bool same_annotation(const Annotation& a, const Annotation& b);

}  // namespace core
