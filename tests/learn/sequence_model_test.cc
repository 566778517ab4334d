// Tests of the sequence model: its file format (LEDESEQ1) read back bit for
// bit and every kind of damaged file refused, Viterbi following what the
// transitions force (including paths a greedy tagger misses), and the
// averaged structured perceptron learning a small BIO task well enough to tag
// names and places it never saw, deterministically.
#include "learn/sequence_model.h"

#include <array>
#include <catch2/catch.hpp>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "learn/feature_hash.h"
#include "support/model_bytes.h"

using lede::detail::FeatureIndex;
using lede::detail::HashBytes;
using lede::detail::LinearModel;
using lede::testing::F32;
using lede::testing::U32;
using lede::detail::SequenceExample;
using lede::detail::SequenceFeatures;
using lede::detail::SequenceModel;
using lede::detail::SequenceTrainOptions;
using lede::detail::TrainSequencePerceptron;

namespace {


// Returns the bits of `f`, so that weights compare bit for bit.
uint32_t Bits(float f) {
  uint32_t raw;
  std::memcpy(&raw, &f, sizeof raw);
  return raw;
}

// Returns a sequence model file written by hand: `tags` named, every
// transition weight `transition`, and `emissions` as the emission block.
std::string File(const std::vector<std::string>& tags, float transition, const std::string& emissions) {
  std::string out = "LEDESEQ1" + U32(static_cast<uint32_t>(tags.size()));
  for (const std::string& tag : tags) out += U32(static_cast<uint32_t>(tag.size())) + tag;
  for (size_t i = 0; i < (tags.size() + 1) * tags.size(); ++i) out += F32(transition);
  return out + emissions;
}

// Returns an emission block (a LEDELIN1 file) with one weight at index 0.
std::string Emissions(uint32_t bits, uint32_t classes, float weight = 1.0f) {
  return "LEDELIN1" + U32(bits) + U32(classes) + U32(1) + U32(0) + F32(weight);
}

const std::vector<std::string> kBio = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC"};

// Returns a small model with weights in the start row, between tags, and in
// the emission table's first and last slots: negative, tiny and large.
SequenceModel SampleModel() {
  SequenceModel model(6, {"O", "B-PER", "I-PER"});
  model.Transition(-1, 2) = -1e30f;
  model.Transition(-1, 0) = 0.125f;
  model.Transition(0, 2) = -7.5f;
  model.Transition(1, 2) = 3.25f;
  model.Transition(2, 0) = 1e-30f;
  model.emissions().Weight(0, 0) = 2.5f;
  model.emissions().Weight(0, 2) = -0.75f;
  model.emissions().Weight(41, 1) = 1e-20f;
  model.emissions().Weight(63, 2) = -3.0e20f;
  return model;
}

}  // namespace

TEST_CASE("sequence model round-trips tags, transitions and emissions bit for bit", "[learn][sequence]") {
  const SequenceModel model = SampleModel();
  const std::string bytes = model.Serialize();
  lede::Result<SequenceModel> parsed = SequenceModel::Parse(bytes);
  REQUIRE(parsed.ok());
  SequenceModel copy = std::move(parsed).value();
  CHECK(copy.tags() == model.tags());
  CHECK(copy.mask() == 63u);
  for (int from = -1; from < 3; ++from) {
    for (int to = 0; to < 3; ++to) {
      INFO("transition " << from << " -> " << to);
      CHECK(Bits(copy.Transition(from, to)) == Bits(model.Transition(from, to)));
    }
  }
  SequenceModel original = SampleModel();
  REQUIRE(copy.emissions().size() == original.emissions().size());
  for (size_t i = 0; i < original.emissions().size(); ++i) {
    INFO("emission weight " << i);
    CHECK(Bits(copy.emissions().Flat(i)) == Bits(original.emissions().Flat(i)));
  }
  CHECK(copy.Serialize() == bytes);  // canonical: writing again changes nothing
}

TEST_CASE("sequence model file starts with the documented header", "[learn][sequence]") {
  const std::string bytes = SampleModel().Serialize();
  const std::string header = "LEDESEQ1" + U32(3) + U32(1) + "O" + U32(5) + "B-PER" + U32(5) + "I-PER";
  REQUIRE(bytes.size() > header.size() + 12 * 4);
  CHECK(bytes.substr(0, header.size()) == header);
  // Row 0 is the start, so start -> I-PER is the third float.
  CHECK(bytes.substr(header.size() + 2 * 4, 4) == F32(-1e30f));
  CHECK(bytes.substr(header.size() + 12 * 4, 8) == "LEDELIN1");
}

