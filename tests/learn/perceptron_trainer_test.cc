// Tests of the averaged binary perceptron: it learns a small separable
// problem and generalises to held-out examples, and a run is reproducible
// byte for byte.
#include "learn/perceptron_trainer.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "learn/feature_hash.h"

using lede::detail::BinaryExample;
using lede::detail::FeatureIndex;
using lede::detail::HashBytes;
using lede::detail::LinearModel;
using lede::detail::PerceptronOptions;
using lede::detail::TrainBinaryPerceptron;

namespace {

constexpr int kBits = 14;
constexpr uint32_t kMask = (1u << kBits) - 1;
constexpr uint64_t kBiasTemplate = 1;
constexpr uint64_t kWordTemplate = 2;

// Returns the slots of a headline: one per word plus a bias that always fires.
std::vector<uint32_t> Features(const std::string& headline) {
  std::vector<uint32_t> out{FeatureIndex(kMask, kBiasTemplate, 0)};
  std::istringstream words(headline);
  std::string word;
  while (words >> word) out.push_back(FeatureIndex(kMask, kWordTemplate, HashBytes(word)));
  return out;
}

// Returns the example of `headline`, positive when it mentions a flood.
BinaryExample Example(const std::string& headline) {
  return BinaryExample{Features(headline), (" " + headline + " ").find(" flood ") != std::string::npos};
}

// Returns a training set where "flood" marks every positive; most other
// words turn up in both classes, a few in one only.
std::vector<BinaryExample> TrainingSet() {
  const char* headlines[] = {
      "flood closes river road in market town",
      "river road reopens after repairs",
      "council warns of flood risk on coast",
      "council approves new coast path",
      "flood waters reach town centre shops",
      "town centre shops report record sales",
      "school shut as flood hits valley",
      "valley school wins national science prize",
      "farmers count cost of flood damage",
      "farmers welcome early harvest",
      "rail line cut by flood near bridge",
      "new bridge opens to rail passengers",
      "flood barrier test ends in success",
      "barrier works delay traffic for a week",
      "residents clear mud after flood",
      "residents vote on new park",
      "storm brings flood to harbour village",
      "harbour village hosts summer festival",
      "insurers face flood claims bill",
      "insurers raise home cover prices",
  };
  std::vector<BinaryExample> examples;
  for (const char* headline : headlines) examples.push_back(Example(headline));
  return examples;
}

// Returns a training set where only "flood" tells the classes apart: each
// headline comes once as it is (negative) and once with "flood" in it
// (positive), so every other word is as common in both classes.
std::vector<BinaryExample> BalancedTrainingSet() {
  const char* headlines[] = {
      "river road reopens after repairs",
      "council warns of risk on coast path",
      "town centre shops report record sales",
      "valley school wins national science prize",
      "farmers count cost of early harvest",
      "new bridge opens to rail passengers",
      "barrier works delay traffic for a week",
      "residents vote on new park",
      "harbour village hosts summer festival",
      "insurers raise home cover prices",
  };
  std::vector<BinaryExample> examples;
  for (const char* headline : headlines) {
    const std::string text(headline);
    const size_t space = text.find(' ');
    examples.push_back(Example(text));
    examples.push_back(Example(text.substr(0, space) + " flood" + text.substr(space)));
  }
  return examples;
}

// Returns true when `model` scores `headline` as mentioning a flood.
bool Predicts(const LinearModel& model, const std::string& headline) {
  const std::vector<uint32_t> features = Features(headline);
  return model.Score(features.data(), features.size()) > 0;
}

}  // namespace

TEST_CASE("perceptron learns a separable problem and classifies every training example", "[learn][perceptron]") {
  const std::vector<BinaryExample> examples = TrainingSet();
  PerceptronOptions options;
  options.hash_bits = kBits;
  const LinearModel model = TrainBinaryPerceptron(examples, options);
  CHECK(model.mask() == kMask);
  CHECK(model.classes() == 1);
  for (const BinaryExample& example : examples) {
    CHECK((model.Score(example.features.data(), example.features.size()) > 0) == example.positive);
  }
}

TEST_CASE("perceptron generalises to held-out examples of the same problem", "[learn][perceptron]") {
  PerceptronOptions options;
  options.hash_bits = kBits;
  const LinearModel model = TrainBinaryPerceptron(TrainingSet(), options);
  struct Case {
    const char* headline;
    bool flood;
  };
  const Case cases[] = {
      {"flood closes harbour road", true},
      {"council counts cost of flood", true},
      {"flood", true},
      {"flood storm batters north coast", true},
      {"town shops open late for summer", false},
      {"rail passengers face delays", false},
      {"zebra crossing painted outside library", false},  // words never seen
      {"", false},
  };
  for (const Case& c : cases) {
    INFO(c.headline);
    CHECK(Predicts(model, c.headline) == c.flood);
  }
}

TEST_CASE("perceptron training is deterministic: the same input gives the same bytes", "[learn][perceptron]") {
  const std::vector<BinaryExample> examples = TrainingSet();
  for (int epochs : {1, 3, 10}) {
    for (uint32_t seed : {1u, 7u}) {
      CAPTURE(epochs, seed);
      PerceptronOptions options;
      options.hash_bits = kBits;
      options.epochs = epochs;
      options.seed = seed;
      const std::string first = TrainBinaryPerceptron(examples, options).Serialize();
      const std::string second = TrainBinaryPerceptron(examples, options).Serialize();
      CHECK(first == second);
      CHECK(first.size() > 20u);  // it learnt something beyond the header
    }
  }
}

TEST_CASE("perceptron touches only the slots of features it saw", "[learn][perceptron]") {
  const std::vector<BinaryExample> examples = TrainingSet();
  std::vector<bool> seen(kMask + 1, false);
  for (const BinaryExample& example : examples) {
    for (uint32_t f : example.features) seen[f] = true;
  }
  PerceptronOptions options;
  options.hash_bits = kBits;
  LinearModel model = TrainBinaryPerceptron(examples, options);
  size_t stray = 0;
  for (uint32_t slot = 0; slot <= kMask; ++slot) stray += !seen[slot] && model.Weight(slot) != 0.0f;
  CHECK(stray == 0);
  CHECK(model.Weight(FeatureIndex(kMask, kWordTemplate, HashBytes("flood"))) > 0.0f);
  CHECK(model.Weight(FeatureIndex(kMask, kBiasTemplate, 0)) < 0.0f);
}

TEST_CASE("perceptron with no examples returns an all-zero model", "[learn][perceptron]") {
  PerceptronOptions options;
  options.hash_bits = 12;
  const LinearModel model = TrainBinaryPerceptron({}, options);
  CHECK(model.mask() == 4095u);
  CHECK(model.Serialize().size() == 20u);  // header only
}

// A score of exactly 0 is a mistake for either label (y * score <= 0), so
// negatives that merely tie at 0 are pushed below it; counting ties as right
// left the bias at -0.01 and called a held-out negative positive.
TEST_CASE("perceptron pushes negatives that tie at zero below zero", "[learn][perceptron]") {
  PerceptronOptions options;
  options.hash_bits = kBits;
  const std::vector<BinaryExample> balanced = BalancedTrainingSet();
  const LinearModel balanced_model = TrainBinaryPerceptron(balanced, options);
  for (const BinaryExample& example : balanced) {
    CHECK((balanced_model.Score(example.features.data(), example.features.size()) > 0) == example.positive);
  }
  const LinearModel model = TrainBinaryPerceptron(TrainingSet(), options);
  CHECK_FALSE(Predicts(model, "new school opens for valley pupils"));
}
