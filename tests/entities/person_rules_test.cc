// PERSON rules on invented news prose: names found by title, role noun,
// apposition, reporting verb or given name, never by a name list.
#include <catch2/catch.hpp>

#include "entity_test_util.h"

namespace lede::testing {
namespace {

struct PersonCase {
  std::string text;
  std::string name;
};

TEST_CASE("entity extractor finds people by their context", "[entities]") {
  const std::vector<PersonCase> cases = {
      // Title before.
      {"Defence Minister Minoru Kihara arrived in Manila on Monday.", "Minoru Kihara"},
      {"The talks were chaired by Prime Minister Mette Frederiksen.", "Mette Frederiksen"},
      {"Talks with Dr Amara Okonkwo ended late.", "Amara Okonkwo"},
      {"The plan was backed by Secretary of State Antony Blinken.", "Antony Blinken"},
      // Role noun before, lower case.
      {"The deal was signed by his Kenyan counterpart Wafula Odhiambo.", "Wafula Odhiambo"},
      {"It was confirmed by company chairman Rui Kazuo on state television.", "Rui Kazuo"},
      // Apposition after.
      {"Li Wei, a foreign ministry spokeswoman, said the visit was routine.", "Li Wei"},
      {"The report cited Bao Zhenhua, an economist at a Shanghai bank, on Friday.", "Bao Zhenhua"},
      // Reporting verb after.
      {"The vote was close, Okafor said on Tuesday.", "Okafor"},
      {"Nkemelu told reporters the budget was final.", "Nkemelu"},
      {"Fuentes also said the mine would reopen.", "Fuentes"},
      // Given name from the list.
      {"The award went to Sarah Mbeki for her reporting.", "Sarah Mbeki"},
      // Two capitalised words mid-sentence with no other cue.
      {"The case against Dmitri Volkanov was dropped.", "Dmitri Volkanov"},
  };
  for (const PersonCase& c : cases) {
    std::vector<Entity> entities = EntitiesOf(c.text);
    INFO(c.text << "\n" << Describe(entities));
    const Entity* e = FindEntity(entities, c.name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kPerson);
  }
}

TEST_CASE("entity extractor does not take sentence words for names", "[entities]") {
  const std::vector<PersonCase> cases = {
      {"Earlier this week the central bank raised rates.", "Earlier"},
      {"More than 40 people were hurt, police said.", "More"},
      {"Since January the price has doubled.", "Since"},
      {"Since January the price has doubled.", "January"},
      {"Before the vote, lawmakers met in private.", "Before"},
      {"The minister resigned on Wednesday.", "The"},
      {"The minister resigned on Wednesday.", "Wednesday"},
      {"A spokesman declined to comment.", "A"},
      {"Officials said the bridge would reopen.", "Officials"},
      {"Analysts said growth would slow.", "Analysts"},
      {"However, the court disagreed.", "However"},
      {"Meanwhile prices rose in March.", "March"},
      // A common word opening the sentence is not part of the name after it.
      {"Like Kagame, Ruto favours open borders.", "Like Kagame"},
      {"Asked about Ruto, the envoy smiled.", "Asked"},
      // Shouted headline words are not acronyms.
      {"FLOODS HIT NAIROBI AS RAINS CONTINUE", "FLOODS"},
      {"FLOODS HIT NAIROBI AS RAINS CONTINUE", "RAINS CONTINUE"},
  };
  for (const PersonCase& c : cases) {
    std::vector<Entity> entities = EntitiesOf(c.text);
    INFO(c.text << "\n" << Describe(entities));
    CHECK_FALSE(Names(entities, c.name));
  }
}

TEST_CASE("entity extractor never swallows the reporting verb", "[entities]") {
  std::vector<Entity> entities = EntitiesOf(
      "Wang Lei, a commerce ministry official, spoke first.\n\n"
      "Wang said exports had recovered. Wang also said talks would go on.");
  INFO(Describe(entities));
  const Entity* e = FindEntity(entities, "Wang Lei");
  REQUIRE(e != nullptr);
  CHECK(e->aliases == std::vector<std::string>{"Wang"});
  CHECK(e->mentions.size() == 3);
  CHECK_FALSE(Names(entities, "Wang said"));
  CHECK_FALSE(Names(entities, "Wang also"));
}

TEST_CASE("entity extractor keeps a common-word surname once the full name is known", "[entities]") {
  // "Rice" and "Brown" are common lower-case words.
  std::vector<Entity> entities = EntitiesOf(
      "Senator Gordon Brown met Susan Rice in Geneva.\n\n"
      "Brown said the meeting went well. Rice declined to comment.");
  INFO(Describe(entities));
  const Entity* brown = FindEntity(entities, "Gordon Brown");
  const Entity* rice = FindEntity(entities, "Susan Rice");
  REQUIRE(brown != nullptr);
  REQUIRE(rice != nullptr);
  CHECK(brown->mentions.size() == 2);
  CHECK(rice->mentions.size() == 2);
  CHECK(FindEntity(entities, "Geneva") != nullptr);
}

}  // namespace
}  // namespace lede::testing
