// Quantity lexer: one pass, dispatching on the class of each code point. A number is
// digits plus separators that are followed by digits (a comma only before exactly three
// digits, so "1,2" is a list); a word is letters plus inner apostrophes; anything else
// is one piece per code point. Each scan moves forward only, so the pass is linear.
#include "quantities/quantity_lexer.h"

#include <unicode/uchar.h>

#include "text/char_class.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// Digits in one thousands group after a comma ("1,250").
constexpr size_t kThousandsGroup = 3;
// Digits after a decimal comma ("5,00"): cents.
constexpr size_t kDecimalCommaDigits = 2;
// Average bytes per piece in news prose, to reserve the vector once.
constexpr size_t kBytesPerPiece = 5;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Returns the code point at `pos` and sets *next past it (0 at the end).
char32_t At(std::string_view text, size_t pos, size_t* next) {
  *next = pos;
  if (pos >= text.size()) return 0;
  return DecodeUtf8(text, next);
}

bool IsDash(char32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 ||
         cp == 0x2014 || cp == 0x2212;
}

bool IsSymbol(char32_t cp) {
  switch (cp) {
    case '$': case '%': case 0x20AC: case 0x00A3: case 0x00A5: case 0x20B9: case 0x20A9:
    case 0x20BD: case 0x20BA: case 0x20AA: case 0x20B4: case 0x20A6: case 0x20B1:
    case 0x0E3F: case 0x20AB: case 0x00B0: case 0x2030:
      return true;
    default:
      return false;
  }
}

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == 0x00A0 || cp == 0x2009 || cp == 0x202F ||
         cp == 0x2007 || cp == 0x200A || cp == 0x3000 || cp == 0xFEFF;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Returns the end of an exponent at `pos` after a number's digits: scientific "e+14",
// "e-1", "E6", or a power "^23", "^-1", "^--23" (signs then digits); `pos` when none.
// An "e" must not run on into a word ("5eggs" is not a number).
size_t ScanExponent(std::string_view text, size_t pos) {
  if (pos >= text.size() || (text[pos] != 'e' && text[pos] != 'E' && text[pos] != '^')) return pos;
  bool power = text[pos] == '^';
  size_t d = pos + 1;
  while (d < text.size() && (text[d] == '+' || text[d] == '-') && (power || d == pos + 1)) ++d;
  size_t digits = d;
  while (d < text.size() && IsDigit(text[d])) ++d;
  if (d == digits) return pos;
  if (!power && d < text.size() && (IsAsciiLetter(text[d]) || text[d] == '_')) return pos;
  return d;
}

// Returns the byte length of a thousands space at `pos` (a space, a no-break or thin
// space), 0 when none; *deliberate is set for the no-break and thin spaces, which only
// a number's own groups use.
size_t ThousandsSpace(std::string_view text, size_t pos, bool* deliberate) {
  *deliberate = false;
  if (pos < text.size() && text[pos] == ' ') return 1;
  for (std::string_view s : {"\u00A0", "\u202F", "\u2009"}) {
    if (text.substr(pos, s.size()) == s) {
      *deliberate = true;
      return s.size();
    }
  }
  return 0;
}

// Returns the end of "1 234 567.89", a number grouped by spaces, or `pos` when there is
// none. A list "1 2 3", a score "3 100" or a phone "555 123 4567" must not join, so the
// groups are all of exactly three digits after a first group of one to three (no leading
// zero, no "+" before: dialling codes), nothing numeric follows, and the grouping is
// certain: two or more spaced groups, a decimal part, or a no-break / thin space.
size_t ScanSpacedNumber(std::string_view text, size_t pos) {
  if (pos > 0 && (text[pos - 1] == '+' || text[pos - 1] == '(' || IsDigit(text[pos - 1]))) return pos;
  if (text[pos] == '0') return pos;
  size_t d = pos;
  while (d < text.size() && IsDigit(text[d])) ++d;
  if (d - pos > kThousandsGroup) return pos;
  size_t groups = 0;
  bool certain = false;
  while (true) {
    bool deliberate;
    size_t space = ThousandsSpace(text, d, &deliberate);
    if (space == 0) break;
    size_t g = d + space;
    while (g < text.size() && IsDigit(text[g]) && g - d - space <= kThousandsGroup) ++g;
    if (g - d - space != kThousandsGroup || (g < text.size() && IsDigit(text[g]))) break;
    d = g;
    ++groups;
    certain = certain || deliberate;
  }
  if (groups == 0) return pos;
  size_t end = d;
  if (end + 1 < text.size() && text[end] == '.' && IsDigit(text[end + 1])) {
    certain = true;
    for (end += 1; end < text.size() && IsDigit(text[end]);) ++end;
  }
  bool deliberate;
  size_t space = ThousandsSpace(text, end, &deliberate);
  bool more_digits = (end < text.size() && (IsDigit(text[end]) || text[end] == ',')) ||
                     (space > 0 && end + space < text.size() && IsDigit(text[end + space]));
  if (more_digits || !(certain || groups >= 2)) return pos;
  return end;
}

