// Subject finder: walks at most kMaxSubjectWords words after a count. Function words
// and verbs (number_subject_words.txt `stop`) end the search; listed adjectives,
// hyphenated modifiers ("guided-missile"), capitalised adjectives ("Chinese") and
// -ed participles followed by another word ("armed police") are stepped over; the
// first other word is the subject. A capitalised word is kept as a fallback, so
// "five Ukrainians were" still yields "Ukrainians".
#include "quantities/subject_finder.h"

namespace lede::detail {

namespace {

// The most words between a number and its noun ("three heavily armed Chinese warships" is rare).
constexpr size_t kMaxSubjectWords = 3;

bool IsWordAt(const std::vector<Piece>& pieces, size_t k) {
  return k < pieces.size() && pieces[k].kind == PieceKind::kWord && pieces[k].space_before;
}

bool EndsWith(const std::string& s, std::string_view tail) {
  return s.size() > tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

std::string FindSubject(const std::vector<Piece>& pieces, const std::string& text, size_t j,
                        const QuantityLexicon& lex) {
  std::string fallback;
  size_t k = j;
  for (size_t n = 0; n < kMaxSubjectWords && IsWordAt(pieces, k); ++n) {
    const Piece& p = pieces[k];
    unsigned flags = lex.SubjectFlags(p.lower);
    if (flags & kSubjectStop) break;
    if (lex.Number(p.lower) || lex.Date(p.lower)) break;
    // "guided-missile destroyers": a hyphenated compound before another word is a modifier.
    if (GluedAt(pieces, k + 1) && pieces[k + 1].kind == PieceKind::kDash && GluedAt(pieces, k + 2) &&
        k + 2 < pieces.size() && pieces[k + 2].kind == PieceKind::kWord) {
      if (IsWordAt(pieces, k + 3) && !(lex.SubjectFlags(pieces[k + 3].lower) & kSubjectStop)) {
        k += 3;
        continue;
      }
      return text.substr(p.start, pieces[k + 2].end - p.start);
    }
    bool next_is_word = IsWordAt(pieces, k + 1) && !(lex.SubjectFlags(pieces[k + 1].lower) & kSubjectStop);
    if (flags & kSubjectModifier) {
      ++k;
      continue;
    }
    if (EndsWith(p.lower, "ed")) {
      if (!next_is_word) break;
      ++k;
      continue;
    }
    if (p.capitalized) {
      if (fallback.empty()) fallback = text.substr(p.start, p.end - p.start);
      ++k;
      continue;
    }
    return text.substr(p.start, p.end - p.start);
  }
  return fallback;
}

}  // namespace lede::detail
