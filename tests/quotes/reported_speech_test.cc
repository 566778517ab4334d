// Reported (indirect) speech in invented news prose: the clause after a cue,
// the sentence before a trailing attribution, "according to", pronoun and
// nominal speakers, and the verb uses that are not reported speech.
#include <catch2/catch.hpp>

#include "quote_fixture.h"

namespace lede {
namespace {

using testing::EntitySpec;
using testing::QuotesOf;
using testing::SpeakerName;

// Names one row: text, entities, and the one indirect quote it must yield
// (empty `text` means none at all).
struct Row {
  std::string name;
  std::string input;
  std::vector<EntitySpec> entities;
  std::string text;
  std::string speaker;
  std::string cue;
};

const EntitySpec kChen{"Chen Wei", EntityType::kPerson, {"Chen Wei", "Chen"}};
const EntitySpec kRivera{"Luis Rivera", EntityType::kPerson, {"Luis Rivera", "Rivera"}};
const EntitySpec kPark{"Lena Park", EntityType::kPerson, {"Lena Park", "Park"}};
const EntitySpec kAshby{"Gordon Ashby", EntityType::kPerson, {"Gordon Ashby", "Ashby"}};
const EntitySpec kOmar{"Omar Haddad", EntityType::kPerson, {"Omar Haddad", "Haddad"}};
const EntitySpec kKarsovia{"Karsovia", EntityType::kGpe, {}};
const EntitySpec kLedger{"Daily Ledger", EntityType::kOrg, {}};
const EntitySpec kHealth{"Ministry of Health", EntityType::kOrg, {}};
const EntitySpec kWaterAuthority{"regional water authority", EntityType::kOrg, {}};

TEST_CASE("quote extractor finds reported speech with its speaker", "[quotes]") {
  const Row rows[] = {
      {"said without that", "Chen Wei said Karsovia would not change course.", {kChen, kKarsovia},
       "Karsovia would not change course", "Chen Wei", "said"},
      {"said that", "Luis Rivera said that the port would reopen in May.", {kRivera},
       "the port would reopen in May", "Luis Rivera", "said"},
      {"told an addressee that: the addressee is not the speaker",
       "Rivera told the Daily Ledger that the deal was dead.", {kRivera, kLedger}, "the deal was dead", "Luis Rivera",
       "told"},
      {"trailing attribution with a nominal speaker and a time adjunct",
       "Ferries between the islands will resume next week, the transport ministry said on Tuesday.", {},
       "Ferries between the islands will resume next week", "the transport ministry", "said"},
      {"trailing attribution with an apposition",
       "The harvest was the worst in a decade, Omar Haddad, a grain trader in Tyre, told a farmers' meeting.",
       {kOmar}, "The harvest was the worst in a decade", "Omar Haddad", "told"},
      {"inverted trailing attribution", "The strike will go ahead, said Omar Haddad, the union leader.", {kOmar},
       "The strike will go ahead", "Omar Haddad", "said"},
      {"according to at the end: the titled name's entity, not its organisation",
       "Exports fell by a third last year, according to Halden Bank chief economist Lena Park.",
       {{"Halden Bank", EntityType::kOrg, {}}, kPark}, "Exports fell by a third last year", "Lena Park",
       "according to"},
      {"according to at the start", "According to Lena Park, the vote was rigged in three districts.", {kPark},
       "the vote was rigged in three districts", "Lena Park", "According to"},
      {"according to a nominal speaker that names an ORG entity",
       "The dam will be finished by 2027, according to the regional water authority.", {kWaterAuthority},
       "The dam will be finished by 2027", "regional water authority", "according to"},
      {"according to after an opening connective",
       "But according to Lena Park, the harbour tax will double by spring.", {kPark},
       "the harbour tax will double by spring", "Lena Park", "according to"},
      {"according to a long source the resolver does not read, up to its comma",
       "According to early figures from the county election board, turnout fell in every ward.", {},
       "turnout fell in every ward", "early figures from the county election board", "According to"},
      {"according to interrupting the clause: one content around it",
       "The new bridge, according to Lena Park, will open two years late.", {kPark},
       "The new bridge, according to Lena Park, will open two years late", "Lena Park", "according to"},
      {"cue with an adverb and a subordinate speaker",
       "The talks stalled after Karsovia recently claimed the border had been moved.", {kKarsovia},
       "the border had been moved", "Karsovia", "claimed"},
      {"clause cut at a spaced dash",
       "Prices rose after Karsovia said it would cut gas supplies \u2013 a move its neighbours called hostile.",
       {kKarsovia}, "it would cut gas supplies", "Karsovia", "said"},
      {"said on a day without that", "The ministry said on Thursday it would raise pensions.", {},
       "it would raise pensions", "The ministry", "said"},
      {"said in a statement that", "The Ministry of Health said in a statement that cases were rising.", {kHealth},
       "cases were rising", "Ministry of Health", "said"},
      {"pronoun resolves to the most recent person",
       "Gordon Ashby spoke to fans after the match.\n\nHe said the team had lost its nerve.", {kAshby},
       "the team had lost its nerve", "Gordon Ashby", "said"},
      {"plural nominal speaker", "Officials said the border would stay closed until Friday.", {},
       "the border would stay closed until Friday", "Officials", "said"},
      {"said with a complement that is no full clause", "Lena Park said much of the budget went on roads.", {kPark},
       "much of the budget went on roads", "Lena Park", "said"},
      {"said and a bare day name before the clause", "Luis Rivera said Tuesday the ferry strike was over.", {kRivera},
       "the ferry strike was over", "Luis Rivera", "said"},
      {"said in an interview: the clause starts after the adjunct phrase",
       "Chen Wei said in a radio interview on Monday he would not resign.", {kChen}, "he would not resign",
       "Chen Wei", "said"},
      {"said in an interview with no clause after it is not reported speech",
       "Chen Wei said in a long radio interview with the station.", {kChen}, "", "", ""},
      {"attribution in the middle of the sentence", "The new tariffs, Lena Park said, would hurt small farms most.",
       {kPark}, "The new tariffs, Lena Park said, would hurt small farms most", "Lena Park", "said"},
      {"attribution after an opening adjunct", "In the first round, Chen Wei said, turnout had been very low.",
       {kChen}, "turnout had been very low", "Chen Wei", "said"},
      {"plural common-noun speaker the resolver does not list",
       "Several harbour pilots said the channel was too shallow for tankers.", {},
       "the channel was too shallow for tankers", "Several harbour pilots", "said"},
      {"counted speaker in a poll", "In the survey, 42 percent said they would back the levy.", {},
       "they would back the levy", "42 percent", "said"},
      {"belief verb", "Gordon Ashby thinks the league will expand next season.", {kAshby},
       "the league will expand next season", "Gordon Ashby", "thinks"},
      {"stance verb with a noun-phrase object", "Omar Haddad criticized the new port fees on Monday.", {kOmar},
       "the new port fees on Monday", "Omar Haddad", "criticized"},
      {"a name alone is the whole object of a stance verb", "Omar Haddad criticized Brussels.", {kOmar},
       "Brussels", "Omar Haddad", "criticized"},
      {"stance verb object ends before a relative clause",
       "Lena Park defended the water levy, which parliament passed in May.", {kPark}, "the water levy", "Lena Park",
       "defended"},
      {"infinitive object of a stance verb", "Chen Wei declined to comment on the rail contract.", {kChen},
       "to comment on the rail contract", "Chen Wei", "declined"},
      {"content ends before a participle clause after a comma",
       "Omar Haddad said the vote was close, putting the result in doubt.", {kOmar}, "the vote was close",
       "Omar Haddad", "said"},
      {"second verb of a coordination shares the subject",
       "Omar Haddad toured the flooded mill and said the town would need new levees.", {kOmar},
       "the town would need new levees", "Omar Haddad", "said"},
      {"told with a long addressee and a time adjunct before that",
       "Chen Wei told the Harbour Gazette of Port Vell on Saturday that the strike would end soon.", {kChen},
       "the strike would end soon", "Chen Wei", "told"},
      {"opening Asked frames a question with no named asker, up to its comma",
       "Asked on Monday whether the ferry would run again, Lena Park smiled.", {kPark},
       "whether the ferry would run again", "", "Asked"},
      {"opening When asked about: the topic after about is the content",
       "When asked about the new harbour tolls, Gordon Ashby shrugged.", {kAshby}, "the new harbour tolls", "",
       "asked"},
      {"relative clause cue: the antecedent speaks, the content ends at the clause's comma",
       "Lena Park, who argued the fares were too high, joined the protest on Friday.", {kPark},
       "the fares were too high", "Lena Park", "argued"},
      {"impression with no speaker: the whole clause", "The ferry strike seemed to ease by the weekend.", {},
       "The ferry strike seemed to ease by the weekend", "", "seemed"},
      {"expectation with no speaker after a connective",
       "Fares rose again, but the council is expected to cap them in June.", {},
       "the council is expected to cap them in June", "", "expected"},
      {"appeared with a place is no impression", "Chen Wei appeared on a radio show in the capital.", {kChen}, "",
       "", ""},
      {"belief verb added for reported speech only", "Gordon Ashby sees the merger as a lifeline for the club.",
       {kAshby}, "the merger as a lifeline for the club", "Gordon Ashby", "sees"},
      {"content ends before the writer's ', but' clause",
       "Luis Rivera said the depot would reopen, but the union doubts it.", {kRivera},
       "the depot would reopen", "Luis Rivera", "said"},
      {"content ends before ', and' with a new pronoun subject",
       "Chen Wei said the toll was fair, and she will vote for it again.", {kChen}, "the toll was fair",
       "Chen Wei", "said"},
      {"opening name with a long apposition the resolver does not step over",
       "Gordon Ashby, a retired ferry captain who ran the northern route for two decades, said the new timetable "
       "was unsafe.",
       {kAshby}, "the new timetable was unsafe", "Gordon Ashby", "said"},
      {"ratio of a polled group", "In the same poll, three in 10 said they would move abroad.", {},
       "they would move abroad", "three in 10", "said"},
      {"two-word cue: the object after its particle", "Omar Haddad called for a full audit of the harbour accounts.",
       {kOmar}, "a full audit of the harbour accounts", "Omar Haddad", "called for"},
      {"two-word participle cue takes the sentence subject",
       "Lena Park left the hall early, calling for a second vote on the budget.", {kPark},
       "a second vote on the budget", "Lena Park", "calling for"},
      {"describe cue: the object and its 'as' phrase", "Luis Rivera described the rail deal as a bad bargain.",
       {kRivera}, "the rail deal as a bad bargain", "Luis Rivera", "described"},
      {"a restrictive relative clause: its head noun speaks",
       "The council heard from the ferry operators who say the fares are too low.", {},
       "the fares are too low", "the ferry operators", "say"},
      {"a common-noun phrase with a participle modifier speaks",
       "A harbour survey published Friday says that the quay walls are crumbling.", {},
       "the quay walls are crumbling", "A harbour survey published Friday", "says"},
      {"a paragraph opening with a name and a colon is a headline-style attribution",
       "Mayor Ostrova: Ferry fares will rise next spring", {}, "Ferry fares will rise next spring", "Mayor Ostrova",
       ":"},
      {"a label before a colon names no speaker", "Update: The ferry sailed at noon after all.", {}, "", "", ""},
      {"passive cue has no speaker", "The two fishermen were found alive on a sandbank near the coast.", {}, "", "",
       ""},
      {"said to be is not reported speech", "Gordon Ashby is said to be weighing an offer from a rival club.",
       {kAshby}, "", "", ""},
      {"said and a time clause is not reported speech", "Omar Haddad said after the meeting ended.",
       {kOmar}, "", "", ""},
      {"warned with an object and an infinitive is not reported speech",
       "The United Nations warned Karsovia not to expel aid workers.", {kKarsovia}, "", "", ""},
      {"announced with a noun phrase reports the announcement",
       "The firm announced its withdrawal from the northern market.", {}, "its withdrawal from the northern market",
       "The firm", "announced"},
      {"no cue, no quote", "The river burst its banks on Sunday and flooded the lower town.", {}, "", "", ""},
  };
  for (const Row& r : rows) {
    INFO(r.name << "\n" << r.input);
    const std::vector<Quote> quotes = QuotesOf(r.input, r.entities);
    std::string got;
    for (const Quote& q : quotes) got += "[" + std::string(QuoteKindName(q.kind)) + "|" + SpeakerName(q) + "|" + q.cue + "] " + q.text + "\n";
    INFO("got:\n" << got);
    if (r.text.empty()) {
      CHECK(quotes.empty());
      continue;
    }
    REQUIRE(quotes.size() == 1);
    CHECK(quotes[0].kind == QuoteKind::kIndirect);
    CHECK(quotes[0].text == r.text);
    CHECK(SpeakerName(quotes[0]) == r.speaker);
    CHECK(quotes[0].cue == r.cue);
    CHECK(r.input.substr(quotes[0].span.start, quotes[0].span.size()) == r.text);
  }
}

TEST_CASE("quote extractor ends a content before a second cue joined by and, which reports its own", "[quotes]") {
  const std::vector<Quote> quotes =
      QuotesOf("Luis Rivera said the mill would close and added that forty jobs would go.", {kRivera});
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].text == "the mill would close");
  CHECK(quotes[1].text == "forty jobs would go");
  CHECK(quotes[1].cue == "added");
  CHECK(SpeakerName(quotes[1]) == "Luis Rivera");
}

