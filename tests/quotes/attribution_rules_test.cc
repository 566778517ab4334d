// Speaker attribution rules found on untuned invented articles: people at an
// organisation speak for themselves, a role apposition before a name, noun
// cues inside a speaker phrase, "told Y CLAUSE" without "that", irregular
// past verbs, and balanced brackets in reported content.
#include <catch2/catch.hpp>

#include "quote_fixture.h"

namespace lede {
namespace {

using testing::EntitySpec;
using testing::QuotesOf;
using testing::SpeakerName;

// Names one row: text, entities, and the one quote it must yield.
struct Row {
  std::string name;
  std::string input;
  std::vector<EntitySpec> entities;
  QuoteKind kind;
  std::string text;
  std::string speaker;
  bool speaker_is_entity;
};

const EntitySpec kHaldenBank{"Halden Bank", EntityType::kOrg, {}};
const EntitySpec kVesna{"Vesna Kral", EntityType::kPerson, {"Vesna Kral", "Kral"}};
const EntitySpec kTomas{"Tomas Brandt", EntityType::kPerson, {"Tomas Brandt", "Brandt"}};
const EntitySpec kOrlova{"Orlova", EntityType::kGpe, {}};

TEST_CASE("quote extractor attributes speech to the phrase that really speaks", "[quotes]") {
  const Row rows[] = {
      {"people at an organisation speak, not the organisation",
       "Analysts at Halden Bank estimate the strike has already cost 40 million euros.", {kHaldenBank},
       QuoteKind::kIndirect, "the strike has already cost 40 million euros", "Analysts at Halden Bank", false},
      {"people from an organisation, lower case",
       "Economists from Halden Bank said the recession was over.", {kHaldenBank}, QuoteKind::kIndirect,
       "the recession was over", "Economists from Halden Bank", false},
      {"a place modifying an organisation noun is not the speaker",
       "Grain exports fell by a fifth, according to the Orlova state farmers federation.", {kOrlova},
       QuoteKind::kIndirect, "Grain exports fell by a fifth", "the Orlova state farmers federation", false},
      {"role apposition before the name: the name speaks",
       "Its chief executive, Vesna Kral, said the offer was final.", {kVesna}, QuoteKind::kIndirect,
       "the offer was final", "Vesna Kral", true},
      {"possessive role apposition before the name",
       "The bakery's founder, Tomas Brandt, said the shop would close in June.", {kTomas}, QuoteKind::kIndirect,
       "the shop would close in June", "Tomas Brandt", true},
      {"told an addressee a clause without that",
       "Brandt told investors the company would sell its shipping arm.", {kTomas}, QuoteKind::kIndirect,
       "the company would sell its shipping arm", "Tomas Brandt", true},
      {"told an addressee a pronoun clause", "Kral told the tribunal she had never seen the contract.", {kVesna},
       QuoteKind::kIndirect, "she had never seen the contract", "Vesna Kral", true},
      {"an irregular past verb marks the reported clause",
       "Kral said the new budget left nothing for repairs.", {kVesna}, QuoteKind::kIndirect,
       "the new budget left nothing for repairs", "Vesna Kral", true},
  };
  for (const Row& r : rows) {
    INFO(r.name << "\n" << r.input);
    const std::vector<Quote> quotes = QuotesOf(r.input, r.entities);
    std::string got;
    for (const Quote& q : quotes) got += "[" + std::string(QuoteKindName(q.kind)) + "|" + SpeakerName(q) + "] " + q.text + "\n";
    INFO("got:\n" << got);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].kind == r.kind);
    CHECK(quotes[0].text == r.text);
    CHECK(SpeakerName(quotes[0]) == r.speaker);
    REQUIRE(quotes[0].speaker);
    CHECK((quotes[0].speaker->entity != 0) == r.speaker_is_entity);
  }
}

TEST_CASE("quote extractor keeps brackets balanced in reported content", "[quotes]") {
  const std::vector<Quote> quotes = QuotesOf(
      "Sales reached 9 billion crowns (US$400 million), according to the national exporters association.", {});
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].text == "Sales reached 9 billion crowns (US$400 million)");
  CHECK(SpeakerName(quotes[0]) == "the national exporters association");
}

TEST_CASE("quote extractor does not take a told-addressee sentence without a clause", "[quotes]") {
  CHECK(QuotesOf("Brandt told the committee about his plans for the harbour.", {kTomas}).empty());
  CHECK(QuotesOf("Kral told reporters in Linz on Monday.", {kVesna}).empty());
}

}  // namespace
}  // namespace lede
