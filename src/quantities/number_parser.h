// Number parser: reads one number, in digits or words, from lexer pieces.
//
// Digits: "12", "1,250.5", "1.5bn" (a magnitude suffix glued on), "3 million", "11th".
// Words: "twenty-one", "one hundred and five", "a dozen", "half a million",
// "two-thirds", "twenty-fifth". A leading minus ("-5", "minus 5") negates.
#ifndef LEDE_SRC_QUANTITIES_NUMBER_PARSER_H_
#define LEDE_SRC_QUANTITIES_NUMBER_PARSER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "quantities/quantity_lexer.h"
#include "quantities/quantity_lexicon.h"

namespace lede::detail {

// Holds one parsed number.
struct NumberMatch {
  size_t end = 0;              // index of the first piece past the number
  double value = 0;
  bool words = false;          // written (at least partly) in words
  bool ordinal = false;        // "11th", "third", "twenty-fifth"
  bool fraction = false;       // "two-thirds", "a quarter"
  bool article_only = false;   // just "a" / "an": means 1 only before a unit ("a decade")
  bool lone_one = false;       // just the word "one": may be a pronoun
  bool magnitude = false;      // scaled by a word or suffix ("3m", "1.5 billion")
  bool plain_integer = false;  // bare digits without separators, sign or magnitude (years, clocks)
  bool negative = false;
  size_t digits = 0;           // digit count of a plain integer
  bool leading_zero = false;   // digits starting with 0 ("007", "055"): a code, not a count
};

// Returns true and fills *m when a number starts at pieces[i].
bool ParseNumber(const std::vector<Piece>& pieces, size_t i, const QuantityLexicon& lex, NumberMatch* m);

// Returns true and sets *end (one past the last piece) and *position ("end-1",
// "current+1") when a relative ordinal phrase ("penultimate", "the last but one",
// "second to last", "next one") starts at pieces[i].
bool ParseRelativeOrdinal(const std::vector<Piece>& pieces, size_t i, const QuantityLexicon& lex, size_t* end,
                          std::string* position);

// Returns the value of a digit string with thousands commas ("1,250.5" -> 1250.5).
double ParseDigits(std::string_view digits);

// Returns `value` written briefly: integers without a decimal point, others with up
// to 15 significant digits ("5", "1.5", "0.666666666666667").
std::string FormatNumber(double value);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_NUMBER_PARSER_H_
