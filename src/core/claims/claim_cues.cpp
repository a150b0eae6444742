// claim_cues.cpp - walks the tokens of a sentence once and records every cue for a claim
// category (numbers, dates, rankings, changes, causes, rules, plans, deeds, attributions)
// and every sign against a claim (opinion, feeling, first person, vagueness, pleasantries).
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/claims/cues.h"
#include "core/claims/text_chars.h"

namespace core::claims {

using namespace std::string_view_literals;

const char* const kOpinionSign = "opinion";
const char* const kFeelingSign = "feeling or belief";
const char* const kFirstPersonSign = "first person";
const char* const kReaderSign = "addresses the reader";
const char* const kSpeculationSign = "speculation";
const char* const kPleasantrySign = "pleasantry";
const char* const kFurnitureSign = "page furniture";
const char* const kVagueSign = "vague subject";
const char* const kPrescriptionSign = "prescribes or generalises";

const char* to_string(Category c) {
  switch (c) {
    case Category::Quantity: return "quantity";
    case Category::Comparison: return "comparison";
    case Category::Causation: return "causation";
    case Category::Rule: return "rule";
    case Category::Prediction: return "prediction";
    case Category::Event: return "event";
    case Category::Quote: return "quote";
  }
  return "event";
}

bool is_word(const Token& t) { return t.kind == TokKind::Word || t.kind == TokKind::Number; }

bool is_numeric_word(const Token& t) {
  return t.kind == TokKind::Number || (t.lex.flags & (kNumWord | kScale)) != 0;
}

namespace {

bool ends_with(std::string_view s, const char* suffix) {
  const size_t n = std::char_traits<char>::length(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

// Regular past tenses and participles ("visited", "confirmed"); adjectives in -ed that are
// listed as opinion or feeling do not count, nor do a few common non-verbs.
bool regular_past(const Token& t) {
  if (t.kind != TokKind::Word || t.capitalised || t.has_digit || t.lower().size() < 5) return false;
  if (!ends_with(t.lower(), "ed")) return false;
  if (t.lex.flags & (kOpinion | kMind | kFunction)) return false;
  static const char* const kNot[] = {"hundred", "indeed", "needed", "speed", "proceed",
                                     "succeed", "exceed", "breed", "greed", "shared", nullptr};
  const std::string_view w = t.lower();
  for (const char* const* p = kNot; *p; ++p)
    if (same_word(w.data(), w.size(), *p)) return false;
  return true;
}

}  // namespace

bool is_past_verb(const Token& t) {
  return (t.kind == TokKind::Word && (t.lex.flags & (kEventVerb | kAct))) || regular_past(t);
}

namespace {

struct Collector {
  const std::vector<Token>& k;
  Evidence& ev;
  size_t n;

  const Token* word(size_t i) const { return i < n && is_word(k[i]) ? &k[i] : nullptr; }
  // Index of the next word token after i (n if none), skipping no punctuation.
  const Token* next_word(size_t i) const { return word(i + 1); }
  const Token* prev_word(size_t i) const { return i > 0 ? word(i - 1) : nullptr; }

  void cue(Category c, CueKind kind, double w, size_t i) {
    Cue q;
    q.category = c;
    q.kind = kind;
    q.weight = w;
    q.token = i;
    q.key_first = q.key_last = i;
    ev.cues.push_back(q);
  }
  void against(double w, const char* what, size_t i) { ev.against.push_back({w, what, i}); }

  bool month_near(size_t i) const {
    const Token* p = prev_word(i);
    const Token* q = next_word(i);
    return (p && (p->lex.flags & kMonth) && p->capitalised) ||
           (q && (q->lex.flags & kMonth) && q->capitalised);
  }

  void on_number(size_t i) {
    const Token& t = k[i];
    ev.has_number = true;
    const std::string_view s = t.lower();
    const Token* nx = next_word(i);
    const bool money = i > 0 && k[i - 1].kind == TokKind::Currency;
    const bool unit = nx && (nx->lex.flags & (kScale | kUnit));
    const bool percent = ends_with(s, "%");
    bool all_digits = true;
    for (char c : s) all_digits &= c >= '0' && c <= '9';
    // "0930 UTC", "1400 hours": a clock time.
    if (all_digits && s.size() == 4 && nx &&
        (nx->lower() == "utc"sv || nx->lower() == "gmt"sv || nx->lower() == "bst"sv ||
         nx->lower() == "hours"sv || nx->lower() == "hrs"sv)) {
      cue(Category::Event, CueKind::Date, 0.9, i);
      return;
    }
    if (all_digits && s.size() == 4 && !money && !unit) {
      int year = 0;
      for (char c : s) year = year * 10 + (c - '0');
      if (year >= 1800 && year <= 2099) { cue(Category::Event, CueKind::Date, 0.9, i); return; }
    }
    if (s.find(':') != std::string::npos) {
      const Token* p = prev_word(i);
      const bool clock = (nx && (nx->lower() == "a.m"sv || nx->lower() == "p.m"sv || nx->lower() == "am"sv ||
                                 nx->lower() == "pm"sv || nx->all_caps || nx->lower() == "local"sv)) ||
                         (p && p->lower() == "at"sv);
      if (clock) { cue(Category::Event, CueKind::Date, 0.9, i); return; }
      cue(Category::Quantity, CueKind::Measure, 1.5, i);
      return;
    }
    if (all_digits && s.size() <= 2 && month_near(i)) {
      cue(Category::Event, CueKind::Date, 1.0, i);
      return;
    }
    if (ends_with(s, "st") || ends_with(s, "nd") || ends_with(s, "rd") || ends_with(s, "th")) {
      if (s.size() >= 3 && s[s.size() - 3] >= '0' && s[s.size() - 3] <= '9') {
        cue(Category::Comparison, CueKind::Ordinal, 0.5, i);
        return;
      }
    }
    // A number right after a name is usually part of it ("Falcon 9", "Region 12").
    const Token* p = prev_word(i);
    if (p && p->capitalised && !p->initial && !(p->lex.flags & (kMonth | kPreNumber)) && !money) {
      cue(Category::Quantity, CueKind::Count, 0.6, i);
      return;
    }
    if (money) cue(Category::Quantity, CueKind::Money, 1.9, i);
    else if (percent || (nx && (nx->lower() == "percent"sv || nx->lower() == "per"sv)))
      cue(Category::Quantity, CueKind::Percent, 1.9, i);
    else if (unit) cue(Category::Quantity, CueKind::Measure, 1.8, i);
    else cue(Category::Quantity, CueKind::Count, 1.6, i);
  }

  void on_word(size_t i) {
    const Token& t = k[i];
    const uint32_t f = t.lex.flags;
    const uint8_t st = t.lex.strength;
    const Token* nx = next_word(i);
    const Token* pv = prev_word(i);
    // A capitalised word inside the sentence is a name, not the common word ("Good Friday").
    const bool name = t.capitalised && !t.initial;
    LexEntry ph;
    if ((f & kPhraseStart) && nx) ph = lookup_phrase(t.lower(), nx->lower());
    const uint32_t pf = ph.flags;

    if (t.has_digit) ev.has_number = true;
    if (name && !(f & (kMonth | kWeekday)) && t.lower() != "i"sv) ++ev.proper_nouns;

    // Quantities written in words: "fifteen Democrats", "tens of thousands".
    if ((f & (kNumWord | kScale)) && !name) {
      ev.has_number = true;
      // Part of a longer number ("tens of thousands", "two hundred and five").
      const Token* pp = i >= 2 ? word(i - 2) : nullptr;
      const bool chained = (pv && is_numeric_word(*pv)) ||
                           (pv && (pv->lower() == "of"sv || pv->lower() == "and"sv) && pp && is_numeric_word(*pp));
      if (!chained) {
        // "one" counts only before a unit ("for one week"), not in "one of the".
        const bool one = t.lower() == "one"sv && !(nx && (nx->lex.flags & (kTimeUnit | kUnit)));
        cue(Category::Quantity, CueKind::Count, one ? 0.3 : (f & kScale) ? 1.3 : 1.2, i);
      }
    }
    if (f & kOrdinal) cue(Category::Comparison, CueKind::Ordinal, 0.5, i);

    // Dates: months (not the verb "may"), weekdays, "yesterday", "last year".
    if ((f & kMonth) && (t.capitalised || t.all_caps) && !(t.lower() == "may"sv && !name) &&
        !(t.lower() == "march"sv && nx && nx->lower() == "on"sv)) {
      cue(Category::Event, CueKind::Date, 0.8, i);
    }
    if (f & kWeekday) cue(Category::Event, CueKind::Date, 0.8, i);
    if ((f & kRelDate) && !(f & kMonth)) cue(Category::Event, CueKind::Date, 0.75, i);
    if (pf & kRelDate) cue(Category::Event, CueKind::Date, 0.75, i);

    // Comparisons, rankings, records and changes.
    if ((f & kSuperlative) && !name) {
      double w = st >= 3 ? 1.3 : 0.6;
      if (t.lower() == "first"sv) {
        // "the first woman to..." ranks; "his first speech" merely orders.
        const bool the = pv && pv->lower() == "the"sv;
        const bool possessive = pv && (pv->lower() == "its"sv || pv->lower() == "his"sv ||
                                       pv->lower() == "her"sv || pv->lower() == "their"sv);
        w = the ? 1.3 : possessive ? 0.8 : 0.7;
      } else if (t.lower() == "last"sv || t.lower() == "least"sv || t.lower() == "top"sv) {
        w = 0.3;
      } else if (t.lower() == "most"sv) {
        w = nx && (nx->lower() == "of"sv) ? 0.2 : 0.8;
      }
      // "most positive", "greatest achievement": ranking an opinion is an opinion.
      if (nx && (nx->lex.flags & kOpinion) && !nx->capitalised) w = 0;
      if (w > 0) cue(Category::Comparison, CueKind::Superlative, w, i);
    }
    if ((pf & kComparative) && ph.strength >= 2) {
      cue(Category::Comparison, CueKind::Comparative, 1.0, i);
    } else if ((f & kComparative) && !name) {
      bool than = false;
      for (size_t j = i + 1; j < n && j <= i + 3; ++j) than |= k[j].lower() == "than"sv;
      cue(Category::Comparison, CueKind::Comparative, than ? 1.0 : st >= 2 ? 0.8 : 0.2, i);
    }
    // "last fall", "this fall's election": the season, not a change.
    const bool season = t.lower().rfind("fall", 0) == 0 && pv &&
                        (pv->lower() == "last"sv || pv->lower() == "this"sv || pv->lower() == "next"sv);
    // "declined to comment" refuses; "declined to 5%" changes.
    const Token* after_to = nx && nx->lower() == "to"sv ? word(i + 2) : nullptr;
    const bool refusal = after_to && !is_numeric_word(*after_to);
    // "has been growing": an ongoing change is as checkable as a finished one.
    const bool ongoing = pv && (pv->lex.flags & kAux) && (f & kChange);
    if (season) {
      cue(Category::Event, CueKind::Date, 0.75, i);
    } else if ((f & kChange) && !name && refusal) {
      cue(Category::Event, CueKind::Deed, 0.7, i);
    } else if ((f & kChange) && !name) {
      cue(Category::Comparison, CueKind::Change, st >= 3 ? 1.3 : ongoing ? 1.0 : 0.6, i);
    }

    // Causation.
    if (pf & kCause) cue(Category::Causation, CueKind::Cause, ph.strength >= 3 ? 1.1 : 0.5, i);
    else if ((f & kCause) && !name) cue(Category::Causation, CueKind::Cause, st >= 3 ? 1.1 : 0.5, i);

    // Laws, rules and official acts.
    // Inside a name ("North Atlantic Treaty Organization") the word names, it does not rule.
    if ((f & kRule) && !name) cue(Category::Rule, CueKind::Rule, st >= 3 ? 1.1 : 0.6, i);
    if ((pf & kRule) && !(f & kRule)) cue(Category::Rule, CueKind::Rule, 0.8, i);

    // Predictions and plans.
    if (pf & kPredict) cue(Category::Prediction, CueKind::Prediction, 1.0, i);
    else if ((f & kPredict) && !name) cue(Category::Prediction, CueKind::Prediction, st >= 3 ? 1.0 : 0.8, i);
    else if ((f & kModal) && !name) cue(Category::Prediction, CueKind::Prediction, 0.3, i);
    // "may", "might", "could": a possibility is not a fact (unless a figure comes with it).
    // "could" is as often a past ability ("he could hear the music") as a possibility.
    if ((t.lower() == "may"sv && !name && !(nx && nx->has_digit)) || t.lower() == "might"sv)
      against(0.4, kSpeculationSign, i);
    else if (t.lower() == "could"sv)
      against(0.2, kSpeculationSign, i);

    // After a determiner a participle describes a noun ("the reported cases", "an added
    // cost"): no one is said to have done anything. ("that" is left out: it is more often a
    // relative pronoun, "the agency that monitored the trial".)
    const bool adjective = pv && (pv->lower() == "the"sv || pv->lower() == "a"sv || pv->lower() == "an"sv ||
                                  pv->lower() == "this"sv || pv->lower() == "its"sv);

    // Attributions: "said", "according to".
    if (pf & kSpeech) cue(Category::Quote, CueKind::Attribution, 0.7, i);
    else if ((f & kSpeech) && !name && !adjective)
      cue(Category::Quote, CueKind::Attribution, st >= 3 ? 0.6 : 0.4, i);

    // Deeds: who did what.
    if (adjective || name) {
      // no deed
    } else if ((f & kAct) && !(f & kRule)) {
      cue(Category::Event, CueKind::Deed, 0.9, i);
    } else if (f & kEventVerb) {
      cue(Category::Event, CueKind::Deed, 0.7, i);
    } else if (regular_past(t) && !(f & (kRule | kChange | kSpeech | kCause | kPredict))) {
      cue(Category::Event, CueKind::Deed, 0.5, i);
    }

    // Roles: "Mrs. Cohen is chairman of this phase", "Kosgei was the defending champion".
    if ((f & kRole) && !name) {
      for (size_t j = i; j > 0 && i - j < 4; --j) {
        const Token& p = k[j - 1];
        if (!is_word(p)) break;
        if (p.lower() == "is"sv || p.lower() == "was"sv || p.lower() == "became"sv || p.lower() == "as"sv) {
          cue(Category::Event, CueKind::Deed, 0.8, i);
          break;
        }
      }
    }

    // Signs against: opinion, feeling, first and second person, vagueness, speculation.
    // A conditional ("If the Cardinals heed ...") supposes rather than states.
    if (t.initial && t.lower() == "if"sv) against(0.4, kSpeculationSign, i);
    if ((f & kOpinion) && !name) against(st >= 3 ? 0.9 : 0.35, kOpinionSign, i);
    if ((f & kMind) && !name) against(0.8, kFeelingSign, i);
    // "I" and "we" speak for themselves; an unquoted "our" is often the writer's nation
    // ("delayed our missile program") and counts less.
    if ((f & kFirstPerson) && !(t.all_caps && t.lower() == "us"sv)) {
      const bool collective = t.lower() == "our"sv || t.lower() == "us"sv || t.lower() == "ours"sv;
      against(collective && !t.in_quote ? 0.6 : 1.1, kFirstPersonSign, i);
    }
    if ((f & kSecondPerson) && !t.all_caps) against(0.8, kReaderSign, i);
    if ((f & kHedge) || (pf & kHedge)) against(0.9, kSpeculationSign, i);
    if ((f & kPleasantry) || (pf & kPleasantry)) against(1.5, kPleasantrySign, i);
    if (f & kBoilerplate) against(1.5, kFurnitureSign, i);
    if ((f & kVague) && t.initial && !(nx && (is_numeric_word(*nx) || nx->lower() == "of"sv)))
      against(1.0, kVagueSign, i);
    // "must", "can", "cannot": what ought to be or what tends to happen, the voice of
    // analysis ("there must be a corresponding restriction", "what it can do to the
    // strongest men") rather than of a report.
    if (t.lower() == "must"sv || t.lower() == "can"sv || t.lower() == "cannot"sv || t.lower() == "can't"sv ||
        t.lower() == "ought"sv)
      against(0.8, kPrescriptionSign, i);
    if (t.lower() == "would've"sv || (t.lower() == "would"sv && nx && nx->lower() == "have"sv))
      against(0.6, kSpeculationSign, i);
  }
};

}  // namespace

void collect_evidence(const std::vector<Token>& toks, Evidence& ev) {
  ev.cues.clear();
  ev.against.clear();
  ev.words = ev.quoted_words = ev.proper_nouns = 0;
  ev.has_number = false;
  Collector c{toks, ev, toks.size()};
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!is_word(t)) continue;
    ++ev.words;
    if (t.in_quote) ++ev.quoted_words;
    if (t.kind == TokKind::Number) c.on_number(i);
    else c.on_word(i);
  }
}

namespace {
// The evidence a sentence needed beyond what speaks against it (the rules' threshold,
// tuned by hand on the Wikinews set and Brown press texts before the learned model).
constexpr double kHandBias = 0.85;
}  // namespace

HandScore weigh(const Evidence& ev) {
  HandScore w;
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

  w.fact = fact;
  w.against = neg;
  w.hard = hard;
  w.score = 1.0 / (1.0 + std::exp(-3.0 * (fact - neg - kHandBias)));
  return w;
}


}  // namespace core::claims
