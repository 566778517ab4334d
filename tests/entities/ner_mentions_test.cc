// Tests of the tagger-driven entity path: BIO tags from a stand-in tagger
// become candidates with byte spans, gazetteer-refined types, aliases and
// roles, exactly as the linker treats rule mentions.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "entities/entity_extractor.h"
#include "entities/gazetteer.h"
#include "entities/ner_mentions.h"
#include "entity_test_util.h"

using lede::Entity;
using lede::EntityType;
using lede::Report;
using lede::Result;
using lede::detail::Gazetteer;
using lede::detail::NerMentionType;
using lede::detail::NerTagFunction;
using lede::testing::Annotate;
using lede::testing::Describe;
using lede::testing::FindEntity;

namespace {

// Holds a phrase (its tokens) the stand-in tagger tags with a CoNLL type.
struct TaggedPhrase {
  std::vector<std::string> tokens;
  std::string type;
};

// Returns a tagger that tags the listed phrases (longest first) and nothing
// else; it records the token strings it was given in *seen.
NerTagFunction PhraseTagger(std::vector<TaggedPhrase> phrases, std::vector<std::vector<std::string>>* seen) {
  return [phrases = std::move(phrases), seen](const std::vector<std::vector<std::string>>& sentences)
             -> Result<std::vector<std::vector<std::string>>> {
    if (seen != nullptr) *seen = sentences;
    std::vector<std::vector<std::string>> tags;
    for (const std::vector<std::string>& tokens : sentences) {
      std::vector<std::string> out(tokens.size(), "O");
      for (size_t i = 0; i < tokens.size();) {
        size_t matched = 0;
        for (const TaggedPhrase& p : phrases) {
          if (p.tokens.size() <= matched || i + p.tokens.size() > tokens.size()) continue;
          if (std::equal(p.tokens.begin(), p.tokens.end(), tokens.begin() + i)) {
            matched = p.tokens.size();
            for (size_t k = 0; k < matched; ++k) out[i + k] = (k == 0 ? "B-" : "I-") + p.type;
          }
        }
        i += matched == 0 ? 1 : matched;
      }
      tags.push_back(std::move(out));
    }
    return tags;
  };
}

// Returns the entities the stand-in tagger's phrases give in `text`.
std::vector<Entity> Tagged(const std::string& text, std::vector<TaggedPhrase> phrases,
                           std::vector<std::vector<std::string>>* seen = nullptr) {
  const Report report = Annotate(text);
  Result<std::vector<Entity>> entities = lede::detail::ExtractEntities(report, PhraseTagger(std::move(phrases), seen));
  REQUIRE(entities.ok());
  return std::move(entities).value();
}

}  // namespace

TEST_CASE("tagger types map to lede types, refined by the gazetteer", "[entities][ner]") {
  struct Case {
    const char* tag_type;
    const char* key;
    EntityType expected;
  };
  const Case cases[] = {
      {"PER", "ada quarrie", EntityType::kPerson},
      {"ORG", "halvorsen group", EntityType::kOrg},
      {"LOC", "lyon", EntityType::kGpe},        // a city
      {"LOC", "kenya", EntityType::kGpe},       // a country
      {"LOC", "sahara", EntityType::kLoc},      // a place, not a polity
      {"LOC", "upper varnmoor", EntityType::kLoc},  // unknown
      {"MISC", "canadian", EntityType::kNorp},  // a nationality
      {"MISC", "eurovision", EntityType::kMisc},
  };
  for (const Case& c : cases) {
    INFO(c.tag_type << " " << c.key);
    CHECK(NerMentionType(c.tag_type, c.key, Gazetteer::Get()) == c.expected);
  }
}

