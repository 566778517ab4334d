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
// Words after the clause start within which a finite verb must appear for a
// clause without "that": "the two navies' joint patrols would" is five.
constexpr size_t kClauseVerbWindow = 6;
// Fewest words of reported content: "it was wrong" is three.
constexpr size_t kMinContentWords = 3;

const std::string kAccording = "according";

bool IsPronoun(const Item& it) {
  return it.kind == ItemKind::kWord && (it.classes & (kPronounPerson | kPronounThing | kPronounGroup)) &&
         !(it.classes & kDeterminer);
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
// semicolon, ", saying"/", according to", or the sentence end.
size_t ClauseEnd(const std::vector<Item>& items, size_t c, size_t e) {
  for (size_t i = c; i < e; ++i) {
    const Item& it = items[i];
    if (it.kind == ItemKind::kDash && it.space_before) return i;
    if (IsPunct(it, U';') || IsPunct(it, U':')) return i;
    if (IsPunct(it, U',') && i + 1 < e) {
      const Item& n = items[i + 1];
      if ((n.cue & kCueParticiple) || n.lower == kAccording) return i;
    }
  }
  return e;
}

// Returns true when items [c, end) look like a clause: a subject-like first
// word and a finite verb soon after.
bool LooksLikeClause(const std::vector<Item>& items, size_t c, size_t end) {
  if (c >= end || items[c].kind != ItemKind::kWord) return false;
  const Item& first = items[c];
  if (IsPronoun(first)) return true;
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
      : text_(text), items_(lexed.items), quoted_(quoted), resolver_(resolver) {}

  // Adds the content [first, last) spoken by ref via cue items [cue_first, cue_last).
  void Emit(size_t first, size_t last, size_t cue_first, size_t cue_last, const SpeakerRef& ref) {
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
    if (words < kMinContentWords || ref.kind == SpeakerKind::kNone) return;
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
    for (size_t k = s; k < e; ++k) {
      const Item& it = items_[k];
      if (quoted_[k] || it.kind != ItemKind::kWord) continue;
      if (it.lower == kAccording && k + 1 < e && items_[k + 1].lower == "to") {
        k = According(s, e, k);
        continue;
      }
      if (!it.cue || (it.cue & kCueDescribe)) continue;
      k = Cue(s, e, k);
    }
  }

  std::vector<Candidate> Take() { return std::move(out_); }

 private:
  // Handles "according to X" at k; returns the last item consumed.
  size_t According(size_t s, size_t e, size_t k) {
    SpeakerRef ref = resolver_.PhraseAfter(k + 2, e);
    if (ref.kind == SpeakerKind::kNone) return k + 1;
    if (k == s) {
      size_t c = ref.last + 1;
      if (c < e && IsPunct(items_[c], U',')) Emit(c + 1, e, k, k + 2, ref);
      return e;
    }
    Emit(s, IsPunct(items_[k - 1], U',') ? k - 1 : k, k, k + 2, ref);
    return ref.last;
  }

  // Handles the cue verb at k; returns the last item consumed.
  size_t Cue(size_t s, size_t e, size_t k) {
    const Item& it = items_[k];
    const bool participle = it.cue & kCueParticiple;
    SpeakerRef ref = participle ? resolver_.SentenceSubject(k, s) : resolver_.SubjectBefore(k, s);
    // CLAUSE, X said (adjunct).
    if (!participle && ref.kind != SpeakerKind::kNone && !ref.after_role && ref.first > s &&
        IsPunct(items_[ref.first - 1], U',') &&
        TrailingIsShort(items_, k + 1, e)) {
      Emit(s, ref.first - 1, k, k + 1, ref);
      return k;
    }
    // CLAUSE, said X.
    if (!participle && ref.kind == SpeakerKind::kNone && k > s && IsPunct(items_[k - 1], U',')) {
      SpeakerRef after = resolver_.PhraseAfter(k + 1, e);
      if (after.kind != SpeakerKind::kNone && TrailingIsShort(items_, after.last + 1, e)) {
        Emit(s, k - 1, k, k + 1, after);
        return after.last;
      }
      return k;
    }
    if (ref.kind == SpeakerKind::kNone) return k;
    // X said (that) CLAUSE.
    size_t c = k + 1;
    bool that = false;
    const bool needs_that = (it.cue & kCueAddressee) || (c < e && (items_[c].classes & kAdjunctWord));
    if (needs_that) {
      size_t words = 0;
      size_t t = c;
      for (; t < e && words <= std::max(kMaxAddresseeWords, kMaxAdjunctWords); ++t) {
        const Item& w = items_[t];
        if (w.kind == ItemKind::kMark || IsTerminal(w) || IsPunct(w, U':')) break;
        if (w.lower == "that") break;
        words += w.kind == ItemKind::kWord;
      }
      if (t < e && items_[t].lower == "that") {
        c = t;
      } else if (it.cue & kCueAddressee) {
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
    }
    if (c < e && items_[c].lower == "that") {
      that = true;
      ++c;
    }
    const size_t end = ClauseEnd(items_, c, e);
    if (!that && !LooksLikeClause(items_, c, end)) return k;
    Emit(c, end, k, k + 1, ref);
    return end > k ? end - 1 : k;
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
           (items_[i].classes & (kAdjunctWord | kTimeWord))) {
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
