// claim_rules.cpp - judges every sentence: first its shape (headline, caption, question,
// credit line), then the evidence for and against a checkable claim, weighed into a score;
// then the category, the key phrase and a short reason. suggest_claims keeps the claims.
//
// [SECTION] shape checks
// [SECTION] scoring
// [SECTION] key phrase and reason
// [SECTION] public entry points
#include "core/claims/claim_rules.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "core/claims/cues.h"
#include "core/claims/text_chars.h"

namespace core::claims {

using namespace std::string_view_literals;
namespace {

std::string utf8_of(std::u32string_view t, size_t s, size_t e) {
  std::string out;
  for (size_t i = s; i < e && i < t.size(); ++i) {
    const char32_t c = t[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::string quoted(std::u32string_view t, size_t s, size_t e) {
  return "\xE2\x80\x9C" + utf8_of(t, s, e) + "\xE2\x80\x9D";
}

// [SECTION] shape checks -------------------------------------------------------------------

// Does the sentence fill its line alone (nothing but spaces before and after it)?
bool alone_on_line(std::u32string_view t, const Sentence& s) {
  for (size_t i = s.start; i > 0; --i) {
    if (t[i - 1] == U'\n' || t[i - 1] == U'\r') break;
    if (!is_space(t[i - 1])) return false;
  }
  for (size_t i = s.end; i < t.size(); ++i) {
    if (t[i] == U'\n' || t[i] == U'\r') break;
    if (!is_space(t[i])) return false;
  }
  return true;
}

// The last character that is not a closing quotation mark or bracket.
char32_t final_mark(std::u32string_view t, const Sentence& s) {
  size_t e = s.end;
  while (e > s.start && is_closer(t[e - 1])) --e;
  return e > s.start ? t[e - 1] : 0;
}

// Credit and navigation lines: "Source: ...", "Photo: ...", "Reporting by ...".
bool is_credit_line(const std::vector<Token>& k) {
  if (k.size() < 2 || k[0].kind != TokKind::Word) return false;
  static const char* const kLabels[] = {"source", "sources", "photo", "photograph", "image",
                                        "credit", "credits", "caption", "picture", "video",
                                        "watch", "read", "related", "editor", "editing",
                                        "reporting", "file", "advertisement", nullptr};
  bool label = false;
  for (const char* const* p = kLabels; *p; ++p) label |= k[0].lower() == *p;
  if (!label) return false;
  if (k[1].kind == TokKind::Punct && k[1].mark == U':') return true;
  return k[1].lower() == "by"sv || k[1].lower() == "more"sv;
}

// A dateline standing as a sentence ("St. Johns, Mich., April 19."): only names and
// numbers, with a month or weekday among them; it places the report, it claims nothing.
bool is_dateline(const std::vector<Token>& k) {
  int words = 0;
  bool date = false;
  for (const Token& t : k) {
    if (!is_word(t)) continue;
    if (++words > 8) return false;
    if (t.kind == TokKind::Word && !t.capitalised) return false;
    date |= (t.lex.flags & (kMonth | kWeekday)) != 0;
  }
  return date;
}

// [SECTION] scoring ------------------------------------------------------------------------

struct Weighed {
  double score = 0;
  const Cue* best = nullptr;
  const Against* worst = nullptr;
};

// The evidence a sentence needs beyond what speaks against it to reach kClaimThreshold
// (tuned on the development set and the Brown tuning texts; see docs/CLAIMS.md).
constexpr double kBias = 0.85;

double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

Weighed weigh(const Evidence& ev) {
  Weighed w;
  double sum = 0;
  for (const Cue& c : ev.cues) {
    sum += c.weight;
    // Ties go to the earlier category (quantity before comparison before ... quote).
    if (!w.best || c.weight > w.best->weight ||
        (c.weight == w.best->weight && c.category < w.best->category))
      w.best = &c;
  }
  const double best = w.best ? w.best->weight : 0;
  const double rest = std::min(2.0, sum - best);
  const double fact = best + 0.3 * rest + std::min(0.6, 0.15 * ev.proper_nouns);

  // A hard fact (a figure, a date, a record) is checkable even in a first-person or
  // hedged sentence ("We have kicked 110 extra points", "Pohl could receive 15 years").
  const bool hard = best >= 1.2;
  // Against: each kind counts fully once, then a little for repeats, up to 2.
  double neg = 0;
  const char* seen_what[16];
  double seen_sum[16];
  size_t seen = 0;
  // "must" and "can" in a reported statement report someone's stance ("Johnson has
  // repeatedly stated that Britain must leave"); only the writer's own are analysis.
  bool reported = false;
  for (const Cue& c : ev.cues) reported |= c.kind == CueKind::Attribution;
  for (Against a : ev.against) {
    if (reported && a.what == kPrescriptionSign) continue;
    if (hard && (a.what == kFirstPersonSign || a.what == kSpeculationSign || a.what == kPrescriptionSign))
      a.weight *= 0.5;
    size_t j = 0;
    while (j < seen && seen_what[j] != a.what) ++j;
    if (j == seen) {
      if (seen == 16) continue;
      seen_what[seen] = a.what;
      seen_sum[seen++] = a.weight;
      neg += a.weight;
    } else if (seen_sum[j] < 2.0) {
      const double extra = std::min(0.3 * a.weight, 2.0 - seen_sum[j]);
      seen_sum[j] += extra;
      neg += extra;
    }
  }
  for (const Against& a : ev.against)
    if (!w.worst || a.weight > w.worst->weight) w.worst = &a;
  // A quotation with nothing checkable in it reports a voice, not a fact.
  if (ev.words > 0 && ev.quoted_words * 10 >= ev.words * 6 && !hard) neg += 0.5;
  if (ev.words < 6 && !ev.has_number && best < 1.0) neg += 0.5;

  w.score = sigmoid(3.0 * (fact - neg - kBias));
  return w;
}

// [SECTION] key phrase and reason --------------------------------------------------------

// A date's key: "in February 2022", "on September 10", "last week", "at 10:30".
void expand_date_key(const std::vector<Token>& k, Cue& cue) {
  size_t b = cue.token, e = cue.token;
  auto datey = [](const Token& t) {
    return t.kind == TokKind::Number || (t.lex.flags & (kMonth | kWeekday | kRelDate)) ||
           t.lower() == "a.m"sv || t.lower() == "p.m"sv || t.lower() == "morning"sv || t.lower() == "night"sv ||
           t.lower() == "evening"sv || t.lower() == "afternoon"sv;
  };
  while (e + 1 < k.size() && (datey(k[e + 1]) || (k[e + 1].mark == U',' && e + 2 < k.size() &&
                                                  k[e + 2].kind == TokKind::Number)))
    ++e;
  // "earlier this month", "last week"
  auto is = [&](size_t i, std::initializer_list<const char*> words) {
    for (const char* w : words)
      if (i < k.size() && k[i].lower() == w) return true;
    return false;
  };
  if (is(e, {"earlier", "later"}) && is(e + 1, {"this", "last", "next"})) ++e;
  if (is(e, {"this", "last", "next"}) && e + 1 < k.size() && (k[e + 1].lex.flags & kTimeUnit)) ++e;
  while (b > 0 && is_word(k[b - 1]) && datey(k[b - 1])) --b;
  if (b > 0) {
    const std::string_view p = k[b - 1].lower();
    if (p == "in" || p == "on" || p == "since" || p == "until" || p == "by" || p == "at" ||
        p == "from" || p == "last" || p == "this" || p == "earlier" || p == "next")
      --b;
  }
  cue.key_first = b;
  cue.key_last = e;
}

void expand_key(const std::vector<Token>& k, Cue& cue) {
  switch (cue.kind) {
    case CueKind::Count: case CueKind::Money: case CueKind::Percent: case CueKind::Measure:
      expand_quantity_key(k, cue);
      break;
    case CueKind::Date: expand_date_key(k, cue); break;
    case CueKind::Attribution: expand_speaker_key(k, cue); break;
    case CueKind::Superlative: expand_phrase_key(k, cue, 0, 3); break;
    case CueKind::Change: case CueKind::Comparative: case CueKind::Ordinal:
      expand_phrase_key(k, cue, 0, 2);
      break;
    case CueKind::Rule: expand_phrase_key(k, cue, 2, 3); break;
    case CueKind::Cause: case CueKind::Prediction: case CueKind::Deed:
      expand_phrase_key(k, cue, 0, 4);
      break;
  }
}

std::string describe(std::u32string_view t, const std::vector<Token>& k, const Cue& c, bool primary) {
  const size_t s = primary ? k[c.key_first].start : k[c.token].start;
  const size_t e = primary ? k[c.key_last].end : k[c.token].end;
  const std::string q = quoted(t, s, e);
  switch (c.kind) {
    case CueKind::Count: {
      const Token& last = k[c.key_last];
      if (primary && last.kind == TokKind::Word && !is_numeric_word(last))
        return "counts " + utf8_of(t, last.start, last.end) + " (" + q + ")";
      return "gives a number (" + q + ")";
    }
    case CueKind::Money: return "gives an amount of money (" + q + ")";
    case CueKind::Percent: return "gives a percentage (" + q + ")";
    case CueKind::Measure: return "gives a measurement (" + q + ")";
    case CueKind::Ordinal: return "gives a rank or order (" + q + ")";
    case CueKind::Superlative: return "ranks or sets a record (" + q + ")";
    case CueKind::Comparative: return "makes a comparison (" + q + ")";
    case CueKind::Change: return "describes a change (" + q + ")";
    case CueKind::Cause: return "states a cause or effect (" + q + ")";
    case CueKind::Rule: return "cites a law, rule or official act (" + q + ")";
    case CueKind::Prediction: return "predicts or announces a plan (" + q + ")";
    case CueKind::Date: return "dates an event (" + q + ")";
    case CueKind::Deed: return "reports who did what (" + q + ")";
    case CueKind::Attribution: return "attributes a statement (" + q + ")";
  }
  return q;
}

// The best cue's description, then the strongest cue of up to two other categories.
std::string reason_for(std::u32string_view t, const std::vector<Token>& k, const Evidence& ev,
                       const Cue& best) {
  std::string r = describe(t, k, best, true);
  if (best.category == Category::Quote && best.kind != CueKind::Attribution)
    r = "reports what was said; " + r;
  std::vector<const Cue*> others;
  for (const Cue& c : ev.cues) {
    if (c.category == best.category || c.token == best.token || c.weight < 0.6) continue;
    auto it = std::find_if(others.begin(), others.end(),
                           [&](const Cue* o) { return o->category == c.category; });
    if (it == others.end()) others.push_back(&c);
    else if (c.weight > (*it)->weight) *it = &c;
  }
  std::stable_sort(others.begin(), others.end(),
                   [](const Cue* a, const Cue* b) { return a->weight > b->weight; });
  for (size_t i = 0; i < others.size() && i < 2; ++i) {
    Cue c = *others[i];
    expand_key(k, c);
    r += "; " + describe(t, k, c, true);
  }
  return r;
}

SentenceVerdict not_a_claim(const Sentence& s, double score, std::string why) {
  SentenceVerdict v;
  v.sentence = s;
  v.key_start = v.key_end = s.start;
  v.category = "none";
  v.score = std::round(score * 1000) / 1000;
  v.reason = "not a claim: " + why;
  return v;
}

}  // namespace

// [SECTION] public entry points --------------------------------------------------------------

std::vector<SentenceVerdict> judge_sentences(std::u32string_view text) {
  const std::vector<Sentence> sentences = split_sentences(text);
  std::vector<SentenceVerdict> out;
  out.reserve(sentences.size());
  std::vector<Token> toks;
  Evidence ev;
  bool in_quote = false;
  size_t prev_end = 0;
  for (const Sentence& s : sentences) {
    // A quotation never runs over a line break.
    for (size_t i = prev_end; i < s.start; ++i)
      if (text[i] == U'\n' || text[i] == U'\r') in_quote = false;
    prev_end = s.end;
    tokenize(text, s.start, s.end, in_quote, toks);
    collect_evidence(toks, ev);

    const char32_t mark = final_mark(text, s);
    if (mark == U'?' || mark == 0xFF1F) { out.push_back(not_a_claim(s, 0, "a question")); continue; }
    if (is_credit_line(toks)) { out.push_back(not_a_claim(s, 0, "a source or credit line")); continue; }
    // A line ending in a colon introduces what follows; any other unpunctuated line is a
    // headline, caption or label.
    if (!is_terminal(mark) && mark != U':' && ev.words < 25 && alone_on_line(text, s)) {
      out.push_back(not_a_claim(s, 0, "a headline, caption or label (no final punctuation)"));
      continue;
    }
    if (ev.words < 3) { out.push_back(not_a_claim(s, 0, "a fragment")); continue; }
    if (is_dateline(toks)) { out.push_back(not_a_claim(s, 0, "a dateline")); continue; }

    Weighed w = weigh(ev);
    // A sentence that ends in a colon introduces a quotation or a list ("Hengesbach said:");
    // the claim, if any, is in what follows.
    if (mark == U':' && w.score >= kClaimThreshold) {
      out.push_back(not_a_claim(s, w.score * 0.5, "introduces what follows (ends with a colon)"));
      continue;
    }
    if (!w.best || w.score < kClaimThreshold) {
      std::string why = "no checkable detail";
      if (w.worst) {
        const Token& t = toks[w.worst->token];
        why = std::string(w.worst->what) + " (" + quoted(text, t.start, t.end) + ")";
      }
      out.push_back(not_a_claim(s, w.score, why));
      continue;
    }
    Cue best = *w.best;
    // A reported statement: the claim is what was said. When the key lies inside the
    // quotation, or the sentence is mostly quotation, it is a quote; the key is then the
    // checkable detail if quoted, else who said it.
    const Cue* said = nullptr;
    for (const Cue& c : ev.cues)
      if (c.kind == CueKind::Attribution && (!said || c.weight > said->weight)) said = &c;
    const bool mostly_quoted = ev.quoted_words * 10 >= ev.words * 4;
    if (said && (toks[best.token].in_quote || mostly_quoted)) {
      if (!toks[best.token].in_quote) best = *said;
      best.category = Category::Quote;
    }
    expand_key(toks, best);
    SentenceVerdict v;
    v.sentence = s;
    v.key_start = toks[best.key_first].start;
    v.key_end = toks[best.key_last].end;
    v.category = to_string(best.category);
    v.score = std::round(w.score * 1000) / 1000;
    v.reason = reason_for(text, toks, ev, best);
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace core::claims

namespace core {

std::vector<ClaimSuggestion> suggest_claims(std::u32string_view text, double min_score) {
  std::vector<ClaimSuggestion> out;
  const double floor = std::max(min_score, kClaimThreshold);
  for (claims::SentenceVerdict& v : claims::judge_sentences(text)) {
    if (v.category == "none" || v.score < floor) continue;
    out.push_back({v.sentence.start, v.sentence.end, v.key_start, v.key_end, std::move(v.category),
                   v.score, std::move(v.reason)});
  }
  return out;
}

}  // namespace core
