// Direct quotes: one bounded look before and after each quoted span (see
// direct_quotes.h). The look never leaves the sentence nor crosses another
// quotation, so the whole pass is linear in the number of items.
#include "quotes/direct_quotes.h"

#include <algorithm>

#include "quotes/quote_lexicon.h"

namespace lede::detail {

namespace {

// Longest fragment, in words, that may be a scare quote or a coined term
// ("‘strategic partnership’", "the ‘new normal’") when no cue is near.
constexpr size_t kMaxScareWords = 4;
// Longest quoted title, in words, after "called"/"dubbed" ("a plan dubbed
// ‘Operation Clean Sweep for the Coast’").
constexpr size_t kMaxTitleWords = 8;
// Items read after a closing mark for an attribution: ", Anna Berg, the
// mayor of Linz, said" is about a dozen.
constexpr size_t kMaxAttributionItems = 14;
// Longest speaker name, in words, before a verb the cue list lacks
// ("“…,” Jon Paul Ortega concludes."); longer runs are headlines or titles.
constexpr size_t kMaxBareNameWords = 4;
// Most words after such a verb (and its particle) before the sentence ends:
// an adverb ("asks rhetorically"); longer tails make a new sentence rather
// than an attribution.
constexpr size_t kMaxVerbTailWords = 1;
// Most words of a prepositional phrase after such a verb ("concludes on the
// Trump-Cruz matchup", "shot back with a laugh").
constexpr size_t kMaxVerbPhraseWords = 6;
// Longest apposition, in items, between a name opening the attribution and
// its cue: “…,” Ana Ortega, director of the Harbour Project at the Linz
// Institute, said.
constexpr size_t kMaxLongAppositionItems = 24;
// Shortest inflected verb, in bytes, read by its ending ("asks"; "is" and
// "was" are function words anyway).
constexpr size_t kMinInflectedBytes = 3;
// Longest label before a colon that names a speaker, in items ("Former
// secretary of state Ana Ortega (D-Calif.):").
constexpr size_t kMaxLabelItems = 12;
// Longest paragraph, in items, that only signs the quotation before it
// ("- Ana Ortega, Linz city council."): a dash, a name and a short role.
constexpr size_t kMaxSignatureItems = 12;
// Most words of a speaker label opening a quoted transcript turn
// ("“ORTEGA: …", "“Rep. Ana Ortega: …").
constexpr size_t kMaxTurnLabelWords = 4;

// Holds what the words around a quoted span say.
struct Context {
  size_t lo = 0;        // first item of the sentence part before the quotation
  size_t hi = 0;        // one past the last item of the part after it
  size_t cue = 0;       // item index of the cue
  bool has_cue = false;
  bool cue_after = false;
  SpeakerRef ref;

