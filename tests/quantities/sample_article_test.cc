// Runs the quantity stage on the bundled sample article's body (reference date
// 2023-03-30) and checks what its expected analysis lists.
#include <catch2/catch.hpp>

#include <fstream>

#include "quantity_test_util.h"
#include "support/sample_article.h"

namespace lede::testing {
namespace {

size_t CountKind(const std::vector<Quantity>& qs, const std::string& text, QuantityKind kind, double value) {
  size_t n = 0;
  for (const Quantity& q : qs) n += q.text == text && q.kind == kind && q.value == value;
  return n;
}

TEST_CASE("quantity extractor finds the sample article's quantities", "[quantities]") {
  std::vector<Quantity> qs = QuantitiesOf(SampleBody(), "2023-03-30");
  INFO(DescribeAll(qs));
  auto find_described = [&](const std::string& description) {
    for (const Quantity& q : qs) {
      if (Describe(q) == description) return true;
    }
    return false;
  };
  CHECK(find_described("12|cardinal|12||||ships"));
  CHECK(find_described("five-day|duration|5|day||P5D|"));
  CHECK(find_described("€150 billion|money|150000000000|EUR|over||"));
  CHECK(find_described("US$163 billion|money|163000000000|USD|||"));
  CHECK(find_described("€65 billion|money|65000000000|EUR|||"));
  CHECK(find_described("one year|duration|1|year|more than|P1Y|"));
  CHECK(find_described("Thursday|date|-|||2023-03-30|"));
  CHECK(find_described("last week|date|-|||2023-W12|"));
  CHECK(find_described("February last year|date|-|||2022-02|"));
  CHECK(find_described("Earlier this month|date|-|||2023-03|"));
  CHECK(CountKind(qs, "three", QuantityKind::kCardinal, 3) >= 2);
  CHECK(CountKind(qs, "two", QuantityKind::kCardinal, 2) >= 2);
  for (const Quantity& q : qs) {
    CHECK(q.text != "03:41");
    CHECK(q.text != "48");
  }
  for (size_t k = 1; k < qs.size(); ++k) CHECK(qs[k - 1].span.end <= qs[k].span.start);
}

}  // namespace
}  // namespace lede::testing
