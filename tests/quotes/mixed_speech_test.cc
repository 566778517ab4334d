// Behaviours of mixed speech: reported speech that quotes some of the
// speaker's words is one mixed quote, and the quoted words stay a partial quote.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "quotes/quote_fixture.h"

namespace lede::testing {
namespace {

struct MixedCase {
  const char* name;
  std::string text;
  std::string clause;   // the mixed quote, marks included
  std::string partial;  // the quoted words inside it
  std::string speaker;
};

TEST_CASE("quote extractor reports a clause quoting the speaker's words as mixed speech", "[quotes][mixed]") {
  const EntitySpec kVesna{"Vesna Kral", EntityType::kPerson, {"Vesna Kral", "Kral"}};
  const MixedCase cases[] = {
      {"clause told to reporters, straight marks",
       "Her deputy, Vesna Kral, told reporters on Friday that the plan was \"dead in the water\".",
       "the plan was \"dead in the water\"", "dead in the water", "Vesna Kral"},
      {"said without that, curly marks, words after the quotation",
       "Kral said the budget was \u201Ca fantasy\u201D and would be rewritten.",
       "the budget was \u201Ca fantasy\u201D and would be rewritten", "a fantasy", "Vesna Kral"},
      {"said without that, the clause's verb far from its start",
       "Kral said the council's long-delayed report on the harbour tunnel was \u201Ca shambles from start to finish\u201D.",
       "the council's long-delayed report on the harbour tunnel was \u201Ca shambles from start to finish\u201D",
       "a shambles from start to finish", "Vesna Kral"},
      {"says without that, a present-tense verb",
       "Kral says the mayor favors a \u201Cslow and careful approach\u201D to the port.",
       "the mayor favors a \u201Cslow and careful approach\u201D to the port", "slow and careful approach", "Vesna Kral"},
      {"a pronoun fused with its verb opens the clause",
       "Kral says she\u2019s \u201Cready to fight for every vote\u201D in the north.",
       "she\u2019s \u201Cready to fight for every vote\u201D in the north", "ready to fight for every vote", "Vesna Kral"},
      {"the quotation opens the clause, words after it",
       "Kral said \"the tunnel is finished\" as far as she is concerned.",
       "\"the tunnel is finished\" as far as she is concerned", "the tunnel is finished", "Vesna Kral"},
      {"a comma inside the closing mark ends the clause before a writer's clause",
       "Kral said the ferry was \u201Clate again,\u201D but the ramp stayed shut.",
       "the ferry was \u201Clate again,\u201D", "late again,", "Vesna Kral"},
      {"a stance verb's object holding a quotation",
       "Kral criticized the ferry contract as \u201Ca gift to the operator\u201D on Tuesday.",
       "the ferry contract as \u201Ca gift to the operator\u201D on Tuesday", "a gift to the operator", "Vesna Kral"},
  };
  for (const MixedCase& c : cases) {
    INFO(c.name);
    const Report report = WithEntities(c.text, {kVesna});
    const std::vector<Quote> quotes = detail::ExtractQuotes(report);
    std::string got;
    for (const Quote& q : quotes) got += "[" + std::string(QuoteKindName(q.kind)) + "] " + q.text + "\n";
    INFO("got:\n" << got);
    REQUIRE(quotes.size() == 2);
    const Quote& mixed = quotes[0];
    const Quote& partial = quotes[1];
    CHECK(mixed.kind == QuoteKind::kMixed);
    CHECK(mixed.text == c.clause);
    CHECK(report.document.text.substr(mixed.span.start, mixed.span.size()) == c.clause);
    CHECK(SpeakerName(mixed) == c.speaker);
    CHECK(partial.kind == QuoteKind::kPartial);
    CHECK(partial.text == c.partial);
    CHECK(SpeakerName(partial) == c.speaker);
    CHECK((mixed.span.start <= partial.span.start && partial.span.end <= mixed.span.end));
  }
}

TEST_CASE("quote extractor makes a stance holding a term in marks mixed speech", "[quotes][mixed]") {
  const EntitySpec kVesna{"Vesna Kral", EntityType::kPerson, {"Vesna Kral", "Kral"}};
  struct TermCase {
    const char* name;
    std::string text;
    std::string clause;
  };
  const TermCase cases[] = {
      {"called an object a one-word term", "Kral called the ferry contract \u201Creckless.\u201D",
       "the ferry contract \u201Creckless.\u201D"},
      {"mocked a term inside a noun phrase", "Kral mocked the \u201Cnew dawn\u201D of the harbour board.",
       "the \u201Cnew dawn\u201D of the harbour board"},
  };
  for (const TermCase& c : cases) {
    INFO(c.name);
    const std::vector<Quote> quotes = QuotesOf(c.text, {kVesna});
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].kind == QuoteKind::kMixed);
    CHECK(quotes[0].text == c.clause);
    CHECK(SpeakerName(quotes[0]) == "Vesna Kral");
  }
}

TEST_CASE("quote extractor keeps reported speech without quotation marks indirect", "[quotes][mixed]") {
  const std::vector<Quote> quotes =
      QuotesOf("Vesna Kral said the plan was finished.", {{"Vesna Kral", EntityType::kPerson, {}}});
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].kind == QuoteKind::kIndirect);
}

}  // namespace
}  // namespace lede::testing
