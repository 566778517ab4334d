// Context cues found on untuned invented articles: people "at" an
// organisation, a role apposition before a name, council titles, and the
// short form of a two-word company name.
#include <catch2/catch.hpp>

#include "entity_test_util.h"

namespace lede::testing {
namespace {

TEST_CASE("entity extractor types a name after '<people noun> at' as an organisation", "[entities]") {
  struct Case {
    std::string text;
    std::string name;
  };
  const std::vector<Case> cases = {
      {"Analysts at Brovik Kapital estimate the strike has cost 40 million euros.", "Brovik Kapital"},
      {"The forecast was cut, said economists at Marlow Tessaro on Monday.", "Marlow Tessaro"},
      {"A researcher at Kestrel Vane told the hearing the data was sound.", "Kestrel Vane"},
  };
  for (const Case& c : cases) {
    std::vector<Entity> entities = EntitiesOf(c.text);
    INFO(c.text << "\n" << Describe(entities));
    const Entity* e = FindEntity(entities, c.name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrg);
  }
}

TEST_CASE("entity extractor reads a role apposition written before the name", "[entities]") {
  struct Case {
    std::string text;
    std::string name;
    std::string role;
  };
  const std::vector<Case> cases = {
      {"Its chief executive, Ragna Telloy, told reporters the offer was final.", "Ragna Telloy", "chief executive"},
      {"The bakery's founder, Oskar Weinmann, said the shop would close.", "Oskar Weinmann", "bakery's founder"},
      {"Workers rallied on Monday. The deputy mayor, Joanne Pirelli, said she would meet them.", "Joanne Pirelli",
       "deputy mayor"},
  };
  for (const Case& c : cases) {
    std::vector<Entity> entities = EntitiesOf(c.text);
    INFO(c.text << "\n" << Describe(entities));
    const Entity* e = FindEntity(entities, c.name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kPerson);
    CHECK(e->roles == std::vector<std::string>{c.role});
  }
}

TEST_CASE("entity extractor takes no role from a clause before a name", "[entities]") {
  std::vector<Entity> entities = EntitiesOf("When the strike ended in May, Oskar Weinmann, a lawyer, sued.");
  INFO(Describe(entities));
  const Entity* e = FindEntity(entities, "Oskar Weinmann");
  REQUIRE(e != nullptr);
  CHECK(e->roles == std::vector<std::string>{"lawyer"});
}

TEST_CASE("entity extractor reports council titles as roles", "[entities]") {
  std::vector<Entity> entities =
      EntitiesOf("Councillor Dev Ramaswamy voted against the plan. Alderman Piet Voskuil abstained.");
  INFO(Describe(entities));
  const Entity* a = FindEntity(entities, "Dev Ramaswamy");
  REQUIRE(a != nullptr);
  CHECK(a->roles == std::vector<std::string>{"Councillor"});
  const Entity* b = FindEntity(entities, "Piet Voskuil");
  REQUIRE(b != nullptr);
  CHECK(b->roles == std::vector<std::string>{"Alderman"});
}

TEST_CASE("entity extractor links a company's first word to its two-word name", "[entities]") {
  std::vector<Entity> entities = EntitiesOf(
      "Quarvik Systems reported a loss on Thursday.\n\nShares in Quarvik fell 9 per cent in early trading.");
  INFO(Describe(entities));
  const Entity* e = FindEntity(entities, "Quarvik Systems");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kOrg);
  CHECK(e->aliases == std::vector<std::string>{"Quarvik"});
  CHECK(e->mentions.size() == 2);
}

}  // namespace
}  // namespace lede::testing
