// sentence_splitter.cpp - split_sentences: one pass over the code points, deciding at each
// full stop, question mark, exclamation mark, ellipsis and line break whether a sentence
// ends there. Abbreviations, initials, decimals and closing quotation marks are handled
// with small word lists, never with regular expressions.
#include <array>
#include <string>

#include "core/claims/claim_finder.h"
#include "core/claims/text_chars.h"

namespace core {
namespace {

using claims::is_alnum;
using claims::is_closer;
using claims::is_digit;
using claims::is_letter;
using claims::is_lower;
using claims::is_space;
using claims::is_terminal;
using claims::is_upper;

bool in_list(const std::string& w, const char* const* list) {
  for (; *list; ++list)
    if (claims::same_word(w.data(), w.size(), *list)) return true;
  return false;
}

// Titles before a name: the period never ends the sentence.
const char* const kTitles[] = {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen",
                               "lt", "col", "sgt", "capt", "cmdr", "adm", "rev", "hon",
                               "pres", "st", "mt", "messrs", "mme", "fr", "supt", "insp",
                               "vs", "v", "e.g", "i.e", "cf", "nos", "approx", "ca", "cpl",
                               "maj", "brig", "sens", "reps", "atty", "gens", nullptr};
// Abbreviations that usually sit mid-sentence but may end one ("... in the U.S. The ...").
const char* const kSoft[] = {"inc", "ltd", "co", "corp", "jr", "sr", "bros", "etc", "no",
                             "dept", "univ", "assn", "ave", "blvd", "rd", "ft", "jan", "feb",
                             "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                             "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                             "sat", "sun", "est", "fig", "vol", "pp", "ph.d", "a.m", "p.m",
                             "u.s", "u.k", "u.n", "d.c", "e.u", "u.s.a", "al", "op", "ed",
                             nullptr};
// Abbreviations that are followed by a number ("Feb. 5", "No. 10").
const char* const kBeforeNumber[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                     "sept", "oct", "nov", "dec", "no", "nos", "vol", "pp",
                                     "fig", "art", "sec", "ch", "p", nullptr};
// Words that, capitalised, start a new sentence after a soft abbreviation.
const char* const kStarters[] = {"the", "a", "an", "he", "she", "it", "they", "we", "i",
                                 "this", "that", "these", "those", "there", "but", "and",
                                 "in", "on", "at", "for", "his", "her", "its", "their", "our",
                                 "if", "when", "while", "after", "before", "as", "however",
                                 "meanwhile", "some", "many", "most", "one", "two", "no",
                                 "yet", "so", "since", "although", "what", "who", "why",
                                 "how", "you", nullptr};

std::string lower_ascii(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) out += (c < 0x80) ? static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c) : '?';
  return out;
}

// The word ending just before position `dot` (letters, digits and inner periods).
std::u32string_view word_before(std::u32string_view t, size_t dot) {
  size_t b = dot;
  while (b > 0 && (is_alnum(t[b - 1]) || (t[b - 1] == U'.' && b >= 2 && is_alnum(t[b - 2]))))
    --b;
  return t.substr(b, dot - b);
}

// The word starting at position `p` (letters only), lowercased.
std::string word_at(std::u32string_view t, size_t p) {
  size_t e = p;
  while (e < t.size() && is_letter(t[e]) && e - p < 20) ++e;
  return lower_ascii(t.substr(p, e - p));
}

// Can a sentence start at `p` (first non-space after the candidate boundary)?
bool can_start(char32_t c) {
  return !is_lower(c) && c != U',' && c != U';' && c != U':' && c != U')' && c != U'%';
}

// Decides whether the period at `dot` ends a sentence given the next sentence would start
// at `next` (first non-space character).
bool period_ends_sentence(std::u32string_view t, size_t dot, size_t next) {
  const std::u32string_view w = word_before(t, dot);
  if (w.empty()) return true;
  const char32_t nc = t[next];
  if (w.size() == 1 && is_upper(w[0])) {  // an initial: "John F. Kennedy"
    return is_upper(nc) && in_list(word_at(t, next), kStarters);
  }
  const bool dotted = w.find(U'.') != std::u32string_view::npos && !is_digit(w[0]);
  if (w.size() > 6 && !dotted) return true;  // longer than any listed abbreviation
  const std::string lw = lower_ascii(w);
  if (in_list(lw, kTitles)) return false;
  if (is_digit(nc) && in_list(lw, kBeforeNumber)) return false;
  if (in_list(lw, kSoft) || dotted) {
    return is_upper(nc) ? in_list(word_at(t, next), kStarters) : !is_digit(nc) && nc != U'(';
  }
  return true;
}

