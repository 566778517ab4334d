// Mention finder: see the header for the order in which rules are tried.
#include "entities/mention_finder.h"

#include <algorithm>
#include <unordered_set>

#include "entities/role_finder.h"

namespace lede::detail {
namespace {

// Longest personal name we accept as one chunk ("Luiz Inacio Lula da
// Silva" is five words with a particle); longer runs are headlines.
constexpr size_t kMaxNameChunkWords = 5;
// Words that may sit between a name and its reporting verb ("Okafor also said",
// "Sato has said") without breaking the cue.
constexpr size_t kMaxWordsBeforeVerb = 1;
// Longest unknown all-capital word taken for an organisation's acronym
// ("IRGC", "SANEF"); longer ones are shouted words in headlines.
constexpr size_t kMaxAcronymBytes = 5;
// Most words an institutional name may add over lower-case connectors
// ("... for Security and Cooperation in Europe" adds six).
constexpr size_t kMaxConnectedNameWords = 8;
// Fewest words a line needs, all in capitals, to count as shouted (a
// headline: "NIGERIA AND GHANA SIGN TRADE PACT"). A shorter all-capital line
// ("NATO", "US AND EU") is more likely a list of acronyms than a headline.
constexpr size_t kMinShoutedWords = 3;
// Function words a title-case headline capitalises and a name rarely holds
// capitalised ("Bank of England" writes "of" in lower case).
const std::unordered_set<std::string> kTitleCaseFunctionWords = {"and", "as", "in", "to", "for",
                                                                 "with", "over", "after", "on", "at"};

class Finder {
 public:
  Finder(const std::string& text, const std::vector<Word>& words, const Gazetteer& gaz)
      : text_(text), words_(words), gaz_(gaz) {}

  std::vector<Candidate> Run() {
    // Words the article capitalises inside sentences, and words it writes in
    // lower case: they tell a name from a word capitalised by its position.
    for (const Word& w : words_) {
      if (!IsWordToken(w)) continue;
      if (!w.capitalised) {
        lower_.insert(w.folded);
      } else if (!w.sentence_start) {
        capitalised_mid_.insert(w.folded);
      }
    }
    MarkShoutedLines();
    size_t i = 0;
    while (i < words_.size()) {
      const Word& w = words_[i];
      if (!IsWordToken(w)) {
        ++i;
      } else if (shouted_[i]) {
        i = ProcessShouted(i);
      } else if (!w.capitalised) {
        LowerCaseOrg(i);
        ++i;
      } else {
        i = ProcessRun(i, RunEnd(i + 1));
      }
    }
    return std::move(out_);
  }

 private:
  // Marks the words of every line written all in capitals, or in title case
  // with a capitalised function word, with at least kMinShoutedWords words:
  // there a capital says nothing about a name.
  void MarkShoutedLines() {
    shouted_.assign(words_.size(), false);
    size_t line_start = 0;
    for (size_t i = 0; i <= words_.size(); ++i) {
      bool line_ends = i == words_.size();
      if (!line_ends && i > 0) {
        std::string_view gap = std::string_view(text_).substr(
            words_[i - 1].span.end, words_[i].span.start - words_[i - 1].span.end);
        line_ends = gap.find('\n') != std::string_view::npos;
      }
      if (!line_ends) continue;
      size_t letter_words = 0;
      bool all_caps = true;
      bool all_capitalised = true;
      bool capitalised_function_word = false;  // "And", "Of" inside the line
      for (size_t k = line_start; k < i; ++k) {
        const Word& w = words_[k];
        if (!IsWordToken(w)) continue;
        ++letter_words;
        // A one-letter capital ("A") is neither shouted nor quiet.
        all_caps = all_caps && (w.all_caps || (w.capitalised && w.text.size() == 1));
        all_capitalised = all_capitalised && w.capitalised;
        capitalised_function_word = capitalised_function_word ||
                                    (letter_words > 1 && kTitleCaseFunctionWords.count(w.folded) > 0);
      }
      // A title-case headline ("Nigeria And Ghana Sign Trade Pact") is as
      // silent as a shouted one; a capitalised "And" inside tells it from a
      // byline or a list of names.
      bool title_case = all_capitalised && capitalised_function_word;
      if ((all_caps || title_case) && letter_words >= kMinShoutedWords) {
        for (size_t k = line_start; k < i; ++k) shouted_[k] = true;
      }
      line_start = i;
    }
  }

