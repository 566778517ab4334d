// Linking mentions into referents and reading roles, on invented articles.
#include <catch2/catch.hpp>

#include "entity_test_util.h"

namespace lede::testing {
namespace {

constexpr const char* kJapanArticle =
    "Japanese Defence Minister Minoru Kihara said on Tuesday that Tokyo would expand joint "
    "exercises with Australia.\n\n"
    "Kihara's comments came a day after Chinese ships were seen near Okinawa. \"We will not "
    "be intimidated,\" Kihara told reporters.\n\n"
    "Zhang Xiaogang, a Chinese defence ministry spokesman, said the patrols were routine. "
    "Zhang added that Beijing respected international law.\n\n"
    "Australian Prime Minister Anthony Albanese welcomed the plan.";

TEST_CASE("entity extractor merges short forms into the full name", "[entities]") {
  std::vector<Entity> entities = EntitiesOf(kJapanArticle);
  INFO(Describe(entities));
  struct LinkCase {
    std::string name;
    std::string alias;
    size_t mentions;
  };
  const std::vector<LinkCase> cases = {
      {"Minoru Kihara", "Kihara", 3},   // possessive "Kihara's" included
      {"Zhang Xiaogang", "Zhang", 2},   // family name first
  };
  for (const LinkCase& c : cases) {
    INFO(c.name);
    const Entity* e = FindEntity(entities, c.name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kPerson);
    CHECK(e->aliases == std::vector<std::string>{c.alias});
    CHECK(e->mentions.size() == c.mentions);
  }
  CHECK_FALSE(Names(entities, "Kihara's"));
}

TEST_CASE("entity extractor reads roles from titles and appositions", "[entities]") {
  std::vector<Entity> entities = EntitiesOf(kJapanArticle);
  INFO(Describe(entities));
  struct RoleCase {
    std::string name;
    std::string role;
  };
  const std::vector<RoleCase> cases = {
      {"Minoru Kihara", "Japanese Defence Minister"},
      {"Zhang Xiaogang", "Chinese defence ministry spokesman"},
      {"Anthony Albanese", "Australian Prime Minister"},
  };
  for (const RoleCase& c : cases) {
    INFO(c.name);
    const Entity* e = FindEntity(entities, c.name);
    REQUIRE(e != nullptr);
    CHECK(e->roles == std::vector<std::string>{c.role});
  }
  // The nationality in a title is its own NORP entity.
  const Entity* japanese = FindEntity(entities, "Japanese");
  REQUIRE(japanese != nullptr);
  CHECK(japanese->type == EntityType::kNorp);
}

TEST_CASE("entity extractor numbers entities by first mention with sorted spans", "[entities]") {
  Report report = Annotate(kJapanArticle);
  std::vector<Entity> entities = detail::ExtractEntities(report);
  INFO(Describe(entities));
  size_t last_first = 0;
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    CHECK(e.id == static_cast<int>(i) + 1);
    REQUIRE_FALSE(e.mentions.empty());
    CHECK(e.mentions.front().start >= last_first);
    last_first = e.mentions.front().start;
    for (size_t m = 1; m < e.mentions.size(); ++m) {
      CHECK(e.mentions[m - 1].start < e.mentions[m].start);
    }
    // Every mention's text is the name or an alias.
    for (const Span& s : e.mentions) {
      std::string surface(SpanText(report.document.text, s));
      bool known = surface == e.name ||
                   std::find(e.aliases.begin(), e.aliases.end(), surface) != e.aliases.end();
      CHECK(known);
    }
  }
}

TEST_CASE("entity extractor leaves an ambiguous short form unlinked", "[entities]") {
  // Two people share a family name: "Tanaka" alone could be either.
  std::vector<Entity> entities = EntitiesOf(
      "Hiroshi Tanaka met Yuki Tanaka in Osaka. Tanaka said nothing.");
  INFO(Describe(entities));
  const Entity* hiroshi = FindEntity(entities, "Hiroshi Tanaka");
  const Entity* yuki = FindEntity(entities, "Yuki Tanaka");
  REQUIRE(hiroshi != nullptr);
  REQUIRE(yuki != nullptr);
  CHECK(hiroshi->mentions.size() == 1);
  CHECK(yuki->mentions.size() == 1);
}

TEST_CASE("entity extractor handles straight quotes and an empty report", "[entities]") {
  CHECK(EntitiesOf("").empty());
  std::vector<Entity> entities = EntitiesOf(
      "\"The Brazilian economy is strong,\" Finance Minister Renata Souza told Reuters.");
  INFO(Describe(entities));
  CHECK(FindEntity(entities, "Renata Souza") != nullptr);
  CHECK(FindEntity(entities, "Reuters") != nullptr);
  CHECK_FALSE(Names(entities, "The"));
}

}  // namespace
}  // namespace lede::testing

namespace lede::testing {
namespace {

TEST_CASE("entity extractor never reads a role across a sentence break", "[entities]") {
  std::vector<Entity> entities = EntitiesOf(
      "He hired a defence lawyer.\nMr. Ortega said little. Rosa Diaz, a trade\nAlso present.");
  INFO(Describe(entities));
  for (const Entity& e : entities) {
    for (const std::string& r : e.roles) CHECK(r.find('\n') == std::string::npos);
  }
}

}  // namespace
}  // namespace lede::testing