TEST_CASE("sequence model refuses a file with a bad magic", "[learn][sequence]") {
  const std::string valid = SampleModel().Serialize();
  for (const std::string& bytes : {std::string(), std::string("LEDESEQ"), "LEDESEQ2" + valid.substr(8),
                                   "ledeseq1" + valid.substr(8), SampleModel().emissions().Serialize()}) {
    INFO("file of " << bytes.size() << " bytes");
    lede::Result<SequenceModel> parsed = SequenceModel::Parse(bytes);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.status().code() == lede::StatusCode::kInvalidArgument);
    CHECK(parsed.status().message().find("magic") != std::string::npos);
  }
}

TEST_CASE("sequence model refuses every truncation of a valid file", "[learn][sequence]") {
  const std::string bytes = SampleModel().Serialize();
  REQUIRE(SequenceModel::Parse(bytes).ok());
  for (size_t length = 0; length < bytes.size(); ++length) {
    INFO("prefix of " << length << " of " << bytes.size() << " bytes");
    lede::Result<SequenceModel> parsed = SequenceModel::Parse(std::string_view(bytes).substr(0, length));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.status().code() == lede::StatusCode::kInvalidArgument);
  }
}

TEST_CASE("sequence model refuses impossible counts and values", "[learn][sequence]") {
  const float kNan = std::numeric_limits<float>::quiet_NaN();
  const float kInf = std::numeric_limits<float>::infinity();
  const std::vector<std::string> two = {"O", "B"};
  const std::string good = File(two, 0.5f, Emissions(4, 2));
  REQUIRE(SequenceModel::Parse(good).ok());
  const std::string after_count = good.substr(12);  // the tag names onwards
  const std::vector<std::pair<const char*, std::string>> cases = {
      {"no tags", "LEDESEQ1" + U32(0) + Emissions(4, 1)},
      {"more tags than a model may have", "LEDESEQ1" + U32(65) + after_count},
      {"a tag count near 2^32", "LEDESEQ1" + U32(0xFFFFFFFFu) + after_count},
      {"an empty tag name", "LEDESEQ1" + U32(1) + U32(0) + F32(0) + F32(0) + Emissions(4, 1)},
      {"a tag name longer than any label",
       "LEDESEQ1" + U32(1) + U32(129) + std::string(129, 'X') + F32(0) + F32(0) + Emissions(4, 1)},
      {"a tag name length near 2^32", "LEDESEQ1" + U32(1) + U32(0xFFFFFFFFu) + "O" + F32(0) + F32(0)},
      {"a repeated tag name", File({"O", "O"}, 0.5f, Emissions(4, 2))},
      {"emissions for fewer classes than tags", File(two, 0.5f, Emissions(4, 1))},
      {"emissions for more classes than tags", File(two, 0.5f, Emissions(4, 3))},
      {"an emission table of gigabytes", File(two, 0.5f, Emissions(31, 2))},
      {"an emission table of 2^32 slots", File(two, 0.5f, Emissions(32, 2))},
      {"a NaN transition", File(two, kNan, Emissions(4, 2))},
      {"an infinite transition", File(two, -kInf, Emissions(4, 2))},
      {"a NaN emission", File(two, 0.5f, Emissions(4, 2, kNan))},
      {"an infinite emission", File(two, 0.5f, Emissions(4, 2, kInf))},
      {"an emission block that is not a linear model",
       File(two, 0.5f, "LEDEXXX1" + Emissions(4, 2).substr(8))},
      {"bytes after the emission block", good + "junk"},
  };
  for (const auto& [name, bytes] : cases) {
    INFO(name);
    lede::Result<SequenceModel> parsed = SequenceModel::Parse(bytes);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.status().code() == lede::StatusCode::kInvalidArgument);
    CHECK_FALSE(parsed.status().message().empty());
  }
}

