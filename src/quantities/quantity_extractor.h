// Quantity extractor: counts, money, percentages, ordinals, dates, durations, times
// and measures, normalised.
//
// Conventions (the choices the data model leaves open):
// - `text` is the quantity as written without its qualifier; the qualifier ("more
//   than", "about", "over", "between" ...) is kept in `qualifier` only. A date's
//   modifier ("since", "before", "no later than") changes the interval it denotes, so
//   it stays in the date's text too ("since August" -> "2016-08-01/..").
// - A range ("10-12", "10 to 12", "between 5 and 7") has value = the low end and
//   normalized = "low/high" (for money and percentages too); a duration range keeps
//   only the low end ("P2Y").
// - Money: unit is the ISO 4217 code; a bare "$" or "¥" takes the currency the
//   article's places and other amounts settle (currency_context.h), else USD / JPY
//   with `unit_ambiguous`; an amount in parentheses after another in another
//   currency has `converts` set to that amount's index.
// - Ages ("a 45-year-old") are kind age; phone numbers, scores, list numbers and
//   years opening a name are not quantities (number_lookalikes.h).
// - Rules are tried only at digits, signs, codes and the words of the quantity word
//   lists (QuantityLexicon::StartAt); everything else cannot start a quantity.
// - Dates: value is empty; normalized is ISO 8601 ("2023-03-30", "2023-03", "2022",
//   "2023-W12", decades "199X") resolved against the reference date with a past bias
//   (a bare weekday is the latest on or before it; a bare month the nearest one).
//   Without a reference date: TIMEX placeholders ("XXXX-02", "XXXX-WXX-4") or "".
// - Durations: value is the count as written, unit the singular time unit, normalized
//   the ISO 8601 duration ("P5D", "PT48H", "P10Y" for "a decade").
// - Times: normalized "T15:00" (24-hour); a written zone ("GMT") goes in unit.
#ifndef LEDE_SRC_QUANTITIES_QUANTITY_EXTRACTOR_H_
#define LEDE_SRC_QUANTITIES_QUANTITY_EXTRACTOR_H_

#include <string_view>
#include <vector>

#include "lede/quantity.h"
#include "lede/report.h"

namespace lede::detail {

// Most quantities reported for one article. The longest news pages hold a
// few thousand numbers (election tables, sports results); a page of millions
// is a data dump or an attack, and each quantity costs about 1.5 KB by the
// time it is reported, so past this the rest of the text is not searched.
inline constexpr size_t kMaxQuantitiesPerArticle = 20000;

// Returns the quantities of a report whose document, tokens and sentences are
// filled in, at most kMaxQuantitiesPerArticle. `reference_date` (YYYY-MM-DD, or "" for none) resolves relative
// dates; without it they keep only what the text fixes.
std::vector<Quantity> ExtractQuantities(const Report& report, std::string_view reference_date);

// Returns what ExtractQuantities returns, trying every word as a phrase start instead of
// only the start words of the word lists (slower; for the test that the two agree).
std::vector<Quantity> ExtractQuantitiesAtEveryPiece(const Report& report, std::string_view reference_date);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_QUANTITY_EXTRACTOR_H_
