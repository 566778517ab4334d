// Entity facts on invented prose: ISO country codes of GPEs and NORPs, the
// link from a people or city to its country's entity, and salience.
#include <catch2/catch.hpp>

#include "entities/entity_extractor.h"
#include "entity_test_util.h"

namespace lede::testing {
namespace {

// Returns the entity named or aliased `name`, or nullptr.
const Entity* Named(const std::vector<Entity>& entities, const std::string& name) {
  for (const Entity& e : entities) {
    if (e.name == name || std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end()) return &e;
  }
  return nullptr;
}

struct CodeCase {
  std::string text;
  std::string name;     // the entity's name or an alias
  std::string country;  // expected code, "" for none
};

TEST_CASE("entity facts give GPEs and NORPs their ISO country code and nothing else", "[entities][facts]") {
  const std::vector<CodeCase> cases = {
      // Country names and short forms.
      {"The United States imposed new tariffs on steel imports.", "United States", "US"},
      {"Officials said the US would not attend the summit.", "US", "US"},
      {"Britain raised interest rates for the fifth time.", "Britain", "GB"},
      {"Exports from Brazil to South Korea rose in March.", "South Korea", "KR"},
      {"The Netherlands recalled its ambassador on Monday.", "The Netherlands", "NL"},
      // Capitals and other cities take their country's code.
      {"Talks in Nairobi ended without a deal.", "Nairobi", "KE"},
      {"Rescuers in Ankara searched the rubble overnight.", "Ankara", "TR"},
      {"Flights from London were cancelled after the storm.", "London", "GB"},
      // Regions.
      {"Wildfires spread across California this week.", "California", "US"},
      // Nationalities, including the hand-written ones and plurals.
      {"Kenyan officials denied the report.", "Kenyan", "KE"},
      {"Brazilians voted in the second round on Sunday.", "Brazilians", "BR"},
      {"A British diplomat was summoned on Tuesday.", "British", "GB"},
      {"Japanese investors sold the bonds.", "Japanese", "JP"},
      // Places without a government, people and organisations get none.
      {"A tanker was seized in the Red Sea on Friday.", "Red Sea", ""},
      {"Storms battered ships in the Gulf of Aden.", "Gulf of Aden", ""},
      {"Maria Lindqvist, the finance minister, resigned on Friday.", "Maria Lindqvist", ""},
      {"The World Health Organization warned of a new wave.", "World Health Organization", ""},
      // Groups that are no nationality get none.
      {"Muslim leaders called for calm after the attack.", "Muslim", ""},
  };
  for (const CodeCase& c : cases) {
    const std::vector<Entity> entities = EntitiesOf(c.text);
    INFO(c.text << "\n" << Describe(entities));
    const Entity* e = Named(entities, c.name);
    REQUIRE(e != nullptr);
    CHECK(e->country == c.country);
  }
}

TEST_CASE("entity facts link a nationality to its country's entity only when the country is named",
          "[entities][facts]") {
  SECTION("named: the NORP points at the GPE") {
    const std::vector<Entity> entities =
        EntitiesOf("Kenyan troops crossed the border at dawn. Kenya said the mission would last a month.");
    INFO(Describe(entities));
    const Entity* people = Named(entities, "Kenyan");
    const Entity* country = Named(entities, "Kenya");
    REQUIRE(people != nullptr);
    REQUIRE(country != nullptr);
    CHECK(people->country == "KE");
    CHECK(people->country_entity == country->id);
    CHECK(country->country_entity == 0);  // a country is not linked to itself
  }
  SECTION("named by a short form: British -> Britain") {
    const std::vector<Entity> entities =
        EntitiesOf("British ministers met on Monday. Britain will send aid to the region, they said.");
    INFO(Describe(entities));
    const Entity* people = Named(entities, "British");
    const Entity* country = Named(entities, "Britain");
    REQUIRE(people != nullptr);
    REQUIRE(country != nullptr);
    CHECK(people->country_entity == country->id);
  }
  SECTION("a city points at its country too") {
    const std::vector<Entity> entities =
        EntitiesOf("Peru declared an emergency after floods reached Lima on Sunday.");
    INFO(Describe(entities));
    const Entity* city = Named(entities, "Lima");
    const Entity* country = Named(entities, "Peru");
    REQUIRE(city != nullptr);
    REQUIRE(country != nullptr);
    CHECK(city->country == "PE");
    CHECK(city->country_entity == country->id);
  }
  SECTION("not named: no link") {
    const std::vector<Entity> entities =
        EntitiesOf("Brazilian farmers blocked roads near the port of Rotterdam on Friday.");
    INFO(Describe(entities));
    const Entity* people = Named(entities, "Brazilian");
    REQUIRE(people != nullptr);
    CHECK(people->country == "BR");
    CHECK(people->country_entity == 0);
  }
  SECTION("another country named: no link") {
    const std::vector<Entity> entities =
        EntitiesOf("Canadian firefighters arrived in Greece to help fight the blazes.");
    INFO(Describe(entities));
    const Entity* people = Named(entities, "Canadian");
    REQUIRE(people != nullptr);
    CHECK(people->country == "CA");
    CHECK(people->country_entity == 0);
  }
}

// An invented article whose subject (Norway's wealth fund) is named early and
// often, with a one-off name in the last paragraph.
constexpr const char* kArticle =
    "Norway will cut its oil output next year, the energy minister said on Monday.\n\n"
    "The government in Oslo said Norway would keep exports to Germany steady.\n\n"
    "Norway has pumped oil from the North Sea since the 1970s, and Norway's fund owns stakes in "
    "thousands of companies.\n\n"
    "Analysts said the cut was small. Norway produces about two million barrels a day.\n\n"
    "Prices also rose in Singapore on the news.";

TEST_CASE("entity facts rank the repeated early subject above a one-off late name", "[entities][facts]") {
  const std::vector<Entity> entities = EntitiesOf(kArticle);
  INFO(Describe(entities));
  const Entity* subject = Named(entities, "Norway");
  const Entity* late = Named(entities, "Singapore");
  REQUIRE(subject != nullptr);
  REQUIRE(late != nullptr);
  CHECK(subject->salience > late->salience);
  for (const Entity& e : entities) {
    INFO(e.name << " " << e.salience);
    CHECK(e.salience >= 0.0);
    CHECK(e.salience <= 1.0);
    CHECK(e.salience <= subject->salience);  // the subject is the top entity
  }
}

TEST_CASE("entity facts raise an entity named in the headline", "[entities][facts]") {
  const std::string text =
      "Ministers from Chile and Peru met on Tuesday to discuss the copper levy.\n\n"
      "Talks will resume next month, officials said.";
  Report plain = Annotate(text);
  Report titled = Annotate(text);
  titled.document.meta.title = "Peru pushes copper levy";
  const std::vector<Entity> with_title = detail::ExtractEntities(titled);
  const Entity* after = Named(with_title, "Peru");
  const Entity* other = Named(with_title, "Chile");
  REQUIRE(after != nullptr);
  REQUIRE(other != nullptr);
  CHECK(after->salience > other->salience);
  const std::vector<Entity> without_title = detail::ExtractEntities(plain);
  const Entity* peru_plain = Named(without_title, "Peru");
  REQUIRE(peru_plain != nullptr);
  CHECK(after->salience > peru_plain->salience);
}

TEST_CASE("entity facts leave salience within [0,1] on an empty or one-entity text", "[entities][facts]") {
  CHECK(EntitiesOf("").empty());
  const std::vector<Entity> one = EntitiesOf("Iceland.");
  for (const Entity& e : one) {
    CHECK(e.salience >= 0.0);
    CHECK(e.salience <= 1.0);
  }
}

}  // namespace
}  // namespace lede::testing
