// Gazetteer-backed types on invented prose: countries and their short
// forms, cities, nationalities, organisations, and case-sensitive acronyms.
#include <catch2/catch.hpp>

#include "entity_test_util.h"

namespace lede::testing {
namespace {

struct TypeCase {
  std::string text;
  std::string name;
  EntityType type;
};

TEST_CASE("entity extractor types names from the gazetteers", "[entities]") {
  const std::vector<TypeCase> cases = {
      {"Floods hit Kenya and Tanzania this week.", "Kenya", EntityType::kGpe},
      {"Floods hit Kenya and Tanzania this week.", "Tanzania", EntityType::kGpe},
      {"Protests spread from Mombasa to Kisumu.", "Mombasa", EntityType::kGpe},
      {"The talks in Nairobi ended early.", "Nairobi", EntityType::kGpe},
      {"Exports from Brazil to South Korea rose.", "South Korea", EntityType::kGpe},
      {"A Japanese delegation arrived late.", "Japanese", EntityType::kNorp},
      {"Kenyan officials denied the report.", "Kenyan", EntityType::kNorp},
      {"Brazilians voted on Sunday.", "Brazilians", EntityType::kNorp},
      {"The World Health Organization warned of a new wave.", "World Health Organization",
       EntityType::kOrg},
      {"Shares rose, Bloomberg reported.", "Bloomberg", EntityType::kOrg},
      {"The Arab League met in Cairo.", "Arab League", EntityType::kOrg},
      {"Tensions rose in the South China Sea again.", "South China Sea", EntityType::kLoc},
      {"Fighting in the Middle East worsened.", "Middle East", EntityType::kLoc},
      {"He fought in World War II as a pilot.", "World War II", EntityType::kEvent},
      {"Ships crossed the Taiwan Strait on Friday.", "Taiwan Strait", EntityType::kLoc},
      {"FLOODS HIT NAIROBI AS RAINS CONTINUE", "NAIROBI", EntityType::kGpe},
      {"Trade with the U.S. fell sharply.", "U.S.", EntityType::kGpe},
  };
  for (const TypeCase& c : cases) {
    std::vector<Entity> entities = EntitiesOf(c.text);
    INFO(c.text << "\n" << Describe(entities));
    const Entity* e = FindEntity(entities, c.name);
    REQUIRE(e != nullptr);
    CHECK(EntityTypeName(e->type) == EntityTypeName(c.type));
  }
}

TEST_CASE("entity extractor merges a country's short forms", "[entities]") {
  std::vector<Entity> entities = EntitiesOf(
      "The United Kingdom signed the deal. Britain had long opposed it, and the UK "
      "parliament must still vote.");
  INFO(Describe(entities));
  const Entity* uk = FindEntity(entities, "United Kingdom");
  REQUIRE(uk != nullptr);
  CHECK(uk->type == EntityType::kGpe);
  CHECK(uk->mentions.size() == 3);
  CHECK(Names(entities, "Britain"));
}

TEST_CASE("entity extractor merges an acronym written in two cases", "[entities]") {
  std::vector<Entity> entities = EntitiesOf(
      "NATO ministers met in Brussels. Nato said the meeting was useful.");
  INFO(Describe(entities));
  int orgs = 0;
  for (const Entity& e : entities) orgs += e.type == EntityType::kOrg;
  CHECK(orgs == 1);
  REQUIRE(Names(entities, "Nato"));
  REQUIRE(Names(entities, "NATO"));
}

TEST_CASE("entity extractor matches all-capital acronyms only in capitals", "[entities]") {
  std::vector<Entity> entities = EntitiesOf(
      "Who will pay? The WHO said the US would. Let us see, he said.");
  INFO(Describe(entities));
  CHECK(Names(entities, "WHO"));
  CHECK(Names(entities, "US"));
  CHECK_FALSE(Names(entities, "Who"));
  CHECK_FALSE(Names(entities, "us"));
}

TEST_CASE("entity extractor keeps a capital city distinct from its country", "[entities]") {
  std::vector<Entity> entities = EntitiesOf(
      "Tokyo protested. Japan's foreign ministry said Tokyo would respond.");
  INFO(Describe(entities));
  const Entity* tokyo = FindEntity(entities, "Tokyo");
  REQUIRE(tokyo != nullptr);
  CHECK(tokyo->type == EntityType::kGpe);
  CHECK(tokyo->mentions.size() == 2);
  const Entity* japan = FindEntity(entities, "Japan");
  REQUIRE(japan != nullptr);
  CHECK(japan->mentions.size() == 1);
}

}  // namespace
}  // namespace lede::testing

namespace lede::testing {
namespace {

TEST_CASE("entity extractor never joins a name across a line break", "[entities]") {
  std::vector<Entity> entities = EntitiesOf("Exports to the Czech\nRepublic fell.");
  INFO(Describe(entities));
  for (const Entity& e : entities) {
    CHECK(e.name.find('\n') == std::string::npos);
    for (const std::string& a : e.aliases) CHECK(a.find('\n') == std::string::npos);
  }
}

}  // namespace
}  // namespace lede::testing
