// Behaviours of the headline quote finder: "Speaker: ‘…’" and "‘…’, says
// Speaker" in headlines and standfirsts; scare quotes there are not quotes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "quotes/headline_quotes.h"
#include "quotes/quote_fixture.h"

namespace lede::testing {
namespace {

struct LineCase {
  const char* name;
  std::string line;
  std::string text;     // the quotation, "" when none is expected
  std::string speaker;  // as written in the line
  std::string cue;
};

TEST_CASE("headline quote finder reads the set shapes of headline quotes", "[quotes][headline]") {
  const LineCase cases[] = {
      {"speaker and colon, curly single marks", "Okafor: \u2018We will not pay for their mistakes\u2019",
       "We will not pay for their mistakes", "Okafor", ":"},
      {"speaker and colon, straight double marks", "Finance minister Adaeze Okafor: \"No new taxes\"",
       "No new taxes", "Finance minister Adaeze Okafor", ":"},
      {"apostrophe inside the quotation stays inside", "Okafor: 'We can't pay for Lagos's mistakes'",
       "We can't pay for Lagos's mistakes", "Okafor", ":"},
      {"quotation then says and the speaker", "\u2018The port will reopen in June,\u2019 says harbour chief Ruiz",
       "The port will reopen in June,", "harbour chief Ruiz", "says"},
      {"quotation then the speaker and says", "\u201CWe are not leaving,\u201D Okafor says",
       "We are not leaving,", "Okafor", "says"},
      {"quotation then a dash and the speaker", "\u201CNo deal without the unions\u201D \u2013 Ruiz",
       "No deal without the unions", "Ruiz", ""},
      {"guillemets", "Okafor : \u00ABNous restons\u00BB", "Nous restons", "Okafor", ":"},
      {"scare quote in a headline is not a quotation", "Leaders hail \u2018new era\u2019 of trade at summit", "", "",
       ""},
      {"title in quotes is not a quotation", "Review: \u2018Harbour Lights\u2019 is a slow, lovely film", "", "", ""},
      {"a long kicker before the colon is no speaker",
       "Live updates from the third day of the budget talks in the capital: \u2018No deal\u2019", "", "", ""},
      {"no quotation marks", "Okafor rejects new taxes", "", "", ""},
  };
  for (const LineCase& c : cases) {
    INFO(c.name);
    const std::vector<Quote> quotes = detail::FindLineQuotes(c.line, QuotePlace::kTitle, 0, {});
    if (c.text.empty()) {
      CHECK(quotes.empty());
      continue;
    }
    REQUIRE(quotes.size() == 1);
    const Quote& q = quotes[0];
    CHECK(q.text == c.text);
    CHECK(c.line.substr(q.span.start, q.span.size()) == c.text);
    CHECK(q.kind == QuoteKind::kDirect);
    CHECK(q.place == QuotePlace::kTitle);
    REQUIRE(q.speaker);
    CHECK(c.line.substr(q.speaker->span.start, q.speaker->span.size()) == c.speaker);
    CHECK(q.cue == c.cue);
  }
}

TEST_CASE("headline quote finder links the speaker to the body's entity", "[quotes][headline]") {
  Report report = WithEntities("Finance minister Adaeze Okafor rejected the plan. Okafor spoke in Abuja.",
                               {{"Adaeze Okafor", EntityType::kPerson, {"Adaeze Okafor", "Okafor"}}});
  report.document.meta.title = "Okafor: \u2018We will not pay\u2019";
  report.document.meta.standfirst = {"The minister says the budget is closed", "\u201CNot one more naira,\u201D says Okafor"};
  const std::vector<Quote> quotes = detail::FindHeadlineQuotes(report);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].place == QuotePlace::kTitle);
  CHECK(quotes[1].place == QuotePlace::kStandfirst);
  CHECK(quotes[1].line == 1);
  for (const Quote& q : quotes) {
    REQUIRE(q.speaker);
    CHECK(q.speaker->entity == 1);
    CHECK(q.speaker->name == "Adaeze Okafor");
  }
  // The extractor puts them before the body's quotes.
  const std::vector<Quote> all = detail::ExtractQuotes(report);
  REQUIRE(all.size() >= 2);
  CHECK(all[0].place == QuotePlace::kTitle);
  CHECK(all[1].place == QuotePlace::kStandfirst);
}

}  // namespace
}  // namespace lede::testing