TEST_CASE("quote extractor cuts a clause before a participle cue, which reports its own clause", "[quotes]") {
  const std::vector<Quote> quotes =
      QuotesOf("Lena Park suggested the budget had been padded, adding that she would ask for an audit.", {kPark});
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].text == "the budget had been padded");
  CHECK(quotes[0].cue == "suggested");
  CHECK(quotes[1].text == "she would ask for an audit");
  CHECK(quotes[1].cue == "adding");
  CHECK(SpeakerName(quotes[1]) == "Lena Park");
}

TEST_CASE("quote extractor links nominal and entity speakers to entity ids", "[quotes]") {
  const std::vector<Quote> quotes = QuotesOf(
      "Luis Rivera said the port would reopen.\n\nThe regional water authority said the dam was safe.",
      {kRivera, kWaterAuthority});
  REQUIRE(quotes.size() == 2);
  REQUIRE(quotes[0].speaker);
  CHECK(quotes[0].speaker->entity == 1);
  REQUIRE(quotes[1].speaker);
  CHECK(quotes[1].speaker->entity == 2);
  CHECK(quotes[1].speaker->name == "regional water authority");
}

TEST_CASE("quote extractor does not report a quotation twice as reported speech", "[quotes]") {
  const std::vector<Quote> quotes =
      QuotesOf("Lena Park said \u201Cthe count was clean in every district\u201D.", {kPark});
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].kind == QuoteKind::kPartial);
}

}  // namespace
}  // namespace lede
