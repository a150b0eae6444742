// key_span.cpp - grows the key phrase of a claim around its cue: a quantity takes its
// modifiers, currency, scale and counted noun ("over 1,800 people", "US$4.2 billion",
// "tens of thousands of troops"); other cues take a few neighbouring content words; an
// attribution takes its speaker ("Xi told Putin").
#include "core/claims/cues.h"

namespace core::claims {

using namespace std::string_view_literals;
namespace {

bool content(const Token& t) {
  return is_word(t) && !(t.lex.flags & (kFunction | kStop | kAux));
}

bool noun_like(const Token& t) {
  if (t.kind != TokKind::Word || !content(t)) return false;
  const std::string_view s = t.lower();
  if (s.size() > 3 && (s.compare(s.size() - 3, 3, "ing") == 0 || s.compare(s.size() - 2, 2, "ly") == 0))
    return false;
  return !(t.lex.flags & (kSpeech | kEventVerb | kAct | kModal | kPredict | kOpinion | kMind |
                          kCause));
}

// "countries", "votes" but not "previous", "status", "glass".
bool plural(std::string_view s) {
  const size_t n = s.size();
  if (n < 3 || s[n - 1] != 's') return false;
  return s[n - 2] != 's' && s[n - 2] != 'u' && s[n - 2] != 'i';
}

bool adjacent(const Token& a, const Token& b) { return a.end == b.start; }

}  // namespace

void expand_quantity_key(const std::vector<Token>& k, Cue& cue) {
  const size_t n = k.size();
  size_t b = cue.token, e = cue.token;
  // Left: currency sign ("US$"), then one modifier ("about", "more than", "at least").
  if (b > 0 && k[b - 1].kind == TokKind::Currency) {
    --b;
    if (b > 0 && k[b - 1].kind == TokKind::Word && k[b - 1].all_caps && adjacent(k[b - 1], k[b])) --b;
  }
  if (b >= 2 && k[b - 1].lower() == "than"sv &&
      (k[b - 2].lower() == "more"sv || k[b - 2].lower() == "less"sv || k[b - 2].lower() == "fewer"sv)) {
    b -= 2;
  } else if (b >= 2 && k[b - 1].lower() == "least"sv && k[b - 2].lower() == "at"sv) {
    b -= 2;
  } else if (b >= 1 && is_word(k[b - 1]) && (k[b - 1].lex.flags & kPreNumber) &&
             !(k[b - 1].lex.flags & kStop) && !k[b - 1].initial) {
    --b;
  } else if (b >= 1 && k[b - 1].initial && (k[b - 1].lex.flags & kPreNumber) &&
             !(k[b - 1].lex.flags & kStop)) {
    --b;  // "Over 2,000 residents" at the start of a sentence
  }
  // Right: the rest of the number ("tens of thousands", "between $5 and $7 billion",
  // "1.3 billion"), its unit ("percent", "per cent"), then the counted noun.
  auto plural_numeral = [](const Token& t) {
    return t.kind == TokKind::Word && !t.lower().empty() && t.lower().back() == 's' &&
           (t.lex.flags & (kScale | kNumWord));
  };
  bool plural_number = plural_numeral(k[e]);
  while (e + 1 < n) {
    const Token& t = k[e + 1];
    if (is_numeric_word(t) || (t.lex.flags & kUnit) || t.kind == TokKind::Currency) {
      plural_number = plural_numeral(t);
      ++e;
      continue;
    }
    if (t.lower() == "per"sv && e + 2 < n && k[e + 2].lower() == "cent"sv) { e += 2; continue; }
    if ((t.lower() == "of"sv || t.lower() == "and"sv || t.lower() == "to"sv || t.mark == 0x2013) && e + 2 < n &&
        (is_numeric_word(k[e + 2]) || k[e + 2].kind == TokKind::Currency) && plural_number) {
      e += 2;
      continue;
    }
    if ((t.lower() == "and"sv || t.lower() == "to"sv) && e + 2 < n && is_numeric_word(k[e + 2])) {
      e += 2;
      continue;
    }
    break;
  }
  // "tens of thousands of troops", "dozens of people"
  if (plural_number && e + 2 < n && k[e + 1].lower() == "of"sv && noun_like(k[e + 2])) e += 2;
  // The counted noun: one or two words ("123 countries", "5,000-word statement").
  const Token& last = k[e];
  const bool compound = last.kind == TokKind::Number && last.has_letter;  // "5,000-word"
  if (e + 1 < n && (noun_like(k[e + 1]) || (compound && content(k[e + 1])))) {
    ++e;
    if (e + 1 < n && noun_like(k[e + 1]) && !is_past_verb(k[e + 1]) && k[e + 1].capitalised == k[e].capitalised &&
        !compound && !plural(k[e].lower()))
      ++e;
  }
  cue.key_first = b;
  cue.key_last = e;
}

void expand_phrase_key(const std::vector<Token>& k, Cue& cue, int left, int right) {
  const size_t n = k.size();
  size_t b = cue.token, e = cue.token;
  // Left: auxiliaries ("has been soaring"), determiners before a ranking ("the first"),
  // and up to `left` content words ("arrest warrant").
  for (int taken = 0; b > 0 && taken < 3; ++taken) {
    const Token& p = k[b - 1];
    if (!is_word(p) || p.in_quote != k[cue.token].in_quote) break;
    const bool aux = (p.lex.flags & kAux) && cue.category != Category::Rule;
    const bool det = cue.kind == CueKind::Superlative && (p.lower() == "the"sv || p.lower() == "its"sv);
    const bool word = left > 0 && content(p) && !(p.lex.flags & kSpeech);
    if (!(aux || det || word)) break;
    if (word) --left;
    --b;
  }
  // Right: up to `right` words, through "of"/"the"/"a" when a content word follows, never
  // past punctuation or a conjunction.
  while (right > 0 && e + 1 < n) {
    const Token& t = k[e + 1];
    if (!is_word(t)) break;
    // A name after a lowercase word starts something else ("the first countries | Putin").
    const bool after_glue = k[e].lex.flags & kFunction;
    if (t.capitalised && !k[e].capitalised && !after_glue && cue.category != Category::Rule) break;
    if (content(t)) { ++e; --right; continue; }
    const bool glue = t.lower() == "of"sv || t.lower() == "the"sv || t.lower() == "a"sv || t.lower() == "an"sv ||
                      t.lower() == "to"sv || t.lower() == "in"sv || t.lower() == "on"sv || t.lower() == "by"sv;
    if (glue && e + 2 < n && content(k[e + 2])) { e += 2; --right; continue; }
    const bool det = e + 2 < n && (k[e + 2].lower() == "a"sv || k[e + 2].lower() == "an"sv || k[e + 2].lower() == "the"sv);
    if (glue && det && e + 3 < n && content(k[e + 3])) { e += 3; --right; continue; }
    break;
  }
  cue.key_first = b;
  cue.key_last = e;
}

void expand_speaker_key(const std::vector<Token>& k, Cue& cue) {
  const size_t n = k.size();
  size_t b = cue.token, e = cue.token;
  // "according to X": the source follows.
  if (k[b].lower() == "according"sv && e + 1 < n && k[e + 1].lower() == "to"sv) ++e;
  while (b > 0 && k[b - 1].kind == TokKind::Word && (k[b - 1].capitalised || k[b - 1].all_caps) &&
         cue.token - b < 3 && !k[b - 1].in_quote)
    --b;
  for (int taken = 0; e + 1 < n && taken < 4; ++taken) {
    const Token& t = k[e + 1];
    if (t.kind != TokKind::Word || t.in_quote) break;
    // "said the Commission": "the" only before a name, not "said the closeness of ...".
    const bool the_name = taken == 0 && t.lower() == "the"sv && e + 2 < n && k[e + 2].capitalised;
    if (!(t.capitalised || t.all_caps || the_name)) {
      // "said UCL astronomer Angelos Tsiaras": a title word between names
      if (!(taken > 0 && e + 2 < n && k[e + 2].capitalised && !(t.lex.flags & (kFunction | kStop)))) break;
    }
    ++e;
  }
  cue.key_first = b;
  cue.key_last = e;
}

}  // namespace core::claims
