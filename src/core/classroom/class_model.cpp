// class_model.cpp - loading the key and the students' files, scoring each student, and the
// class-wide figures. Index:
//   [SECTION] names of things
//   [SECTION] the key
//   [SECTION] one student: load, check, anchor
//   [SECTION] one student: score
//   [SECTION] the class
#include "core/classroom/class_model.h"

#include <algorithm>
#include <cstdint>
#include <map>

#include "core/selection.h"
#include "core/utf8.h"
#include "core/w3c_format.h"

namespace core::classroom {

// [SECTION] names of things

const char* to_string(MarkStatus s) {
  switch (s) {
    case MarkStatus::Found: return "found";
    case MarkStatus::Partly: return "partly";
    case MarkStatus::Extra: return "extra";
    case MarkStatus::NotCounted: return "not-counted";
    case MarkStatus::NotPlaced: return "not-placed";
  }
  return "extra";
}

const char* to_string(ClaimStatus s) {
  switch (s) {
    case ClaimStatus::Found: return "found";
    case ClaimStatus::Partly: return "partly";
    case ClaimStatus::Missed: return "missed";
  }
  return "missed";
}

void add_units(UnitizingStudy& study, size_t rater, const std::vector<Span>& spans) {
  for (const Span& s : spans) study.units.push_back({rater, s.start, s.end - s.start, s.category});
}

namespace {

// A quote for a message: at most 40 code points.
std::string quote_for_message(const std::string& exact) {
  std::u32string cps = utf8::decode(exact);
  if (cps.size() <= 40) return "\"" + exact + "\"";
  return "\"" + utf8::encode(cps.substr(0, 39)) + "…\"";
}

// Import errors as one line: the first three, then how many more.
std::string join_errors(const std::vector<std::string>& errors) {
  std::string out;
  for (size_t i = 0; i < errors.size() && i < 3; ++i) out += (i ? "; " : "") + errors[i];
  if (errors.size() > 3) out += "; and " + std::to_string(errors.size() - 3) + " more";
  return out;
}

// The file name without folders and without ".json" (a name of last resort).
std::string file_stem(const std::string& path) {
  std::string base = path.substr(path.find_last_of("/\\") == std::string::npos ? 0 : path.find_last_of("/\\") + 1);
  for (const char* ext : {".annotations.json", ".json"}) {
    const std::string e = ext;
    if (base.size() > e.size() && base.compare(base.size() - e.size(), e.size(), e) == 0) {
      base.resize(base.size() - e.size());
      break;
    }
  }
  return base;
}

// How names are compared for duplicates: trimmed, ASCII letters lower-cased, inner runs of
// white space as one space.
std::string name_key(const std::string& name) {
  std::string out;
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
  return out;
}

bool before(const Span& a, const Span& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; }

// FNV-1a over the file's bytes: enough to tell a copy of a file from another file with the
// same name, and far cheaper than SHA-256 on a class of files that each carry the article.
uint64_t fingerprint(std::string_view bytes) {
  uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ULL;
  return h;
}

}  // namespace

// [SECTION] the key

bool ClassModel::set_key(const InputFile& key) {
  report_ = ClassReport{};
  name_keys_.clear();
  hashes_.clear();
  ClassReport& r = report_;
  r.key_file = key.name;
  ImportResult imported = import_w3c(key.bytes);
  if (!imported.ok) {
    r.key_errors = imported.errors;
    return false;
  }
  ExerciseRead ex = read_exercise(imported.extra);
  if (!ex.errors.empty()) {
    r.key_errors = ex.errors;
    return false;
  }
  if (ex.info.kind == FileKind::Student) {
    r.key_errors.push_back("is the exercise's student file, which holds no key; open the key file instead");
    return false;
  }
  if (ex.info.kind == FileKind::Feedback) {
    r.key_errors.push_back("is a feedback file for " + ex.info.student + "; open the exercise's key file instead");
    return false;
  }
  if (!imported.article) {
    r.key_errors.push_back("does not carry the article's text, so students' work cannot be placed on it; "
                           "export the key with the article embedded");
    return false;
  }
  r.article = std::move(*imported.article);
  r.article_sha256 = article_sha256(r.article);
  r.key_info = ex.info;
  if (ex.info.kind == FileKind::Key) r.settings = ex.info.exercise.settings;
  r.key = std::move(imported.annotations);
  anchor_annotations(r.article.cps, r.key);  // quote-only items get their place

  r.key_counted.assign(r.key.size(), false);
  r.key_spans.assign(r.key.size(), Span{});
  for (size_t i = 0; i < r.key.size(); ++i) {
    const Annotation& a = r.key[i];
    const std::string which = "key claim " + std::to_string(i + 1) + " " + quote_for_message(a.exact);
    if (!r.settings.counts(a.category)) {
      r.key_warnings.push_back(which + " is in the category \"" + a.category + "\", which this exercise does not count");
      continue;
    }
    if (a.anchor == AnchorStatus::Orphaned) {
      r.key_warnings.push_back(which + " could not be placed on the key's article");
      continue;
    }
    const Range t = trim_span(r.article.cps, a.start, a.end);
    if (t.start == t.end) {
      r.key_warnings.push_back(which + " holds only white space and punctuation");
      continue;
    }
    r.key_counted[i] = true;
    r.key_spans[i] = {t.start, t.end, a.category};
  }
  update_class_figures();
  return true;
}

// [SECTION] one student: load, check, anchor

namespace {

// core::anchor_annotations, skipping its text index when a recorded position already holds
// its quote: that is its first test (Exact), and it is the usual case for a hand-in made on
// the key's own article. The others go through anchor_annotations as they are.
AnchorSummary anchor_to(const Article& article, std::vector<Annotation>& anns) {
  AnchorSummary summary;
  std::vector<Annotation> rest;
  std::vector<size_t> rest_at;
  for (size_t i = 0; i < anns.size(); ++i) {
    Annotation& a = anns[i];
    const std::u32string quote = utf8::decode(a.exact);
    const bool holds = !quote.empty() && a.end > a.start && a.end - a.start == quote.size() &&
                       a.end <= article.cps.size() &&
                       std::u32string_view(article.cps).substr(a.start, quote.size()) == quote;
    if (holds) {
      a.anchor = AnchorStatus::Exact;
      a.anchor_errors = 0;
      fill_selectors(article, a);  // the context as the key's article has it
      ++summary.exact;
    } else {
      rest.push_back(std::move(a));
      rest_at.push_back(i);
    }
  }
  if (rest.empty()) return summary;
  const AnchorSummary more = anchor_annotations(article.cps, rest);
  summary.exact += more.exact;
  summary.moved += more.moved;
  summary.fuzzy += more.fuzzy;
  summary.orphaned += more.orphaned;
  for (size_t j = 0; j < rest.size(); ++j) anns[rest_at[j]] = std::move(rest[j]);
  return summary;
}

struct Loaded {
  std::optional<StudentResult> student;
  FileProblem problem;
};

Loaded load_student(const InputFile& file, const ClassReport& key) {
  Loaded out;
  out.problem.file = file.name;
  ImportResult imported = import_w3c(file.bytes);
  if (!imported.ok) {
    out.problem.message = "cannot be read: " + join_errors(imported.errors);
    return out;
  }
  ExerciseRead ex = read_exercise(imported.extra);
  if (!ex.errors.empty()) {
    out.problem.message = "cannot be read: " + join_errors(ex.errors);
    return out;
  }
  const ExerciseInfo& info = ex.info;
  out.problem.name = info.student;
  switch (info.kind) {
    case FileKind::Student:
      // A student who sent their document with File > Export instead of Hand in: their
      // marks all the same. The blank file the teacher gave out has none.
      if (!imported.annotations.empty()) break;
      out.problem.message = "is the exercise's blank student file, not handed-in work";
      return out;
    case FileKind::Key:
      out.problem.message = "is a key file, not a student's work";
      return out;
    case FileKind::Feedback:
      out.problem.message = "is a feedback file, not a student's work";
      return out;
    default: break;
  }
  const Exercise& mine = key.key_info.exercise;
  if (key.key_info.kind == FileKind::Key && info.kind != FileKind::Plain && info.exercise.id != mine.id) {
    out.problem.message = "is for another exercise (\"" + info.exercise.title + "\", " + info.exercise.id +
                          "); the key is for \"" + mine.title + "\" (" + mine.id + ")";
    return out;
  }

  StudentResult s;
  s.file = file.name;
  s.info = info;
  s.name = info.student;
  if (s.name.empty()) {  // an ordinary annotation file: its most frequent creator
    std::map<std::string, size_t> by_author;
    for (const Annotation& a : imported.annotations)
      if (!a.author.empty()) ++by_author[a.author];
    size_t best = 0;
    for (const auto& [author, n] : by_author)
      if (n > best) {
        best = n;
        s.name = author;
      }
  }
  if (s.name.empty()) s.name = file_stem(file.name);
  s.annotations = std::move(imported.annotations);
  s.article_differs = !imported.article_sha256.empty() && imported.article_sha256 != key.article_sha256;
  s.anchoring = anchor_to(key.article, s.annotations);
  out.student = std::move(s);
  return out;
}

// [SECTION] one student: score

bool category_ok(const ExerciseSettings& settings, const Span& mark, const Span& claim) {
  return !settings.category_must_match || mark.category == claim.category;
}

void score_student(StudentResult& s, const ClassReport& key) {
  const size_t n = s.annotations.size();
  s.status.assign(n, MarkStatus::NotCounted);
  s.mark_key.assign(n, std::nullopt);
  for (size_t i = 0; i < n; ++i) {
    const Annotation& a = s.annotations[i];
    if (a.anchor == AnchorStatus::Orphaned) {
      s.status[i] = MarkStatus::NotPlaced;
      continue;
    }
    if (!key.settings.counts(a.category)) continue;
    const Range t = trim_span(key.article.cps, a.start, a.end);
    if (t.start == t.end) continue;
    s.scored.push_back(i);
    s.spans.push_back({t.start, t.end, a.category});
  }

  // The counted key claims, in article order.
  std::vector<size_t> claims;
  for (size_t k = 0; k < key.key.size(); ++k)
    if (key.key_counted[k]) claims.push_back(k);
  std::stable_sort(claims.begin(), claims.end(),
                   [&](size_t x, size_t y) { return before(key.key_spans[x], key.key_spans[y]); });
  std::vector<Span> claim_spans;
  for (size_t k : claims) claim_spans.push_back(key.key_spans[k]);

  s.scores = score_spans(claim_spans, s.spans);
  const ModeScore& type = s.scores.mode(Mode::Type);
  if (type.cor + type.inc > 0) s.category_accuracy = double(type.cor) / double(type.cor + type.inc);

  // Per key claim: found (same boundaries), partly (overlap), missed.
  s.claims.assign(key.key.size(), ClaimStatus::Missed);
  for (size_t c = 0; c < claims.size(); ++c) {
    const Span& claim = claim_spans[c];
    ClaimStatus status = ClaimStatus::Missed;
    for (const Span& mark : s.spans) {
      if (!category_ok(key.settings, mark, claim) || !(mark.start < claim.end && claim.start < mark.end)) continue;
      if (mark.start == claim.start && mark.end == claim.end) {
        status = ClaimStatus::Found;
        break;
      }
      status = ClaimStatus::Partly;
    }
    s.claims[claims[c]] = status;
    (status == ClaimStatus::Found ? s.found : status == ClaimStatus::Partly ? s.partly : s.missed).push_back(claims[c]);
  }

  // Per mark: found, partly or extra, and the key claim it relates to.
  for (size_t j = 0; j < s.spans.size(); ++j) {
    const Span& mark = s.spans[j];
    std::optional<size_t> exact, partly, other;
    for (size_t c = 0; c < claims.size() && !exact; ++c) {
      const Span& claim = claim_spans[c];
      if (!(mark.start < claim.end && claim.start < mark.end)) continue;
      if (!category_ok(key.settings, mark, claim)) {
        if (!other) other = claims[c];
      } else if (mark.start == claim.start && mark.end == claim.end) {
        exact = claims[c];
      } else if (!partly) {
        partly = claims[c];
      }
    }
    const size_t i = s.scored[j];
    s.status[i] = exact ? MarkStatus::Found : partly ? MarkStatus::Partly : MarkStatus::Extra;
    s.mark_key[i] = exact ? exact : partly ? partly : other;
    if (s.status[i] == MarkStatus::Extra) s.extra.push_back(i);
  }
  std::stable_sort(s.extra.begin(), s.extra.end(), [&](size_t x, size_t y) {
    return s.annotations[x].start < s.annotations[y].start;
  });

  UnitizingStudy study;
  study.raters = 2;
  study.length = key.article.cps.size();
  add_units(study, 0, claim_spans);
  add_units(study, 1, s.spans);
  s.alpha_vs_key = unitizing_alpha(study);
}

}  // namespace

// [SECTION] the class

void ClassModel::add_students(const std::vector<InputFile>& files) {
  if (!report_.key_errors.empty() || report_.key_file.empty()) {
    for (const InputFile& f : files)
      report_.problems.push_back({f.name, "", "not scored: there is no usable key"});
    return;
  }
  for (const InputFile& f : files) {
    Loaded loaded = load_student(f, report_);
    if (!loaded.student) {
      report_.problems.push_back(std::move(loaded.problem));
      continue;
    }
    StudentResult& s = *loaded.student;
    const uint64_t hash = fingerprint(f.bytes);
    const std::string nk = name_key(s.name);
    const auto same = std::find(name_keys_.begin(), name_keys_.end(), nk);
    if (same != name_keys_.end()) {
      const size_t first = size_t(same - name_keys_.begin());
      const std::string& other = report_.students[first].file;
      report_.problems.push_back(
          {f.name, s.name,
           hashes_[first] == hash
               ? "is a copy of " + other + " (" + s.name + "), which is already scored"
               : "has the same name (" + s.name + ") as " + other +
                     ", which is scored; rename one of them to score both"});
      continue;
    }
    score_student(s, report_);
    name_keys_.push_back(nk);
    hashes_.push_back(hash);
    report_.students.push_back(std::move(s));
  }
  update_class_figures();
}

void ClassModel::clear_students() {
  report_.students.clear();
  report_.problems.clear();
  name_keys_.clear();
  hashes_.clear();
  update_class_figures();
}

void ClassModel::update_class_figures() {
  ClassReport& r = report_;
  r.claim_counts.assign(r.key.size(), ClaimCounts{});
  for (const StudentResult& s : r.students)
    for (size_t k = 0; k < s.claims.size(); ++k) {
      if (s.claims[k] == ClaimStatus::Found) ++r.claim_counts[k].found;
      if (s.claims[k] == ClaimStatus::Partly) ++r.claim_counts[k].partly;
    }

  // Heat map: each student counts once wherever any of their scored marks lies.
  std::vector<std::pair<size_t, int>> events;
  for (const StudentResult& s : r.students) {
    std::vector<Span> spans = s.spans;
    std::sort(spans.begin(), spans.end(), before);
    size_t open_start = 0, open_end = 0;
    bool open = false;
    for (const Span& sp : spans) {
      if (open && sp.start <= open_end) {
        open_end = std::max(open_end, sp.end);
        continue;
      }
      if (open) {
        events.push_back({open_start, +1});
        events.push_back({open_end, -1});
      }
      open = true;
      open_start = sp.start;
      open_end = sp.end;
    }
    if (open) {
      events.push_back({open_start, +1});
      events.push_back({open_end, -1});
    }
  }
  std::sort(events.begin(), events.end());
  r.heat.clear();
  r.heat_max = 0;
  long depth = 0;
  for (size_t i = 0; i < events.size();) {
    const size_t pos = events[i].first;
    while (i < events.size() && events[i].first == pos) depth += events[i++].second;
    if (i == events.size()) break;
    const size_t next = events[i].first;
    if (depth <= 0 || next == pos) continue;
    if (!r.heat.empty() && r.heat.back().end == pos && r.heat.back().students == size_t(depth))
      r.heat.back().end = next;
    else
      r.heat.push_back({pos, next, size_t(depth)});
    r.heat_max = std::max(r.heat_max, size_t(depth));
  }

  UnitizingStudy study;
  study.raters = r.students.size();
  study.length = r.article.cps.size();
  for (size_t i = 0; i < r.students.size(); ++i) add_units(study, i, r.students[i].spans);
  r.alpha = unitizing_alpha(study);
}

std::vector<WhoMarked> ClassModel::who_marked(size_t start, size_t end) const {
  if (end <= start) end = start + 1;  // a click: the code point at start
  std::vector<WhoMarked> out;
  for (size_t i = 0; i < report_.students.size(); ++i) {
    const StudentResult& s = report_.students[i];
    for (size_t j = 0; j < s.spans.size(); ++j)
      if (s.spans[j].start < end && start < s.spans[j].end) out.push_back({i, s.scored[j]});
  }
  return out;
}

}  // namespace core::classroom
