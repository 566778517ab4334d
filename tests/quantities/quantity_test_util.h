// Helpers for the quantity tests: run the extractor on a sentence and find a result.
#ifndef LEDE_TESTS_QUANTITIES_QUANTITY_TEST_UTIL_H_
#define LEDE_TESTS_QUANTITIES_QUANTITY_TEST_UTIL_H_

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "lede/quantity.h"
#include "quantities/number_parser.h"
#include "quantities/quantity_extractor.h"
#include "support/annotate.h"

namespace lede::testing {

// Returns the quantities of `text` resolved against `reference`.
inline std::vector<Quantity> QuantitiesOf(const std::string& text, std::string_view reference = "2023-03-30") {
  Report report = Annotate(text);
  return detail::ExtractQuantities(report, reference);
}

// Returns the first quantity whose text is `text`, or nullopt.
inline std::optional<Quantity> FindQuantity(const std::vector<Quantity>& qs, const std::string& text) {
  for (const Quantity& q : qs) {
    if (q.text == text) return q;
  }
  return std::nullopt;
}

// Returns "text|kind|value|unit|qualifier|normalized|subject" for readable failures.
inline std::string Describe(const Quantity& q) {
  std::string value = q.value ? detail::FormatNumber(*q.value) : "-";
  return q.text + "|" + std::string(QuantityKindName(q.kind)) + "|" + value + "|" + q.unit + "|" + q.qualifier +
         "|" + q.normalized + "|" + q.subject;
}

// Returns every quantity of a list described, one per line.
inline std::string DescribeAll(const std::vector<Quantity>& qs) {
  std::string out;
  for (const Quantity& q : qs) out += Describe(q) + "\n";
  return out;
}

// Describes one expected quantity: every field is checked exactly (value NaN = none).
struct Expected {
  std::string input;
  std::string text;
  QuantityKind kind;
  double value;
  std::string unit;
  std::string normalized;
  std::string qualifier;
  std::string subject;
};

// Returns the expected quantity in the form Describe() gives a found one.
inline std::string Describe(const Expected& e) {
  Quantity q;
  q.text = e.text;
  q.kind = e.kind;
  if (e.value == e.value) q.value = e.value;
  q.unit = e.unit;
  q.qualifier = e.qualifier;
  q.normalized = e.normalized;
  q.subject = e.subject;
  return Describe(q);
}

// Checks that `e.input` yields a quantity with exactly e's fields.
inline void CheckExpected(const Expected& e, std::string_view reference = "2023-03-30") {
  std::vector<Quantity> qs = QuantitiesOf(e.input, reference);
  INFO("input: " << e.input << "\nfound:\n" << DescribeAll(qs));
  std::optional<Quantity> q = FindQuantity(qs, e.text);
  REQUIRE(q.has_value());
  CHECK(Describe(*q) == Describe(e));
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_QUANTITIES_QUANTITY_TEST_UTIL_H_