TEST_CASE("tagged mentions become entities with spans, aliases and roles", "[entities][ner]") {
  const std::string text =
      "Finance Minister Ada Quarrie met Canadian bankers in Lyon on Monday. "
      "Quarrie said the Halvorsen Group would open an office in Upper Varnmoor.";
  const std::vector<Entity> entities =
      Tagged(text, {{{"Ada", "Quarrie"}, "PER"},
                    {{"Quarrie"}, "PER"},
                    {{"Canadian"}, "MISC"},
                    {{"Lyon"}, "LOC"},
                    {{"Halvorsen", "Group"}, "ORG"},
                    {{"Upper", "Varnmoor"}, "LOC"}});
  INFO(Describe(entities));
  struct Expected {
    const char* name;
    EntityType type;
    size_t mentions;
  };
  const Expected expected[] = {
      {"Ada Quarrie", EntityType::kPerson, 2}, {"Canadian", EntityType::kNorp, 1},
      {"Lyon", EntityType::kGpe, 1},           {"Halvorsen Group", EntityType::kOrg, 1},
      {"Upper Varnmoor", EntityType::kLoc, 1},
  };
  REQUIRE(entities.size() == std::size(expected));
  for (const Expected& e : expected) {
    INFO(e.name);
    const Entity* found = FindEntity(entities, e.name);
    REQUIRE(found != nullptr);
    CHECK(found->type == e.type);
    CHECK(found->mentions.size() == e.mentions);
    for (const lede::Span& m : found->mentions) {
      const std::string surface = text.substr(m.start, m.size());
      CHECK((surface == e.name || surface == "Quarrie"));
    }
  }
  const Entity* person = FindEntity(entities, "Ada Quarrie");
  REQUIRE(person != nullptr);
  CHECK(person->roles == std::vector<std::string>{"Finance Minister"});
  // Rules alone would not take a role or title word as part of the name.
  CHECK(FindEntity(entities, "Finance Minister") == nullptr);
}

TEST_CASE("the tagger sees each sentence's tokens in order, a possessive split off", "[entities][ner]") {
  std::vector<std::vector<std::string>> seen;
  const std::vector<Entity> entities =
      Tagged("Tomas Brandt's plan failed. Brandt resigned.", {{{"Tomas", "Brandt"}, "PER"}, {{"Brandt"}, "PER"}}, &seen);
  const std::vector<std::vector<std::string>> expected = {
      {"Tomas", "Brandt", "'s", "plan", "failed", "."}, {"Brandt", "resigned", "."}};
  CHECK(seen == expected);
  INFO(Describe(entities));
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].name == "Tomas Brandt");
  CHECK(entities[0].mentions.size() == 2);
}

TEST_CASE("an I- tag after another type opens a new mention; a failing tagger fails extraction", "[entities][ner]") {
  const Report report = Annotate("Officials from Varnmoor Steel arrived.");
  NerTagFunction tag = [](const std::vector<std::vector<std::string>>& sentences)
      -> Result<std::vector<std::vector<std::string>>> {
    std::vector<std::vector<std::string>> tags;
    for (const auto& s : sentences) tags.emplace_back(s.size(), "O");
    tags[0][2] = "I-LOC";  // Varnmoor: IOB1-style start
    tags[0][3] = "I-ORG";  // Steel: a different type starts its own mention
    return tags;
  };
  Result<std::vector<Entity>> entities = lede::detail::ExtractEntities(report, tag);
  REQUIRE(entities.ok());
  INFO(Describe(entities.value()));
  REQUIRE(entities.value().size() == 2);
  CHECK(entities.value()[0].name == "Varnmoor");
  CHECK(entities.value()[0].type == EntityType::kLoc);
  CHECK(entities.value()[1].name == "Steel");
  CHECK(entities.value()[1].type == EntityType::kOrg);

  NerTagFunction failing = [](const std::vector<std::vector<std::string>>&)
      -> Result<std::vector<std::vector<std::string>>> { return lede::Status::InvalidArgument("bad model"); };
  Result<std::vector<Entity>> failed = lede::detail::ExtractEntities(report, failing);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.status().message() == "bad model");
}

TEST_CASE("a one-word name the tagger typed otherwise joins the one person it shortens", "[entities][ner]") {
  // The linker's short-form rule applies to tagged mentions as to rule ones:
  // a tagger often mistypes a lone surname, and on UNER dev trusting the
  // linker here scored 59.3 F1 against 58.5 for keeping the tagger's type.
  const std::vector<Entity> entities = Tagged("Lena Hartwell opened a clinic. Hartwell said it was busy.",
                                              {{{"Lena", "Hartwell"}, "PER"}, {{"Hartwell"}, "ORG"}});
  INFO(Describe(entities));
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].name == "Lena Hartwell");
  CHECK(entities[0].type == EntityType::kPerson);
  CHECK(entities[0].mentions.size() == 2);
}
