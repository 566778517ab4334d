// Behaviours of the quote lexer seen through the quotes it lets the stage find.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "quotes/quote_fixture.h"

namespace lede::testing {
namespace {

TEST_CASE("quote lexer reads doubled single marks as one double quotation mark", "[quotes][lexer]") {
  const EntitySpec kVance{"Ruth Vance", EntityType::kPerson, {"Ruth Vance", "Vance"}};
  const char* const texts[] = {
      "''The levy is not a reform,'' said Ruth Vance, an economist at the institute.",
      "\u2018\u2018The levy is not a reform,\u2019\u2019 said Ruth Vance, an economist at the institute.",
  };
  for (const char* text : texts) {
    INFO(text);
    const std::vector<Quote> quotes = QuotesOf(text, {kVance});
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].text == "The levy is not a reform,");
    CHECK(quotes[0].kind == QuoteKind::kDirect);
    CHECK(SpeakerName(quotes[0]) == "Ruth Vance");
  }
  // A single apostrophe is still an apostrophe.
  const std::vector<Quote> quotes = QuotesOf("Vance's plan: ''We can't wait,'' Ruth Vance said.", {kVance});
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text == "We can't wait,");
}

}  // namespace
}  // namespace lede::testing
