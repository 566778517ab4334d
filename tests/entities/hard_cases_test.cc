// The entity stage's hard cases, on invented news prose: capitals that come
// from the position of a word (sentence starts, headlines, titles, quotes),
// possessives, short forms of names, people who share a surname, roles, and
// names that are also places. Each case lists the entities that must be
// found (name, type, and where it matters aliases, roles and mention count)
// and the surface forms that must not be entities.
#include <catch2/catch.hpp>

#include <optional>

#include "entity_test_util.h"

namespace lede::testing {
namespace {

// Describes one entity a case expects.
struct Want {
  std::string name;
  EntityType type;
  std::optional<std::vector<std::string>> aliases = std::nullopt;  // exact list, when set
  std::optional<std::vector<std::string>> roles = std::nullopt;    // exact list, when set
  size_t mentions = 0;                                             // 0: not checked
};

// Holds one text, the entities it must yield and the names it must not.
struct HardCase {
  std::string text;
  std::vector<Want> want;
  std::vector<std::string> absent = {};
};

// Checks every expectation of `c` on the entities lede finds in its text.
void CheckCase(const HardCase& c) {
  std::vector<Entity> entities = EntitiesOf(c.text);
  INFO(c.text << "\n=> " << Describe(entities));
  for (const Want& w : c.want) {
    INFO("want " << w.name);
    const Entity* e = FindEntity(entities, w.name);
    REQUIRE(e != nullptr);
    CHECK(EntityTypeName(e->type) == EntityTypeName(w.type));
    if (w.aliases) CHECK(e->aliases == *w.aliases);
    if (w.roles) CHECK(e->roles == *w.roles);
    if (w.mentions > 0) CHECK(e->mentions.size() == w.mentions);
  }
  for (const std::string& name : c.absent) {
    INFO("absent " << name);
    CHECK_FALSE(Names(entities, name));
  }
}

using Strings = std::vector<std::string>;
constexpr EntityType kPerson = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrg;
constexpr EntityType kGpe = EntityType::kGpe;
constexpr EntityType kNorp = EntityType::kNorp;
constexpr EntityType kProduct = EntityType::kProduct;

TEST_CASE("entity extractor tells a sentence-initial name from a sentence-initial word", "[entities]") {
  const std::vector<HardCase> cases = {
      // A surname opening a sentence joins the full name given earlier.
      {"Chidi Okonkwo opened the new bridge in Enugu on Monday. Okonkwo said the plan would fail.",
       {{"Chidi Okonkwo", kPerson, Strings{"Okonkwo"}, std::nullopt, 2}, {"Enugu", kGpe}},
       {"Okonkwo said"}},
      // ... also with no reporting verb to support it.
      {"Chidi Okonkwo opened the bridge. Critics called it a waste. Okonkwo disagreed.",
       {{"Chidi Okonkwo", kPerson, Strings{"Okonkwo"}, std::nullopt, 2}},
       {"Critics"}},
      // ... and after a sentence adverb.
      {"The bill was drafted by Chidi Okonkwo. However, Okonkwo later voted against it.",
       {{"Chidi Okonkwo", kPerson, Strings{"Okonkwo"}, std::nullopt, 2}},
       {"However", "However, Okonkwo"}},
      // Ordinary words capitalised only by their position.
      {"Yesterday the council voted to close the port of Tema.", {{"Tema", kGpe}}, {"Yesterday"}},
      {"Officials in Lagos said the road would reopen.", {{"Lagos", kGpe}}, {"Officials"}},
      {"However, the court in Accra disagreed.", {{"Accra", kGpe}}, {"However"}},
      {"Residents fled the flooded district. Heavy rain closed schools in Kumasi.",
       {{"Kumasi", kGpe}},
       {"Residents", "Heavy"}},
      {"Shares fell sharply. Traders blamed the strike.", {}, {"Shares", "Traders"}},
      // A sentence-initial surname with a possessive.
      {"Chidi Okonkwo lost the vote. Okonkwo's allies blamed the rain.",
       {{"Chidi Okonkwo", kPerson, Strings{"Okonkwo"}, std::nullopt, 2}},
       {"Okonkwo's"}},
      // A quoted sentence ends, then a name opens the next one.
      {"Chidi Okonkwo spoke last. \"It is over.\" Okonkwo then left the room.",
       {{"Chidi Okonkwo", kPerson, Strings{"Okonkwo"}, std::nullopt, 2}},
       {"It"}},
  };
  for (const HardCase& c : cases) CheckCase(c);
}

TEST_CASE("entity extractor keeps a title out of the name and as a role", "[entities]") {
  const std::vector<HardCase> cases = {
      {"President Amara Diallo arrived in Dakar on Sunday.",
       {{"Amara Diallo", kPerson, Strings{}, Strings{"President"}}, {"Dakar", kGpe}},
       {"President Amara Diallo", "President"}},
      // An honorific names no office: kept out of the name and the roles.
      {"Amara Diallo left early. Mr Diallo said the talks were useful.",
       {{"Amara Diallo", kPerson, Strings{"Diallo"}, Strings{}, 2}},
       {"Mr Diallo", "Mr"}},
      {"Dr. Helena Voss, who leads the institute, spoke first.",
       {{"Helena Voss", kPerson, Strings{}, Strings{}}},
       {"Dr. Helena Voss", "Dr", "Dr."}},
      {"Prime Minister Kofi Mensah flew to Abuja for the summit.",
       {{"Kofi Mensah", kPerson, Strings{}, Strings{"Prime Minister"}}, {"Abuja", kGpe}},
       {"Prime Minister Kofi Mensah"}},
      {"Mrs. Ines Laurent thanked the volunteers. Ms Laurent said more help was needed.",
       {{"Ines Laurent", kPerson, Strings{"Laurent"}, Strings{}, 2}},
       {"Mrs. Ines Laurent", "Ms Laurent", "Mrs"}},
      {"Ghanaian President Kwame Asante opened the port.",
       {{"Kwame Asante", kPerson, Strings{}, Strings{"Ghanaian President"}}, {"Ghanaian", kNorp}},
       {"Ghanaian President Kwame Asante"}},
      // A title in lower case.
      {"The plan was approved by former president Amara Diallo in March.",
       {{"Amara Diallo", kPerson, Strings{}, Strings{"former president"}}},
       {"March"}},
  };
  for (const HardCase& c : cases) CheckCase(c);
}

TEST_CASE("entity extractor finds a name right after a closing quote", "[entities]") {
  const std::string intro = "Amara Diallo chaired the meeting.\n\n";
  const std::vector<HardCase> cases = {
      {intro + "'We will not wait,' Diallo said.",
       {{"Amara Diallo", kPerson, Strings{"Diallo"}, std::nullopt, 2}},
       {"We", "Diallo said"}},
      {intro + "\u2018We will not wait,\u2019 Diallo said.",
       {{"Amara Diallo", kPerson, Strings{"Diallo"}, std::nullopt, 2}},
       {"We"}},
      {intro + "\"We will not wait,\" Diallo said.",
       {{"Amara Diallo", kPerson, Strings{"Diallo"}, std::nullopt, 2}},
       {"We"}},
      {intro + "\u201CWe will not wait,\u201D Diallo said.",
       {{"Amara Diallo", kPerson, Strings{"Diallo"}, std::nullopt, 2}},
       {"We"}},
      // A speaker named in full after the verb, with an apposition holding a possessive.
      {"\"Rates must rise,\" said Helena Voss, the bank's chief economist.",
       {{"Helena Voss", kPerson, Strings{}, Strings{"bank's chief economist"}}},
       {"Rates"}},
      {"\u201CRates must rise,\u201D said Helena Voss, the bank\u2019s chief economist.",
       {{"Helena Voss", kPerson, Strings{}, Strings{"bank\u2019s chief economist"}}},
       {"Rates"}},
      // The speaker right after the quote, before the verb.
      {"\"Rates must rise,\" Helena Voss told reporters in Munich.",
       {{"Helena Voss", kPerson}, {"Munich", kGpe}},
       {"Rates"}},
  };
  for (const HardCase& c : cases) CheckCase(c);
}

TEST_CASE("entity extractor reads an all-caps headline line", "[entities]") {
  // Plain-text input: the text extractor moves a headline into
  // Document::meta.title, which the entity stage does not read; with --raw
  // (and in these tests) the headline is the body's first line.
  const std::vector<HardCase> cases = {
      {"NIGERIA AND GHANA SIGN TRADE PACT\n\nNigeria and Ghana signed a trade pact on Friday.",
       {{"Nigeria", kGpe, std::nullopt, std::nullopt, 2}, {"Ghana", kGpe, std::nullopt, std::nullopt, 2}},
       {"SIGN", "TRADE", "PACT", "TRADE PACT", "SIGN TRADE PACT", "AND"}},
      {"KENYA RAISES FUEL TAX AS DEBT MOUNTS\n\nKenya raised its fuel tax on Monday.",
       {{"Kenya", kGpe, Strings{"KENYA"}, std::nullopt, 2}},
       {"RAISES", "FUEL", "FUEL TAX", "DEBT", "MOUNTS", "DEBT MOUNTS", "AS"}},
      {"UN WARNS OF FAMINE IN SUDAN\n\nAid agencies said the harvest had failed.",
       // Named only in the headline, the country keeps its capitals.
       {{"UN", kOrg}, {"SUDAN", kGpe}},
       {"WARNS", "FAMINE", "UN WARNS"}},
      // A surname shouted in the headline joins the full name in the body.
      {"DIALLO WINS SECOND TERM\n\nAmara Diallo won a second term on Sunday.",
       {{"Amara Diallo", kPerson, Strings{"DIALLO"}, std::nullopt, 2}},
       {"WINS", "SECOND TERM", "DIALLO WINS"}},
      // A title-case headline is as silent about names as a shouted one.
      {"Nigeria And Ghana Sign Trade Pact\n\nNigeria and Ghana signed a pact on Friday.",
       {{"Nigeria", kGpe, Strings{}, std::nullopt, 2}, {"Ghana", kGpe, Strings{}, std::nullopt, 2}},
       {"Nigeria And Ghana Sign Trade Pact", "Sign Trade Pact", "Trade Pact"}},
      // A line of names is no headline: "Chidi Okonkwo" stays a person.
      {"By Chidi Okonkwo\n\nThe port reopened on Monday.", {{"Chidi Okonkwo", kPerson}}, {}},
      {"POLICE SEIZE GUNS IN RAID", {}, {"POLICE", "SEIZE", "GUNS", "RAID", "GUNS IN RAID"}},
  };
  for (const HardCase& c : cases) CheckCase(c);
}

TEST_CASE("entity extractor keeps the possessive out of the name", "[entities]") {
  const std::vector<HardCase> cases = {
      {"Amara Diallo's government fell on Tuesday. Diallo's allies blamed the army.",
       {{"Amara Diallo", kPerson, Strings{"Diallo"}, std::nullopt, 2}},
       {"Amara Diallo's", "Diallo's"}},
      {"Amara Diallo\u2019s government fell on Tuesday. Diallo\u2019s allies blamed the army.",
       {{"Amara Diallo", kPerson, Strings{"Diallo"}, std::nullopt, 2}},
       {"Amara Diallo\u2019s", "Diallo\u2019s"}},
      {"Germany's finance ministry said the deficit would narrow.",
       {{"Germany", kGpe}, {"finance ministry", kOrg}},
       {"Germany's"}},
      {"Germany\u2019s finance ministry said the deficit would narrow.",
       {{"Germany", kGpe}, {"finance ministry", kOrg}},
       {"Germany\u2019s"}},
      {"Profits fell, and the company's chief executive, Mara Lind, resigned.",
       {{"Mara Lind", kPerson, Strings{}, Strings{"company's chief executive"}}},
       {"Mara Lind's"}},
      {"Profits fell, and the company\u2019s chief executive, Mara Lind, resigned.",
       {{"Mara Lind", kPerson, Strings{}, Strings{"company\u2019s chief executive"}}},
       {}},
      // A plural-style possessive with a bare apostrophe.
      {"Voters in Lagos' northern districts queued for hours.", {{"Lagos", kGpe}}, {"Lagos'"}},
  };
  for (const HardCase& c : cases) CheckCase(c);
}

TEST_CASE("entity extractor merges short forms but keeps namesakes apart", "[entities]") {
  const std::vector<HardCase> cases = {
      {"Helena Voss, an economist, warned of a slowdown. Voss said prices would rise. "
       "Rates should stay high, Voss added.",
       {{"Helena Voss", kPerson, Strings{"Voss"}, std::nullopt, 3}},
       {}},
      // A given name alone joins the one full name it starts.
      {"Helena Voss spoke first. Later Helena thanked the staff.",
       {{"Helena Voss", kPerson, Strings{"Helena"}, std::nullopt, 2}},
       {}},
  };
  for (const HardCase& c : cases) CheckCase(c);
}

TEST_CASE("entity extractor leaves a surname shared by two people unlinked", "[entities]") {
  // "Anna Berg" and "Tomas Berg" are two people. A later bare "Berg" could
  // be either: the linker does not guess (not even the most recent full
  // name), so neither full name takes it as an alias. Each given name
  // still picks out its own person.
  std::vector<Entity> entities = EntitiesOf(
      "Anna Berg, the mayor, met Tomas Berg, a spokesman for the interior ministry, on "
      "Monday. Berg said the talks had gone well. Later Anna thanked the police.");
  INFO(Describe(entities));
  const Entity* anna = FindEntity(entities, "Anna Berg");
  const Entity* tomas = FindEntity(entities, "Tomas Berg");
  REQUIRE(anna != nullptr);
  REQUIRE(tomas != nullptr);
  CHECK(anna != tomas);
  CHECK(anna->type == EntityType::kPerson);
  CHECK(tomas->type == EntityType::kPerson);
  CHECK(anna->aliases == Strings{"Anna"});
  CHECK(anna->mentions.size() == 2);
  CHECK(tomas->aliases.empty());
  CHECK(tomas->mentions.size() == 1);
  CHECK(anna->roles == Strings{"mayor"});
  CHECK(tomas->roles == Strings{"spokesman for the interior ministry"});
}

TEST_CASE("entity extractor reads roles from appositions, titles and possessives", "[entities]") {
  const std::vector<HardCase> cases = {
      {"Tomas Berg, a spokesman for the interior ministry, said the border was calm.",
       {{"Tomas Berg", kPerson, Strings{}, Strings{"spokesman for the interior ministry"}}},
       {}},
      {"Interior Minister Tomas Berg said the border was calm.",
       {{"Tomas Berg", kPerson, Strings{}, Strings{"Interior Minister"}}},
       {"Interior Minister Tomas Berg", "Interior Minister"}},
      {"Halden Bank's chief economist, Helena Voss, expects a cut.",
       {{"Helena Voss", kPerson, Strings{}, Strings{"Halden Bank's chief economist"}},
        {"Halden Bank", kOrg}},
       {"Halden Bank's"}},
      {"Nigeria's president, Amara Diallo, said the vote would go ahead.",
       {{"Amara Diallo", kPerson, Strings{}, Strings{"Nigeria's president"}}, {"Nigeria", kGpe}},
       {}},
      {"Nigeria\u2019s president, Amara Diallo, said the vote would go ahead.",
       {{"Amara Diallo", kPerson, Strings{}, Strings{"Nigeria\u2019s president"}}, {"Nigeria", kGpe}},
       {}},
      // Roles from several mentions are gathered on one entity.
      {"Interior Minister Tomas Berg visited the port. Berg, a former police chief, said little.",
       {{"Tomas Berg", kPerson, Strings{"Berg"}, Strings{"Interior Minister", "former police chief"}, 2}},
       {}},
  };
  for (const HardCase& c : cases) CheckCase(c);
}

TEST_CASE("entity extractor tells nationalities from countries and ships from cities", "[entities]") {
  const std::vector<HardCase> cases = {
      {"Nigerians voted on Saturday, and Ghanaian observers watched.",
       {{"Nigerians", kNorp}, {"Ghanaian", kNorp}},
       {"Ghanaian observers"}},
      {"Nigerian officials said Nigeria would reopen the border.",
       {{"Nigerian", kNorp}, {"Nigeria", kGpe}},
       {"Nigerian officials"}},
      {"The frigate Hamburg docked in Kiel on Tuesday.",
       {{"Hamburg", kProduct}, {"Kiel", kGpe}},
       {}},
      {"Germany sent the frigate Hamburg to the region.", {{"Hamburg", kProduct}, {"Germany", kGpe}}, {}},
      // The same name as a ship and as the city it left stays two referents.
      {"The frigate Hamburg left Bremen on Monday, and the city of Hamburg held a parade.",
       {{"Bremen", kGpe}},
       {}},
  };
  for (const HardCase& c : cases) CheckCase(c);

  // The ship and the city, both named "Hamburg", are two entities of two types.
  std::vector<Entity> entities =
      EntitiesOf("The frigate Hamburg left port on Monday. Crowds in Hamburg waved from the quay.");
  INFO(Describe(entities));
  bool product = false, gpe = false;
  for (const Entity& e : entities) {
    if (e.name != "Hamburg") continue;
    product = product || e.type == EntityType::kProduct;
    gpe = gpe || e.type == EntityType::kGpe;
  }
  CHECK(product);
  CHECK(gpe);
}

}  // namespace
}  // namespace lede::testing
