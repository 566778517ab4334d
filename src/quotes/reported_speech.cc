// Reported speech: one pass over each sentence's items (see reported_speech.h).
// Every look-ahead is bounded by a named window, and after a cue's clause is
// taken the scan resumes past it, so the pass stays linear.
#include "quotes/reported_speech.h"

#include "quotes/quote_lexicon.h"

namespace lede::detail {

namespace {

// Most words after a trailing attribution's cue: "said on Thursday in a
// statement" and "told a regular press briefing in the capital" fit.
constexpr size_t kMaxTrailingWords = 8;
// Most words of an addressee before its "that": "told the Financial Times
// news agency that".
constexpr size_t kMaxAddresseeWords = 6;
// Most words of an adjunct between a cue and its "that": "said on Thursday
// in a statement that".
constexpr size_t kMaxAdjunctWords = 6;
// Most words between a cue and its "that" when an addressee and an adjunct
// both stand there: "told the Harbour Gazette of Tromso on Saturday that" is
// eight; the "that" must still come before a terminal, colon or quotation.
constexpr size_t kMaxThatSearchWords = kMaxAddresseeWords + kMaxAdjunctWords;
// Words after the clause start within which a finite verb must appear for a
// clause without "that": "the two navies' joint patrols would" is five.
constexpr size_t kClauseVerbWindow = 6;
// Fewest words of reported content: "it was wrong" is three.
constexpr size_t kMinContentWords = 3;
// Fewest words of an object content that opens with a capitalised word: a
// name alone is a whole stance ("endorsed Trump", "criticized Brussels").
constexpr size_t kMinNamedObjectWords = 1;
// Most words of a speaker phrase the finder reads itself when the resolver
// finds none: "several Democratic delegate candidates" is four.
constexpr size_t kMaxFallbackSpeakerWords = 5;
// Shortest plural common noun taken as a fallback speaker head ("aides"; "us" and "is" are not).
constexpr size_t kMinPluralHeadBytes = 4;
// Shortest word treated as an -ly adverb ("only" and "fly" are not).
constexpr size_t kMinLyAdverbBytes = 5;
// Most words of an "according to" source read up to its comma: "early
// results of the exit poll conducted for the networks by a research firm" is
// fourteen; a longer run is no source phrase.
constexpr size_t kMaxSourceWords = 16;
// Most words from a sentence-opening name through its apposition to the
// cue ("Ann Lee, a former mayor who ran the port for a decade and now
// chairs its board," is sixteen); past it the comma is no apposition.
constexpr size_t kMaxAppositionWords = 25;
// Most words of a paragraph-opening speaker before its colon ("Rush
// Limbaugh:", "Poll:"); a longer run is a section heading ("Little Relief for Refugees:").
constexpr size_t kMaxColonSpeakerWords = 3;
// Shortest word treated as an -ing participle ("putting"; "thing" and "king" are not).
constexpr size_t kMinIngWordBytes = 6;

// Most words between a sentence-opening "Asked" and the word opening its
// question ("Asked during a January debate why ..." is four: "during a
// January debate"); past it the participle is no question frame.
constexpr size_t kMaxAskedLeadWords = 5;
// Most words of the question an opening "Asked" frames, up to its comma; a
// longer run has no comma closing the frame.
constexpr size_t kMaxAskedQuestionWords = 30;

const std::string kAccording = "according";
const std::string kAsked = "asked";

// Returns true for a word that opens the question after "Asked": a
// subordinator ("if", "whether"), a wh-word, "about" or the "to" of an
// infinitive ("Asked by the host to respond to ...").
bool OpensAskedQuestion(const std::string& lower) {
  return lower == "if" || lower == "whether" || lower == "what" || lower == "who" || lower == "whom" ||
         lower == "why" || lower == "how" || lower == "where" || lower == "which" || lower == "about" ||
         lower == "to";
}

bool IsPronoun(const Item& it) {
  return it.kind == ItemKind::kWord && (it.classes & (kPronounPerson | kPronounThing | kPronounGroup)) &&
         !(it.classes & kDeterminer);
}

// Returns true when the item is an adverb that may sit between a subject,
// its cue and the cue's complement ("also", "repeatedly", "has").
bool IsAdverbLike(const Item& it) {
  if (it.kind != ItemKind::kWord || it.capitalized) return false;
  if (it.classes & kSkipWord) return true;
  const std::string& w = it.lower;
  return w.size() >= kMinLyAdverbBytes && w.compare(w.size() - 2, 2, "ly") == 0;
}

// Returns true when item i is "and"/"but" joining a second reporting verb
// ("said X and added Y"), which ends the first verb's content.
bool JoinsAnotherCue(const std::vector<Item>& items, size_t i, size_t e) {
  if (items[i].lower != "and" && items[i].lower != "but") return false;
  size_t j = i + 1;
  while (j < e && IsAdverbLike(items[j])) ++j;
  if (j >= e || items[j].kind != ItemKind::kWord) return false;
  const uint8_t cue = items[j].cue ? items[j].cue : QuoteLexicon::Get().ReportedCueFlags(items[j].lower);
  return cue && !(cue & kCueNoun);
}

// Returns true when the item is a number in digits or a listed number word
// ("10", "three"), as in "three in 10 said".
bool IsNumber(const Item& it) {
  if (it.kind != ItemKind::kWord || it.lower.empty()) return false;
  if (it.classes & kNumberWord) return true;
  for (char ch : it.lower) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

// Returns true when the item is a lower-case -ing word: after a comma it
// opens a participle clause that adds to the sentence, not to the content
// (", putting them ahead", ", pushing back against").
bool IsIngWord(const Item& it) {
  const std::string& w = it.lower;
  return it.kind == ItemKind::kWord && !it.capitalized && w.size() >= kMinIngWordBytes &&
         w.compare(w.size() - 3, 3, "ing") == 0;
}

// Returns true when the words [from, e) of a sentence can be the tail of a
// trailing attribution: few, with no clause of their own.
bool TrailingIsShort(const std::vector<Item>& items, size_t from, size_t e) {
  size_t words = 0;
  for (size_t i = from; i < e; ++i) {
    const Item& it = items[i];
    if (IsTerminal(it)) break;
    // A mark glued to the word before and followed by a space is an apostrophe ("farmers' meeting").
    if ((it.kind == ItemKind::kMark && (it.space_before || !it.space_after)) || IsPunct(it, U':')) return false;
    if (it.kind != ItemKind::kWord) continue;
    if (it.lower == "that" || (it.cue && !(it.cue & kCueParticiple))) return false;
    if (it.cue & kCueParticiple) break;  // ", adding ..." starts a new clause
    if (++words > kMaxTrailingWords) return false;
  }
  return true;
}

// Returns the end of the clause starting at item c: a spaced dash, a
// semicolon, ", saying"/", according to", ", but"/", and he", or the sentence end.
size_t ClauseEnd(const std::vector<Item>& items, size_t c, size_t e) {
  for (size_t i = c; i < e; ++i) {
    const Item& it = items[i];
    if (it.kind == ItemKind::kDash && it.space_before) return i;
    if (IsPunct(it, U';') || IsPunct(it, U':')) return i;
    if (IsPunct(it, U',') && i + 1 < e) {
      // A comma inside a closing mark (“..., ” adding) is read past the mark.
      const size_t next = items[i + 1].kind == ItemKind::kMark && !items[i + 1].space_before && i + 2 < e ? i + 2 : i + 1;
      const Item& n = items[next];
      if ((n.cue & kCueParticiple) || n.lower == kAccording || IsIngWord(n)) return i;
      // ", but ..." / ", while ...": the writer's own clause, not the speaker's.
      if (n.kind == ItemKind::kWord && (n.classes & kClauseBreak)) return i;
      // ", and he ...": a new clause with its own subject.
      if (n.lower == "and" && next + 1 < e && IsPronoun(items[next + 1])) return i;
    }
    if (i > c && it.kind == ItemKind::kWord && JoinsAnotherCue(items, i, e)) return i;
  }
  return e;
}

// Returns true when the item can open a reported clause: a pronoun (or a
// pronoun contraction, "he's"), "there", a determiner or a capitalised word.
bool OpensClause(const Item& it) {
  if (it.kind != ItemKind::kWord) return false;
  if (IsPronoun(it) || (it.classes & kDeterminer) || it.capitalized) return true;
  const std::string& w = it.lower;
  if (w == "there") return true;
  const size_t apostrophe = w.find('\'');
  if (apostrophe == std::string::npos || apostrophe == 0) return false;
  const std::string_view head(w.data(), apostrophe);
  return head == "there" || (QuoteLexicon::Get().Classes(head) & (kPronounPerson | kPronounThing | kPronounGroup));
}

// Returns true when items [c, end) look like a clause: a subject-like first
// word and a finite verb soon after.
bool LooksLikeClause(const std::vector<Item>& items, size_t c, size_t end) {
  if (c >= end || items[c].kind != ItemKind::kWord) return false;
  const Item& first = items[c];
  if (IsPronoun(first)) return true;
  // "he's", "there's", "they'd": a pronoun fused with its verb.
  if (!first.capitalized && first.lower.find('\'') != std::string::npos && OpensClause(first)) return true;
  // "there is", "there would be": an existential clause.
  if (first.lower == "there" && c + 1 < end && (items[c + 1].classes & kAuxVerb)) return true;
  if (!first.capitalized && !(first.classes & kDeterminer)) return false;
  size_t words = 0;
  for (size_t i = c + 1; i < end && words < kClauseVerbWindow; ++i) {
    const Item& it = items[i];
    if (it.kind != ItemKind::kWord) continue;
    ++words;
    if (it.lower == "not" || it.lower == "to") return false;  // "warned Tokyo not to ..."
    if (it.classes & kAuxVerb) return true;
    const std::string& w = it.lower;
    if (!it.capitalized && w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) return true;
  }
  return false;
}

class Finder {
 public:
  Finder(const std::string& text, const Lexed& lexed, const std::vector<bool>& quoted, const SpeakerResolver& resolver)
      : text_(text), items_(lexed.items), quoted_(quoted), resolver_(resolver), lexicon_(QuoteLexicon::Get()) {}

  // Adds the content [first, last) spoken by ref via cue items [cue_first, cue_last).
  // `sourceless` allows a content with no speaker; `min_words` is the fewest words it may hold.
  void Emit(size_t first, size_t last, size_t cue_first, size_t cue_last, const SpeakerRef& ref,
            bool sourceless = false, size_t min_words = kMinContentWords) {
    while (last > first && items_[last - 1].kind != ItemKind::kWord) --last;
    while (first < last && items_[first].kind != ItemKind::kWord) ++first;
    // Keep brackets balanced: "... R$2 billion (US$380 million), according
    // to" keeps its closing bracket.
    int open_brackets = 0;
    for (size_t i = first; i < last; ++i) open_brackets += IsPunct(items_[i], U'(') - IsPunct(items_[i], U')');
    while (open_brackets > 0 && last < items_.size() && IsPunct(items_[last], U')')) {
      ++last;
      --open_brackets;
    }
    size_t words = 0;
    for (size_t i = first; i < last; ++i) {
      if (quoted_[i]) return;  // already a quotation
      words += items_[i].kind == ItemKind::kWord;
    }
    if (words < min_words || (ref.kind == SpeakerKind::kNone && !sourceless)) return;
    Candidate c;
    c.quote.kind = QuoteKind::kIndirect;
    c.quote.span = {items_[first].span.start, items_[last - 1].span.end};
    c.quote.text = std::string(SpanText(text_, c.quote.span));
    c.quote.cue = std::string(SpanText(text_, {items_[cue_first].span.start, items_[cue_last - 1].span.end}));
    c.ref = ref;
    c.block = items_[first].block;
    out_.push_back(std::move(c));
  }

  // Finds the reported speech of sentence [s, e).
  void Sentence(size_t s, size_t e) {
    for (size_t k = ColonAttribution(s, e); k < e; ++k) {
      const Item& it = items_[k];
      if (quoted_[k] || it.kind != ItemKind::kWord) continue;
      if (it.lower == kAccording && k + 1 < e && items_[k + 1].lower == "to") {
        k = According(s, e, k);
        continue;
      }
      if (it.lower == kAsked && OnlyOpeners(s, k)) {
        const size_t end = AskedFrame(e, k);
        if (end > k) {
          k = end;
          continue;
        }
      }
      if (k + 1 < e && items_[k + 1].kind == ItemKind::kWord && !quoted_[k + 1]) {
        if (const uint8_t flags = lexicon_.PhrasalCueFlags(it.lower + " " + items_[k + 1].lower)) {
          k = Phrasal(s, e, k, flags);
          continue;
        }
      }
      if (const uint8_t flags = lexicon_.SourcelessCueFlags(it.lower)) {
        const size_t end = Sourceless(s, e, k, flags);
        if (end > k) {
          k = end - 1;
          continue;
        }
      }
      // A quotation cue may take more in reported speech ("announced his
      // candidacy": an object), listed in reported_cue_verbs.txt.
      uint8_t cue = it.cue | lexicon_.ReportedCueFlags(it.lower);
      if (!cue) continue;
      // "described the plan as ...": the object and its "as" phrase are the content.
      if (cue & kCueDescribe) cue |= kCueObject;
      k = Cue(s, e, k, cue);
    }
  }

  std::vector<Candidate> Take() { return std::move(out_); }

 private:
  // Handles a paragraph opening "Name: CLAUSE" ("Mayor Lee: Ferry Fares
  // Will Rise", "Poll: Most voters back the plan"), a headline-style
  // attribution: a short run of capitalised words, a colon, and the rest of
  // the sentence as content. Returns the item to resume the scan at.
  size_t ColonAttribution(size_t s, size_t e) {
    if (s > 0 && items_[s - 1].block == items_[s].block) return s;  // not a paragraph start
    size_t colon = s;
    size_t words = 0;
    for (; colon < e && words <= kMaxColonSpeakerWords; ++colon) {
      const Item& it = items_[colon];
      if (IsPunct(it, U':')) break;
      if (it.kind != ItemKind::kWord || quoted_[colon]) return s;
      if (!it.capitalized && !(it.classes & kBreakWord)) return s;
      ++words;
    }
    if (colon >= e || words == 0 || words > kMaxColonSpeakerWords || !items_[s].capitalized) return s;
    if (lexicon_.IsColonLabel(items_[s].lower)) return s;
    SpeakerRef ref = resolver_.PhraseAfter(s, colon);
    if (ref.kind == SpeakerKind::kNone) {
      ref.kind = SpeakerKind::kNominal;
      ref.first = s;
      ref.last = colon - 1;
      ref.position = items_[s].span.start;
      ref.span = {items_[s].span.start, items_[colon - 1].span.end};
      ref.name = std::string(SpanText(text_, ref.span));
    }
    const size_t before = out_.size();
    Emit(colon + 1, e, colon, colon + 1, ref);
    return out_.size() > before ? e : s;
  }

  // Handles "according to X" at k; returns the last item consumed.
  size_t According(size_t s, size_t e, size_t k) {
    SpeakerRef ref = resolver_.PhraseAfter(k + 2, e);
    if (ref.kind == SpeakerKind::kNone) ref = SourceUpToComma(k + 2, e);
    if (ref.kind == SpeakerKind::kNone) return k + 1;
    // The comma closing the source phrase, which the resolver may have read
    // only in part ("according to early results of the exit poll, ...").
    size_t comma = ref.last + 1;
    while (comma < e && comma <= ref.last + kMaxSourceWords && !IsPunct(items_[comma], U',') &&
           !IsTerminal(items_[comma]))
      ++comma;
    const bool has_comma = comma < e && IsPunct(items_[comma], U',');
    if (OnlyConnectives(s, k)) {
      // According to X, CLAUSE. / But according to X, CLAUSE.
      if (has_comma) Emit(comma + 1, e, k, k + 2, ref);
      return e;
    }
    const size_t before = IsPunct(items_[k - 1], U',') ? k - 1 : k;
    if (before < k && has_comma && comma + 1 < e && items_[comma + 1].kind == ItemKind::kWord) {
      // CLAUSE-START, according to X, CLAUSE-REST: one content around the source.
      const size_t end = ClauseEnd(items_, comma + 1, e);
      Emit(s, end, k, k + 2, ref);
      return end > k ? end - 1 : k;
    }
    Emit(s, before, k, k + 2, ref);
    return ref.last;
  }

  // Handles a two-word cue at k ("called for", "referring to"): its object
  // after the particle is the content. Returns the last item consumed.
  size_t Phrasal(size_t s, size_t e, size_t k, uint8_t flags) {
    const bool participle = flags & kCueParticiple;
    if (IsPassive(k, s)) return k + 1;
    SpeakerRef ref = participle ? resolver_.SentenceSubject(k, s) : resolver_.SubjectBefore(k, s);
    bool relative = false;
    if (ref.kind == SpeakerKind::kNone && !participle) ref = FallbackSubject(k, s);
    if (ref.kind == SpeakerKind::kNone && !participle) ref = CoordinatedSubject(k, s, &relative);
    if (ref.kind == SpeakerKind::kNone) return k + 1;
    const size_t c = k + 2;
    size_t end = ClauseEnd(items_, c, e);
    if (relative) end = RelativeEnd(c, end);
    if (c >= end || HasMark(c, end)) return k + 1;
    Emit(c, ObjectEnd(c, end), k, k + 2, ref);
    return end > k + 1 ? end - 1 : k + 1;
  }

  // Handles an impression with no speaker at k ("the senator seemed to
  // gain", "the bill is expected to pass"): the content is the clause around
  // the cue, from after its last comma or connective. Returns the content's
  // end, or k when the shape does not hold.
  size_t Sourceless(size_t s, size_t e, size_t k, uint8_t flags) {
    if (k + 1 >= e || items_[k + 1].kind != ItemKind::kWord) return k;
    const std::string& next = items_[k + 1].lower;
    if (flags & kSourcelessPassive) {
      size_t j = k;
      while (j > s && IsAdverbLike(items_[j - 1]) && !(items_[j - 1].classes & kBeVerb)) --j;
      if (j <= s || !(items_[j - 1].classes & kBeVerb) || next != "to") return k;
    } else if (next != "to" && next != "like" && next != "as") {
      return k;
    }
    size_t first = k;
    while (first > s) {
      const Item& p = items_[first - 1];
      if (quoted_[first - 1] || p.kind == ItemKind::kMark || p.kind == ItemKind::kDash || IsPunct(p, U',') ||
          IsPunct(p, U';') || IsPunct(p, U':') || (p.kind == ItemKind::kWord && (p.classes & kConnective)))
        break;
      --first;
    }
    if (first == k) return k;
    const size_t end = ClauseEnd(items_, k + 1, e);
    Emit(first, end, k, k + 1, SpeakerRef{}, /*sourceless=*/true);
    return end;
  }

  // Returns true when items [s, k) are only sentence-opening connectives and
  // commas ("But", "Still,"), so what follows "according to X," is the content.
  bool OnlyConnectives(size_t s, size_t k) const {
    for (size_t i = s; i < k; ++i) {
      const Item& it = items_[i];
      if (IsPunct(it, U',')) continue;
      if (it.kind != ItemKind::kWord || !(it.classes & kConnective)) return false;
    }
    return true;
  }

  // Returns true when items [s, k) are only connectives or "when" ("When
  // asked whether ...").
  bool OnlyOpeners(size_t s, size_t k) const {
    for (size_t i = s; i < k; ++i) {
      if (items_[i].lower != "when" && !OnlyConnectives(i, i + 1)) return false;
    }
    return true;
  }

  // Handles a sentence-opening "Asked (adjunct) whether/what/about ...,":
  // the question up to its comma is reported content ("Asked on Monday
  // whether he would run, she said ..."). It has no speaker: the asker is
  // unnamed, and the subject after the comma only answers.
  // Returns the comma closing the question, or k when there is no frame.
  size_t AskedFrame(size_t e, size_t k) {
    size_t q = k + 1;
    while (q < e && q <= k + kMaxAskedLeadWords && items_[q].kind == ItemKind::kWord &&
           !OpensAskedQuestion(items_[q].lower))
      ++q;
    if (q >= e || items_[q].kind != ItemKind::kWord || !OpensAskedQuestion(items_[q].lower)) return k;
    const size_t c = items_[q].lower == "about" ? q + 1 : q;
    size_t comma = c;
    size_t words = 0;
    while (comma < e && !IsPunct(items_[comma], U',') && words <= kMaxAskedQuestionWords) {
      if (IsTerminal(items_[comma]) || items_[comma].kind == ItemKind::kMark) return k;
      words += items_[comma].kind == ItemKind::kWord;
      ++comma;
    }
    if (comma >= e || !IsPunct(items_[comma], U',')) return k;
    Emit(c, comma, k, k + 1, SpeakerRef{}, /*sourceless=*/true);
    return comma;
  }

  // Returns the source of "according to" read as written up to the next
  // comma or the sentence end ("according to FEC filings reviewed by the
  // paper,"), for sources the resolver does not read; kNone when longer
  // than kMaxSourceWords or empty.
  SpeakerRef SourceUpToComma(size_t first, size_t e) const {
    size_t i = first;
    size_t words = 0;
    while (i < e && !IsPunct(items_[i], U',') && !IsTerminal(items_[i])) {
      if (items_[i].kind == ItemKind::kMark) return {};
      words += items_[i].kind == ItemKind::kWord;
      if (words > kMaxSourceWords) return {};
      ++i;
    }
    size_t last = i;
    while (last > first && items_[last - 1].kind != ItemKind::kWord) --last;
    if (last <= first) return {};
    return Nominal(first, last - 1);
  }

  // Handles the cue verb at k; returns the last item consumed.
  // `cue` holds the verb's CueFlag bits.
  size_t Cue(size_t s, size_t e, size_t k, uint8_t cue) {
    const bool participle = cue & kCueParticiple;
    if (IsPassive(k, s)) return k;
    SpeakerRef ref = participle ? resolver_.SentenceSubject(k, s) : resolver_.SubjectBefore(k, s);
    if (ref.kind == SpeakerKind::kNone && !participle) ref = FallbackSubject(k, s);
    bool relative = false;
    if (ref.kind == SpeakerKind::kNone && !participle) ref = CoordinatedSubject(k, s, &relative);
    if (ref.kind == SpeakerKind::kNone && !participle && (cue & kCueClause)) ref = NounPhraseSubject(k, s, e);
    // CLAUSE, X said, CLAUSE. / Early on, X said, CLAUSE.
    const size_t after = SkipAdjunct(k + 1, e);
    if (!participle && ref.kind != SpeakerKind::kNone && after + 1 < e && IsPunct(items_[after], U',') &&
        items_[after + 1].kind == ItemKind::kWord && !(items_[after + 1].cue & kCueParticiple) &&
        items_[after + 1].lower != kAccording &&
        (!(items_[after + 1].classes & kBreakWord) || !TrailingIsShort(items_, after + 1, e)) &&
        !AfterQuotation(ref.first, s)) {
      const size_t end = ClauseEnd(items_, after + 1, e);
      // The words before the speaker are content when they are no opening
      // adjunct ("The goal, he said, is ..." but not "In May, he said, ...").
      const bool interrupts = ref.first > s && IsPunct(items_[ref.first - 1], U',') && !ref.after_role &&
                              !(items_[s].classes & kBreakWord);
      Emit(interrupts ? s : after + 1, end, k, k + 1, ref);
      return end > k ? end - 1 : k;
    }
    // CLAUSE, X said (adjunct).
    if (!participle && ref.kind != SpeakerKind::kNone && !ref.after_role && ref.first > s &&
        IsPunct(items_[ref.first - 1], U',') && TrailingIsShort(items_, k + 1, e) &&
        !OpensOwnClause(cue, after, e)) {
      Emit(s, ref.first - 1, k, k + 1, ref);
      return k;
    }
    // CLAUSE, said X.
    if (!participle && ref.kind == SpeakerKind::kNone && k > s && IsPunct(items_[k - 1], U',')) {
      // X, <a long apposition>, said CLAUSE: the sentence's opening name
      // speaks when a clause follows the cue.
      const bool clause_after = k + 1 < e && (items_[k + 1].lower == "that" ||
                                              LooksLikeClause(items_, k + 1, ClauseEnd(items_, k + 1, e)));
      SpeakerRef opening = clause_after ? OpeningAppositionSubject(s, k) : SpeakerRef{};
      SpeakerRef after_ref = opening.kind == SpeakerKind::kNone ? resolver_.PhraseAfter(k + 1, e) : SpeakerRef{};
      if (after_ref.kind != SpeakerKind::kNone && TrailingIsShort(items_, after_ref.last + 1, e)) {
        Emit(s, k - 1, k, k + 1, after_ref);
        return after_ref.last;
      }
      ref = opening.kind != SpeakerKind::kNone ? opening : OpeningAppositionSubject(s, k);
      if (ref.kind == SpeakerKind::kNone) return k;
    }
    if (ref.kind == SpeakerKind::kNone) return k;
    // X said (that) CLAUSE.
    size_t c = k + 1;
    while (c < e && IsAdverbLike(items_[c]) && !(items_[c].classes & kAdjunctWord)) ++c;  // "said repeatedly"
    bool that = false;
    const bool needs_that = (cue & kCueAddressee) || (c < e && (items_[c].classes & kAdjunctWord));
    if (needs_that) {
      size_t words = 0;
      size_t t = c;
      for (; t < e && words <= kMaxThatSearchWords; ++t) {
        const Item& w = items_[t];
        if (w.kind == ItemKind::kMark || IsTerminal(w) || IsPunct(w, U':')) break;
        if (w.lower == "that") break;
        words += w.kind == ItemKind::kWord;
      }
      if (t < e && items_[t].lower == "that") {
        c = t;
      } else if (cue & kCueAddressee) {
        // "told investors the firm would ...": a clause opening with a
        // determiner or pronoun right after a short addressee.
        const size_t start = AddresseeClause(k + 1, e);
        if (start == e) return k;
        const size_t end = ClauseEnd(items_, start, e);
        Emit(start, end, k, k + 1, ref);
        return end > k ? end - 1 : k;
      } else {
        c = SkipAdjunct(c, e);  // "said on Thursday it would ..."
      }
    } else {
      c = SkipAdjunct(c, e);  // "said Tuesday it would ..."
    }
    if (c < e && items_[c].lower != "that" && HasPreposition(k + 1, c)) {
      // "said in an interview on Monday he would ...": the adjunct ends in a
      // noun phrase, and the clause starts after it (or there is none).
      if (!IsPronoun(items_[c])) c = AddresseeClause(c, e);
      if (c == e) return k;
    }
    if (c < e && items_[c].lower == "that") {
      that = true;
      ++c;
    }
    size_t end = ClauseEnd(items_, c, e);
    if (relative) end = RelativeEnd(c, end);
    if (!that && !LooksLikeClause(items_, c, end)) {
      // "said the plan was “a disaster” for workers": a partial quotation in
      // the words after a clause cue marks them as the reported clause even
      // when its verb is out of reach of LooksLikeClause.
      if ((cue & kCueClause) && c < e && OpensClause(items_[c]) && HasMark(c, end)) {
        Emit(c, end, k, k + 1, ref);
        return end > k ? end - 1 : k;
      }
      // An object that holds a term in marks is mixed speech ("called the
      // plan “a disaster”"), but one that is only the quotation is the
      // quotation itself, which the direct-quote finder has judged.
      if (!OpensObject(cue, c, end) || OnlyQuotation(c, end)) return k;
      const bool named = items_[c].kind == ItemKind::kWord && items_[c].capitalized;
      Emit(c, ObjectEnd(c, end), k, k + 1, ref, false, named ? kMinNamedObjectWords : kMinContentWords);
      return end > k ? end - 1 : k;
    }
    Emit(c, (cue & kCueObject) && !that ? ObjectEnd(c, end) : end, k, k + 1, ref);
    return end > k ? end - 1 : k;
  }

  // Returns true when items [c, end) can be the content of a `clause` or
  // `object` cue with the given flags: a word that is no particle ("said to
  // be", "called for") and no verb ("declined to" is content of `object` only).
  bool OpensObject(uint8_t cue, size_t c, size_t end) const {
    if (!(cue & (kCueClause | kCueObject)) || c >= end) return false;
    const Item& first = items_[c];
    if (first.kind != ItemKind::kWord && !(first.kind == ItemKind::kMark)) return false;
    if (first.kind == ItemKind::kWord && (first.classes & kNoContent)) {
      return (cue & kCueObject) && first.lower == "to";  // "wants to run", "declined to comment"
    }
    return true;
  }

  // Returns true when the words after a cue and its adjunct, from item a,
  // open the cue's own content ("..., Lee said she would ..."), so the cue
  // is no trailing attribution of the words before it.
  bool OpensOwnClause(uint8_t cue, size_t a, size_t e) const {
    if (a >= e || items_[a].kind != ItemKind::kWord) return false;
    const Item& w = items_[a];
    if (IsPronoun(w) || w.lower == "that") return true;
    if (cue & kCueAddressee) return false;  // "told a farmers' meeting": the listener
    return (w.classes & kDeterminer) || (w.capitalized && !(w.classes & kTimeName));
  }

  // Returns the end of an object content [c, end): a relative clause after
  // a comma describes the object and is not reported ("criticized the plan,
  // which passed in May").
  size_t ObjectEnd(size_t c, size_t end) const {
    for (size_t i = c; i + 1 < end; ++i) {
      if (IsPunct(items_[i], U',') && (items_[i + 1].lower == "which" || items_[i + 1].lower == "who")) return i;
    }
    return end;
  }

  // Returns true when items [first, last) hold a preposition ("on", "during").
  bool HasPreposition(size_t first, size_t last) const {
    for (size_t i = first; i < last; ++i) {
      if (items_[i].classes & kBreakWord) return true;
    }
    return false;
  }

  // Returns true when the cue at k is passive ("are found", "was criticized"):
  // its subject is spoken about, and the finder has no speaker for it.
  bool IsPassive(size_t k, size_t s) const {
    size_t j = k;
    while (j > s && IsAdverbLike(items_[j - 1]) && !(items_[j - 1].classes & kBeVerb)) --j;
    return j > s && (items_[j - 1].classes & kBeVerb) && !(items_[k].cue & kCueParticiple);
  }

  // Returns true when items [c, end) hold a quotation mark: an object with a
  // term in marks ("praised their ‘quiet patience’") is a scare quote the
  // direct-quote finder has already judged, not content of its own.
  bool HasMark(size_t c, size_t end) const {
    for (size_t i = c; i < end; ++i) {
      if (items_[i].kind == ItemKind::kMark) return true;
    }
    return false;
  }

  // Returns true when items [c, end) are one quotation in marks with no
  // word after its closing mark ("said “the count was clean”.").
  bool OnlyQuotation(size_t c, size_t end) const {
    if (c >= end || items_[c].kind != ItemKind::kMark) return false;
    size_t i = c + 1;
    while (i < end && items_[i].kind != ItemKind::kMark) ++i;
    for (++i; i < end; ++i) {
      if (items_[i].kind == ItemKind::kWord) return false;
    }
    return true;
  }

  // Returns true when the speaker phrase starting at item `first` follows a
  // quotation ("…,” Tan said, ...): the direct-quote finder owns that attribution.
  bool AfterQuotation(size_t first, size_t s) const {
    return (first > s && quoted_[first - 1]) || (first > s + 1 && quoted_[first - 2]);
  }

  // Returns a plural or counted common-noun subject ending right before the
  // cue at k ("Clinton aides said", "47 percent said", "several delegates
  // say"), read back over adverbs, for the subjects the resolver does not
  // take as speakers; kind kNone when there is none.
  SpeakerRef FallbackSubject(size_t k, size_t s) const {
    size_t j = k;
    while (j > s && IsAdverbLike(items_[j - 1])) --j;
    if (j <= s) return {};
    const Item& head = items_[j - 1];
    if (head.kind != ItemKind::kWord || head.capitalized || head.cue) return {};
    const std::string& w = head.lower;
    const bool plural = w.size() >= kMinPluralHeadBytes && w.back() == 's' && w[w.size() - 2] != 's' &&
                        !(head.classes & (kBreakWord | kAuxVerb | kSkipWord | kDeterminer));
    // A bare number ("384 pledged delegates") counts only as a ratio: "three in 10".
    const bool ratio = IsNumber(head) && j >= s + 3 && items_[j - 2].lower == "in" && IsNumber(items_[j - 3]);
    const bool counted = (head.classes & kCountHead) || ratio;
    if (!plural && !counted) return {};
    size_t first = j - 1;
    size_t words = 1;
    while (first > s && words < kMaxFallbackSpeakerWords) {
      const Item& p = items_[first - 1];
      if (p.kind != ItemKind::kWord) break;
      // "three in 10 said", "two in five voters said": a ratio of a group.
      if (p.lower == "in" && first - 1 > s && IsNumber(items_[first - 2]) && (counted || IsNumber(items_[first]))) {
        first -= 2;
        words += 2;
        continue;
      }
      if (p.classes & kDeterminer) {
        --first;
        break;
      }
      if ((p.classes & (kBreakWord | kAuxVerb | kPronounPerson | kPronounThing | kPronounGroup)) || p.cue) break;
      --first;
      ++words;
    }
    return Nominal(first, j - 1);
  }

  // Returns a nominal speaker written as the words of items first..last.
  SpeakerRef Nominal(size_t first, size_t last) const {
    SpeakerRef ref;
    ref.kind = SpeakerKind::kNominal;
    ref.first = first;
    ref.last = last;
    ref.position = items_[first].span.start;
    ref.span = {items_[first].span.start, items_[last].span.end};
    ref.name = std::string(SpanText(text_, ref.span));
    return ref;
  }

  // Returns the noun phrase right before a speech cue at k that a clause
  // follows ("A court filing released Thursday says that ...", "Another
  // ranking says he is ..."), for the common-noun speakers neither the
  // resolver nor FallbackSubject takes: up to kMaxFallbackSpeakerWords words
  // back to a determiner, a punctuation mark or a function word.
  SpeakerRef NounPhraseSubject(size_t k, size_t s, size_t e) const {
    if (k + 1 >= e) return {};
    if (items_[k + 1].lower != "that" && !LooksLikeClause(items_, k + 1, ClauseEnd(items_, k + 1, e))) return {};
    size_t j = k;
    while (j > s && IsAdverbLike(items_[j - 1])) --j;
    if (j <= s) return {};
    const Item& head = items_[j - 1];
    constexpr uint32_t kNoHead = kBreakWord | kAuxVerb | kDeterminer | kPronounPerson | kPronounThing |
                                 kPronounGroup | kSkipWord | kConnective | kClauseBreak;
    if (head.kind != ItemKind::kWord || head.cue || (head.classes & kNoHead) || head.lower == "who" ||
        head.lower == "which" || head.lower == "that" || quoted_[j - 1])
      return {};
    size_t first = j - 1;
    size_t words = 1;
    while (first > s && words < kMaxFallbackSpeakerWords) {
      const Item& p = items_[first - 1];
      if (p.kind != ItemKind::kWord || quoted_[first - 1] || p.cue) break;
      if (p.classes & kDeterminer) {
        --first;
        break;
      }
      if (p.classes & (kBreakWord | kAuxVerb | kPronounPerson | kPronounThing | kPronounGroup | kConnective)) break;
      --first;
      ++words;
    }
    return Nominal(first, j - 1);
  }

  // Returns the subject of a cue that shares it with an earlier verb ("X
  // praised the plan and said ...") or a relative pronoun ("X, who said
  // ..."); kind kNone otherwise.
  // Sets *relative for the "who" shape.
  SpeakerRef CoordinatedSubject(size_t k, size_t s, bool* relative) const {
    size_t j = k;
    while (j > s && IsAdverbLike(items_[j - 1])) --j;
    if (j <= s || items_[j - 1].kind != ItemKind::kWord) return {};
    const std::string& w = items_[j - 1].lower;
    if (w == "and" || w == "but") return resolver_.SentenceSubject(j - 1, s);
    if (w == "who" && j - 1 > s && IsPunct(items_[j - 2], U',')) {
      *relative = true;
      return resolver_.SubjectBefore(j - 2, s);
    }
    // "Republicans who say ...", "the 30 percent who said ...": a restrictive
    // relative clause whose head noun speaks.
    if (w == "who" && j - 1 > s) {
      SpeakerRef ref = resolver_.SubjectBefore(j - 1, s);
      return ref.kind != SpeakerKind::kNone ? ref : FallbackSubject(j - 1, s);
    }
    return {};
  }

  // Returns the end of content [c, end) inside a relative clause set off by
  // commas ("X, who thinks CLAUSE, called ..."): its first comma.
  size_t RelativeEnd(size_t c, size_t end) const {
    for (size_t i = c; i < end; ++i) {
      if (IsPunct(items_[i], U',')) return i;
    }
    return end;
  }

  // Returns the opening name of a sentence "Name, <apposition>, cue" whose
  // apposition the resolver does not step over ("Ann Lee, a former mayor
  // who ran the port for a decade, said"): the words before the first comma,
  // when they open the sentence with a capital and the run up to the cue
  // holds no quotation and at most kMaxAppositionWords words.
  SpeakerRef OpeningAppositionSubject(size_t s, size_t k) const {
    if (!items_[s].capitalized || items_[s].kind != ItemKind::kWord || (items_[s].classes & kBreakWord)) return {};
    size_t comma = s;
    while (comma < k && !IsPunct(items_[comma], U',')) ++comma;
    if (comma >= k - 1 || comma == s) return {};
    size_t words = 0;
    for (size_t i = s; i < k; ++i) {
      if (items_[i].kind == ItemKind::kMark || quoted_[i] || items_[i].cue) return {};
      if (items_[i].kind == ItemKind::kWord && ++words > kMaxAppositionWords) return {};
    }
    return resolver_.PhraseAfter(s, comma);
  }

  // Returns the first item of a clause that follows an addressee starting at
  // c without "that" ("told reporters it was ..."), or e when there is none.
  size_t AddresseeClause(size_t c, size_t e) const {
    for (size_t t = c + 1; t < e && t <= c + kMaxAddresseeWords; ++t) {
      const Item& w = items_[t];
      if (w.kind != ItemKind::kWord || w.cue) return e;
      if (!IsPronoun(w) && !(w.classes & kDeterminer)) continue;
      if (items_[t - 1].kind != ItemKind::kWord || (items_[t - 1].classes & (kBreakWord | kDeterminer))) continue;
      if (LooksLikeClause(items_, t, ClauseEnd(items_, t, e))) return t;
    }
    return e;
  }

  // Returns the item after a short time adjunct starting at c: "on Thursday",
  // "last week", "earlier this month".
  size_t SkipAdjunct(size_t c, size_t e) const {
    size_t i = c;
    while (i < e && i < c + kMaxAdjunctWords && items_[i].kind == ItemKind::kWord &&
           (items_[i].classes & (kAdjunctWord | kTimeWord | kTimeName))) {
      ++i;
      if (i < e && items_[i].capitalized && !(items_[i].classes & (kPronounPerson | kPronounGroup | kPronounThing)) &&
          (items_[i - 1].lower == "on" || items_[i - 1].lower == "in")) {
        ++i;  // a day or month name: "on Thursday", "in March"
      }
    }
    return i;
  }

  const std::string& text_;
  const std::vector<Item>& items_;
  const std::vector<bool>& quoted_;
  const SpeakerResolver& resolver_;
  const QuoteLexicon& lexicon_;
  std::vector<Candidate> out_;
};

}  // namespace

std::vector<Candidate> FindReportedSpeech(const std::string& text, const Lexed& lexed,
                                          const std::vector<bool>& quoted, const SpeakerResolver& resolver) {
  Finder finder(text, lexed, quoted, resolver);
  for (const ItemRange& s : lexed.sentences) finder.Sentence(s.first, s.last);
  return finder.Take();
}

}  // namespace lede::detail
