// Regression tests for inputs on which lede_quantities_fuzzer found undefined
// behaviour: numbers far past int or long cast before their range was checked.
// Each runs the harness's checks (fuzz_checks.h: RunQuantities) and, where the
// fuzzer's own input is binary, reads it from inputs/. The casts are undefined
// behaviour that only a UBSan build (LEDE_FUZZ or LEDE_SANITIZE) reports; the
// expected quantities pin down what the fixed code does.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "fuzz/fuzz_checks.h"
#include "quantities/quantity_extractor.h"

namespace {

using lede::fuzz::RunQuantities;

// Returns the bytes of tests/fuzz_regressions/inputs/<name>.
std::string Input(const std::string& name) {
  std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/tests/fuzz_regressions/inputs/" + name, std::ios::binary);
  REQUIRE(in);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Returns the quantities of raw text `text`, relative dates against the fuzzer's reference date.
std::vector<lede::Quantity> Quantities(const std::string& text) {
  lede::Report report;
  REQUIRE(lede::fuzz::AnnotateRaw(text, &report));
  return lede::detail::ExtractQuantities(report, lede::fuzz::kFuzzReferenceDate);
}

TEST_CASE("quantities: the fuzzer's inputs with huge numbers before 'to' pass the checks", "[fuzz_regressions]") {
  for (const char* name : {"quantities-clock-huge-minutes-1", "quantities-clock-huge-minutes-2"}) {
    INFO(name);
    CHECK(RunQuantities(Input(name)).empty());
  }
}

TEST_CASE("quantities: a number too large for a clock or day offset is no time or date", "[fuzz_regressions]") {
  struct Case {
    const char* text;
  };
  const Case cases[] = {
      {"Rates fell 33333333333333333333 to the lowest level.\n"},           // minutes of "N to <hour>"
      {"Talks resume 99999999999999999999999 days after 1 March 2024.\n"},  // "N days after <date>"
      {"The vote came 99999999999999999999999 days before 2024-03-01.\n"},  // "N days before <date>"
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(RunQuantities(c.text).empty());
    for (const lede::Quantity& q : Quantities(c.text)) {
      CHECK(q.kind != lede::QuantityKind::kTime);
      // The date named stays itself ("before" may make it an open interval); no offset is resolved.
      if (q.kind == lede::QuantityKind::kDate) CHECK(q.normalized.find("2024-03-01") != std::string::npos);
    }
  }
}

TEST_CASE("quantities: a day offset within range is still resolved", "[fuzz_regressions]") {
  bool found = false;
  for (const lede::Quantity& q : Quantities("Talks resume 10 days after 1 March 2024.\n")) {
    if (q.kind == lede::QuantityKind::kDate && q.normalized == "2024-03-11") found = true;
  }
  CHECK(found);
}

}  // namespace
