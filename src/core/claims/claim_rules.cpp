// claim_rules.cpp - judges every sentence: first its shape (headline, caption, question,
// credit line), then the evidence for and against a checkable claim, scored by the learned
// model (model.h) over the cues and the words; then the category, the key phrase and a
// short reason from the cues that contributed most. suggest_claims keeps the claims.
//
// [SECTION] shape checks
// [SECTION] key phrase and reason
// [SECTION] the sentence loop
// [SECTION] public entry points
#include "core/claims/claim_rules.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "core/claims/cues.h"
#include "core/claims/features.h"
#include "core/claims/model.h"
#include "core/claims/text_chars.h"
#include "core/claims/word_vectors.h"

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

// A line without final punctuation that is still running text, not a headline: a
// parenthetical paragraph ("(In Washington, the FBI identified ...)") or a line broken off
// after a function word ("drove in 86 runs on a").
bool running_text(std::u32string_view t, const Sentence& s, const std::vector<Token>& k) {
  if (s.end > s.start && t[s.start] == U'(' && t[s.end - 1] == U')') return true;
  for (size_t i = k.size(); i-- > 0;) {
    if (!is_word(k[i])) continue;
    return (k[i].lex.flags & kFunction) && !k[i].capitalised;
  }
  return false;
}

// Credit and navigation lines: "Source: ...", "Photo: ...", "Reporting by ...".
bool is_credit_line(const std::vector<Token>& k) {
  if (k.size() < 2 || k[0].kind != TokKind::Word) return false;
  static const char* const kLabels[] = {"source", "sources", "photo", "photograph", "image",
                                        "credit", "credits", "caption", "picture", "video",
                                        "watch", "read", "related", "editor", "editing",
                                        "reporting", "file", "advertisement", nullptr};
  bool label = false;
  const std::string_view w = k[0].lower();
  for (const char* const* p = kLabels; *p && !label; ++p) label = same_word(w.data(), w.size(), *p);
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

// How much the model's score rises with a cue: its kind's weight plus, through the
// hand-weighted sums the model also reads, the weight of "fact" (per unit of cue strength).
double contribution(const ClaimModel& m, const Cue& c) {
  const float* w = m.weights;
  const double shared = m.config.hand ? double(w[kFeatHandFact]) + w[kFeatHandMargin] : 0.0;
  return (double(w[kFeatCueFirst + static_cast<uint32_t>(c.kind)]) + shared) * c.weight;
}

// How much the score falls with a sign against (its own weight, and through "against").
double contribution(const ClaimModel& m, const Against& a) {
  const int i = against_index(a.what);
  if (i < 0) return 0;
  const float* w = m.weights;
  const double shared = m.config.hand ? double(w[kFeatHandAgainst]) - w[kFeatHandMargin] : 0.0;
  return (double(w[kFeatAgainstFirst + i]) + shared) * a.weight;
}

// The leading cue's description, then the cues of up to two other categories that raised
// the score most.
std::string reason_for(std::u32string_view t, const std::vector<Token>& k, const Evidence& ev,
                       const Cue& best, const ClaimModel& m) {
  std::string r = describe(t, k, best, true);
  if (best.category == Category::Quote && best.kind != CueKind::Attribution)
    r = "reports what was said; " + r;
  std::vector<const Cue*> others;
  for (const Cue& c : ev.cues) {
    // Weak cues ("last" as a ranking, "one") never make a reason, however the model weighs them.
    if (c.category == best.category || c.token == best.token || c.weight < 0.6 || contribution(m, c) < 0.15)
      continue;
    auto it = std::find_if(others.begin(), others.end(),
                           [&](const Cue* o) { return o->category == c.category; });
    if (it == others.end()) others.push_back(&c);
    else if (contribution(m, c) > contribution(m, **it)) *it = &c;
  }
  std::stable_sort(others.begin(), others.end(),
                   [&](const Cue* a, const Cue* b) { return contribution(m, *a) > contribution(m, *b); });
  for (size_t i = 0; i < others.size() && i < 2; ++i) {
    Cue c = *others[i];
    expand_key(k, c);
    r += "; " + describe(t, k, c, true);
  }
  return r;
}

// The words of a sentence that raised its score most (at most two, content words only):
// the reason for a claim the model found without a cue.
std::string telling_words(std::u32string_view t, const std::vector<Token>& k, const ClaimModel& m) {
  const Token* best[2] = {nullptr, nullptr};
  double gain[2] = {0, 0};
  // What a word adds: its own weight, and its share of the mean word vector score.
  const double value = ngram_value(k.size(), m.config);
  const int vector_words = m.config.word_vectors ? word_vector_mean(k).words : 0;
  for (const Token& tok : k) {
    if (tok.kind != TokKind::Word || (tok.lex.flags & (kFunction | kAux | kStop))) continue;
    const uint32_t f = word_feature(tok, m.config);
    double x = f == kNoFeature ? 0.0 : m.weights[f] * value;
    double score = 0;
    if (vector_words && vector_token(tok) && word_vector_score(tok.lower(), score))
      x += score * m.weights[kFeatWordVectors] / vector_words;
    if (x > gain[0]) {
      best[1] = best[0], gain[1] = gain[0];
      best[0] = &tok, gain[0] = x;
    } else if (x > gain[1] && !(best[0] && best[0]->lower() == tok.lower())) {
      best[1] = &tok, gain[1] = x;
    }
  }
  std::string r = "wording often found in checkable claims";
  for (int i = 0; i < 2 && best[i]; ++i) r += (i ? ", " : " (") + quoted(t, best[i]->start, best[i]->end);
  return best[0] ? r + ")" : r;
}

// Why a sentence the model turned down is not a claim: the sign against that took most
// from its score, else its shape, else the lack of checkable detail.
std::string reason_against(std::u32string_view t, const SentenceView& v, const ClaimModel& m) {
  const Against* worst = nullptr;
  double low = -0.1;
  for (const Against& a : v.ev.against) {
    const double x = contribution(m, a);
    if (x < low) {
      worst = &a;
      low = x;
    }
  }
  if (worst) {
    const Token& w = v.toks[worst->token];
    return std::string(worst->what) + " (" + quoted(t, w.start, w.end) + ")";
  }
  if (v.final_mark == U':') return "introduces what follows (ends with a colon)";
  return "no checkable detail";
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

// [SECTION] the sentence loop ------------------------------------------------------------------

// Splits, tokenizes and collects the evidence of every sentence, checks its shape, and
// hands each to fn as a SentenceView; shared by judging and training. With `context`, each
// sentence is seen with a summary of the ten before and after it: the sentences ahead are
// prepared first and kept in a small ring, so the text is still read once.
template <class Fn>
void for_each_sentence(std::u32string_view text, bool context, Fn&& fn) {
  constexpr size_t kWindow = 10;
  const std::vector<Sentence> sentences = split_sentences(text);
  const size_t n = sentences.size();
  struct Prepared {
    std::vector<Token> toks;
    Evidence ev;
    HandScore hand;
    char32_t mark = 0;
    bool paragraph_start = false;
    const char* gate = nullptr;
  };
  struct Summary {
    float hand = 0;
    bool counted = false, claim = false, first_person = false, names = false;
  };
  std::vector<Prepared> ring(context ? kWindow + 1 : 1);
  std::vector<Summary> summary(context ? n : 0);
  bool in_quote = false;
  size_t prev_end = 0;
  auto prepare = [&](size_t si) {
    const Sentence& s = sentences[si];
    Prepared& p = ring[si % ring.size()];
    // A quotation never runs over a line break; a line break starts a paragraph.
    p.paragraph_start = si == 0;
    for (size_t i = prev_end; i < s.start; ++i)
      if (text[i] == U'\n' || text[i] == U'\r') {
        in_quote = false;
        p.paragraph_start = true;
      }
    prev_end = s.end;
    tokenize(text, s.start, s.end, in_quote, p.toks);
    collect_evidence(p.toks, p.ev);
    p.mark = final_mark(text, s);
    p.gate = nullptr;
    if (p.mark == U'?' || p.mark == 0xFF1F || p.mark == 0x061F) p.gate = "a question";
    else if (is_credit_line(p.toks)) p.gate = "a source or credit line";
    // A line ending in a colon introduces what follows; any other unpunctuated line is a
    // headline, caption or label.
    else if (!is_terminal(p.mark) && p.mark != U':' && p.ev.words < 25 && alone_on_line(text, s) &&
             !running_text(text, s, p.toks))
      p.gate = "a headline, caption or label (no final punctuation)";
    else if (p.ev.words < 3) p.gate = "a fragment";
    else if (is_dateline(p.toks)) p.gate = "a dateline";
    p.hand = weigh(p.ev);
    if (context) {
      Summary& m = summary[si];
      m.counted = !p.gate;
      m.hand = p.gate ? 0.0f : static_cast<float>(p.hand.score);
      m.claim = !p.gate && p.hand.score >= 0.5;
      for (const Against& a : p.ev.against) m.first_person |= a.what == kFirstPersonSign;
      m.names = p.ev.proper_nouns > 0;
    }
  };
  size_t prepared = 0;
  for (size_t si = 0; si < n; ++si) {
    const size_t ahead = context ? std::min(n, si + kWindow + 1) : si + 1;
    while (prepared < ahead) prepare(prepared++);
    const Prepared& p = ring[si % ring.size()];
    SentenceContext ctx;
    if (context) {
      const size_t from = si > kWindow ? si - kWindow : 0, to = std::min(n, si + kWindow + 1);
      int count = 0;
      for (size_t j = from; j < to; ++j) {
        if (j == si || !summary[j].counted) continue;
        ++count;
        ctx.hand_mean += summary[j].hand;
        ctx.claim_rate += summary[j].claim;
        ctx.first_person += summary[j].first_person;
        ctx.names += summary[j].names;
      }
      if (count) {
        ctx.hand_mean /= count, ctx.claim_rate /= count, ctx.first_person /= count, ctx.names /= count;
      } else {
        // No neighbour to go by (a one-paragraph text): the passage is taken to be like the
        // sentence itself, not like a passage without a single claim.
        const Summary& self = summary[si];
        ctx.hand_mean = self.hand, ctx.claim_rate = self.claim, ctx.first_person = self.first_person;
        ctx.names = self.names;
      }
      ctx.prev_hand = si > 0 ? summary[si - 1].hand : 0;
      ctx.next_hand = si + 1 < n ? summary[si + 1].hand : 0;
    }
    fn(SentenceView{text, sentences[si], p.toks, p.ev, p.hand, p.mark, p.paragraph_start, p.gate,
                    context ? &ctx : nullptr});
  }
}

}  // namespace

// [SECTION] public entry points --------------------------------------------------------------

std::vector<SentenceVerdict> judge_sentences(std::u32string_view text) {
  return judge_sentences(text, default_claim_model());
}

std::vector<SentenceVerdict> judge_sentences(std::u32string_view text, const ClaimModel& model) {
  std::vector<SentenceVerdict> out;
  FeatureVec f;
  for_each_sentence(text, model.config.context, [&](const SentenceView& v) {
    const Sentence& s = v.sentence;
    if (v.gate) {
      out.push_back(not_a_claim(s, 0, v.gate));
      return;
    }
    extract_features(v, model.config, f);
    const double p = 1.0 / (1.0 + std::exp(-model_logit(model, f)));
    // The category and key come from the heaviest cue (the rules' choice), the reason lists
    // the cues that raised the score most after it.
    const Cue* lead = v.hand.best;
    if (p < kClaimThreshold) {
      out.push_back(not_a_claim(s, p, reason_against(text, v, model)));
      return;
    }
    const std::vector<Token>& toks = v.toks;
    if (!lead) {  // checkable by its wording alone ("Kosgei was the defending champion")
      SentenceVerdict r;
      r.sentence = s;
      r.key_start = s.start;
      r.key_end = s.end;
      r.category = to_string(Category::Event);
      r.score = std::round(p * 1000) / 1000;
      r.reason = telling_words(text, toks, model);
      out.push_back(std::move(r));
      return;
    }
    Cue best = *lead;
    // A reported statement: the claim is what was said. When the key lies inside the
    // quotation, or the sentence is mostly quotation, it is a quote; the key is then the
    // checkable detail if quoted, else who said it.
    const Cue* said = nullptr;
    for (const Cue& c : v.ev.cues)
      if (c.kind == CueKind::Attribution && (!said || c.weight > said->weight)) said = &c;
    const bool mostly_quoted = v.ev.quoted_words * 10 >= v.ev.words * 4;
    if (said && (toks[best.token].in_quote || mostly_quoted)) {
      if (!toks[best.token].in_quote) best = *said;
      best.category = Category::Quote;
    }
    expand_key(toks, best);
    SentenceVerdict r;
    r.sentence = s;
    r.key_start = toks[best.key_first].start;
    r.key_end = toks[best.key_last].end;
    r.category = to_string(best.category);
    r.score = std::round(p * 1000) / 1000;
    r.reason = reason_for(text, toks, v.ev, best, model);
    out.push_back(std::move(r));
  });
  return out;
}

std::vector<SentenceFeatures> text_features(std::u32string_view text, const FeatureConfig& c) {
  std::vector<SentenceFeatures> out;
  for_each_sentence(text, c.context, [&](const SentenceView& v) {
    SentenceFeatures sf;
    sf.sentence = v.sentence;
    sf.gate = v.gate;
    sf.hand = v.gate || v.final_mark == U':' ? 0 : v.hand.score;
    if (!v.gate) extract_features(v, c, sf.features);
    out.push_back(std::move(sf));
  });
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
