// An invented article shaped like a wire story about military ties, with
// other countries, people, agencies and a ship: the sample's structure
// without any of its names, so nothing passes by being fitted to it.
#include <catch2/catch.hpp>

#include "entity_test_util.h"

namespace lede::testing {
namespace {

constexpr const char* kArticle =
    "The Japanese navy is ready to deepen cooperation with India, including more joint "
    "exercises and maritime patrols, the defence ministry said on Friday.\n\n"
    "The two countries would build trust between their forces and support the Free and Open "
    "Seas Initiative, a Japanese proposal, Sato Kenji, a defence ministry spokesman, told "
    "reporters.\n\n"
    "\"The Japanese navy stands ready to work with the Indian navy,\" Sato said, referring to "
    "talks in New Delhi between Japanese Prime Minister Fumio Kishida and his Indian "
    "counterpart Narendra Modi.\n\n"
    "Earlier this month Japan, India and Australia held a four-day drill in the Bay of Bengal, "
    "which Sato described as \"a model of trust\".\n\n"
    "The drill involved nine ships, with Japan sending the helicopter destroyer Izumo.\n\n"
    "Sato said the partnership was not like the blocs of the Cold War.\n\n"
    "A report from state news agency Antara said \"Jakarta welcomed the talks\".\n\n"
    "Since January, Asean members have pledged $2 billion in maritime aid, according to "
    "Asean secretary general Kao Kim Hourn.\n\n"
    "Before Kishida's trip the United Kingdom urged Tokyo to join a naval task force.\n\n"
    "Indian Defence Minister Rajnath Singh later told Agence France-Presse that Modi "
    "welcomed the plan. Singh also said he wanted Kishida to visit Mumbai.";

TEST_CASE("entity extractor reads an unseen wire story", "[entities]") {
  std::vector<Entity> entities = EntitiesOf(kArticle);
  INFO(Describe(entities));
  struct Expected {
    std::string name;
    EntityType type;
    std::vector<std::string> aliases;
    std::string role;
  };
  const std::vector<Expected> expected = {
      {"Sato Kenji", EntityType::kPerson, {"Sato"}, "defence ministry spokesman"},
      {"Fumio Kishida", EntityType::kPerson, {"Kishida"}, "Japanese Prime Minister"},
      {"Narendra Modi", EntityType::kPerson, {"Modi"}, "Indian counterpart"},
      {"Kao Kim Hourn", EntityType::kPerson, {}, "Asean secretary general"},
      {"Rajnath Singh", EntityType::kPerson, {"Singh"}, "Indian Defence Minister"},
      {"India", EntityType::kGpe, {}, ""},
      {"Japan", EntityType::kGpe, {}, ""},
      {"Australia", EntityType::kGpe, {}, ""},
      {"United Kingdom", EntityType::kGpe, {}, ""},
      {"New Delhi", EntityType::kGpe, {}, ""},
      {"Tokyo", EntityType::kGpe, {}, ""},
      {"Jakarta", EntityType::kGpe, {}, ""},
      {"Mumbai", EntityType::kGpe, {}, ""},
      {"Bay of Bengal", EntityType::kLoc, {}, ""},
      {"Asean", EntityType::kOrg, {}, ""},
      {"Antara", EntityType::kOrg, {}, ""},
      {"Agence France-Presse", EntityType::kOrg, {}, ""},
      {"Cold War", EntityType::kEvent, {}, ""},
      {"Japanese", EntityType::kNorp, {}, ""},
      {"Indian", EntityType::kNorp, {}, ""},
      {"Izumo", EntityType::kProduct, {}, ""},
      {"Free and Open Seas Initiative", EntityType::kMisc, {}, ""},
      {"defence ministry", EntityType::kOrg, {}, ""},
  };
  for (const Expected& x : expected) {
    INFO(x.name);
    const Entity* e = FindEntity(entities, x.name);
    REQUIRE(e != nullptr);
    CHECK(EntityTypeName(e->type) == EntityTypeName(x.type));
    CHECK(e->aliases == x.aliases);
    if (!x.role.empty()) CHECK(std::find(e->roles.begin(), e->roles.end(), x.role) != e->roles.end());
  }
  for (const char* bad : {"Earlier", "Since", "Before", "The", "A", "Sato said", "Friday",
                          "January", "Singh also", "Kishida's"}) {
    INFO(bad);
    CHECK_FALSE(Names(entities, bad));
  }
}

}  // namespace
}  // namespace lede::testing
