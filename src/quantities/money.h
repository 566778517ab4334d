// Money: currency signs, codes and names around a number.
//
// Before the number: signs and codes ("€150 billion", "US$163bn", "HK$5m", "USD 20").
// After it: names, codes and signs ("5 million yuan", "150 billion euros", "20 USD",
// "5€"). A bare "$" is read as US dollars (the commonest by far in English news; the
// prefixed forms US$, HK$, A$ ... name the others) and "¥" as Japanese yen unless its
// sentence mentions China or the yuan.
#ifndef LEDE_SRC_QUANTITIES_MONEY_H_
#define LEDE_SRC_QUANTITIES_MONEY_H_

#include <cstddef>
#include <string>
#include <vector>

#include "quantities/number_parser.h"
#include "quantities/quantity_lexer.h"
#include "quantities/quantity_lexicon.h"

namespace lede::detail {

// Holds one amount of money.
struct MoneyMatch {
  size_t end = 0;     // index of the first piece past the amount
  NumberMatch number;
  std::string code;   // ISO 4217
};

// Returns true and fills *m when a currency sign or code at pieces[i] leads a number.
bool MatchMoneyPrefix(const std::vector<Piece>& pieces, size_t i, const QuantityLexicon& lex, MoneyMatch* m);

// Returns the ISO code of a currency written at pieces[j] after a number and sets *end
// past it, or "" when there is none.
std::string CurrencyAfter(const std::vector<Piece>& pieces, size_t j, const QuantityLexicon& lex, size_t* end);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_MONEY_H_
