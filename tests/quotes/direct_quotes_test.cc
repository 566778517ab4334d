// Direct and partial quotations in invented news prose: quote marks of every
// style, attribution before and after, interruptions, multi-paragraph quotes,
// and the fragments that are not quotations at all.
#include <catch2/catch.hpp>

#include "quote_fixture.h"

namespace lede {
namespace {

using testing::EntitySpec;
using testing::FindQuote;
using testing::QuotesOf;
using testing::SpeakerName;

// Names one expected quote: its text prefix, speaker name ("" = none) and kind.
struct Want {
  std::string prefix;
  std::string speaker;
  QuoteKind kind;
};

// Names one table row: text, entities, and every quote it must yield (exactly).
struct Case {
  std::string name;
  std::string text;
  std::vector<EntitySpec> entities;
  std::vector<Want> want;
};

void CheckCase(const Case& c) {
  INFO(c.name << "\n" << c.text);
  const std::vector<Quote> quotes = QuotesOf(c.text, c.entities);
  std::string got;
  for (const Quote& q : quotes) got += "[" + std::string(QuoteKindName(q.kind)) + "|" + SpeakerName(q) + "] " + q.text + "\n";
  INFO("got:\n" << got);
  CHECK(quotes.size() == c.want.size());
  for (const Want& w : c.want) {
    auto q = FindQuote(quotes, w.prefix);
    INFO("want: " << w.prefix);
    REQUIRE(q);
    CHECK(SpeakerName(*q) == w.speaker);
    CHECK(QuoteKindName(q->kind) == QuoteKindName(w.kind));
  }
}

const EntitySpec kLopez{"Maria Lopez", EntityType::kPerson, {"Maria Lopez", "Lopez"}};
const EntitySpec kAdeyemi{"Ken Adeyemi", EntityType::kPerson, {"Ken Adeyemi", "Adeyemi"}};
const EntitySpec kNair{"Priya Nair", EntityType::kPerson, {"Priya Nair", "Nair"}};
const EntitySpec kHolt{"Jane Holt", EntityType::kPerson, {"Jane Holt", "Holt"}};
const EntitySpec kReyes{"Tom Reyes", EntityType::kPerson, {"Tom Reyes", "Reyes"}};
const EntitySpec kSilva{"Ana Silva", EntityType::kPerson, {"Ana Silva", "Silva"}};
const EntitySpec kHaddad{"Nadia Haddad", EntityType::kPerson, {"Nadia Haddad", "Haddad"}};
const EntitySpec kOkafor{"Adaeze Okafor", EntityType::kPerson, {"Adaeze Okafor", "Okafor"}};

TEST_CASE("quote extractor attributes direct quotes in every mark style", "[quotes]") {
  const Case cases[] = {
      {"straight, trailing speaker", "\"We will not back down,\" Maria Lopez said.", {kLopez},
       {{"We will not back down,", "Maria Lopez", QuoteKind::kDirect}}},
      {"curly, inverted attribution", "\u201CThe bridge is safe,\u201D said Mayor Ken Adeyemi.", {kAdeyemi},
       {{"The bridge is safe,", "Ken Adeyemi", QuoteKind::kDirect}}},
      {"apposition between speaker and cue",
       "\"Prices will fall by the spring,\" Priya Nair, an economist at Halden Bank, told reporters.", {kNair},
       {{"Prices will fall", "Priya Nair", QuoteKind::kDirect}}},
      {"guillemets", "\u00ABWe will stay,\u00BB Ana Silva said.", {kSilva},
       {{"We will stay,", "Ana Silva", QuoteKind::kDirect}}},
      {"German low-high marks", "\u201EWe will stay,\u201C Ana Silva said.", {kSilva},
       {{"We will stay,", "Ana Silva", QuoteKind::kDirect}}},
      {"corner brackets", "\u300CWe will stay,\u300D Ana Silva said.", {kSilva},
       {{"We will stay,", "Ana Silva", QuoteKind::kDirect}}},
      {"single curly quotes next to apostrophes",
       "\u2018The farmers\u2019 union is ready,\u2019 Adaeze Okafor said on Friday.", {kOkafor},
       {{"The farmers\u2019 union is ready,", "Adaeze Okafor", QuoteKind::kDirect}}},
      {"straight single quotes", "'It is Rivera's call now,' Adaeze Okafor said.", {kOkafor},
       {{"It is Rivera's call now,", "Adaeze Okafor", QuoteKind::kDirect}}},
      {"colon after a cue", "Ana Silva told the assembly: \u201CWe have no more money. The reserve is empty.\u201D",
       {kSilva}, {{"We have no more money. The reserve is empty.", "Ana Silva", QuoteKind::kDirect}}},
      {"cue then a capitalised quotation to the sentence end", "Ana Silva said \"The reserve is empty\".", {kSilva},
       {{"The reserve is empty", "Ana Silva", QuoteKind::kDirect}}},
      {"cue then a quotation that stops mid-sentence is partial",
       "Ana Silva said \"The reserve is empty\" before she left.", {kSilva},
       {{"The reserve is empty", "Ana Silva", QuoteKind::kPartial},
        {"\"The reserve is empty\" before she left", "Ana Silva", QuoteKind::kMixed}}},
      {"cue then a lower-case quotation to the sentence end is partial",
       "Ana Silva said \"the reserve is empty\".", {kSilva},
       {{"the reserve is empty", "Ana Silva", QuoteKind::kPartial}}},
      {"nominal speaker keeps its words without the article",
       "\"Flights will resume on Monday,\" the airline spokeswoman said.", {},
       {{"Flights will resume", "the airline spokeswoman", QuoteKind::kDirect}}},
      {"one-word quotation with a cue is kept", "\u201CEnough,\u201D Maria Lopez said.", {kLopez},
       {{"Enough,", "Maria Lopez", QuoteKind::kDirect}}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("quote extractor tells partial quotes from whole utterances", "[quotes]") {
  const Case cases[] = {
      {"described as", "Ana Silva described the budget as \u201Cpainful but necessary\u201D.", {kSilva},
       {{"painful but necessary", "Ana Silva", QuoteKind::kPartial},
        {"the budget as \u201Cpainful", "Ana Silva", QuoteKind::kMixed}}},
      {"relative clause with described", "The city cut bus routes, which Ana Silva described as \"a betrayal of the poor\".",
       {kSilva}, {{"a betrayal of the poor", "Ana Silva", QuoteKind::kPartial}}},
      {"lower-case fragment after a cue is partial, inside mixed speech",
       "Maria Lopez said the cuts were \"the only responsible choice\" for the city.", {kLopez},
       {{"the cuts were \"the only responsible choice\" for the city", "Maria Lopez", QuoteKind::kMixed},
        {"the only responsible choice", "Maria Lopez", QuoteKind::kPartial}}},
      {"telling an addressee: the subject speaks, not the addressee",
       "Maria Lopez rejected the offer, telling Radio Harbour that the terms \u201Cwere an insult to workers\u201D.",
       {kLopez, {"Radio Harbour", EntityType::kOrg, {}}},
       {{"the terms \u201Cwere an insult to workers\u201D", "Maria Lopez", QuoteKind::kMixed},
        {"were an insult to workers", "Maria Lopez", QuoteKind::kPartial}}},
      {"saying with a colon: the subject of the sentence speaks",
       "Priya Nair also said she would stay, saying: \u201CI owe it to my students.\u201D", {kNair},
       {{"she would stay", "Priya Nair", QuoteKind::kIndirect}, {"I owe it to my students.", "Priya Nair", QuoteKind::kDirect}}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("quote extractor joins interrupted and multi-paragraph quotes to one speaker", "[quotes]") {
  const Case cases[] = {
      {"interrupted quote with a pronoun",
       "Officer Jane Holt reached the house first.\n\n\"We tried,\" she said, \"but the river rose too fast.\"", {kHolt},
       {{"We tried, but the river rose too fast.", "Jane Holt", QuoteKind::kDirect}}},
      {"interrupted quote with a nominal speaker",
       "\u201CThe plan is sound,\u201D the spokeswoman told reporters, \u201Cand we will see it through.\u201D", {},
       {{"The plan is sound, and we will see it through.", "the spokeswoman", QuoteKind::kDirect}}},
      {"multi-paragraph quote reopens each paragraph",
       "Farmer Tom Reyes watched the storm arrive.\n\n\u201CThe wind came first. Then the hail.\n\n"
       "\u201CBy morning the barn was gone,\u201D Reyes said.",
       {kReyes}, {{"The wind came first. Then the hail.\n\nBy morning the barn was gone,", "Tom Reyes", QuoteKind::kDirect}}},
      {"multi-paragraph quote with straight marks",
       "Tom Reyes spoke to the council.\n\n\"The wind came first.\n\n\"By morning the barn was gone,\" Reyes said.",
       {kReyes}, {{"The wind came first.\n\nBy morning the barn was gone,", "Tom Reyes", QuoteKind::kDirect}}},
      {"bare follow-up paragraph takes the previous speaker",
       "\"We need rain,\" said Nadia Haddad, who farms near Tyre.\n\n\"Without it, the orchards die.\"", {kHaddad},
       {{"We need rain,", "Nadia Haddad", QuoteKind::kDirect},
        {"Without it, the orchards die.", "Nadia Haddad", QuoteKind::kDirect}}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("quote extractor skips scare quotes, titles and headline fragments", "[quotes]") {
  const Case cases[] = {
      {"scare quote", "The company's \"innovation\" was a rebranded printer.", {}, {}},
      {"scare quote in a stance is mixed speech", "Critics mocked the \u201Cnew normal\u201D of empty shelves.", {},
       {{"the \u201Cnew normal\u201D of empty shelves", "Critics", QuoteKind::kMixed}}},
      {"title after called", "The film, called \"Harbour Lights at Dawn\", opens on Friday.", {}, {}},
      {"so-called", "The so-called \u2018peace dividend\u2019 has vanished.", {}, {}},
      {"title after dubbed", "Engineers dubbed the device \u201CThe Lantern\u201D in 2019.", {}, {}},
      {"title case fragment in a headline-like line", "Leaders Hail 'New Era Of Trade' At Summit", {}, {}},
      {"show title after a possessive name",
       "Maria Lopez was a guest on Radio Harbour’s “Morning Desk” on Monday.", {kLopez}, {}},
      {"show title after 'broadcast of'",
       "On Sunday's broadcast of \"Harbour Week In Review,\" the mayor said little.", {}, {}},
      {"possessive apostrophe before a single-quoted term",
       "Both parties praised their members\u2019 \u2018quiet patience\u2019", {},
       {{"their members\u2019 \u2018quiet patience\u2019", "Both parties", QuoteKind::kMixed}}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("quote extractor never lets an unmatched mark swallow the document", "[quotes]") {
  const Case cases[] = {
      {"unclosed straight quote mid-paragraph",
       "He said the \"plan was fine and left.\n\nAna Silva said the vote had been fair.", {kSilva},
       {{"the \"plan was fine", "", QuoteKind::kIndirect}, {"the vote had been fair", "Ana Silva", QuoteKind::kIndirect}}},
      {"unclosed curly quote at paragraph start runs to the paragraph end only",
       "\u201CWe are not done yet, Maria Lopez said.\n\nThe council met again on Tuesday.", {kLopez},
       {{"We are not done yet, Maria Lopez said.", "", QuoteKind::kDirect}}},
  };
  for (const Case& c : cases) CheckCase(c);
}

TEST_CASE("quote extractor output is in text order with spans on the quoted words", "[quotes]") {
  const std::string text =
      "Nadia Haddad said the well had dried up.\n\n\u201CWe walk two hours for water,\u201D Haddad said.";
  const std::vector<Quote> quotes = QuotesOf(text, {kHaddad});
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].span.start < quotes[1].span.start);
  for (const Quote& q : quotes) CHECK(text.substr(q.span.start, q.span.size()) == q.text);
  CHECK(quotes[0].cue == "said");
  CHECK(quotes[1].speaker->entity == 1);
}

}  // namespace
}  // namespace lede
