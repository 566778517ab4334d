// Name patterns on invented prose: organisation suffixes and cues, place
// prefixes and suffixes, events, initiatives and laws, named vessels.
#include <catch2/catch.hpp>

#include "entity_test_util.h"

namespace lede::testing {
namespace {

struct TypeCase {
  std::string text;
  std::string name;
  EntityType type;
};

TEST_CASE("entity extractor types unknown names by their head word", "[entities]") {
  const std::vector<TypeCase> cases = {
      {"Shares in Okavango Mining Corporation fell.", "Okavango Mining Corporation", EntityType::kOrg},
      {"The Kenyan Ministry of Energy issued a statement.", "Kenyan Ministry of Energy",
       EntityType::kOrg},
      {"The Ministry of Energy issued a statement.", "Ministry of Energy", EntityType::kOrg},
      {"Students at Makerere University marched.", "Makerere University", EntityType::kOrg},
      {"The Green Horizon Party won two seats.", "Green Horizon Party", EntityType::kOrg},
      {"The report by the Lagos Daily Times was denied.", "Lagos Daily Times", EntityType::kOrg},
      {"Boats sank in the Gulf of Aden.", "Gulf of Aden", EntityType::kLoc},
      {"Ice melted on Mount Kenya.", "Mount Kenya", EntityType::kLoc},
      {"Tankers waited in the Caspian Sea.", "Caspian Sea", EntityType::kLoc},
      {"Patrols crossed the Bering Strait.", "Bering Strait", EntityType::kLoc},
      {"Veterans of the Korean War gathered.", "Korean War", EntityType::kEvent},
      {"Athletes left for the Asian Games.", "Asian Games", EntityType::kEvent},
      {"The Blue Ocean Initiative was launched.", "Blue Ocean Initiative", EntityType::kMisc},
      {"Congress passed the Clean Rivers Act.", "Clean Rivers Act", EntityType::kMisc},
      {"Both sides honoured the Tashkent Treaty.", "Tashkent Treaty", EntityType::kMisc},
      {"State broadcaster Televisa reported the fire.", "Televisa", EntityType::kOrg},
      {"A report from state news agency Bernama said so.", "Bernama", EntityType::kOrg},
      {"Embraer, a Brazilian planemaker, said orders rose.", "Embraer", EntityType::kOrg},
      {"The navy sent the frigate Almirante Tamandare.", "Almirante Tamandare",
       EntityType::kProduct},
      // A city's name given to a ship is the ship here.
      {"It deployed the destroyer Kolkata to the region.", "Kolkata", EntityType::kProduct},
      {"Japan sent the aircraft carrier Kaga.", "Kaga", EntityType::kProduct},
  };
  for (const TypeCase& c : cases) {
    std::vector<Entity> entities = EntitiesOf(c.text);
    INFO(c.text << "\n" << Describe(entities));
    const Entity* e = FindEntity(entities, c.name);
    REQUIRE(e != nullptr);
    CHECK(EntityTypeName(e->type) == EntityTypeName(c.type));
  }
}

TEST_CASE("entity extractor finds a ministry named in lower case", "[entities]") {
  const std::vector<TypeCase> cases = {
      {"The health ministry said cases fell.", "health ministry", EntityType::kOrg},
      {"Kenya's interior ministry denied it.", "interior ministry", EntityType::kOrg},
  };
  for (const TypeCase& c : cases) {
    std::vector<Entity> entities = EntitiesOf(c.text);
    INFO(c.text << "\n" << Describe(entities));
    const Entity* e = FindEntity(entities, c.name);
    REQUIRE(e != nullptr);
    CHECK(e->type == c.type);
  }
  // Inside a role it only qualifies the role.
  std::vector<Entity> entities = EntitiesOf("Ali Hassan, a health ministry spokesman, said so.");
  CHECK(FindEntity(entities, "health ministry") == nullptr);
}

TEST_CASE("entity extractor splits hyphenated pairs of names", "[entities]") {
  std::vector<Entity> entities = EntitiesOf("Kenya-Uganda trade grew as Kenya cut tariffs.");
  INFO(Describe(entities));
  const Entity* kenya = FindEntity(entities, "Kenya");
  REQUIRE(kenya != nullptr);
  CHECK(kenya->mentions.size() == 2);
  CHECK(FindEntity(entities, "Uganda") != nullptr);
}

}  // namespace
}  // namespace lede::testing
