// corpus.cpp - loads label files and texts, and maps the finder's sentences onto the
// labelled ones.
#include "corpus.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/article.h"
#include "core/utf8.h"

namespace train {
namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool read_article(const std::string& path, std::u32string& text, std::string& error) {
  std::string bytes;
  if (!read_file(path, bytes)) {
    error = "cannot read " + path;
    return false;
  }
  const core::ArticleResult r = core::make_article(bytes);
  if (!r.article) {
    error = path + ": " + r.error;
    return false;
  }
  text = r.article->cps;
  return true;
}

}  // namespace

std::string genre_of(const std::string& id) {
  if (id.size() < 2) return "?";
  switch (id[1]) {
    case 'a': return "press";
    case 'c': return "reviews";
    case 'd': return "religion";
    case 'e': return "hobbies";
    case 'f': return "lore";
    case 'g': return "belles-lettres";
    case 'j': return "learned";
  }
  return "?";
}

bool load_label_file(const std::string& path, const std::string& text_dir, std::vector<Doc>& docs,
                     std::string& error) {
  std::string bytes;
  if (!read_file(path, bytes)) {
    error = "cannot read " + path;
    return false;
  }
  const nlohmann::json j = nlohmann::json::parse(bytes, nullptr, false);
  if (j.is_discarded() || !j.contains("texts")) {
    error = path + ": not a label file";
    return false;
  }
  for (const nlohmann::json& t : j.at("texts")) {
    Doc d;
    d.id = t.at("id").get<std::string>();
    d.genre = genre_of(d.id);
    d.split = t.value("split", "dev");  // dev, final, or spent (never trained on, never scored)
    if (!read_article(text_dir + "/" + d.id + ".txt", d.text, error)) return false;
    for (const nlohmann::json& s : t.at("sentences")) {
      Labelled l;
      l.start = s.at("start").get<size_t>();
      l.end = s.at("end").get<size_t>();
      l.label = s.at("label").get<int>();
      if (l.end > d.text.size() || l.start >= l.end) {
        error = d.id + ": label " + std::to_string(l.start) + "-" + std::to_string(l.end) + " outside the text";
        return false;
      }
      d.labels.push_back(l);
    }
    docs.push_back(std::move(d));
  }
  return true;
}

bool load_wikinews(const std::string& dir, std::vector<Doc>& docs, std::string& error) {
  std::string bytes;
  if (!read_file(dir + "/labels.json", bytes)) {
    error = "cannot read " + dir + "/labels.json";
    return false;
  }
  const nlohmann::json j = nlohmann::json::parse(bytes, nullptr, false);
  if (j.is_discarded()) {
    error = dir + "/labels.json is not JSON";
    return false;
  }
  std::map<std::string, std::vector<Labelled>> by_article;
  for (const nlohmann::json& r : j) {
    by_article[r.at("article").get<std::string>()].push_back(
        {r.at("start").get<size_t>(), r.at("end").get<size_t>(), r.at("label").get<int>()});
  }
  for (auto& entry : by_article) {
    Doc d;
    d.id = "wn" + entry.first.substr(0, 2);
    d.genre = "wikinews";
    d.split = "wikinews";
    if (!read_article(dir + "/articles/" + entry.first, d.text, error)) return false;
    d.labels = std::move(entry.second);
    std::sort(d.labels.begin(), d.labels.end(), [](const Labelled& a, const Labelled& b) { return a.start < b.start; });
    docs.push_back(std::move(d));
  }
  return true;
}

void compute_units(std::vector<Doc>& docs, const core::claims::FeatureConfig& config) {
  for (Doc& d : docs) {
    d.units.clear();
    size_t first = d.text.size(), last = 0;
    for (const Labelled& l : d.labels) first = std::min(first, l.start), last = std::max(last, l.end);
    // A little past the last label, so the sentence holding it is whole.
    const size_t cut = std::min(d.text.size(), last + 2000);
    size_t end = cut;
    while (end < d.text.size() && d.text[end] != U'\n') ++end;
    for (core::claims::SentenceFeatures& sf : core::claims::text_features(std::u32string_view(d.text).substr(0, end), config)) {
      Unit u;
      const size_t S = sf.sentence.start, E = sf.sentence.end;
      for (size_t i = 0; i < d.labels.size(); ++i) {
        const Labelled& l = d.labels[i];
        const double mid = (double(S) + double(E)) / 2;
        const long overlap = long(std::min(E, l.end)) - long(std::max(S, l.start));
        if ((l.start <= mid && mid < l.end) || (overlap > 0 && 2 * overlap >= long(l.end - l.start))) {
          u.covers.push_back(static_cast<int>(i));
          u.label = std::max(u.label, l.label);
        }
      }
      if (u.covers.empty() && S >= last) break;
      if (u.covers.empty() && E <= first) continue;  // before the labelled passage (it may start mid-text)
      u.sf = std::move(sf);
      d.units.push_back(std::move(u));
    }
  }
}

}  // namespace train
