// Quantity: a number that matters, normalised so programs can compare it.
#ifndef LEDE_QUANTITY_H_
#define LEDE_QUANTITY_H_

#include <optional>
#include <string>
#include <string_view>

#include "lede/document.h"

namespace lede {

// Names what a quantity measures.
enum class QuantityKind {
  kCardinal,  // a count: 12 ships, three countries
  kOrdinal,   // 11th, twenty-fifth
  kMoney,     // €150 billion
  kPercent,   // 5%, five per cent, 3 percentage points
  kDate,      // Thursday, last week, February last year, 2023-03-30
  kDuration,  // five-day, more than one year
  kTime,      // 10.30am, 15:00
  kMeasure,   // 30 km, 5 tonnes
  kAge,       // a 45-year-old, 45 years old, a six-month-old (value 45, unit "year")
};

// Returns the lower-case name of a kind ("cardinal", "money", ...).
std::string_view QuantityKindName(QuantityKind kind);

// Holds one quantity as written and as normalised.
struct Quantity {
  std::string text;              // as written: "€150 billion"
  QuantityKind kind = QuantityKind::kCardinal;
  std::optional<double> value;   // numeric value: 150000000000; for durations the count (5)
  std::string unit;              // ISO 4217 code for money, "percent", "km", "day" ...
  std::string qualifier;         // "more than", "about", "up to" ... or ""
  std::string normalized;        // ISO 8601 date/duration ("2023-03-30", "P5D"), or ""
                                 // an ordinal without a value: its relative position,
                                 // "end-1" (the last but one), "current+1" (the next one)
  std::string subject;           // what is counted or measured ("ships")
  bool unit_ambiguous = false;   // money: a sign several currencies use ("$", "¥") that the
                                 // article's context did not settle; `unit` is the likeliest
  std::optional<size_t> converts;  // money: index in the quantities of the amount this one
                                   // converts ("US$163 billion" in "€150 billion (US$163 billion)")
  Span span;                     // in Document::text
};

}  // namespace lede

#endif  // LEDE_QUANTITY_H_