  // Reads word `i` of a shouted line: a gazetteer name is typed as usual;
  // another word that is not ordinary English ("DIALLO") becomes a weak
  // candidate, kept only if the linker ties it to a name found elsewhere.
  // Returns the index after what was read.
  size_t ProcessShouted(size_t i) {
    const GazetteerEntry* e = nullptr;
    size_t end = LongestName(i, &e);
    if (end > i && !CurrencyAfter(end)) {
      Emit(i, end, e->type, Evidence::kGazetteer, e->canonical);
      return end;
    }
    const Word& w = words_[i];
    if (end == i && !gaz_.common_words.Contains(w.folded) && !gaz_.non_entity_words.Contains(w.bare()) &&
        MatchPhraseAt(words_, i, gaz_.person_titles) == 0 && w.text.size() > 1) {
      Emit(i, i + 1, EntityType::kMisc, Evidence::kNone).weak = true;
    }
    return std::max(end, i + 1);
  }

  bool Capitalised(size_t i) const {
    return i < words_.size() && IsWordToken(words_[i]) && words_[i].capitalised;
  }

  // Returns the end of the capitalised run that has reached word `j`.
  size_t RunEnd(size_t j) const {
    while (j < words_.size() && !words_[j - 1].possessive) {
      const Word& w = words_[j];
      if (w.sentence_start) break;  // names never run across sentences or lines
      if (Capitalised(j) && w.space_before) {
        ++j;
      } else if (IsWordToken(w) && !w.capitalised && Capitalised(j + 1) &&
                 ((w.folded == "of" && gaz_.of_heads.Contains(words_[j - 1].folded)) ||
                  gaz_.name_particles.Contains(w.folded))) {
        j += 2;
      } else if (w.folded == "of" && j + 2 < words_.size() && words_[j + 1].folded == "the" &&
                 Capitalised(j + 2) && gaz_.of_heads.Contains(words_[j - 1].folded)) {
        j += 3;
      } else {
        break;
      }
    }
    return j;
  }

  // Returns the end of the run at `j` continued over lower-case connectors
  // followed by capitalised words, at most kMaxConnectedNameWords long.
  size_t ConnectedEnd(size_t j) const {
    size_t start = j;
    while (j < words_.size() && j - start < kMaxConnectedNameWords) {
      const Word& w = words_[j];
      bool connector = w.folded == "and" || w.folded == "for" || w.folded == "of" ||
                       w.folded == "on" || w.folded == "in" || w.text == "&";
      if (!connector || words_[j - 1].possessive) break;
      size_t next = j + 1;
      if (next < words_.size() && words_[next].folded == "the" && w.folded != "and") ++next;
      if (!Capitalised(next) || words_[next].sentence_start) break;
      j = RunEnd(next + 1);
    }
    return j;
  }

  // Returns the folded key of words [a, b): the words joined as written.
  std::string Key(size_t a, size_t b) const {
    std::string key;
    for (size_t i = a; i < b; ++i) {
      if (i > a && words_[i].space_before) key += ' ';
      key += words_[i].folded;
    }
    return key;
  }

  // Returns the gazetteer entry for words [a, b) that fits their case, or nullptr.
  const GazetteerEntry* Lookup(size_t a, size_t b) const {
    const std::vector<GazetteerEntry>* entries = gaz_.Find(Key(a, b));
    if (entries == nullptr) return nullptr;
    std::string surface(text_.substr(words_[a].name_span().start,
                                     words_[b - 1].name_span().end - words_[a].name_span().start));
    for (const GazetteerEntry& e : *entries) {
      if (e.exact.empty() || e.exact == surface) return &e;
    }
    return nullptr;
  }

  // Returns the end of the longest gazetteer name starting at `a` (first and
  // last words capitalised, no possessive inside), or `a`; sets *entry.
  size_t LongestName(size_t a, const GazetteerEntry** entry) const {
    size_t best = a;
    for (size_t b = a + 1; b <= words_.size() && b - a <= gaz_.max_name_tokens(); ++b) {
      if (b - 1 > a && words_[b - 1].sentence_start) break;  // never across sentences or lines
      if (words_[b - 1].kind == TokenKind::kWord && words_[b - 1].capitalised) {
        if (const GazetteerEntry* e = Lookup(a, b)) {
          best = b;
          *entry = e;
        }
      }
      if (words_[b - 1].possessive) break;
    }
    return best;
  }