TEST_CASE("sequence model decodes the path the transitions force", "[learn][sequence]") {
  constexpr int kO = 0, kB = 1, kI = 2;
  constexpr float kForbidden = -10.0f;
  struct Case {
    const char* name;
    std::vector<std::array<float, 3>> emissions;  // token i's weights for O, B-X, I-X
    std::vector<std::tuple<int, int, float>> transitions;
    std::vector<int> expected;
  };
  const std::vector<Case> cases = {
      {"emissions decide when transitions are all zero", {{1, 0, 0}, {0, 2, 1}, {0, 0, 3}}, {}, {kO, kB, kI}},
      {"O -> I-X forbidden turns the favoured I-X into B-X",
       {{5, 0, 0}, {0, 2, 3}},
       {{kO, kI, kForbidden}},
       {kO, kB}},
      {"a sentence may not start with I-X", {{0, 1, 2}}, {{-1, kI, kForbidden}}, {kB}},
      {"a later token's strong I-X flips the first tag that greedy would keep",
       {{1, 0.5f, 0}, {0, 0, 5}},
       {{kO, kI, kForbidden}},
       {kB, kI}},
      {"the flip reaches back across a chain of tokens",
       {{1, 0.9f, 0}, {0.2f, -1, 0}, {0.2f, -1, 0}, {0, 0, 5}},
       {{kO, kI, kForbidden}, {-1, kI, kForbidden}},
       {kB, kI, kI, kI}},
      {"a rewarded transition outweighs a small emission gap",
       {{0, 1, 0}, {1, 0, 0.5f}},
       {{kB, kI, 2.0f}},
       {kB, kI}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    SequenceModel model(4, {"O", "B-X", "I-X"});
    SequenceFeatures sentence{{}, {0}};
    for (size_t i = 0; i < c.emissions.size(); ++i) {
      const uint32_t slot = static_cast<uint32_t>(i + 1);
      for (int tag = 0; tag < 3; ++tag) model.emissions().Weight(slot, tag) = c.emissions[i][tag];
      sentence.features.push_back(slot);
      sentence.offsets.push_back(sentence.features.size());
    }
    for (const auto& [from, to, weight] : c.transitions) model.Transition(from, to) = weight;
    std::vector<int> tags = {7, 7, 7, 7, 7, 7, 7, 7};  // stale contents must be replaced
    model.Decode(sentence, &tags);
    CHECK(tags == c.expected);
  }
}

TEST_CASE("sequence model decodes empty sentences and folds slots past the mask", "[learn][sequence]") {
  SequenceModel model(4, {"O", "B-X"});
  model.emissions().Weight(3, 1) = 1.0f;
  std::vector<int> tags = {1, 1};
  model.Decode(SequenceFeatures{}, &tags);
  CHECK(tags.empty());
  model.Decode(SequenceFeatures{{}, {0}}, &tags);
  CHECK(tags.empty());
  // Slot 3 + 16 folds to slot 3 under the 4-bit mask; a token with no slots scores zero.
  model.Decode(SequenceFeatures{{3 + 16}, {0, 1, 1}}, &tags);
  CHECK(tags == std::vector<int>{1, 0});
}

namespace {

constexpr int kBits = 16;
constexpr uint32_t kMask = (1u << kBits) - 1;
enum Template : uint64_t { kBias = 1, kWord, kShape, kPrevWord, kNextWord, kPrevWordShape };

// Returns `word` in lower case (ASCII is all the toy task needs).
std::string Lower(std::string word) {
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

// Returns the features of a sentence of space-separated words: the word, its
// capitalisation, its neighbours, and the previous word with its capitalisation.
SequenceFeatures Features(const std::vector<std::string>& words) {
  SequenceFeatures out{{}, {0}};
  const auto hash = [&](size_t i) { return i < words.size() ? HashBytes(Lower(words[i])) : 0; };
  for (size_t i = 0; i < words.size(); ++i) {
    const uint64_t capitalised = std::isupper(static_cast<unsigned char>(words[i][0])) ? 1 : 2;
    const uint64_t prev = i == 0 ? 1 : hash(i - 1);
    for (uint32_t slot : {FeatureIndex(kMask, kBias, 0), FeatureIndex(kMask, kWord, hash(i)),
                          FeatureIndex(kMask, kShape, capitalised), FeatureIndex(kMask, kPrevWord, prev),
                          FeatureIndex(kMask, kNextWord, i + 1 < words.size() ? hash(i + 1) : 1),
                          FeatureIndex(kMask, kPrevWordShape, prev, capitalised)}) {
      out.features.push_back(slot);
    }
    out.offsets.push_back(out.features.size());
  }
  return out;
}

// Returns the example of an annotated sentence: "{P}" stands for `person`
// (B-PER then I-PER), "{L}" for `place` (B-LOC then I-LOC), other words are O.
SequenceExample Example(const std::string& pattern, const std::string& person, const std::string& place) {
  std::vector<std::string> words;
  std::vector<int> tags;
  std::istringstream in(pattern);
  std::string word;
  while (in >> word) {
    const bool is_person = word == "{P}";
    if (!is_person && word != "{L}") {
      words.push_back(word);
      tags.push_back(0);
      continue;
    }
    std::istringstream name(is_person ? person : place);
    for (int i = 0; name >> word; ++i) {
      words.push_back(word);
      tags.push_back((is_person ? 1 : 3) + (i > 0 ? 1 : 0));
    }
  }
  return SequenceExample{Features(words), tags};
}

// Sentences in the style of local news: a title before a person, "in" before
// a place, and capitalised words that are neither.
const std::vector<std::string> kTrainPatterns = {
    "Mr {P} said the bridge in {L} would reopen on Monday",
    "Flooding in {L} forced Ms {P} to cancel the meeting",
    "The council met in {L} after Dr {P} resigned",
    "Police in {L} said Mrs {P} had been released on bail",
    "Ms {P} opened a new school in {L} last week",
    "Prices rose sharply in {L} as Mr {P} warned of shortages",
    "The Harbour Board said it had no comment",
    "Fans queued for hours to see the team",
};
const std::vector<std::string> kTrainPeople = {"Okafor",      "Lindqvist",    "Amara Moreau",
                                               "Tanaka",      "Joel Brennan", "Kowalski",
                                               "Ines Haddad", "Ferreira",     "Priya Nair"};
const std::vector<std::string> kTrainPlaces = {"Lisbon",     "Dundee", "Cape Town", "Kisumu",
                                               "Valparaiso", "Ghent",  "San Remo",  "Mostar"};

// Returns every training pattern filled with several people and places.
std::vector<SequenceExample> TrainingSet() {
  std::vector<SequenceExample> out;
  for (size_t p = 0; p < kTrainPatterns.size(); ++p) {
    for (size_t k = 0; k < 6; ++k) {
      out.push_back(Example(kTrainPatterns[p], kTrainPeople[(p + 2 * k) % kTrainPeople.size()],
                            kTrainPlaces[(3 * p + k) % kTrainPlaces.size()]));
    }
  }
  return out;
}

SequenceTrainOptions ToyOptions() {
  SequenceTrainOptions options;
  options.hash_bits = kBits;
  options.epochs = 8;
  options.seed = 7;
  return options;
}

}  // namespace

TEST_CASE("structured perceptron tags people and places it never saw", "[learn][sequence]") {
  const SequenceModel model = TrainSequencePerceptron(TrainingSet(), kBio, ToyOptions());
  CHECK(model.tags() == kBio);
  // New people, new places, new wording around the same cues.
  const std::vector<std::tuple<const char*, const char*, const char*>> held_out = {
      {"Residents in {L} thanked Mr {P} for his help", "Abernathy", "Arequipa"},
      {"Dr {P} arrived in {L} on Friday", "Helga Quispe", "Bergen"},
      {"Ms {P} said the market in {L} would close", "Nakamura", "Santa Cruz"},
      {"Storms in {L} kept Mrs {P} at home", "Rafael Soto", "Mombasa"},
      {"The Harbour Board met the team", "", ""},
  };
  for (const auto& [pattern, person, place] : held_out) {
    INFO(pattern << " with " << person << " / " << place);
    const SequenceExample example = Example(pattern, person, place);
    std::vector<int> tags;
    model.Decode(example.features, &tags);
    CHECK(tags == example.tags);
  }
}

TEST_CASE("structured perceptron training is byte-for-byte reproducible", "[learn][sequence]") {
  const std::vector<SequenceExample> examples = TrainingSet();
  const std::string first = TrainSequencePerceptron(examples, kBio, ToyOptions()).Serialize();
  const std::string second = TrainSequencePerceptron(examples, kBio, ToyOptions()).Serialize();
  CHECK(first == second);
  SequenceTrainOptions other_seed = ToyOptions();
  other_seed.seed = 8;
  CHECK(TrainSequencePerceptron(examples, kBio, other_seed).Serialize() != first);
}

TEST_CASE("structured perceptron reports each epoch's averaged model without disturbing training",
          "[learn][sequence]") {
  const std::vector<SequenceExample> examples = TrainingSet();
  const SequenceTrainOptions options = ToyOptions();
  std::vector<int> epochs;
  std::string last_reported;
  const SequenceModel model =
      TrainSequencePerceptron(examples, kBio, options, [&](int epoch, const SequenceModel& averaged) {
        epochs.push_back(epoch);
        last_reported = averaged.Serialize();
      });
  std::vector<int> expected(options.epochs);
  for (int i = 0; i < options.epochs; ++i) expected[i] = i + 1;
  CHECK(epochs == expected);
  CHECK(last_reported == model.Serialize());
  CHECK(TrainSequencePerceptron(examples, kBio, options).Serialize() == model.Serialize());
}

TEST_CASE("structured perceptron skips sentences whose gold tags do not fit", "[learn][sequence]") {
  std::vector<SequenceExample> examples = TrainingSet();
  const std::string clean = TrainSequencePerceptron(examples, kBio, ToyOptions()).Serialize();
  SequenceExample short_tags = examples[0];
  short_tags.tags.pop_back();
  SequenceExample bad_tag = examples[1];
  bad_tag.tags[0] = static_cast<int>(kBio.size());
  SequenceExample negative_tag = examples[2];
  negative_tag.tags[1] = -1;
  examples.insert(examples.begin(), {short_tags, bad_tag, negative_tag});
  CHECK(TrainSequencePerceptron(examples, kBio, ToyOptions()).Serialize() != std::string());
  // Left out before the shuffle, the bad sentences change nothing at all.
  CHECK(TrainSequencePerceptron(examples, kBio, ToyOptions()).Serialize() == clean);
}
