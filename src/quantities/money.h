// Money: currency signs, codes and names around a number.
//
// Before the number: signs and codes ("€150 billion", "US$163bn", "HK$5m", "USD 20").
// After it: names, codes and signs ("5 million yuan", "150 billion euros", "20 USD",
// "5€"). A bare "$" is read as US dollars (the commonest by far in English news; the
// prefixed forms US$, HK$, A$ ... name the others) and "¥" as Japanese yen unless its
// sentence mentions China or the yuan. Subunits count as hundredths of their currency
// ("50 cents" is 0.50 USD, "a 12-cent dividend" 0.12 USD) and may follow a whole amount
// ("thirteen dollars and forty-five cents" is 13.45 USD).
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
  double scale = 1;   // what the number was multiplied by (0.01 for "50 cents")
  bool ambiguous = false;  // a bare "$" or "¥" its sentence did not settle
};

// Returns true and fills *m when a currency sign or code at pieces[i] leads a number.
bool MatchMoneyPrefix(const std::vector<Piece>& pieces, size_t i, const QuantityLexicon& lex, MoneyMatch* m);

// Returns the ISO code of a currency written at pieces[j] after a number and sets *end
// past it, or "" when there is none.
std::string CurrencyAfter(const std::vector<Piece>& pieces, size_t j, const QuantityLexicon& lex, size_t* end);

// Returns true and fills *m when a currency (name, code, sign or subunit) written at
// pieces[j] follows the number `number`; m->number holds the amount in whole units,
// with any subunits written after it added ("5 dollars and 20 cents").
bool MatchMoneyAfter(const std::vector<Piece>& pieces, const NumberMatch& number, size_t j, const QuantityLexicon& lex,
                     MoneyMatch* m);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_MONEY_H_
