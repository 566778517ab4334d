// Quote marks: a small state machine per paragraph with one open double and
// one open single quotation at most (see quote_marks.h for the rules).
#include "quotes/quote_marks.h"

#include <optional>

#include "quotes/quote_lexicon.h"

namespace lede::detail {

namespace {

// Names the family of an opening mark, which decides its closing marks.
enum class Family { kNone, kCurly, kStraight, kLow, kGuillemet, kReverseGuillemet, kCorner, kWhiteCorner,
                    kSingleCurly, kSingleStraight };

bool IsDoubleOpener(char32_t cp) {
  return cp == U'\u201C' || cp == U'"' || cp == U'\u201E' || cp == U'\u00AB' || cp == U'\u300C' ||
         cp == U'\u300E' || cp == U'\u201F';
}

// Returns the family a mark opens as a double quotation, or kNone.
Family OpenFamily(const Item& m) {
  switch (m.cp) {
    case U'\u201C': case U'\u201F': return Family::kCurly;
    case U'"': return Family::kStraight;
    case U'\u201E': return Family::kLow;
    case U'\u00AB': return Family::kGuillemet;
    case U'\u00BB': return m.space_after ? Family::kNone : Family::kReverseGuillemet;
    case U'\u300C': return Family::kCorner;
    case U'\u300E': return Family::kWhiteCorner;
    default: return Family::kNone;
  }
}

// Returns true when the item after `i` (in block range [.., last)) leaves
// mark `i` standing at a word's end: a space, punctuation or the paragraph end.
bool EndsWord(const std::vector<Item>& items, size_t i, size_t last) {
  return items[i].space_after || i + 1 >= last || items[i + 1].kind == ItemKind::kPunct;
}

// Returns true when mark `m` closes a double quotation of family `f`. A
// wrong-shaped “ glued to the word before it and standing at a word's end
// closes a curly quotation too ("… for good,“ she said").
bool ClosesDouble(Family f, const Item& m, bool at_word_end) {
  switch (f) {
    case Family::kCurly:
      return m.cp == U'\u201D' || m.cp == U'"' || (m.cp == U'\u201C' && !m.space_before && at_word_end);
    case Family::kStraight: return m.cp == U'"' || m.cp == U'\u201D';
    case Family::kLow: return m.cp == U'\u201C' || m.cp == U'\u201D';
    case Family::kGuillemet: return m.cp == U'\u00BB';
    case Family::kReverseGuillemet: return m.cp == U'\u00AB';
    case Family::kCorner: return m.cp == U'\u300D';
    case Family::kWhiteCorner: return m.cp == U'\u300F';
    default: return false;
  }
}

// Most words of a speaker label opening a transcript turn ("“ORTEGA: …",
// "“Ana Ortega: …"); longer capitalised runs are sentences.
constexpr size_t kMaxTurnLabelWords = 4;
// Most words between a closing mark and the cue of its attribution ("," she
// said / ," said Ana Ortega / ," Ana Maria Ortega told reporters).
constexpr size_t kMaxCueDistance = 4;

// Returns true when the mark at `i` opens a transcript turn: a short
// capitalised label and a colon follow it.
bool OpensTurn(const std::vector<Item>& items, size_t i, size_t last) {
  size_t k = i + 1;
  while (k < last && k <= i + kMaxTurnLabelWords && items[k].kind == ItemKind::kWord && items[k].capitalized) ++k;
  return k > i + 1 && k < last && IsPunct(items[k], U':');
}

// Returns true when the first mark closing a `family` quotation in items
// [first, last) is followed by its own attribution (“…,” she said).
bool FirstCloseAttributed(const std::vector<Item>& items, size_t first, size_t last, Family family) {
  for (size_t i = first; i < last; ++i) {
    if (items[i].kind != ItemKind::kMark || !ClosesDouble(family, items[i], EndsWord(items, i, last))) continue;
    size_t k = i + 1;
    if (k < last && IsPunct(items[k], U',')) ++k;
    for (size_t n = 0; k < last && n < kMaxCueDistance; ++k, ++n) {
      if (items[k].kind != ItemKind::kWord) return false;
      if (items[k].cue && !(items[k].cue & kCueParticiple)) return true;
    }
    return false;
  }
  return false;
}

// Tracks an open quotation while scanning.
struct Open {
  Family family = Family::kNone;
  size_t item = 0;
  std::vector<size_t> reopens;
};

void Emit(const Lexed& lexed, const Open& open, size_t close, bool closed, std::vector<QuotedSpan>* out) {
  QuotedSpan q;
  q.open = open.item;
  q.close = close;
  q.closed = closed;
  q.reopens = open.reopens;
  // Pieces: the items between the marks, cut at every reopening mark.
  size_t piece_first = open.item + 1;
  auto add_piece = [&](size_t first, size_t last) {
    if (first >= last) return;
    q.pieces.push_back({lexed.items[first].span.start, lexed.items[last - 1].span.end});
  };
  for (size_t r : open.reopens) {
    add_piece(piece_first, r);
    piece_first = r + 1;
  }
  add_piece(piece_first, close);
  if (q.pieces.empty()) return;
  for (size_t i = open.item + 1; i < close; ++i) q.words += lexed.items[i].kind == ItemKind::kWord;
  q.span = {q.pieces.front().start, q.pieces.back().end};
  out->push_back(std::move(q));
}

// Returns true when the mark at i reads as a plural possessive: after an
// "s", followed by a space and a lower-case word ("the farmers’ union").
bool LooksPossessive(const std::vector<Item>& items, size_t i, size_t end) {
  if (i == 0 || i + 1 >= end) return false;
  const Item& before = items[i - 1];
  const Item& after = items[i + 1];
  return before.kind == ItemKind::kWord && !before.lower.empty() && before.lower.back() == 's' &&
         items[i].space_after && after.kind == ItemKind::kWord && !after.capitalized;
}

}  // namespace

std::vector<QuotedSpan> PairQuoteMarks(const Lexed& lexed) {
  std::vector<QuotedSpan> out;
  const std::vector<Item>& items = lexed.items;
  Open dbl, sgl;
  std::optional<size_t> possessive;  // a deferred "s’" closing mark
  for (size_t b = 0; b < lexed.blocks.size(); ++b) {
    const ItemRange range = lexed.blocks[b];
    size_t i = range.first;
    // A double quotation left open by the previous paragraph continues when
    // this one opens with a quotation mark (the multi-paragraph convention).
    if (dbl.family != Family::kNone) {
      if (i < range.last && items[i].kind == ItemKind::kMark && IsDoubleOpener(items[i].cp)) {
        // The paragraph starts a new quotation instead when it opens a
        // transcript turn, or when the open one began mid-paragraph after
        // its attribution and this paragraph's piece has its own (“A,” she
        // said. “B … ¶ “C,” she said with a grin. “D …”).
        const bool opened_mid = dbl.reopens.empty() && dbl.item != lexed.blocks[items[dbl.item].block].first;
        if (OpensTurn(items, i, range.last) ||
            (opened_mid && FirstCloseAttributed(items, i + 1, range.last, dbl.family))) {
          Emit(lexed, dbl, lexed.blocks[b - 1].last, false, &out);
          const Family f = OpenFamily(items[i]);
          dbl = Open{f == Family::kNone ? dbl.family : f, i, {}};
        } else {
          dbl.reopens.push_back(i);
        }
        ++i;
      } else {
        dbl = Open{};
      }
    }
    for (; i < range.last; ++i) {
      const Item& m = items[i];
      if (m.kind != ItemKind::kMark) continue;
      if (dbl.family != Family::kNone) {
        if (ClosesDouble(dbl.family, m, EndsWord(items, i, range.last))) {
          Emit(lexed, dbl, i, true, &out);
          dbl = Open{};
        }
        continue;  // single marks inside a double quotation are nested content
      }
      const Family f = OpenFamily(m);
      if (f != Family::kNone) {
        sgl = Open{};  // a double quotation never nests inside a single one
        dbl = Open{f, i, {}};
        continue;
      }
      const bool single = m.cp == U'\u2018' || m.cp == U'\u2019' || m.cp == U'\'' || m.cp == U'\u201A';
      if (!single) continue;
      if (sgl.family != Family::kNone) {
        // Closes only when glued to the word before it ("…coordination’").
        // "s’ union" is more likely a plural possessive: it closes only if no
        // better closing mark follows in the paragraph.
        if ((m.cp == U'\u2019' || m.cp == U'\'' || m.cp == U'\u2018') && !m.space_before) {
          if (LooksPossessive(items, i, range.last)) {
            if (!possessive) possessive = i;
            continue;
          }
          Emit(lexed, sgl, i, true, &out);
          sgl = Open{};
          possessive.reset();
        }
        continue;
      }
      // Opens only when glued to the word after it and not to the one before.
      if ((m.cp == U'\u2018' || m.cp == U'\'' || m.cp == U'\u201A') && m.space_before && !m.space_after) {
        sgl = Open{m.cp == U'\'' ? Family::kSingleStraight : Family::kSingleCurly, i, {}};
      }
    }
    if (sgl.family != Family::kNone && possessive) Emit(lexed, sgl, *possessive, true, &out);
    sgl = Open{};
    possessive.reset();
    if (dbl.family == Family::kNone) continue;
    // Unclosed at the paragraph end: continue if the next paragraph reopens.
    const bool next_reopens = b + 1 < lexed.blocks.size() &&
                              lexed.blocks[b + 1].first < lexed.blocks[b + 1].last &&
                              items[lexed.blocks[b + 1].first].kind == ItemKind::kMark &&
                              IsDoubleOpener(items[lexed.blocks[b + 1].first].cp);
    if (next_reopens) continue;
    const size_t at = dbl.reopens.empty() ? dbl.item : dbl.reopens.back();
    const bool leads = at == lexed.blocks[items[at].block].first ||
                       (at > 0 && IsPunct(items[at - 1], U':'));
    if (leads) Emit(lexed, dbl, range.last, false, &out);
    dbl = Open{};
  }
  return out;
}

std::string QuotedText(const std::string& text, const QuotedSpan& quoted) {
  std::string out;
  for (const Span& piece : quoted.pieces) {
    if (!out.empty()) out += "\n\n";
    out.append(text, piece.start, piece.size());
  }
  return out;
}

}  // namespace lede::detail