  // Adds a candidate for words [a, b) (name spans, so no possessive).
  Candidate& Emit(size_t a, size_t b, EntityType type, Evidence evidence, std::string key = "") {
    Candidate c;
    c.span = {words_[a].name_span().start, words_[b - 1].name_span().end};
    c.first_word = a;
    c.last_word = b;
    c.text = text_.substr(c.span.start, c.span.size());
    c.key = key.empty() ? Key(a, b) : std::move(key);
    c.type = type;
    c.evidence = evidence;
    c.sentence_start = words_[a].sentence_start;
    for (size_t i = a; i < b; ++i) {
      if (IsWordToken(words_[i]) && words_[i].capitalised) c.words.push_back(words_[i].folded);
    }
    c.common_word = b - a == 1 && gaz_.common_words.Contains(words_[a].folded);
    out_.push_back(std::move(c));
    return out_.back();
  }

  // Returns the type a name-final head word gives words [a, b), if any.
  bool HeadType(size_t a, size_t b, EntityType* type) const {
    if (b - a < 2) return false;
    struct HeadRule {
      const PhraseSet* set;
      EntityType type;
    };
    const HeadRule rules[] = {{&gaz_.org_suffixes, EntityType::kOrg},
                              {&gaz_.loc_suffixes, EntityType::kLoc},
                              {&gaz_.event_heads, EntityType::kEvent},
                              {&gaz_.misc_heads, EntityType::kMisc}};
    for (const HeadRule& r : rules) {
      size_t n = MatchPhraseBefore(words_, b, *r.set);
      if (n > 0 && n < b - a) {
        *type = r.type;
        return true;
      }
    }
    // "Ministry of Defence", "University of Nairobi".
    if (b - a >= 3 && gaz_.org_prefixes.Contains(words_[a].folded) && words_[a + 1].folded == "of") {
      *type = EntityType::kOrg;
      return true;
    }
    return false;
  }

  // Returns the first word of [a, b) that is not a never-a-name word.
  size_t SkipNonEntity(size_t a, size_t b) const {
    while (a < b) {
      const GazetteerEntry* e = nullptr;
      if (LongestName(a, &e) > a) break;
      if (!gaz_.non_entity_words.Contains(words_[a].bare())) break;
      ++a;
    }
    return a;
  }

  size_t ProcessRun(size_t i, size_t j) {
    // 1. "the frigate Amazonas": a vehicle noun names what follows.
    if (MatchPhraseBefore(words_, i, gaz_.vehicle_nouns) > 0) {
      const GazetteerEntry* e = nullptr;
      size_t end = LongestName(i, &e);
      if (end == i || (e->city && end == j)) {
        // Its own key: the frigate Hamburg is not the city of Hamburg.
        Emit(i, j, EntityType::kProduct, Evidence::kVehicleCue, std::string(kVehicleKeyPrefix) + Key(i, j));
        return j;
      }
    }
    size_t k = SkipNonEntity(i, j);
    // 2. A gazetteer name covering the whole rest of the run.
    if (k < j) {
      const GazetteerEntry* e = nullptr;
      if (LongestName(k, &e) == j) {
        Emit(k, j, e->type, Evidence::kGazetteer, e->canonical);
        return j;
      }
    }
    // 3. Name-final heads and place prefixes type the whole rest of the run.
    EntityType head_type;
    if (k < j && MatchPhraseAt(words_, k, gaz_.person_titles) == 0) {
      // Long institutional names hold lower-case connectors: "Free and Open
      // Seas Initiative", "Organisation for Security and Cooperation in Europe".
      size_t ext = PositionalCapital(k, k + 2) ? j : ConnectedEnd(j);
      if (ext > j && HeadType(k, ext, &head_type) && head_type != EntityType::kLoc) {
        Emit(k, ext, head_type, Evidence::kPattern);
        return ext;
      }
      if (HeadType(k, j, &head_type)) {
        Emit(k, j, head_type, Evidence::kPattern);
        return j;
      }
    }
    if (size_t n = MatchPhraseAt(words_, k, gaz_.loc_prefixes); n > 0 && k + n < j) {
      Emit(k, j, EntityType::kLoc, Evidence::kPattern);
      return j;
    }
    // 4. Segment the run.
    while (k < j) {
      const GazetteerEntry* e = nullptr;
      size_t end = LongestName(k, &e);
      bool given_name_first = end == k + 1 && end < j && e->city &&
                              gaz_.given_names.count(std::string(words_[k].text)) > 0;
      if (end > k && !given_name_first && !CurrencyAfter(end)) {
        Emit(k, end, e->type, Evidence::kGazetteer, e->canonical);
        if (end > j) j = RunEnd(end);
        k = end;
        continue;
      }
      if (end > k && !given_name_first) {  // "US$": a currency prefix, not a mention
        k = end;
        continue;
      }
      if (HyphenParts(k)) {
        ++k;
        continue;
      }
      if (size_t n = MatchPhraseAt(words_, k, gaz_.person_titles); n > 0) {
        k += n;
        // A title may hold lower-case words and run on: "Secretary of State Antony Blinken".
        if (k >= j) j = Capitalised(k) ? RunEnd(k + 1) : k;
        continue;
      }
      if (gaz_.non_entity_words.Contains(words_[k].bare()) || PositionalCapital(k, j)) {
        ++k;
        continue;
      }
      size_t chunk_end = ChunkEnd(k, std::min(j, k + kMaxNameChunkWords));
      TypeChunk(k, chunk_end);
      k = chunk_end;
    }
    return j;
  }

