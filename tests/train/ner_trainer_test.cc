#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "lede/train.h"

using lede::NerSentence;
using lede::NerTrainOptions;
using lede::StatusCode;

namespace {

// Returns sentences read from "word/TAG word word/TAG ..." lines (untagged
// words are O); a line "#doc" starts a new document.
std::vector<NerSentence> Parse(const std::vector<std::string>& lines) {
  std::vector<NerSentence> out;
  bool starts = true;
  for (const std::string& line : lines) {
    if (line == "#doc") {
      starts = true;
      continue;
    }
    NerSentence sentence;
    sentence.starts_document = starts;
    starts = false;
    std::istringstream words(line);
    std::string word;
    while (words >> word) {
      const size_t slash = word.rfind('/');
      const bool tagged = slash != std::string::npos && slash > 0 && slash + 1 < word.size();
      sentence.tokens.push_back(tagged ? word.substr(0, slash) : word);
      sentence.tags.push_back(tagged ? word.substr(slash + 1) : "O");
    }
    out.push_back(std::move(sentence));
  }
  return out;
}

// Returns invented news sentences built from templates and invented names, so
// that the tagger must learn the contexts, not the names.
std::vector<NerSentence> Corpus(const std::vector<std::vector<std::string>>& names) {
  std::vector<std::string> lines;
  for (const auto& n : names) {
    // n = {given, family, place, organisation head}
    lines.push_back("#doc");
    lines.push_back(n[0] + "/B-PER " + n[1] + "/I-PER said on Monday that talks in " + n[2] +
                    "/B-LOC would resume .");
    lines.push_back("The " + n[3] + "/B-ORG Corporation/I-ORG hired " + n[1] + "/B-PER last year .");
    lines.push_back("Officials in " + n[2] + "/B-LOC met " + n[0] + "/B-PER " + n[1] +
                    "/I-PER and the head of the " + n[3] + "/B-ORG Corporation/I-ORG .");
    lines.push_back("Prices rose again in the capital , traders said .");
  }
  return Parse(lines);
}

const std::vector<std::vector<std::string>> kTrainNames = {
    {"Orlan", "Vesk", "Tarnow", "Brellis"},   {"Mirela", "Quand", "Ostrava", "Dunmere"},
    {"Kasim", "Thole", "Valcourt", "Emberly"}, {"Idris", "Falk", "Lorwen", "Castix"},
    {"Petra", "Hollin", "Sarvik", "Norvane"},  {"Ansel", "Brigg", "Kellos", "Tamsin"},
    {"Yara", "Dolcet", "Brennick", "Arvola"},  {"Teodor", "Marsh", "Quillan", "Hexford"},
};
const std::vector<std::vector<std::string>> kHeldOutNames = {
    {"Bastian", "Rowe", "Feldara", "Corvane"},
    {"Lenka", "Sorrel", "Mistral", "Obrin"},
};

NerTrainOptions SmallOptions() {
  NerTrainOptions options;
  options.hash_bits = 16;
  options.epochs = 8;
  return options;
}

}  // namespace

TEST_CASE("ner trainer learns invented names from their contexts", "[ner]") {
  const std::vector<NerSentence> train = Corpus(kTrainNames);
  const std::vector<NerSentence> held_out = Corpus(kHeldOutNames);
  std::vector<double> dev_f1;
  auto trained = lede::TrainNerModel(train, held_out, SmallOptions(),
                                     [&](int epoch, const lede::NerScore& s) { dev_f1.push_back(s.f1); });
  REQUIRE(trained.ok());
  CHECK(dev_f1.size() == 8);
  CHECK(trained.value().examples > 0);
  auto score = lede::EvaluateNerModel(trained.value().bytes, held_out);
  REQUIRE(score.ok());
  CHECK(score.value().gold == 14);
  CHECK(score.value().f1 == Approx(dev_f1.back()));
  CHECK(score.value().f1 >= 90.0);
  CHECK(score.value().tokens > 0);

  // A new sentence with unseen names in a seen context.
  const std::vector<NerSentence> fresh = Parse({"Marta Kovel said on Monday that talks in Brisk would resume ."});
  auto tags = lede::TagNerSentences(trained.value().bytes, fresh);
  REQUIRE(tags.ok());
  CHECK(tags.value().at(0) ==
        std::vector<std::string>{"B-PER", "I-PER", "O", "O", "O", "O", "O", "O", "B-LOC", "O", "O", "O"});
}

TEST_CASE("ner trainer is deterministic", "[ner]") {
  const std::vector<NerSentence> train = Corpus(kTrainNames);
  auto a = lede::TrainNerModel(train, {}, SmallOptions());
  auto b = lede::TrainNerModel(train, {}, SmallOptions());
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.value().bytes == b.value().bytes);
}

TEST_CASE("ner trainer without the document pass writes a one-pass tagger", "[ner]") {
  NerTrainOptions options = SmallOptions();
  options.document_pass = false;
  auto single = lede::TrainNerModel(Corpus(kTrainNames), {}, options);
  auto double_pass = lede::TrainNerModel(Corpus(kTrainNames), {}, SmallOptions());
  REQUIRE(single.ok());
  REQUIRE(double_pass.ok());
  CHECK(single.value().bytes.size() < double_pass.value().bytes.size());
  auto score = lede::EvaluateNerModel(single.value().bytes, Corpus(kHeldOutNames));
  REQUIRE(score.ok());
  CHECK(score.value().f1 >= 90.0);
  // A two-pass file cut short is an error, not a crash.
  const std::string& bytes = double_pass.value().bytes;
  CHECK(lede::EvaluateNerModel(bytes.substr(0, bytes.size() / 2), {}).status().code() ==
        StatusCode::kInvalidArgument);
}

TEST_CASE("ner scoring counts exact spans and types as conlleval does", "[ner]") {
  // A model that knows only MISC gets none of these PER, LOC, ORG entities right.
  const std::vector<NerSentence> train = Parse({"the/O ship/B-MISC sank"});
  auto trained = lede::TrainNerModel(train, {}, SmallOptions());
  REQUIRE(trained.ok());
  // Gold: "I-PER" after O opens an entity; "B-LOC I-ORG" are two entities.
  const std::vector<NerSentence> gold = Parse({"a/I-PER b/B-LOC c/I-ORG d e/B-PER f/I-PER"});
  auto score = lede::EvaluateNerModel(trained.value().bytes, gold);
  REQUIRE(score.ok());
  CHECK(score.value().gold == 4);
  CHECK(score.value().correct == 0);
  CHECK(score.value().recall == 0);
}

TEST_CASE("ner trainer rejects bad options and data", "[ner]") {
  const std::vector<NerSentence> train = Corpus(kTrainNames);
  NerTrainOptions options = SmallOptions();
  options.hash_bits = 30;
  CHECK(lede::TrainNerModel(train, {}, options).status().code() == StatusCode::kInvalidArgument);
  options = SmallOptions();
  options.epochs = 0;
  CHECK(lede::TrainNerModel(train, {}, options).status().code() == StatusCode::kInvalidArgument);
  CHECK(lede::TrainNerModel(Parse({"no entities here"}), {}, SmallOptions()).status().code() ==
        StatusCode::kInvalidArgument);
  std::vector<NerSentence> ragged = Parse({"Vilma/B-PER left"});
  ragged[0].tags.pop_back();
  CHECK(lede::TrainNerModel(ragged, {}, SmallOptions()).status().code() == StatusCode::kInvalidArgument);
  CHECK(lede::EvaluateNerModel("not a model", train).status().code() == StatusCode::kInvalidArgument);
}
