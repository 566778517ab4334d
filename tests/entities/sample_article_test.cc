// Runs the entity stage on the bundled sample article's body and checks the
// entities its expected analysis lists: names, types, aliases and roles.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "entity_test_util.h"
#include "support/sample_article.h"

namespace lede::testing {
namespace {

TEST_CASE("entity extractor finds the sample article's entities", "[entities]") {
  std::vector<Entity> entities = EntitiesOf(SampleBody());
  INFO(Describe(entities));
  struct Expected {
    std::string name;
    EntityType type;
    std::vector<std::string> aliases;
    std::string role_word;
  };
  const std::vector<Expected> expected = {
      {"Xi Jinping", EntityType::kPerson, {"Xi"}, "President"},
      {"Vladimir Putin", EntityType::kPerson, {"Putin"}, ""},
      {"Tan Kefei", EntityType::kPerson, {"Tan"}, "spokesman"},
      {"Jens Stoltenberg", EntityType::kPerson, {}, "secretary general"},
      {"Volodymyr Zelensky", EntityType::kPerson, {"Zelensky"}, "President"},
      {"China", EntityType::kGpe, {}, ""},
      {"Russia", EntityType::kGpe, {}, ""},
      {"Ukraine", EntityType::kGpe, {}, ""},
      {"Iran", EntityType::kGpe, {}, ""},
      {"Belarus", EntityType::kGpe, {}, ""},
      {"United States", EntityType::kGpe, {}, ""},
      {"Moscow", EntityType::kGpe, {}, ""},
      {"Beijing", EntityType::kGpe, {}, ""},
      {"Gulf of Oman", EntityType::kLoc, {}, ""},
      {"Nato", EntityType::kOrg, {}, ""},
      {"Xinhua", EntityType::kOrg, {}, ""},
      {"Associated Press", EntityType::kOrg, {}, ""},
      {"Cold War", EntityType::kEvent, {}, ""},
      {"Chinese", EntityType::kNorp, {}, ""},
      {"Global Security Initiative", EntityType::kMisc, {}, ""},
      {"Nanning", EntityType::kProduct, {}, ""},
      {"defence ministry", EntityType::kOrg, {}, ""},
  };
  for (const Expected& x : expected) {
    INFO(x.name);
    const Entity* e = FindEntity(entities, x.name);
    REQUIRE(e != nullptr);
    CHECK(EntityTypeName(e->type) == EntityTypeName(x.type));
    for (const std::string& alias : x.aliases) {
      CHECK(std::find(e->aliases.begin(), e->aliases.end(), alias) != e->aliases.end());
    }
    if (!x.role_word.empty()) {
      bool found = false;
      for (const std::string& r : e->roles) found = found || r.find(x.role_word) != std::string::npos;
      CHECK(found);
    }
  }
  for (const char* bad : {"Earlier", "More", "Since", "Before", "The", "A", "Tan said",
                                 "Thursday", "Zelensky also", "February", "Earlier this month"}) {
    INFO(bad);
    CHECK_FALSE(Names(entities, bad));
  }
}

}  // namespace
}  // namespace lede::testing
