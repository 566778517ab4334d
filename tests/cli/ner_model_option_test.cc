// Tests of --ner-model (Options::ner_model): a tagger trained in the test on
// a few invented sentences drives the entity stage through lede::Analyze,
// and the CLI reports a missing or garbage model file as one error line.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "lede/analyzer.h"
#include "lede/options.h"
#include "lede/train.h"
#include "support/run_lede.h"

using lede::testing::LedeSandbox;
using lede::testing::RunResult;
using lede::testing::WriteFile;

namespace {

// Returns one training sentence from space-separated tokens and tags.
lede::NerSentence Sentence(const std::string& tokens, const std::string& tags, bool starts_document = false) {
  auto split = [](const std::string& s) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < s.size()) {
      const size_t j = s.find(' ', i) == std::string::npos ? s.size() : s.find(' ', i);
      out.push_back(s.substr(i, j - i));
      i = j + 1;
    }
    return out;
  };
  lede::NerSentence sentence;
  sentence.tokens = split(tokens);
  sentence.tags = split(tags);
  sentence.starts_document = starts_document;
  return sentence;
}

// Creates a sandbox holding a tiny trained tagger, a garbage file and an article.
class Fixture : public LedeSandbox {
 public:
  Fixture() : LedeSandbox("lede_ner_model") {
    const std::vector<lede::NerSentence> train = {
        Sentence("Ada Quarrie runs the Halvorsen Group in Lyon .", "B-PER I-PER O O B-ORG I-ORG O B-LOC O", true),
        Sentence("Canadian investors visited Upper Varnmoor on Monday .", "B-MISC O O B-LOC I-LOC O O O"),
        Sentence("Quarrie said the Halvorsen Group would grow .", "B-PER O O B-ORG I-ORG O O O"),
        Sentence("Tomas Brandt flew from Lyon to Upper Varnmoor .", "B-PER I-PER O O B-LOC O B-LOC I-LOC O", true),
        Sentence("Brandt met Canadian officials at the Halvorsen Group .", "B-PER O B-MISC O O O B-ORG I-ORG O"),
        Sentence("The weather was cold and the roads were closed .", "O O O O O O O O O O"),
    };
    lede::NerTrainOptions options;
    options.epochs = 10;
    options.hash_bits = 14;
    lede::Result<lede::TrainedModel> model = lede::TrainNerModel(train, {}, options);
    REQUIRE(model.ok());
    WriteFile(Path("tiny.bin"), model.value().bytes);
    WriteFile(Path("garbage.bin"), "Harbour reopens after storm\n");
    WriteFile(Path("article.txt"), "Ada Quarrie runs the Halvorsen Group in Lyon.\n\n"
                                   "Canadian investors visited Upper Varnmoor on Monday.\n");
  }
};

// Returns the shared fixture.
const Fixture& Files() {
  static const Fixture fixture;
  return fixture;
}

}  // namespace

TEST_CASE("Analyze with --ner-model reports the tagger's entities with lede types", "[cli][ner]") {
  const std::string text = "Ada Quarrie runs the Halvorsen Group in Lyon.\n\n"
                           "Canadian investors visited Upper Varnmoor on Monday.\n";
  lede::Options options;
  options.raw = true;
  options.ner_model = Files().Path("tiny.bin");
  lede::Result<lede::Report> report = lede::Analyze(text, "article.txt", options);
  REQUIRE(report.ok());
  struct Expected {
    std::string name;
    lede::EntityType type;
  };
  const std::vector<Expected> expected = {
      {"Ada Quarrie", lede::EntityType::kPerson}, {"Halvorsen Group", lede::EntityType::kOrg},
      {"Lyon", lede::EntityType::kGpe},           // LOC, a city in the gazetteer
      {"Canadian", lede::EntityType::kNorp},      // MISC, a nationality in the gazetteer
      {"Upper Varnmoor", lede::EntityType::kLoc},  // LOC, unknown to the gazetteer
  };
  const std::vector<lede::Entity>& entities = report.value().entities;
  REQUIRE(entities.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    INFO(expected[i].name);
    CHECK(entities[i].name == expected[i].name);
    CHECK(entities[i].type == expected[i].type);
    REQUIRE(entities[i].mentions.size() == 1);
    CHECK(text.substr(entities[i].mentions[0].start, entities[i].mentions[0].size()) == expected[i].name);
  }
}

TEST_CASE("Analyze without --ner-model keeps the rule-based entities", "[cli][ner]") {
  const std::string text = "Ada Quarrie runs the Halvorsen Group in Lyon.\n";
  lede::Options with_model;
  with_model.raw = true;
  with_model.ner_model = Files().Path("tiny.bin");
  lede::Options rules;
  rules.raw = true;
  lede::Result<lede::Report> tagged = lede::Analyze(text, "a.txt", with_model);
  lede::Result<lede::Report> ruled = lede::Analyze(text, "a.txt", rules);
  REQUIRE(tagged.ok());
  REQUIRE(ruled.ok());
  // Both find the city; the paths differ only in where mentions come from.
  auto has_lyon = [](const std::vector<lede::Entity>& entities) {
    for (const lede::Entity& e : entities) {
      if (e.name == "Lyon" && e.type == lede::EntityType::kGpe) return true;
    }
    return false;
  };
  CHECK(has_lyon(tagged.value().entities));
  CHECK(has_lyon(ruled.value().entities));
}

TEST_CASE("cli --ner-model with a trained file prints the tagged entities", "[cli][ner]") {
  const RunResult r = Files().Run("--raw --ner-model tiny.bin article.txt");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("Upper Varnmoor") != std::string::npos);
}

TEST_CASE("cli --ner-model naming a missing or garbage file is one error line, exit 1", "[cli][ner]") {
  struct Case {
    std::string model;
    std::string code;
    std::string message_start;
  };
  const Case cases[] = {
      {"no_such_model.bin", "not_found", "cannot open NER model no_such_model.bin"},
      {"garbage.bin", "invalid_argument", "NER model garbage.bin: "},
  };
  for (const Case& c : cases) {
    INFO(c.model);
    for (const std::string& format : {std::string(""), std::string("--json ")}) {
      INFO(format);
      const RunResult r = Files().Run("--raw " + format + "--ner-model " + c.model + " article.txt");
      CHECK(r.exit_code == 1);
      CHECK(r.err.rfind("lede: article.txt: " + c.message_start, 0) == 0);
      CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
      if (!format.empty()) CHECK(r.out.find("\"" + c.code + "\"") != std::string::npos);
    }
  }
}
