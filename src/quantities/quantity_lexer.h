// Quantity lexer: cuts text into the small pieces the quantity rules read.
//
// The shared tokenizer keeps "five-day", "US$" and "1.5bn" whole, which is right for
// every other stage; quantities need to look inside them. This lexer makes one linear
// pass over the text and emits words, numbers, codes (letters glued to digits, "MH17"),
// symbols, dashes, other punctuation, and a break at every newline (no phrase crosses
// a line). Pieces record whether whitespace precedes them, so "five-day" reads as
// five, glued dash, glued day, and "US$163" as US, glued $, glued 163.
#ifndef LEDE_SRC_QUANTITIES_QUANTITY_LEXER_H_
#define LEDE_SRC_QUANTITIES_QUANTITY_LEXER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede::detail {

// Names what a piece of text is.
enum class PieceKind {
  kWord,    // letters, with inner apostrophes (don't, China's)
  kNumber,  // digits with thousands commas and one decimal point (1,250.5)
  kCode,    // letters glued to digits (MH17, G7, COVID19)
  kSymbol,  // currency signs, % and °
  kDash,    // - – — and the minus sign
  kPunct,   // any other single character
  kBreak,   // one or more newlines
};

// Holds one piece: its byte range, kind, and lower-cased text.
struct Piece {
  size_t start = 0;
  size_t end = 0;
  PieceKind kind = PieceKind::kPunct;
  bool space_before = false;  // whitespace separates it from the previous piece
  bool capitalized = false;   // a word whose first letter is upper case
  bool all_caps = false;      // a word of two or more letters, all upper case
  std::string lower;          // ASCII-lower-cased text (other bytes kept as they are)
};

// Returns the pieces of `text` in order.
std::vector<Piece> LexPieces(std::string_view text);

// Replaces *out with the pieces of text[begin, end), with offsets into the whole text.
void LexPiecesInto(std::string_view text, size_t begin, size_t end, std::vector<Piece>* out);

// Returns true when pieces[i] exists and is glued to the piece before it.
bool GluedAt(const std::vector<Piece>& pieces, size_t i);

// Returns true when pieces[j] exists and is the word `w` (lower case).
bool WordAt(const std::vector<Piece>& pieces, size_t j, std::string_view w);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_QUANTITY_LEXER_H_