// Returns the end of the number starting at `pos` (a digit, or a point before digits: ".08").
size_t ScanNumber(std::string_view text, size_t pos) {
  if (size_t spaced = ScanSpacedNumber(text, pos); spaced != pos) return spaced;
  bool seen_point = false;
  while (pos < text.size()) {
    char c = text[pos];
    if (IsDigit(c)) {
      ++pos;
      continue;
    }
    if (c == ',' && !seen_point) {
      size_t d = pos + 1;
      while (d < text.size() && IsDigit(text[d]) && d - pos <= kThousandsGroup) ++d;
      if (d - pos - 1 == kThousandsGroup && (d >= text.size() || !IsDigit(text[d]))) {
        pos = d;
        continue;
      }
      // A decimal comma with no cents, "5,00" (European "5.00"): two zeros end the number.
      // Other two-digit tails stay apart: "chapters 14,15" is a list.
      if (d - pos - 1 == kDecimalCommaDigits && text.substr(pos + 1, kDecimalCommaDigits) == "00" &&
          (d >= text.size() || !IsDigit(text[d]))) {
        return d;
      }
      break;
    }
    if (c == '.' && !seen_point && pos + 1 < text.size() && IsDigit(text[pos + 1])) {
      seen_point = true;
      pos += 2;
      continue;
    }
    break;
  }
  return ScanExponent(text, pos);
}

}  // namespace

std::vector<Piece> LexPieces(std::string_view text) {
  std::vector<Piece> pieces;
  LexPiecesInto(text, 0, text.size(), &pieces);
  return pieces;
}

void LexPiecesInto(std::string_view whole, size_t begin, size_t end_of_range, std::vector<Piece>* out) {
  std::vector<Piece>& pieces = *out;
  pieces.clear();
  pieces.reserve((end_of_range - begin) / kBytesPerPiece + 1);
  // Scanners never look past the range: it is cut out as a view of its own.
  std::string_view text = whole.substr(0, end_of_range);
  bool space = false;
  size_t pos = begin;
  while (pos < text.size()) {
    size_t next;
    char32_t cp = At(text, pos, &next);
    if (cp == '\n') {
      if (pieces.empty() || pieces.back().kind != PieceKind::kBreak) {
        pieces.push_back({pos, next, PieceKind::kBreak, space, false, false, "\n"});
      }
      space = true;
      pos = next;
      continue;
    }
    if (IsSpace(cp)) {
      space = true;
      pos = next;
      continue;
    }
    Piece piece;
    piece.start = pos;
    piece.space_before = space;
    space = false;
    bool leading_point = cp == '.' && next < text.size() && IsDigit(text[next]) &&
                         (pos == begin || !(IsDigit(text[pos - 1]) || IsAsciiLetter(text[pos - 1])));
    if ((cp < 0x80 && IsDigit(static_cast<char>(cp))) || leading_point) {
      piece.kind = PieceKind::kNumber;
      piece.end = ScanNumber(text, pos);
    } else if (IsLetterChar(cp)) {
      piece.kind = PieceKind::kWord;
      piece.capitalized = u_isupper(static_cast<UChar32>(cp));
      bool all_caps = piece.capitalized;
      size_t letters = 0;
      size_t end = pos;
      while (true) {
        size_t after;
        char32_t c = At(text, end, &after);
        if (IsLetterChar(c)) {
          all_caps = all_caps && u_isupper(static_cast<UChar32>(c));
          ++letters;
        } else if (c < 0x80 && IsDigit(static_cast<char>(c))) {
          piece.kind = PieceKind::kCode;
        } else if (IsApostropheChar(c)) {
          size_t after2;
          if (!IsLetterChar(At(text, after, &after2))) break;
        } else {
          break;
        }
        end = after;
      }
      piece.end = end;
      piece.all_caps = all_caps && letters >= 2;
    } else {
      piece.end = next;
      piece.kind = IsDash(cp) ? PieceKind::kDash : IsSymbol(cp) ? PieceKind::kSymbol : PieceKind::kPunct;
    }
    piece.lower.assign(text.substr(piece.start, piece.end - piece.start));
    for (char& c : piece.lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    pos = piece.end;
    pieces.push_back(std::move(piece));
  }
}

bool GluedAt(const std::vector<Piece>& pieces, size_t i) {
  return i < pieces.size() && !pieces[i].space_before;
}

bool WordAt(const std::vector<Piece>& pieces, size_t j, std::string_view w) {
  return j < pieces.size() && pieces[j].kind == PieceKind::kWord && pieces[j].lower == w;
}

}  // namespace lede::detail