  // Returns the end of the unknown name chunk starting at `k`, at most
  // `limit`: it stops before a never-a-name word, a title, or a known name,
  // except a city name after a name-like word ("Michael Jackson").
  size_t ChunkEnd(size_t k, size_t limit) const {
    bool name_like = !gaz_.common_words.Contains(words_[k].folded);
    size_t m = k + 1;
    for (; m < limit; ++m) {
      if (gaz_.non_entity_words.Contains(words_[m].bare()) ||
          MatchPhraseAt(words_, m, gaz_.person_titles) > 0) {
        break;
      }
      const GazetteerEntry* e = nullptr;
      if (LongestName(m, &e) > m && (!e->city || !name_like)) break;
      name_like = name_like || !gaz_.common_words.Contains(words_[m].folded);
    }
    return m;
  }

  // Returns true when word `k` opens a sentence and a name ("Like Macron,
  // ..."), is an ordinary word, and the article never capitalises it
  // elsewhere: its capital comes from its position, not from a name.
  bool PositionalCapital(size_t k, size_t j) const {
    const Word& w = words_[k];
    if (!w.sentence_start || k + 1 >= j) return false;
    if (gaz_.given_names.count(std::string(w.text)) > 0) return false;
    if (lower_.count(w.folded) > 0) return true;
    return gaz_.common_words.Contains(w.folded) && capitalised_mid_.count(w.folded) == 0;
  }

  // Returns true when the word at `end` is a currency symbol touching the name ("US$").
  bool CurrencyAfter(size_t end) const {
    return end < words_.size() && words_[end].kind == TokenKind::kSymbol && !words_[end].space_before;
  }

  // Emits gazetteer names inside a hyphenated word ("China-Russia"); returns
  // true when any part was a name.
  bool HyphenParts(size_t k) {
    std::string_view t = words_[k].text;
    if (t.find('-') == std::string_view::npos) return false;
    bool any = false;
    size_t start = 0;
    while (start <= t.size()) {
      size_t dash = t.find('-', start);
      if (dash == std::string_view::npos) dash = t.size();
      std::string part(t.substr(start, dash - start));
      if (const std::vector<GazetteerEntry>* entries = gaz_.Find(FoldCase(part))) {
        const GazetteerEntry& e = entries->front();
        if (!part.empty() && (e.exact.empty() || e.exact == part) && part[0] >= 'A' && part[0] <= 'Z') {
          Candidate c;
          c.span = {words_[k].name_span().start + start, words_[k].name_span().start + dash};
          c.first_word = k;
          c.last_word = k + 1;
          c.text = part;
          c.key = e.canonical;
          c.type = e.type;
          c.evidence = Evidence::kGazetteer;
          c.words.push_back(FoldCase(part));
          out_.push_back(std::move(c));
          any = true;
        }
      }
      start = dash + 1;
    }
    return any;
  }

  // Returns true when a reporting verb follows word `end` ("Okafor said", "Okafor also said").
  bool ReportingVerbAfter(size_t end) const {
    for (size_t n = 0; n <= kMaxWordsBeforeVerb && end + n < words_.size(); ++n) {
      const Word& w = words_[end + n];
      if (!IsWordToken(w) || w.capitalised) return false;
      if (gaz_.reporting_verbs.Contains(w.folded)) return true;
    }
    return false;
  }

  // Returns true when word `a` follows "<people noun> at" ("economists at
  // X", "a researcher at X"): people work at organisations, not at persons.
  bool MemberAt(size_t a) const {
    return a >= 2 && words_[a - 1].folded == "at" && IsWordToken(words_[a - 2]) &&
           MatchPhraseBefore(words_, a - 1, gaz_.org_member_nouns) > 0;
  }