  // Records the attribution found after the quotation: cue item `at`, speaker `speaker`.
  void AttributeAfter(size_t at, const SpeakerRef& speaker) {
    has_cue = true;
    cue_after = true;
    cue = at;
    ref = speaker;
  }
};

// Returns true when the quoted words are Title Case (every long word capitalised).
bool IsTitleCase(const Lexed& lexed, const QuotedSpan& q) {
  size_t words = 0;
  for (size_t i = q.open + 1; i < q.close; ++i) {
    const Item& it = lexed.items[i];
    if (it.kind != ItemKind::kWord || (it.classes & kBreakWord) || (it.classes & kDeterminer)) continue;
    if (!it.capitalized) return false;
    ++words;
  }
  return words > 0;
}

// Returns true when the paragraph reads like a headline: one sentence with no
// sentence-final punctuation. A paragraph of several sentences (soft-wrapped
// lines joined into one block, ending in "the U.S.") is prose.
bool IsHeadlineLike(const Lexed& lexed, size_t block) {
  const ItemRange r = lexed.blocks[block];
  if (r.first < r.last && lexed.items[r.first].sentence != lexed.items[r.last - 1].sentence) return false;
  for (size_t i = r.last; i > r.first; --i) {
    const Item& it = lexed.items[i - 1];
    if (it.kind == ItemKind::kMark || IsPunct(it, U')')) continue;
    return !IsTerminal(it) && !IsPunct(it, U':');
  }
  return true;
}

// Returns true when a title cue ("called", "so-called", "known as") ends right before item `open`.
bool FollowsTitleCue(const Lexed& lexed, size_t open, size_t lo) {
  const QuoteLexicon& lexicon = QuoteLexicon::Get();
  if (open <= lo) return false;
  const Item& one = lexed.items[open - 1];
  if (one.kind != ItemKind::kWord) return false;
  if (lexicon.IsTitleCue(one.lower)) return true;
  return open - 1 > lo && lexed.items[open - 2].kind == ItemKind::kWord &&
         lexicon.IsTitleCue(lexed.items[open - 2].lower + " " + one.lower);
}

// Returns true when a Title Case quotation at `open` names a show, book or
// film by where it stands: after a possessive name ("MSNBC's “Morning Joe”")
// or after "of"/"on" ("a broadcast of “Fox News Sunday”", "appeared on
// “Meet the Press”"). Spoken words are not Title Case in these places.
bool TitlePosition(const Lexed& lexed, const QuotedSpan& q, size_t lo) {
  if (q.open <= lo || q.words > kMaxTitleWords || !IsTitleCase(lexed, q)) return false;
  const Item& before = lexed.items[q.open - 1];
  if (before.kind != ItemKind::kWord) return false;
  const bool possessive = before.capitalized && before.lower.size() > 2 &&
                          before.lower.compare(before.lower.size() - 2, 2, "'s") == 0;
  return possessive || before.lower == "of" || before.lower == "on";
}

// Returns true when the item is a lower-case word that may be a verb: no
// function word, name or number ("concludes", "shot", "pressed").
bool MayBeVerb(const Item& item) {
  return item.kind == ItemKind::kWord && !item.capitalized && item.classes == 0 && !item.cue &&
         item.cp >= U'a' && item.cp <= U'z';
}

// Returns true when the lower-cased word is a verb particle ("shot BACK").
bool IsParticle(std::string_view w) { return w == "back" || w == "on" || w == "out" || w == "up" || w == "in"; }

// Reads "Name verb." right after a closing mark, for a reporting verb the cue
// list lacks (“…,” Ortega concludes. / “…?” she asks rhetorically.): a short
// name or a pronoun opening the attribution, one lower-case word, and at most
// a particle before the sentence ends.
void ReadNameVerb(const Lexed& lexed, size_t start, const SpeakerResolver& resolver, Context* ctx) {
  const std::vector<Item>& items = lexed.items;
  size_t j = start;
  while (j < ctx->hi && j < start + kMaxBareNameWords && items[j].kind == ItemKind::kWord && items[j].capitalized) ++j;
  if (j == start && j < ctx->hi && (items[j].classes & (kPronounPerson | kPronounGroup))) ++j;
  if (j == start) return;
  while (j < ctx->hi && (items[j].classes & kSkipWord) && !items[j].capitalized) ++j;
  if (j >= ctx->hi || !MayBeVerb(items[j])) return;
  // A verb by its ending ("concludes", "pressed") or by the particle after it
  // ("shot back", "went on"); "Good job, Arne." is no attribution.
  const std::string& verb = items[j].lower;
  const bool inflected = verb.size() > kMinInflectedBytes &&
                         ((verb.back() == 's' && verb[verb.size() - 2] != 's') || verb.compare(verb.size() - 2, 2, "ed") == 0);
  const bool particle = j + 1 < ctx->hi && IsParticle(items[j + 1].lower);
  if (!inflected && !particle) return;
  size_t k = j + 1;
  if (particle) ++k;
  // After the verb: an adverb ("asks rhetorically") or a prepositional
  // phrase ("concludes on the matchup", "shot back with a laugh").
  const bool phrase = k < ctx->hi && items[k].kind == ItemKind::kWord && (items[k].classes & (kBreakWord | kAdjunctWord));
  size_t tail = 0;
  for (; k < ctx->hi && items[k].kind == ItemKind::kWord; ++k) ++tail;
  if (tail > (phrase ? kMaxVerbPhraseWords : kMaxVerbTailWords)) return;
  if (k < ctx->hi && !IsTerminal(items[k]) && !IsPunct(items[k], U',')) return;
  SpeakerRef ref = resolver.SubjectBefore(j, start);
  if (ref.first != start || (ref.kind != SpeakerKind::kEntity && ref.kind != SpeakerKind::kName &&
                             ref.kind != SpeakerKind::kPronoun)) {
    return;
  }
  ctx->AttributeAfter(j, ref);
}

// Reads a name signing a quotation after a dash (“…” ― Ana Ortega / “…”
// — Ana Ortega, 34, nurse), as in lists of readers' or voters' quotes; the
// name must open the rest of the line, up to `hi`. Returns true when found.
bool ReadDashName(const Lexed& lexed, size_t dash, size_t hi, const SpeakerResolver& resolver, Context* ctx) {
  const std::vector<Item>& items = lexed.items;
  const SpeakerRef ref = resolver.PhraseAfter(dash + 1, hi);
  if (ref.first != dash + 1 || (ref.kind != SpeakerKind::kEntity && ref.kind != SpeakerKind::kName)) return false;
  const size_t after = ref.last + 1;
  if (after < hi && !IsTerminal(items[after]) && !IsPunct(items[after], U',')) return false;
  ctx->AttributeAfter(dash, ref);
  return true;
}

// Reads “…,” Ortega, <an apposition too long for the speaker phrase>, said;
// returns true when found.
bool ReadLongApposition(const Lexed& lexed, size_t start, const SpeakerResolver& resolver, Context* ctx) {
  const std::vector<Item>& items = lexed.items;
  const SpeakerRef ref = resolver.PhraseAfter(start, ctx->hi);
  if (ref.first != start || (ref.kind != SpeakerKind::kEntity && ref.kind != SpeakerKind::kName)) return false;
  if (ref.last + 1 >= ctx->hi || !IsPunct(items[ref.last + 1], U',')) return false;
  for (size_t k = ref.last + 2; k + 1 < ctx->hi && k < ref.last + 2 + kMaxLongAppositionItems; ++k) {
    if (items[k].kind == ItemKind::kMark || IsTerminal(items[k])) return false;
    if (!IsPunct(items[k], U',')) continue;
    size_t cue = k + 1;
    while (cue < ctx->hi && (items[cue].classes & kSkipWord) && !items[cue].capitalized) ++cue;
    if (cue < ctx->hi && items[cue].kind == ItemKind::kWord && items[cue].cue && !(items[cue].cue & kCueParticiple)) {
      ctx->AttributeAfter(cue, ref);
      return true;
    }
  }
  return false;
}

// Reads the attribution after the closing mark: “…,” X said / said X. When
// `opens` is set the attribution is the next sentence (after “…?” or “…!”)
// and must open it.
void ReadAfter(const Lexed& lexed, const QuotedSpan& q, const SpeakerResolver& resolver, bool opens, Context* ctx) {
  const std::vector<Item>& items = lexed.items;
  size_t i = q.close + 1;
  size_t dash = 0;  // one past the dash after the quotation, if any
  while (i < ctx->hi && (IsPunct(items[i], U',') || items[i].kind == ItemKind::kDash)) {
    if (items[i].kind == ItemKind::kDash) dash = i + 1;
    ++i;
  }
  const size_t start = i;
  bool in_brackets = false;  // "Rep. Ana Ortega (D-Md.) said": the dot is no sentence end
  for (size_t j = start; j < ctx->hi && j < start + kMaxAttributionItems; ++j) {
    const Item& it = items[j];
    if (IsPunct(it, U'(')) in_brackets = true;
    if (IsPunct(it, U')')) in_brackets = false;
    if (it.kind == ItemKind::kMark || (IsTerminal(it) && !in_brackets) || IsPunct(it, U';')) break;
    // “…,” according to the ministry.
    if (j == start && IsWord(it, "according") && j + 1 < ctx->hi && IsWord(items[j + 1], "to")) {
      SpeakerRef ref = resolver.PhraseAfter(j + 2, ctx->hi);
      if (ref.kind == SpeakerKind::kNone) break;
      ctx->AttributeAfter(j, ref);
      return;
    }
    if (it.kind != ItemKind::kWord || !it.cue || (it.cue & kCueParticiple)) continue;
    SpeakerRef ref = j == start ? SpeakerRef{} : resolver.SubjectBefore(j, start);
    if (opens && ref.kind != SpeakerKind::kNone && ref.first != start) break;
    if (ref.kind == SpeakerKind::kNone && (j == start || !opens)) ref = resolver.PhraseAfter(j + 1, ctx->hi);
    if (ref.kind == SpeakerKind::kNone) break;
    ctx->AttributeAfter(j, ref);
    return;
  }
  if (ReadLongApposition(lexed, start, resolver, ctx)) return;
  if (dash != 0 && ReadDashName(lexed, dash - 1, ctx->hi, resolver, ctx)) return;
  ReadNameVerb(lexed, start, resolver, ctx);
}

// Reads the attribution before the opening mark: X said: “…” / …, saying “…”
// / a label "Name: “…”" opening the sentence (transcripts, exchanges).
void ReadBefore(const Lexed& lexed, const QuotedSpan& q, const SpeakerResolver& resolver, size_t sentence_first,
                Context* ctx) {
  const std::vector<Item>& items = lexed.items;
  for (size_t j = q.open; j > ctx->lo; --j) {
    const Item& it = items[j - 1];
    if (it.kind != ItemKind::kWord || !it.cue) continue;
    const size_t cue = j - 1;
    SpeakerRef ref;
    if (it.cue & kCueParticiple) {
      ref = resolver.SentenceSubject(cue, std::max(sentence_first, ctx->lo));
      // “…,” X said on Friday, adding, “…”: the subject is before the
      // earlier quotation, whose speaker this one shares.
      if (ref.kind == SpeakerKind::kNone && ctx->lo > sentence_first) ref.kind = SpeakerKind::kInherit;
    } else {
      ref = resolver.SubjectBefore(cue, ctx->lo);
      if (ref.kind == SpeakerKind::kNone) ref = resolver.PhraseAfter(cue + 1, q.open);
      // "X praised the plan and said, “…”": a coordinated verb shares the
      // subject of the sentence.
      if (ref.kind == SpeakerKind::kNone) ref = resolver.SentenceSubject(cue, ctx->lo);
    }
    ctx->has_cue = true;
    ctx->cue = cue;
    ctx->ref = ref;
    return;
  }
  // "According to the ministry, “…”".
  for (size_t k = ctx->lo; k + 2 < q.open; ++k) {
    if (!IsWord(items[k], "according") || !IsWord(items[k + 1], "to")) continue;
    const SpeakerRef ref = resolver.PhraseAfter(k + 2, q.open);
    if (ref.kind == SpeakerKind::kNone) break;
    ctx->has_cue = true;
    ctx->cue = k;
    ctx->ref = ref;
    return;
  }
  // No cue: a colon still introduces the sentence subject's words ("Ortega
  // shot back: “…”", "The board was blunt in its findings: “…”").
  if (q.open > ctx->lo + 1 && IsPunct(items[q.open - 1], U':')) {
    // A label opens the sentence, or follows a dash in a digest line
    // ("Polls missed the surge - Ana Ortega: “…”"), and holds no verb clause.
    size_t label_first = ctx->lo;
    for (size_t k = q.open - 1; k > ctx->lo; --k) {
      if (items[k - 1].kind == ItemKind::kDash && items[k - 1].space_before) {
        label_first = k;
        break;
      }
    }
    bool plain = q.open - 1 <= label_first + kMaxLabelItems;
    for (size_t k = label_first; k + 1 < q.open && plain; ++k) plain = !IsPunct(items[k], U',') && !items[k].cue;
    SpeakerRef ref = resolver.SubjectBefore(q.open - 1, label_first);
    const bool label = plain && (ref.kind == SpeakerKind::kEntity || ref.kind == SpeakerKind::kName);
    ctx->ref = label ? ref : resolver.SentenceSubject(q.open - 1, std::max(sentence_first, ctx->lo));
  }
}

// Reads the attribution of a quotation that opens a paragraph right after a
// paragraph ending in a colon ("Caddell continued:" / "The Times reports:").
void ReadColonParagraph(const Lexed& lexed, const QuotedSpan& q, const SpeakerResolver& resolver, Context* ctx) {
  const std::vector<Item>& items = lexed.items;
  const size_t block = items[q.open].block;
  if (block == 0 || q.open != lexed.blocks[block].first) return;
  const ItemRange prev = lexed.blocks[block - 1];
  if (prev.first == prev.last || !IsPunct(items[prev.last - 1], U':')) return;
  const size_t colon = prev.last - 1;
  SpeakerRef ref = resolver.SentenceSubject(colon, lexed.sentences[items[colon].sentence].first);
  if (ref.kind == SpeakerKind::kNone) return;
  ctx->has_cue = colon > prev.first && items[colon - 1].kind == ItemKind::kWord;
  ctx->cue = colon - 1;
  ctx->ref = ref;
}

// Reads the speaker of a quotation that closes its paragraph from a next
// paragraph that only signs it ("- Ana Ortega." / "— Ortega, a nurse").
void ReadSignatureParagraph(const Lexed& lexed, const QuotedSpan& q, const SpeakerResolver& resolver, Context* ctx) {
  const std::vector<Item>& items = lexed.items;
  if (!q.closed) return;
  const size_t block = items[q.close].block;
  if (q.close + 1 != lexed.blocks[block].last || block + 1 >= lexed.blocks.size()) return;
  const ItemRange next = lexed.blocks[block + 1];
  if (next.last - next.first < 2 || next.last - next.first > kMaxSignatureItems) return;
  if (items[next.first].kind != ItemKind::kDash) return;
  Context signed_ctx = *ctx;
  if (ReadDashName(lexed, next.first, next.last, resolver, &signed_ctx)) *ctx = signed_ctx;
}

// Reads a transcript turn: a quotation opening with a speaker label and a
// colon (“ORTEGA: …” / “Rep. Ana Ortega: …”); the label names the speaker
// whatever the words around the quotation say.
void ReadTurnLabel(const Lexed& lexed, const QuotedSpan& q, const SpeakerResolver& resolver, Context* ctx) {
  const std::vector<Item>& items = lexed.items;
  size_t k = q.open + 1;
  while (k < q.close && k < q.open + 1 + kMaxTurnLabelWords && items[k].kind == ItemKind::kWord &&
         items[k].capitalized) {
    ++k;
  }
  if (k == q.open + 1 || k + 1 >= q.close || !IsPunct(items[k], U':')) return;
  SpeakerRef ref = resolver.SubjectBefore(k, q.open + 1);
  if (ref.first != q.open + 1 || (ref.kind != SpeakerKind::kEntity && ref.kind != SpeakerKind::kName)) return;
  ctx->ref = ref;
}

}  // namespace

std::vector<Candidate> ClassifyQuotations(const std::string& text, const Lexed& lexed,
                                          const std::vector<QuotedSpan>& quoted,
                                          const SpeakerResolver& resolver, std::vector<bool>* kept) {
  const std::vector<Item>& items = lexed.items;
  std::vector<Candidate> out;
  kept->assign(quoted.size(), false);
  for (size_t qi = 0; qi < quoted.size(); ++qi) {
    const QuotedSpan& q = quoted[qi];
    if (q.words == 0) continue;
    const size_t last_inside = q.close - 1;
    const ItemRange open_sentence = lexed.sentences[items[q.open].sentence];
    const ItemRange close_sentence = lexed.sentences[items[q.closed ? q.close : last_inside].sentence];
    Context ctx;
    ctx.lo = open_sentence.first;
    if (qi > 0 && quoted[qi - 1].close + 1 > ctx.lo && quoted[qi - 1].close < q.open) ctx.lo = quoted[qi - 1].close + 1;
    ctx.hi = close_sentence.last;
    if (qi + 1 < quoted.size() && quoted[qi + 1].open < ctx.hi) ctx.hi = quoted[qi + 1].open;
    if (!q.closed) ctx.hi = q.close;

    if (q.closed) ReadAfter(lexed, q, resolver, false, &ctx);
    if (!ctx.has_cue) ReadBefore(lexed, q, resolver, open_sentence.first, &ctx);
    // “…?” Ortega asked. / “… for good.” Ortega said. — the quotation ends
    // its sentence, so the attribution is the next sentence of the paragraph,
    // which it must open.
    const size_t next_sentence = q.close + 1;
    size_t last_punct = last_inside;  // before inner closing marks: ‘…?’”
    while (last_punct > q.open + 1 && items[last_punct].kind == ItemKind::kMark) --last_punct;
    if (!ctx.has_cue && ctx.ref.kind == SpeakerKind::kNone && q.closed && ctx.hi == next_sentence && next_sentence < items.size() &&
        items[next_sentence].block == items[q.open].block && IsTerminal(items[last_punct])) {
      Context across = ctx;
      across.hi = lexed.sentences[items[next_sentence].sentence].last;
      // After a full stop the next sentence may be the reporter's own ("The
      // star then recalled an incident at ..."): only a short one is an
      // attribution. “…?” and “…!” are rarely followed by anything else.
      const bool short_enough = !IsPunct(items[last_punct], U'.') || across.hi <= next_sentence + kMaxAttributionItems;
      if (qi + 1 < quoted.size() && quoted[qi + 1].open < across.hi) across.hi = quoted[qi + 1].open;
      if (short_enough) ReadAfter(lexed, q, resolver, true, &across);
      if (across.has_cue) ctx = across;
    }
    if (!ctx.has_cue && ctx.ref.kind == SpeakerKind::kNone) ReadSignatureParagraph(lexed, q, resolver, &ctx);
    if (!ctx.has_cue) ReadColonParagraph(lexed, q, resolver, &ctx);
    ReadTurnLabel(lexed, q, resolver, &ctx);

    // Where the quotation stands in its sentence.
    const Item* before = q.open > ctx.lo ? &items[q.open - 1] : nullptr;
    const Item& first_word = items[q.open + 1];
    const bool opens_sentence = q.open == open_sentence.first || (before && before->kind == ItemKind::kMark);
    const bool after_colon = before && IsPunct(*before, U':');
    const bool after_cue_comma = before && IsPunct(*before, U',') && ctx.has_cue && !ctx.cue_after;
    const bool after_cue_capital = before && before->kind == ItemKind::kWord && before->cue &&
                                   first_word.kind == ItemKind::kWord && first_word.capitalized;
    const bool starts = opens_sentence || q.open == lexed.blocks[items[q.open].block].first || after_colon || after_cue_comma || after_cue_capital || !q.reopens.empty();
    size_t next = q.close + 1;
    const bool at_end = !q.closed || next >= close_sentence.last || IsTerminal(items[next]) ||
                        (next < items.size() && items[next].kind == ItemKind::kMark);
    const bool ends = at_end || ctx.cue_after || IsTerminal(items[last_inside]) || IsPunct(items[last_inside], U',');
    const bool whole = starts && ends;

    // Not quotations: titles, scare quotes, headline fragments.
    if (FollowsTitleCue(lexed, q.open, ctx.lo) && q.words <= kMaxTitleWords) continue;
    if (TitlePosition(lexed, q, ctx.lo)) continue;
    if (q.words <= kMaxScareWords && !ctx.has_cue && !(whole && opens_sentence && at_end)) continue;
    if (IsHeadlineLike(lexed, items[q.open].block) && (IsTitleCase(lexed, q) || !ctx.has_cue)) continue;

    Candidate c;
    c.quote.text = QuotedText(text, q);
    c.quote.kind = whole ? QuoteKind::kDirect : QuoteKind::kPartial;
    c.quote.span = q.span;
    c.block = items[q.open].block;
    if (ctx.has_cue && items[ctx.cue].kind == ItemKind::kWord) c.quote.cue = std::string(SpanText(text, items[ctx.cue].span));
    c.ref = ctx.ref;
    if (c.ref.kind == SpeakerKind::kNone && opens_sentence && at_end) c.ref.kind = SpeakerKind::kInherit;
    (*kept)[qi] = true;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace lede::detail