const char* const kJoinWords[] = {"the", "a", "an", "of", "and", "or", "to", "in", "on", "at",
                                  "for", "with", "by", "from", "that", "as", "but", nullptr};

// A single line break is a boundary unless the text merely wraps: the line ends without
// punctuation and either the next line starts in lower case or with a digit, or this line
// ends on a word that cannot end a sentence ("of", "the").
bool line_break_ends_sentence(std::u32string_view t, size_t last, size_t next) {
  const char32_t lc = t[last];
  if (is_terminal(lc) || is_closer(lc) || lc == U':' || lc == U';') return true;
  const char32_t nc = t[next];
  if (is_lower(nc) || is_digit(nc)) return false;
  if (is_letter(lc)) {
    size_t b = last + 1;
    while (b > 0 && is_letter(t[b - 1])) --b;
    if (in_list(lower_ascii(t.substr(b, last + 1 - b)), kJoinWords)) return false;
  }
  return true;
}

class Splitter {
 public:
  explicit Splitter(std::u32string_view t) : t_(t) {}

  std::vector<Sentence> run() {
    size_t i = 0;
    const size_t n = t_.size();
    while (i < n) {
      const char32_t c = t_[i];
      if (c == U'\n' || c == U'\r') {
        i = on_line_break(i);
      } else if (is_terminal(c)) {
        i = on_terminal(i);
      } else {
        if (!open_ && !is_space(c)) { open_ = true; start_ = i; }
        if (!is_space(c)) last_ = i;
        ++i;
      }
    }
    close();
    return std::move(out_);
  }

 private:
  void close() {
    if (open_) out_.push_back({start_, last_ + 1});
    open_ = false;
  }

  size_t on_line_break(size_t i) {
    size_t breaks = 0, j = i;
    while (j < t_.size() && is_space(t_[j])) {
      if (t_[j] == U'\n' || (t_[j] == U'\r' && (j + 1 >= t_.size() || t_[j + 1] != U'\n'))) ++breaks;
      ++j;
    }
    if (open_ && (breaks >= 2 || j >= t_.size() || line_break_ends_sentence(t_, last_, j))) close();
    return j;
  }

  size_t on_terminal(size_t i) {
    if (!open_) { open_ = true; start_ = i; }
    const size_t n = t_.size();
    size_t j = i;
    bool only_period = true;
    while (j < n && is_terminal(t_[j])) { only_period &= t_[j] == U'.'; ++j; }
    const bool single_period = only_period && j == i + 1;
    while (j < n && (is_closer(t_[j]) || is_terminal(t_[j]))) ++j;
    last_ = j - 1;
    // CJK full stops need no following space.
    const bool cjk = t_[i] == 0x3002 || t_[i] == 0xFF01 || t_[i] == 0xFF1F;
    if (j < n && !is_space(t_[j]) && !cjk) return j;  // "U.S.A", "1.3", "Yahoo!News"
    // "[...]" and "(?)" sit inside a sentence; "[.]" (an editor's full stop) ends one.
    if (i > 0 && (t_[i - 1] == U'[' || t_[i - 1] == U'(') && !single_period) return j;
    size_t k = j;
    while (k < n && is_space(t_[k]) && t_[k] != U'\n' && t_[k] != U'\r') ++k;
    if (k >= n || t_[k] == U'\n' || t_[k] == U'\r') { close(); return k; }
    if (!can_start(t_[k])) return k;
    if (single_period && !period_ends_sentence(t_, i, k)) return k;
    close();
    return k;
  }

  std::u32string_view t_;
  std::vector<Sentence> out_;
  bool open_ = false;
  size_t start_ = 0, last_ = 0;
};

}  // namespace

std::vector<Sentence> split_sentences(std::u32string_view text) { return Splitter(text).run(); }

}  // namespace core