  // Types the unknown capitalised words [a, b) by their context.
  void TypeChunk(size_t a, size_t b) {
    std::optional<RoleMatch> before = FindRoleBefore(text_, words_, a, gaz_);
    std::optional<RoleMatch> after = FindApposition(text_, words_, b, gaz_);
    std::optional<RoleMatch> opening = FindAppositionBefore(text_, words_, a, b, gaz_);
    bool single = b - a == 1;
    const Word& first = words_[a];
    Candidate* c = nullptr;
    if (before) {
      c = &Emit(a, b, EntityType::kPerson, Evidence::kTitle);
    } else if (MatchPhraseBefore(words_, a, gaz_.org_cues) > 0) {
      c = &Emit(a, b, EntityType::kOrg, Evidence::kOrgCue);
    } else if (MemberAt(a)) {
      c = &Emit(a, b, EntityType::kOrg, Evidence::kOrgCue);  // "analysts at Halden Bank"
    } else if (after || opening) {
      c = &Emit(a, b, EntityType::kPerson, Evidence::kApposition);
    } else if (AppositionNamesOrg(words_, b, gaz_)) {
      c = &Emit(a, b, EntityType::kOrg, Evidence::kOrgCue);
    } else if (single && first.all_caps && first.text.size() <= kMaxAcronymBytes &&
               !gaz_.common_words.Contains(first.folded)) {
      c = &Emit(a, b, EntityType::kOrg, Evidence::kShape);  // an unknown acronym: "IRGC"
    } else if (ReportingVerbAfter(b)) {
      c = &Emit(a, b, EntityType::kPerson, Evidence::kReportingVerb);
    } else if (!single && gaz_.given_names.count(std::string(first.text)) > 0) {
      c = &Emit(a, b, EntityType::kPerson, Evidence::kGivenName);
    } else if (!single && !gaz_.common_words.Contains(words_[b - 1].folded)) {
      c = &Emit(a, b, EntityType::kPerson, Evidence::kShape);
    } else {
      c = &Emit(a, b, EntityType::kMisc, Evidence::kNone);
      // A lone word at a sentence start, or any common word, needs support
      // from elsewhere in the article ("Okafor" after "Grace Okafor").
      c->weak = (single && first.sentence_start) || c->common_word || !single || first.all_caps;
    }
    // A sentence-initial common word ("Officials said") is no name by itself,
    // nor is a lone letter ("B", a list label or an initial cut from its name).
    if (single && first.sentence_start && c->common_word) c->weak = true;
    if (single && first.text.size() == 1) c->weak = true;
    if (before && !before->honorific) c->roles.push_back(before->text);
    if (after && c->type == EntityType::kPerson) c->roles.push_back(after->text);
    if (opening && c->type == EntityType::kPerson) c->roles.push_back(opening->text);
  }

  // Finds "the defence ministry" / "China's foreign ministry" at head word `i`.
  void LowerCaseOrg(size_t i) {
    if (!gaz_.org_common_heads.Contains(words_[i].folded) || i < 2) return;
    const Word& modifier = words_[i - 1];
    const Word& det = words_[i - 2];
    if (!IsWordToken(modifier) || modifier.capitalised ||
        gaz_.non_entity_words.Contains(modifier.folded)) {
      return;
    }
    bool determined = det.folded == "the" || det.possessive ||
                      (det.capitalised && gaz_.Find(det.folded) != nullptr);
    // "a defence ministry spokesman": the ministry only qualifies a role.
    bool qualifies_role = MatchPhraseAt(words_, i + 1, gaz_.role_heads) > 0;
    if (!determined || qualifies_role) return;
    Emit(i - 1, i + 1, EntityType::kOrg, Evidence::kPattern);
  }

  const std::string& text_;
  const std::vector<Word>& words_;
  const Gazetteer& gaz_;
  std::vector<Candidate> out_;
  std::vector<bool> shouted_;                        // word lies on an all-capitals line
  std::unordered_set<std::string> lower_;            // folded words seen in lower case
  std::unordered_set<std::string> capitalised_mid_;  // folded words capitalised mid-sentence
};

}  // namespace

std::vector<Candidate> FindMentions(const std::string& text, const std::vector<Word>& words,
                                    const Gazetteer& gaz) {
  return Finder(text, words, gaz).Run();
}

}  // namespace lede::detail
