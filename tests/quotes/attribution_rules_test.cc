// Speaker attribution rules found on untuned invented articles: people at an
// organisation speak for themselves, a role apposition before a name, noun
// cues inside a speaker phrase, "told Y CLAUSE" without "that", irregular
// past verbs, and balanced brackets in reported content; and a table of
// attribution patterns for direct quotations, checking the speaker, its
// entity and the words that name it (Speaker::span).
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
      {"a reflexive between the speaker and the cue", "Kral herself said the merger had failed.", {kVesna},
       QuoteKind::kIndirect, "the merger had failed", "Vesna Kral", true},
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


const EntitySpec kMira{"Mira Novak", EntityType::kPerson, {"Mira Novak", "Novak"}};

// Names one attribution pattern: the quote whose text starts with `prefix`
// must have `speaker` (resolved name), an entity or not, and be named at the
// quote by `written` ("" = inherited, the span is empty).
struct Pattern {
  std::string name;
  std::string input;
  std::vector<EntitySpec> entities;
  std::string prefix;
  std::string speaker;
  bool is_entity;
  std::string written;
};

TEST_CASE("quote extractor reads the attribution patterns of news prose", "[quotes]") {
  const Pattern rows[] = {
      {"X said", "\u201CThe harbour will reopen in May,\u201D Vesna Kral said.", {kVesna}, "The harbour", "Vesna Kral",
       true, "Vesna Kral"},
      {"said X", "\u201CWe expect more rain before the harvest,\u201D said Brandt.", {kTomas}, "We expect",
       "Tomas Brandt", true, "Brandt"},
      {"X, a Y, said", "\u201CThe vote is final,\u201D Kral, a lawyer for the dock workers, said on Tuesday.",
       {kVesna}, "The vote", "Vesna Kral", true, "Kral"},
      {"X, who ..., said (a relative clause longer than an apposition)",
       "\u201CThe mill gave this town its name,\u201D Kral, who worked at the mill for thirty years before she was "
       "elected to the council in the spring, said.",
       {kVesna}, "The mill", "Vesna Kral", true, "Kral"},
      {"a time adjunct between the speaker and the cue",
       "Kral on Tuesday said: \u201CThe tolls will go up in June.\u201D", {kVesna}, "The tolls", "Vesna Kral", true,
       "Kral"},
      {"a capitalised cue word inside a name is no cue",
       "\u201CThe talks are over,\u201D said Brandt, the envoy to the United States.", {kTomas}, "The talks",
       "Tomas Brandt", true, "Brandt"},
      {"X told Z: quote", "Brandt told the council: \u201CThe budget has no room for new roads this year.\u201D", {kTomas},
       "The budget", "Tomas Brandt", true, "Brandt"},
      {"according to X", "\u201CThe dam is safe for now,\u201D according to the water ministry.", {}, "The dam",
       "the water ministry", false, "the water ministry"},
      {"according to X before the quotation",
       "According to Brandt, \u201Cthe port has never been busier than it is this spring.\u201D", {kTomas}, "the port",
       "Tomas Brandt", true, "Brandt"},
      {"a bracketed party label with a dot before the cue",
       "\u201CThe levee will not hold another flood,\u201D Sen. Vesna Kral (D-Md.) said on Monday.", {kVesna},
       "The levee", "Vesna Kral", true, "Sen. Vesna Kral"},
      {"a person of an organisation speaks, not the organisation",
       "Mr. Brandt of Halden Bank said: \u201CRates will rise before the winter.\u201D", {kTomas, kHaldenBank}, "Rates",
       "Tomas Brandt", true, "Mr. Brandt"},
      {"a nominal speaker names no entity", "\u201CThe plant will close in March,\u201D a company source said.", {},
       "The plant", "a company source", false, "a company source"},
      {"a nominal speaker keeps what it belongs to",
       "\u201CNobody expected the strike to last,\u201D said a spokeswoman for the port authority.", {}, "Nobody",
       "a spokeswoman for the port authority", false, "a spokeswoman for the port authority"},
      {"a question mark ends the sentence before the attribution",
       "\u201CWho will pay for the new bridge?\u201D Kral asked.", {kVesna}, "Who will pay", "Vesna Kral", true, "Kral"},
      {"an exclamation mark, then a verb the cue list lacks",
       "\u201CNever again!\u201D Brandt shouted from the back of the hall.", {kTomas}, "Never again", "Tomas Brandt",
       true, "Brandt"},
      {"a full stop, then a short attribution sentence",
       "\u201CThe ferry is our only road. Without it we are cut off.\u201D Novak said on Sunday.", {kMira}, "The ferry",
       "Mira Novak", true, "Novak"},
      {"the previous paragraph ends with a colon", "Kral went on:\n\n\u201CWe will not sell the port to anyone.\u201D",
       {kVesna}, "We will not sell", "Vesna Kral", true, "Kral"},
      {"a bare quote paragraph after a quote of the previous paragraph",
       "\u201CThe school stays open,\u201D Novak said.\n\n\u201CThe children have nowhere else to go.\u201D", {kMira},
       "The children", "Mira Novak", true, ""},
      {"a quote signed by the next paragraph after a dash",
       "\u201CThe buses are always late and nobody answers the phone.\u201D\n\n\u2014 Ivo Petrak, 41, a nurse", {},
       "The buses", "Ivo Petrak", false, "Ivo Petrak"},
      {"a quote signed on its own line after a dash",
       "\u201CI will vote for the first time this year.\u201D \u2015 Ivo Petrak", {}, "I will vote", "Ivo Petrak", false,
       "Ivo Petrak"},
      {"a transcript label inside the quotation",
       "The exchange went as follows:\n\n\u201CNOVAK: We have the votes and we will use them.\u201D", {kMira},
       "NOVAK: We have", "NOVAK", false, "NOVAK"},  // the upper-case label is not linked to the entity yet
      {"a transcript label before the quotation", "Brandt: \u201CWe do not have the money for it.\u201D", {kTomas},
       "We do not have", "Tomas Brandt", true, "Brandt"},
      {"he is the person who spoke, not the person mentioned in the speaker's sentence",
       "Brandt, who met Kral in Linz on Monday, said the talks went well.\n\n\u201CWe are close to a deal,\u201D he said.",
       {kTomas, kVesna}, "We are close", "Tomas Brandt", true, "he"},
      {"she is the person named in a later sentence",
       "Brandt said the talks went well. Kral disagreed.\n\n\u201CThere is no deal yet,\u201D she said.",
       {kTomas, kVesna}, "There is no deal", "Vesna Kral", true, "she"},
      {"a quoted fragment with no cue is the words of its sentence's subject",
       "Kral thanked the volunteers for \u201Ckeeping the shelter open all winter.\u201D", {kVesna}, "keeping the shelter",
       "Vesna Kral", true, "Kral"},
      {"a cueless fragment after a participle phrase is the subject's",
       "Later, Brandt defended the closure, calling the old ferry \u201Ca danger to everyone on board.\u201D", {kTomas},
       "a danger", "Tomas Brandt", true, "Brandt"},
      {"a cueless fragment after a pronoun subject",
       "Novak spoke first.\n\nShe urged the board to \u201Cstop pretending the river will stay where it is.\u201D",
       {kMira}, "stop pretending", "Mira Novak", true, "She"},
      {"a cueless fragment after a subject with a relative clause",
       "Novak, who has run the clinic since 2009, praised the nurses for \u201Cnever once closing the doors.\u201D",
       {kMira}, "never once closing", "Mira Novak", true, "Novak"},
      {"a cueless fragment after an earlier fragment of the same sentence",
       "Brandt backed the plan, citing its \u201Clow cost,\u201D its \u201Cquick start\u201D and the "
       "\u201Cbroad support of the town council.\u201D",
       {kTomas}, "broad support", "Tomas Brandt", true, "Brandt"},
      {"a member of a group keeps its count word",
       "\u201CThe vote will be close,\u201D said one Harbor County Democrat.",
       {{"Democrat", EntityType::kNorp, {}}}, "The vote", "one Harbor County Democrat", false,
       "one Harbor County Democrat"},
      {"a capitalised cue word inside an organisation before a name",
       "\u201CTurnout held up well,\u201D said Lakeland State University professor Tomas Brandt.",
       {kTomas, {"Lakeland State University", EntityType::kOrg, {}}}, "Turnout", "Tomas Brandt", true,
       "Tomas Brandt"},
      {"a day name after the cue is a time, not the speaker",
       "Brandt himself said Tuesday that \u201Cthe only way to win the county is to knock on doors.\u201D", {kTomas},
       "the only way", "Tomas Brandt", true, "Brandt"},
      {"a party label in brackets before the comma and cue",
       "On Monday at the fair in Linz, Sen. Vesna Kral (D-Md.), said, \u201CWe are ready for the vote.\u201D", {kVesna},
       "We are ready", "Vesna Kral", true, "Sen. Vesna Kral"},
  };
  for (const Pattern& r : rows) {
    INFO(r.name << "\n" << r.input);
    const Report report = testing::WithEntities(r.input, r.entities);
    const std::vector<Quote> quotes = detail::ExtractQuotes(report);
    std::string got;
    for (const Quote& q : quotes) got += "[" + std::string(QuoteKindName(q.kind)) + "|" + SpeakerName(q) + "] " + q.text + "\n";
    INFO("got:\n" << got);
    const std::optional<Quote> q = testing::FindQuote(quotes, r.prefix);
    REQUIRE(q);
    REQUIRE(q->speaker);
    CHECK(q->speaker->name == r.speaker);
    CHECK((q->speaker->entity != 0) == r.is_entity);
    const Span at = q->speaker->span;
    CHECK(report.document.text.substr(at.start, at.end - at.start) == r.written);
  }
}

}  // namespace
}  // namespace lede
