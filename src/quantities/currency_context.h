// Currency context: what the article around an amount says about its currency.
//
// Two document-wide passes over the extracted quantities. SettleCurrencySigns gives a
// bare "$", "dollars" or "¥" the currency the article's places and other amounts point to
// ("$5m" in an article set in Canberra is AUD), or leaves the sign's default and marks the
// amount `unit_ambiguous`. LinkConversions ties an amount in parentheses to the amount it
// converts ("€150 billion (US$163 billion)").
#ifndef LEDE_SRC_QUANTITIES_CURRENCY_CONTEXT_H_
#define LEDE_SRC_QUANTITIES_CURRENCY_CONTEXT_H_

#include <string_view>
#include <vector>

#include "lede/entity.h"
#include "lede/quantity.h"

namespace lede::detail {

// Settles the currency of every `unit_ambiguous` amount the context decides, clearing the
// flag; the others keep the sign's default currency and the flag.
void SettleCurrencySigns(const std::vector<Entity>& entities, std::vector<Quantity>* quantities);

// Sets `converts` on an amount of money written in parentheses right after another amount
// in another currency, optionally hedged ("(about $5m)"), to that amount's index.
void LinkConversions(std::string_view text, std::vector<Quantity>* quantities);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_CURRENCY_CONTEXT_H_
