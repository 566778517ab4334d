// Speaker resolver: see speaker_resolver.h for the rules. Phrase reading is
// bounded by kMaxSpeakerWords, so each lookup costs a few items; mention
// lookups are binary searches; the resolution pass is one walk in text order.
#include "quotes/speaker_resolver.h"

#include <algorithm>

#include "quotes/quote_lexicon.h"

namespace lede::detail {

namespace {

// Longest speaker phrase read, in words: "Nato secretary general Jens
// Guterres"-style titled names run to five or six words.
constexpr size_t kMaxSpeakerWords = 6;
// Longest apposition stepped over between a speaker and its cue, in items:
// ", a defence ministry spokesman," and ", 54, a former envoy to Japan,".
constexpr size_t kMaxAppositionItems = 12;
// Longest relative clause stepped over between a speaker and its cue, in
// items: "X, who ran the state party for a decade and now advises the
// campaign, said" runs to twenty or more.
constexpr size_t kMaxRelativeClauseItems = 30;
// Shortest word treated as an -ly adverb ("only" and "fly" are not).
constexpr size_t kMinLyAdverbBytes = 5;

bool IsSkippable(const Item& item) {
  if (item.kind != ItemKind::kWord) return false;
  if (item.classes & kSkipWord) return true;
  const std::string& w = item.lower;
  return !item.capitalized && w.size() >= kMinLyAdverbBytes && w.compare(w.size() - 2, 2, "ly") == 0;
}

constexpr uint16_t kPronouns = kPronounPerson | kPronounThing | kPronounGroup;

std::string Lower(std::string_view s) { return LowerWord(s); }

// Returns true when the item is a lower-case word that may be a verb: no
// function word, name or number ("released", "echoed", "boomed").
bool MayBeVerb(const Item& item) {
  return item.kind == ItemKind::kWord && !item.capitalized && !(item.classes & ~kSkipWord) &&
         (item.cue || (item.cp >= U'a' && item.cp <= U'z'));
}

// Returns true when the lower-cased word joins a common-noun speaker to the
// organisation or person it belongs to ("analysts AT the bank", "an aide TO
// Ortega", "a spokesman FOR the campaign", "a person familiar WITH the talks").
bool IsMemberPreposition(std::string_view w) {
  return w == "at" || w == "from" || w == "for" || w == "to" || w == "of" || w == "with";
}

// Returns true when the lower-cased word may open a clause whose subject
// follows ("... and Ortega said", "when Lund died").
bool IsClauseOpener(std::string_view w) {
  return w == "and" || w == "but" || w == "then" || w == "when" || w == "while" || w == "as" || w == "after" ||
         w == "before" || w == "since" || w == "because" || w == "if" || w == "so" || w == "that" || w == "though" ||
         w == "although" || w == "once" || w == "until";
}

// Returns true when the item can go on a noun phrase as a further lower-case word.
bool ContinuesNounPhrase(const Item& item) {
  return item.kind == ItemKind::kWord && !item.capitalized && !item.cue &&
         !(item.classes & (kBreakWord | kAuxVerb | kDeterminer | kPronouns | kSkipWord));
}

}  // namespace

SpeakerResolver::SpeakerResolver(const Report& report, const Lexed& lexed) : report_(report), lexed_(lexed) {
  for (size_t e = 0; e < report.entities.size(); ++e) {
    const Entity& entity = report.entities[e];
    by_id_[entity.id] = e;
    for (const Span& m : entity.mentions) mentions_.push_back({m, entity.id});
    if (entity.type == EntityType::kOrg) {
      org_names_.emplace(Lower(entity.name), entity.id);
      for (const std::string& alias : entity.aliases) org_names_.emplace(Lower(alias), entity.id);
    }
  }
  std::sort(mentions_.begin(), mentions_.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
}

const Entity* SpeakerResolver::Find(int id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &report_.entities[it->second];
}

int SpeakerResolver::EntityAt(size_t i) const {
  const Span s = lexed_.items[i].span;
  // The last mention starting at or before the item; mentions rarely nest,
  // so also look one further back for an enclosing longer mention.
  auto it = std::upper_bound(mentions_.begin(), mentions_.end(), s.start,
                             [](size_t pos, const Mention& m) { return pos < m.span.start; });
  for (int back = 0; back < 2 && it != mentions_.begin(); ++back) {
    --it;
    if (it->span.end > s.start) return it->entity;
  }
  return 0;
}

SpeakerRef SpeakerResolver::PhraseEndingAt(size_t head, size_t floor) const {
  const std::vector<Item>& items = lexed_.items;
  const std::string& text = report_.document.text;
  SpeakerRef ref;
  const Item& h = items[head];
  if (h.kind != ItemKind::kWord) return ref;
  ref.last = head;
  ref.first = head;
  ref.position = h.span.start;
  const int head_entity = EntityAt(head);
  const Entity* head_e = head_entity ? Find(head_entity) : nullptr;
  // "said one New Hampshire Democrat": a member of a group (NORP) ending
  // the phrase is a person described, read as written with its count word,
  // not the group entity (an adjective, "Democratic nominee", is left alone).
  const bool group_member = head_e && head_e->type == EntityType::kNorp && head + 1 < items.size() &&
                            (items[head + 1].kind != ItemKind::kWord || items[head + 1].cue);
  if (head_entity && !group_member) {
    const int id = head_entity;
    const Entity* e = head_e;
    ref.kind = SpeakerKind::kEntity;
    ref.entity = id;
    ref.name = e ? e->name : std::string(SpanText(text, h.span));
    // The phrase starts where the mention does (for apposition and clause checks).
    while (ref.first > floor && items[ref.first - 1].kind == ItemKind::kWord && EntityAt(ref.first - 1) == id) --ref.first;
    while (ref.first > floor && items[ref.first - 1].kind == ItemKind::kWord && items[ref.first - 1].capitalized &&
           !(items[ref.first - 1].classes & kBreakWord)) {
      --ref.first;  // a title before the name ("President", "Ukrainian President")
    }
    if (ref.first > floor && (items[ref.first - 1].classes & kDeterminer)) --ref.first;
    ref.position = items[ref.first].span.start;
    ref.span = {ref.position, h.span.end};
    // "Mr. Lund of the Harbour Trust" / "Ortega of Texas": the person before
    // "of" speaks, not the organisation or place after it.
    if (ref.first >= floor + 2 && items[ref.first - 1].lower == "of") {
      SpeakerRef person = PhraseEndingAt(ref.first - 2, floor);
      const Entity* pe = person.kind == SpeakerKind::kEntity ? Find(person.entity) : nullptr;
      if ((pe && pe->type == EntityType::kPerson) || person.kind == SpeakerKind::kName) return person;
    }
    // "Analysts at Halden Bank estimate": people at an organisation speak,
    // not the organisation; the speaker is the whole nominal phrase.
    // The same for "a spokeswoman for the Senate committee", "an aide to
    // Ortega", "a friend of Lund", "a person familiar with the campaign".
    if (ref.first >= floor + 2 && IsMemberPreposition(items[ref.first - 1].lower)) {
      SpeakerRef member = PhraseEndingAt(ref.first - 2, floor);
      if (member.kind == SpeakerKind::kNominal && member.entity == 0) {
        member.span = {items[member.first].span.start, h.span.end};
        member.name = std::string(SpanText(text, member.span));
        return member;
      }
    }
    return ref;
  }
  if ((h.classes & kPronouns) && !(h.classes & kDeterminer)) {
    ref.kind = SpeakerKind::kPronoun;
    ref.pronoun = h.classes & kPronouns;
    ref.name = std::string(SpanText(text, h.span));
    ref.span = h.span;
    return ref;
  }
  // Read the noun phrase backwards from its head. "of" joins a noun phrase
  // to its complement ("the ministry of health"), whose first part is the head.
  const QuoteLexicon& lexicon = QuoteLexicon::Get();
  size_t first = head;
  size_t words = 1;
  size_t real_head = head;
  bool has_det = false;
  while (first > floor && words < kMaxSpeakerWords) {
    const Item& p = items[first - 1];
    if (p.kind != ItemKind::kWord) break;
    if (p.classes & kDeterminer) {
      --first;
      has_det = true;
      break;
    }
    if (p.lower == "of" && real_head == head && first - 1 > floor) {
      const Item& q = items[first - 2];
      if (q.kind == ItemKind::kWord && (lexicon.IsNominalHead(q.lower) || q.capitalized)) {
        real_head = first - 2;
        first -= 1;
        continue;
      }
    }
    // A cue that is also a noun ("state", "report") only modifies the head here.
    if ((p.classes & (kBreakWord | kAuxVerb | kPronouns)) || (p.cue && !(p.cue & kCueNoun))) break;
    --first;
    ++words;
  }
  const size_t name_first = first;  // names are kept as written, article included
  const Item& hh = items[real_head];
  if (lexicon.IsNominalHead(hh.lower) || (has_det && !hh.capitalized && !hh.classes)) {
    ref.kind = SpeakerKind::kNominal;
    ref.span = {items[name_first].span.start, h.span.end};
    ref.name = std::string(SpanText(text, ref.span));
    auto it = org_names_.find(Lower(ref.name));
    if (it == org_names_.end() && has_det) {
      it = org_names_.find(Lower(SpanText(text, {items[first + 1].span.start, h.span.end})));
    }
    if (it != org_names_.end()) {
      ref.entity = it->second;
      if (const Entity* e = Find(ref.entity)) ref.name = e->name;
    }
  } else if (h.capitalized) {
    // A name: the run of capitalised words (and "of") ending at the head.
    size_t run = head;
    while (run > name_first && (items[run - 1].capitalized || items[run - 1].lower == "of")) --run;
    if (run > name_first && (items[run - 1].classes & kDeterminer)) --run;
    // Lower-case words before the name stay in the words as written ("one
    // New Hampshire Democrat", "another Ohio delegate").
    if (run > name_first) run = name_first;
    ref.kind = SpeakerKind::kName;
    ref.span = {items[run].span.start, h.span.end};
    ref.name = std::string(SpanText(text, ref.span));
  } else {
    return SpeakerRef{};
  }
  ref.first = first;
  ref.position = items[first].span.start;
  return ref;
}

SpeakerRef SpeakerResolver::SubjectBefore(size_t cue, size_t floor) const {
  const std::vector<Item>& items = lexed_.items;
  size_t j = cue;
  while (j > floor && IsSkippable(items[j - 1])) --j;
  if (j <= floor) return {};
  const Item& prev = items[j - 1];
  if (IsPunct(prev, U',') && j >= floor + 2 && IsPunct(items[j - 2], U')')) {
    // "Gov. Ana Ortega (R-OH), said": step over the parenthesis.
    for (size_t p = j - 2; p > floor && p + kMaxAppositionItems > j; --p) {
      if (!IsPunct(items[p - 1], U'(')) continue;
      if (p - 1 <= floor) break;
      SpeakerRef ref = PhraseEndingAt(p - 2, floor);
      if (ref.kind == SpeakerKind::kEntity || ref.kind == SpeakerKind::kName) return ref;
      break;
    }
  }
  if (IsPunct(prev, U',')) {
    // "X, a Y, said": find the comma opening the apposition.
    // A relative clause (", who ...,") may run longer than an apposition,
    // and may follow one (", 30, of Linz, who ...,"): keep stepping back
    // over commas while the phrase before one is a place or nothing.
    const size_t stop = j - 1 > floor + kMaxRelativeClauseItems ? j - 1 - kMaxRelativeClauseItems : floor;
    bool relative = false;
    for (size_t p = j - 1; p > stop; --p) {
      if (items[p - 1].kind == ItemKind::kMark) break;
      if (!IsPunct(items[p - 1], U',')) continue;
      if (p - 1 <= floor) break;
      relative = relative || (p < j && (items[p].lower == "who" || items[p].lower == "whose"));
      if (!relative && p + kMaxAppositionItems < j) break;
      SpeakerRef ref = PhraseEndingAt(p - 2, floor);
      const Entity* e = ref.kind == SpeakerKind::kEntity ? Find(ref.entity) : nullptr;
      const bool place = e && (e->type == EntityType::kGpe || e->type == EntityType::kLoc);
      if (relative && (place || ref.kind == SpeakerKind::kNone)) continue;
      if (ref.kind == SpeakerKind::kEntity || ref.kind == SpeakerKind::kName) return ref;
      // "Its chief executive, Ana Lima, said": the name is the apposition
      // and the role before it the subject; the name speaks.
      if (ref.kind == SpeakerKind::kNominal) {
        SpeakerRef inner = PhraseEndingAt(j - 2, p);
        if ((inner.kind == SpeakerKind::kEntity || inner.kind == SpeakerKind::kName) && inner.first == p) {
          inner.after_role = true;
          return inner;
        }
      }
      break;
    }
    return {};
  }
  if (IsPunct(prev, U')')) {
    // "Gwen Moore (D-Wis.) said": step over the parenthesis.
    for (size_t p = j - 1; p > floor && p + kMaxAppositionItems > j; --p) {
      if (IsPunct(items[p - 1], U'(')) return p - 1 > floor ? PhraseEndingAt(p - 2, floor) : SpeakerRef{};
    }
    return {};
  }
  SpeakerRef ref = PhraseEndingAt(j - 1, floor);
  // "Lund on Tuesday said", "Lund at the Harbour Trust said": a time or
  // place adjunct stands between the subject and its cue.
  if (ref.kind != SpeakerKind::kNone && ref.first > floor + 1 && (items[ref.first - 1].classes & kAdjunctWord) &&
      !items[ref.first - 1].capitalized) {
    SpeakerRef subject = SubjectBefore(ref.first - 1, floor);
    if (subject.kind != SpeakerKind::kNone) return subject;
  }
  return ref;
}

SpeakerRef SpeakerResolver::PhraseAfter(size_t first, size_t limit) const {
  const std::vector<Item>& items = lexed_.items;
  size_t i = first;
  size_t words = 0;
  while (i < limit && words < kMaxSpeakerWords) {
    const Item& it = items[i];
    if (it.kind != ItemKind::kWord) break;
    if (words > 0 && (it.classes & (kBreakWord | kAuxVerb | kDeterminer))) break;
    // A cue ends the phrase, unless it is also a noun modifying the next
    // word ("the state trade federation", "the claims office").
    // A capitalised cue word is part of a name ("Ohio State University").
    if (words > 0 && it.cue && !it.capitalized &&
        !(it.cue & kCueNoun && i + 1 < limit && ContinuesNounPhrase(items[i + 1]))) {
      break;
    }
    // "said Tuesday that": a day or month name after a cue is a time, not a speaker.
    if (words == 0 && ((it.classes & (kBreakWord | kAuxVerb | kTimeName)) || it.cue)) break;
    ++i;
    ++words;
  }
  if (words == 0) return {};
  SpeakerRef ref = PhraseEndingAt(i - 1, first);
  // "said a party official who asked not to be named": a common noun keeps
  // its relative clause, as written, up to the next comma.
  if (ref.kind == SpeakerKind::kNominal && ref.entity == 0 && i < limit && items[i].lower == "who") {
    size_t end = i;
    while (end < limit && end < i + kMaxRelativeClauseItems && items[end].kind == ItemKind::kWord) ++end;
    if (end == limit || end == i + kMaxRelativeClauseItems || !items[end].cue) {
      ref.last = end - 1;
      ref.span.end = items[end - 1].span.end;
      ref.name = std::string(SpanText(report_.document.text, ref.span));
      return ref;
    }
  }
  // "said a longtime adviser to Ortega": a common noun keeps the
  // organisation or person it belongs to, as written.
  if (ref.kind == SpeakerKind::kNominal && ref.entity == 0 && i + 1 < limit && IsMemberPreposition(items[i].lower)) {
    const SpeakerRef owner = PhraseAfter(i + 1, limit);
    if (owner.kind == SpeakerKind::kEntity || owner.kind == SpeakerKind::kName || owner.kind == SpeakerKind::kNominal) {
      ref.last = owner.last;
      ref.span.end = owner.span.end;
      ref.name = std::string(SpanText(report_.document.text, ref.span));
    }
  }
  return ref;
}

SpeakerRef SpeakerResolver::SentenceSubject(size_t cue, size_t floor) const {
  const std::vector<Item>& items = lexed_.items;
  for (size_t k = cue; k > floor; --k) {
    const Item& it = items[k - 1];
    if (it.kind == ItemKind::kMark) break;  // never read a subject across a quotation
    if (it.cue && !(it.cue & kCueParticiple)) {
      SpeakerRef ref = SubjectBefore(k - 1, floor);
      if (ref.kind != SpeakerKind::kNone) return ref;
    }
  }
  SpeakerRef ref = ClauseSubject(cue, floor);
  if (ref.kind != SpeakerKind::kNone) return ref;
  // The sentence's opening noun phrase: its first run of words up to the
  // first lower-case non-determiner word.
  size_t i = floor;
  while (i < cue && items[i].kind != ItemKind::kWord) ++i;
  while (i < cue && (items[i].classes & kDeterminer)) ++i;
  size_t end = i;
  while (end < cue && items[end].kind == ItemKind::kWord && items[end].capitalized) ++end;
  if (end == i) return {};
  return PhraseEndingAt(end - 1, floor);
}

size_t SpeakerResolver::ClosingComma(size_t comma, size_t limit) const {
  const std::vector<Item>& items = lexed_.items;
  const size_t stop = std::min(limit, comma + 1 + kMaxRelativeClauseItems);
  for (size_t k = comma + 1; k < stop; ++k) {
    if (items[k].kind == ItemKind::kMark || IsTerminal(items[k]) || IsPunct(items[k], U';')) return 0;
    if (IsPunct(items[k], U',')) return k > comma + 1 ? k : 0;
  }
  return 0;
}

SpeakerRef SpeakerResolver::ClauseSubject(size_t cue, size_t floor, const std::vector<bool>* quoted) const {
  const std::vector<Item>& items = lexed_.items;
  // The nearest name or personal pronoun before the cue that a verb follows
  // ("When Ortega died, President Lund released a statement:").
  for (size_t k = cue; k > floor; --k) {
    const size_t h = k - 1;
    const Item& it = items[h];
    if (quoted && ((*quoted)[h] || it.kind == ItemKind::kMark)) continue;  // words in scare quotes stay
    if (it.kind == ItemKind::kMark) break;
    if (it.kind != ItemKind::kWord || !(it.capitalized || (it.classes & (kPronounPerson | kPronounGroup)))) continue;
    size_t v = h + 1;
    // "Lund, who runs the port, praised ...": a person's apposition or
    // relative clause stands between the subject and its verb.
    const size_t apposition_end = v < cue && IsPunct(items[v], U',') ? ClosingComma(v, cue) : 0;
    if (apposition_end != 0) v = apposition_end + 1;
    while (v < cue && (items[v].classes & kSkipWord) && !items[v].capitalized) ++v;
    if (v >= cue || !MayBeVerb(items[v])) continue;
    SpeakerRef ref = PhraseEndingAt(h, floor);
    if (ref.kind != SpeakerKind::kEntity && ref.kind != SpeakerKind::kName && ref.kind != SpeakerKind::kPronoun) continue;
    if (apposition_end != 0) {
      const Entity* e = ref.kind == SpeakerKind::kEntity ? Find(ref.entity) : nullptr;
      if (!e || e->type != EntityType::kPerson) continue;
    }
    // A subject opens the sentence or a clause; after a verb or a
    // preposition the name is an object ("posted a Twitter comment").
    const Item* before = ref.first > floor ? &items[ref.first - 1] : nullptr;
    if (before && before->kind == ItemKind::kWord && !IsClauseOpener(before->lower)) continue;
    if (items[ref.first].classes & kDeterminer && !(items[ref.first].lower == "the")) continue;
    return ref;
  }
  return {};
}

void SpeakerResolver::Resolve(const std::vector<bool>& quoted, std::vector<Candidate>* candidates) const {
  // Person mentions outside quotations, in text order.
  std::vector<Mention> people;
  const std::vector<Item>& items = lexed_.items;
  for (const Mention& m : mentions_) {
    const Entity* e = Find(m.entity);
    if (!e || e->type != EntityType::kPerson) continue;
    const size_t at = ItemAt(lexed_, m.span.start);
    if (at < items.size() && quoted[at]) continue;
    people.push_back(m);
  }
  // Returns the sentence of the item at or after byte `pos`.
  auto sentence_at = [this, &items](size_t pos) {
    const size_t at = ItemAt(lexed_, pos);
    return at == items.size() ? lexed_.sentences.size() : items[at].sentence;
  };
  std::optional<Speaker> last_thing;   // most recent non-person speaker
  std::optional<Speaker> last_person;  // most recent person named as a speaker
  size_t last_person_sentence = 0;     // the sentence naming it
  size_t last_person_block = 0;
  const Candidate* previous = nullptr;
  for (Candidate& c : *candidates) {
    SpeakerRef& ref = c.ref;
    std::optional<Speaker> speaker;
    if ((ref.kind == SpeakerKind::kNone || ref.kind == SpeakerKind::kInherit) && c.quote.kind == QuoteKind::kPartial) {
      // "Ortega thanked the nurses for “…”": a quoted fragment with no cue
      // (or only a participle after an earlier quotation) is the words of
      // its sentence's subject.
      const size_t at = ItemAt(lexed_, c.quote.span.start);
      if (at < items.size() && at > 0) {
        SpeakerRef subject = ClauseSubject(at - 1, lexed_.sentences[items[at].sentence].first, &quoted);
        if (subject.kind != SpeakerKind::kNone) ref = subject;
      }
    }
    switch (ref.kind) {
      case SpeakerKind::kNone:
        break;
      case SpeakerKind::kEntity:
      case SpeakerKind::kNominal:
      case SpeakerKind::kName:
        speaker = Speaker{ref.name, ref.entity, ref.span};
        break;
      case SpeakerKind::kInherit:
        if (previous && previous->block + 1 >= c.block) speaker = previous->quote.speaker;
        if (speaker) speaker->span = {};  // inherited: nothing names the speaker here
        break;
      case SpeakerKind::kPronoun:
        if (ref.pronoun & kPronounPerson) {
          auto it = std::upper_bound(people.begin(), people.end(), ref.position,
                                     [](size_t pos, const Mention& m) { return pos < m.span.start; });
          // He/she is the person who spoke last unless a person is named
          // in a later sentence: in "Lund, who met Ortega, said ... “…,” he
          // said", Ortega is only mentioned by Lund's sentence.
          const bool recent = last_person && last_person_block + 1 >= c.block;
          if (it != people.begin() && !(recent && sentence_at(std::prev(it)->span.start) <= last_person_sentence)) {
            const Entity* e = Find(std::prev(it)->entity);
            if (e) speaker = Speaker{e->name, e->id, ref.span};
          } else if (recent) {
            speaker = last_person;
            speaker->span = ref.span;
          }
        } else if (last_thing) {
          speaker = last_thing;
          speaker->span = ref.span;
        }
        break;  // an unresolved pronoun names nobody
    }
    if (speaker && ref.kind != SpeakerKind::kInherit && ref.kind != SpeakerKind::kNone) {
      const Entity* e = Find(speaker->entity);
      if (e && e->type == EntityType::kPerson) {
        last_person = speaker;
        last_person_sentence = sentence_at(ref.position);
        last_person_block = c.block;
      }
    }
    if (speaker && ref.kind != SpeakerKind::kPronoun) {
      const Entity* e = Find(speaker->entity);
      if (!e || e->type != EntityType::kPerson) {
        if (ref.kind != SpeakerKind::kName) last_thing = speaker;
      }
    }
    c.quote.speaker = speaker;
    previous = &c;
  }
}

}  // namespace lede::detail
