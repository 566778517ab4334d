#include "quotes/quote_merger.h"

#include <algorithm>

#include "quotes/quote_lexicon.h"

namespace lede::detail {
namespace {

// Most words an attribution between two pieces of one quotation holds: "she
// said", or a long apposition ("said Ana Ruiz, a lawyer for the union, who has
// fought the closures for years"). In the PolNeAR train split, pieces of one
// quotation in one paragraph are separated by 0-34 words (1,300 cases, 98 %
// under 25); separate quotations of one paragraph are rarer at every length.
constexpr size_t kMaxAttributionWords = 35;
// Most quotation marks between two pieces: the first piece's closing mark
// (and a nested one closing with it, ’”) and the next piece's opening mark.
// More means another quotation stands between them.
constexpr size_t kMaxMarksBetweenPieces = 3;

// Returns true when item range [first, last) is an attribution or nothing:
// few words, at most the marks of the two pieces, and a cue word when there
// are words at all.
bool IsAttributionGap(const Lexed& lexed, size_t first, size_t last) {
  size_t words = 0;
  size_t marks = 0;
  bool cue = false;
  for (size_t i = first; i < last; ++i) {
    const Item& item = lexed.items[i];
    if (item.kind == ItemKind::kMark) {
      ++marks;
    } else if (item.kind == ItemKind::kWord) {
      ++words;
      cue = cue || item.cue != 0;
    }
  }
  if (marks > kMaxMarksBetweenPieces || words > kMaxAttributionWords) return false;
  return words == 0 || cue;
}

// Returns true when item range [first, last) before a quoted piece
// introduces that piece as a new quotation rather than interrupting one: it
// ends with a comma or colon right before the piece and either holds a second
// cue or a participle cue ("“…,” she said, adding, “…”" / "“…,” Ortega
// said before asking, “…”") or follows a piece that ended its sentence ("“….”
// He added, “…”" / "“…?” Asked about it, Ortega replied: “…”"). A plain
// "“…,” she said, “…”" and "“…,” she said. “…”" still interrupt.
bool IntroducesNewQuotation(const Lexed& lexed, size_t first, size_t last) {
  const std::vector<Item>& items = lexed.items;
  size_t end = last;
  while (end > first && items[end - 1].kind == ItemKind::kMark) --end;
  if (end == first || !(IsPunct(items[end - 1], U',') || IsPunct(items[end - 1], U':'))) return false;
  // The earlier piece ends its sentence: a terminal right before its closing mark.
  size_t close = first;
  while (close < end && items[close].kind == ItemKind::kMark) ++close;
  const bool sentence_ended = close > first && first > 0 && IsTerminal(items[first - 1]);
  size_t cues = 0;
  bool participle = false;
  for (size_t i = close; i < end; ++i) {
    if (items[i].kind != ItemKind::kWord || !items[i].cue) continue;
    ++cues;
    participle = participle || (items[i].cue & kCueParticiple);
  }
  return sentence_ended || cues > 1 || participle;
}

// Returns true when `later` continues `earlier`'s quotation.
bool Continues(const Lexed& lexed, const Candidate& earlier, const Candidate& later) {
  // A partial quotation after the attribution is the reporter's own clause
  // quoting a phrase (“…,” she said, adding that it was “unfair”): its own quote.
  if (earlier.quote.kind != QuoteKind::kDirect || later.quote.kind != QuoteKind::kDirect) return false;
  if (later.block != earlier.block) return false;
  if (later.quote.span.start < earlier.quote.span.end) return false;
  // The later piece names its own speaker after it ("“…,” she added."): its
  // own attribution, so its own quote.
  if (later.ref.kind != SpeakerKind::kNone && later.ref.kind != SpeakerKind::kInherit &&
      later.ref.position >= later.quote.span.end) {
    return false;
  }
  const size_t first = ItemAt(lexed, earlier.quote.span.end);
  const size_t last = ItemAt(lexed, later.quote.span.start);
  return IsAttributionGap(lexed, first, last) && !IntroducesNewQuotation(lexed, first, last);
}

// Returns the byte spans of `span` cut at paragraph ends (one per paragraph it touches).
std::vector<Span> ParagraphPieces(const Lexed& lexed, Span span) {
  std::vector<Span> pieces;
  size_t i = ItemAt(lexed, span.start);
  while (i < lexed.items.size() && lexed.items[i].span.start < span.end) {
    const ItemRange block = lexed.blocks[lexed.items[i].block];
    const size_t block_end = lexed.items[block.last - 1].span.end;
    // A paragraph of a multi-paragraph quotation opens with its reopening mark.
    size_t first = i;
    while (first + 1 < block.last && lexed.items[first].kind == ItemKind::kMark) ++first;
    const size_t piece_start = std::max(span.start, lexed.items[first].span.start);
    pieces.push_back({piece_start, std::min(span.end, block_end)});
    i = block.last;
  }
  return pieces;
}

// Appends `later` to `earlier` as its next fragment.
void Join(const Lexed& lexed, Candidate* earlier, Candidate&& later) {
  Quote& q = earlier->quote;
  if (q.fragments.empty()) q.fragments = ParagraphPieces(lexed, q.span);
  const std::vector<Span> more =
      later.quote.fragments.empty() ? ParagraphPieces(lexed, later.quote.span) : later.quote.fragments;
  q.fragments.insert(q.fragments.end(), more.begin(), more.end());
  q.span.end = later.quote.span.end;
  q.text += ' ';
  q.text += later.quote.text;
  if (earlier->ref.kind == SpeakerKind::kNone || earlier->ref.kind == SpeakerKind::kInherit) {
    earlier->ref = later.ref;
    if (q.cue.empty()) q.cue = std::move(later.quote.cue);
  }
}

}  // namespace

std::vector<Candidate> MergeInterruptedQuotes(const Lexed& lexed, std::vector<Candidate> candidates) {
  std::vector<Candidate> out;
  out.reserve(candidates.size());
  for (Candidate& c : candidates) {
    if (!out.empty() && Continues(lexed, out.back(), c)) {
      Join(lexed, &out.back(), std::move(c));
      continue;
    }
    if (c.quote.fragments.empty()) {
      std::vector<Span> pieces = ParagraphPieces(lexed, c.quote.span);
      if (pieces.size() > 1) c.quote.fragments = std::move(pieces);
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace lede::detail
