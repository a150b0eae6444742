// lexicon.cpp - the word lists behind the claim rules, grouped by what they signal. Lists
// name general cue words of news language (from fact-checkers' claim types), not words of
// any one article. Built once into a hash table on first use.
#include "core/claims/lexicon.h"

#include <string>
#include <iterator>
#include <vector>

namespace core::claims {
namespace {

struct List {
  uint32_t flags;
  uint8_t strength;
  const char* words;  // space-separated; '_' joins the two words of a phrase
};

const List kLists[] = {
    // [SECTION] quantities and dates
    {kNumWord, 2, "two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                  "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
                  "seventy eighty ninety dozen dozens tens scores twice double triple half quarter "
                  "halves quarters thirds fifths tenths"},
    {kNumWord, 1, "one"},
    {kScale, 2, "hundred hundreds thousand thousands million millions billion billions trillion "
                "trillions bn"},
    {kUnit, 2, "percent per_cent percentage points dollars dollar euros euro pounds yuan yen rupees "
               "roubles rubles tonnes tons kilometres kilometers km miles metres meters mph kph "
               "kilograms kg acres hectares barrels degrees celsius fahrenheit votes seats "
               "magnitude"},
    {kMonth, 2, "january february march april may june july august september october november "
                "december jan feb mar apr jun jul aug sep sept oct nov dec"},
    {kWeekday, 2, "monday tuesday wednesday thursday friday saturday sunday"},
    {kRelDate, 2, "yesterday today tonight tomorrow last_year last_week last_month last_night "
                  "this_year this_week this_month earlier_this next_year next_week next_month "
                  "last_term"},
    {kTimeUnit, 1, "year years day days week weeks month months hour hours minute minutes second "
                   "seconds decade decades century centuries term terms"},
    // [SECTION] comparisons, rankings and change
    {kSuperlative, 3, "first largest biggest highest lowest greatest smallest strongest weakest "
                      "fastest slowest longest shortest oldest youngest richest poorest deadliest "
                      "worst-hit most-populous record record-breaking unprecedented "
                      "highest-ever lowest-ever all-time heaviest tallest busiest costliest "
                      "wealthiest furthest farthest earliest fewest least"},
    {kSuperlative, 2, "only most last top leading sole unanimous unique"},
    {kComparative, 2, "more_than less_than fewer_than higher_than lower_than larger_than "
                      "smaller_than greater_than faster_than slower_than bigger_than "
                      "compared_with compared_to in_contrast outnumber outnumbered exceeded "
                      "exceeds surpassed overtook outpaced"},
    {kComparative, 1, "more less fewer higher lower larger smaller greater faster slower bigger "
                      "longer shorter older younger than previous previously former ahead behind "
                      "unlike instead"},
    {kChange, 3, "soaring soared soar surged surge surging plunged plunging plummeted plummeting "
                 "doubled tripled quadrupled halved skyrocketed slumped tumbled jumped spiked "
                 "rose risen fell fallen dropped declined increased decreased grew grown shrank "
                 "shrunk climbed"},
    {kChange, 2, "slipped dipped eased edged rallied boost boosts boosting "
                 "rising falling increase increases decrease decreases decline declines growth "
                 "growing jump rise fall drop gains gained lost losses boosted cut cuts reduced "
                 "reduction expanded widened narrowed"},
    // [SECTION] causation
    {kCause, 3, "because due_to caused causes causing led_to leads_to lead_to leading_to "
                "resulted_in result_in results_in owing_to attributed_to blamed_on "
                "linked_to triggered sparked prevents prevented prevent contributes "
                "contributed responsible_for therefore consequently thus indicating "
                "indicates showed_that shows_that found_that demonstrated spreads spread_by "
                "makes_the effect_of impact_of"},
    {kCause, 2, "cause reduce reduces increases_the affects affected makes so_that hence "
                "thanks_to in_response following amid response"},
    // [SECTION] laws, rules and official acts
    {kRule, 3, "law laws legislation statute constitution constitutional unconstitutional "
               "illegal illegally unlawful lawful legally warrant warrants sanctions sanctioned "
               "treaty ruling verdict judgment judgement indicted convicted sentenced "
               "obliged obligated mandatory prohibited forbidden banned ban bans "
               "jurisdiction regulation regulations decree decrees referendum veto vetoed "
               "ratified ratify void impeached "
               "impeachment tariffs tariff state_of"},
    {kRule, 2, "court courts rule rules ruled judge judges bill bills act policy charged charges "
               "members member membership treaty agreement accord permitted allowed "
               "authorized authorised required requires requirement must elected election "
               "elections vote voted votes voting term-limits appeal appeals fined penalty "
               "tax taxes licence license suspended suspending suspension cancelled canceled "
               "cancelling declaration emergency sovereignty arrest arrested "
               "prosecutors prosecution lawsuit sued regulator rights constitutionally "
               "violate violated violates violation violations norms investigation "
               "investigations investigating investigated inquiry probe contract contracts "
               "bankruptcy bankrupt suit lawsuit guilty acquitted trial testimony indictment "
               "budget subsidy subsidies grant permit licensed eligible ineligible"},
    {kAct | kRule, 3, "signed issued enacted repealed approved imposed lifted abolished ordered "
                      "annexed deported vetoed outlawed"},
    {kAct, 3, "appointed nominated dismissed fired resigned closed shut invaded launched "
              "announced confirmed established founded acquired merged awarded granted "
              "rejected adopted withdrew withdrawn recognised recognized passed"},
    // [SECTION] predictions and plans
    {kPredict, 3, "scheduled forecast forecasts forecasted projected predicted predicts expected "
                  "expects plans planned planning intends intended upcoming "
                  "set_to is_to are_to was_to were_to going_to aims_to"},
    {kPredict, 2, "will will_be 'll shall plan expect likely unlikely next_season"},
    {kModal, 1, "could might may would can should"},
    // [SECTION] quotations and attributions
    {kSpeech, 3, "said says told tells according_to stated announced reported reports claimed "
                 "claims argued argues insisted insisting accused alleged testified wrote "
                 "declared asserted acknowledged admitted warned explained added noted "
                 "confirmed denied"},
    {kSpeech, 2, "say saying continued commented replied responded quoted suggested "
                 "recommended urged called_for described"},
    // [SECTION] events: who did what (past tense of doing verbs; regular "-ed" verbs are
    // recognised by their ending)
    {kEventVerb, 2, "won met held led went came took gave made began begun became left sent struck "
                    "killed died fled hit shot built sold paid lost chose spoke ran fought drew "
                    "broke set put flew drove visited arrived attended attacked arrested joined "
                    "elected defeated hosted opened completed discovered identified found "
                    "released captured seized destroyed damaged injured wounded evacuated "
                    "relocated recorded finished reached returned received served "
                    "selected tested occurred happened visited meets visits arrives brought "
                    "taught caught bought sought kept spent sent lent stood understood "
                    "withdrew undertook undertaken taken given written driven begun chosen "
                    "stolen broken spoken shown drawn thrown flown done gone rode stole "
                    "froze threw fed fled slid became"},
    // Roles and offices: who holds which is a matter of record.
    {kRole, 2, "chairman chairwoman chairperson president director secretary minister "
               "commissioner manager coach member head chief spokesman spokeswoman founder "
               "owner editor governor mayor senator representative ambassador judge clerk "
               "treasurer captain champion winner leader partner principal professor "
               "executive officer sponsor candidate nominee designer architect"},
    // [SECTION] not claims: opinion, feeling, speculation, vagueness, pleasantries
    {kOpinion, 3, "amazing awesome wonderful terrible awful fantastic incredible beautiful "
                  "horrible lovely brilliant excellent perfect fun cool neat nice great good "
                  "bad best worst hopefully unfortunately fortunately sadly happily frankly "
                  "honestly stressful exciting excited thrilled delighted disappointed "
                  "proud glad pleased sorry shame outrageous disgraceful ridiculous "
                  "emotionally exhausted super dream dreams deserve deserves pledge pledged "
                  "promise promised optimistic pessimistic hopeful confident should_be "
                  "fair unfair beloved dear"},
    {kOpinion, 2, "important crucial vital essential necessary interesting really very truly "
                  "certainly obviously clearly surely maybe probably prospect "
                  "impressive remarkable significant welcome difficult easy hard tough "
                  "strong weak real positive negative genuine tremendous enormous notable "
                  "noticeable dramatic striking bold courageous courteous remarkably wise foolish "
                  "naive absurd bizarre shocking stunning sensible reasonable unreasonable "
                  "profound solemnly nightmare candor candour achievement decency merit "
                  "spirit mood atmosphere tenor climate should ought deserved worthy "
                  "unworthy disgrace tragic tragedy heroic admirable favourite favorite "
                  "nevertheless controversial somewhat quite rather fairly"},
    {kMind, 3, "regret regrets regretted unhappy eager optimism pessimism proud pride "
               "fear fears feared feel feels felt hope hopes hoped believe believes believed "
               "think thinks thought wish wishes wished want wants wanted worry worries worried "
               "love loves hate hates expecting knew know suspect suspected imagine"},
    {kFirstPerson, 3, "i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our "
                      "ours ourselves"},
    {kSecondPerson, 3, "you you're you've your yours yourself"},
    {kHedge, 3, "perhaps apparently apparent seems seem seemed presumably possibly impression "
                "rumor rumors rumour rumours widely as_if as_though seemingly supposedly rumoured rumored speculated "
                "speculation arguably"},
    {kVague, 3, "some others critics observers people someone somebody everyone everybody"},
    {kPleasantry, 3, "thank thanks congratulations congratulated congratulate welcome_to "
                     "goodbye hello greetings cheers condolences"},
    {kBoilerplate, 3, "subscribe advertisement newsletter copyright"},
    {kOrdinal, 2, "second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                  "twelfth twentieth hundredth"},
    // [SECTION] glue: function words, words that belong to a key, words that end one
    {kPreNumber, 2, "about over nearly almost roughly around approximately some at_least "
                    "more_than less_than fewer_than up_to only just under below above "
                    "between estimated"},
    {kAux, 2, "has have had been was were is are be being having"},
    {kStop, 2, "and or but which who whom whose that while when where because although though "
               "after before since so if as with"},
    {kFunction, 2, "the a an of and or but to in on at for with by from as that this these those "
                   "it its it's is are was were be been being has have had do does did not no "
                   "nor so than then there their they them he she his her him which who whom "
                   "whose what when where while why how if also too very just all any each "
                   "both either neither such into onto upon about over under after before "
                   "since until between among through during without within against per "
                   "via s 's"},
};

// Open addressing over FNV-1a hashes: lookups hash the word in place, with no string built,
// which keeps the per-word cost of the rules to a few nanoseconds.
uint64_t fnv_step(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}
constexpr uint64_t kFnvBasis = 14695981039346656037ull;

class Table {
 public:
  Table() {
    // Two slots per phrase (the phrase and its first word): size for a quarter full.
    size_t entries = 0;
    for (const List& list : kLists)
      for (const char* p = list.words; *p; ++p) entries += (*p == ' ' || *p == '_') ? 1 : 0;
    size_t size = 64;
    while (size < 4 * (entries + std::size(kLists))) size *= 2;
    slots_.resize(size);
    for (const List& list : kLists) {
      std::string w;
      for (const char* p = list.words;; ++p) {
        if (*p == ' ' || *p == '\0') {
          if (!w.empty()) add(w, list.flags, list.strength);
          w.clear();
          if (*p == '\0') break;
        } else {
          w += *p;
        }
      }
    }
  }

  LexEntry find(std::string_view first, std::string_view second, bool phrase) const {
    uint64_t h = fnv_step(kFnvBasis, first);
    if (phrase) h = fnv_step(fnv_step(h, " "), second);
    const size_t mask = slots_.size() - 1;
    const size_t len = phrase ? first.size() + 1 + second.size() : first.size();
    for (size_t i = h & mask; slots_[i].used; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.hash != h || s.key.size() != len) continue;
      if (!phrase) {
        if (s.key == first) return s.entry;
      } else if (s.key.compare(0, first.size(), first) == 0 && s.key[first.size()] == ' ' &&
                 s.key.compare(first.size() + 1, second.size(), second) == 0) {
        return s.entry;
      }
    }
    return {};
  }

 private:
  struct Slot {
    bool used = false;
    uint64_t hash = 0;
    std::string key;  // a word, or "first second"
    LexEntry entry;
  };

  void insert(const std::string& key, uint32_t flags, uint8_t strength) {
    const uint64_t h = fnv_step(kFnvBasis, key);
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].used && slots_[i].key != key) i = (i + 1) & mask;
    Slot& s = slots_[i];
    if (!s.used) {
      s.used = true;
      s.hash = h;
      s.key = key;
    }
    s.entry.flags |= flags;
    if (strength > s.entry.strength) s.entry.strength = strength;
  }

  void add(const std::string& w, uint32_t flags, uint8_t strength) {
    const size_t u = w.find('_');
    if (u == std::string::npos) {
      insert(w, flags, strength);
      return;
    }
    // A phrase of two or more words: the table keys the first two; that is all the rules need.
    std::string first = w.substr(0, u), rest = w.substr(u + 1);
    const size_t u2 = rest.find('_');
    if (u2 != std::string::npos) rest = rest.substr(0, u2);
    insert(first + " " + rest, flags, strength);
    insert(first, kPhraseStart, 0);
  }

  std::vector<Slot> slots_;  // at most a quarter full
};

const Table& table() {
  static const Table t;
  return t;
}

}  // namespace

LexEntry lookup(std::string_view word) { return table().find(word, {}, false); }

LexEntry lookup_phrase(std::string_view first, std::string_view second) {
  return table().find(first, second, true);
}

}  // namespace core::claims
