// Tests of the hashed linear model: its file format (LEDELIN1) read back
// exactly, every kind of damaged file refused with a message, scoring per
// class, and the feature hash that feeds it.
#include "learn/linear_model.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "learn/feature_hash.h"
#include "support/model_bytes.h"

using lede::StatusCode;
using lede::detail::FeatureIndex;
using lede::detail::HashBytes;
using lede::detail::HashMix;
using lede::detail::LinearModel;
using lede::testing::F32;
using lede::testing::U32;

namespace {


// Returns a model file header written by hand.
std::string Header(uint32_t bits, uint32_t classes, uint32_t count) {
  return "LEDELIN1" + U32(bits) + U32(classes) + U32(count);
}

// Returns a model of 2^8 slots and 3 classes with a few weights set, at the
// table's first and last slot, negative, tiny and large.
LinearModel SampleModel() {
  LinearModel model(8, 3);
  model.Weight(0, 0) = 1.5f;
  model.Weight(0, 2) = -0.25f;
  model.Weight(17, 1) = 1e-30f;
  model.Weight(200, 0) = -12345.75f;
  model.Weight(255, 2) = 3.0e20f;
  return model;
}

}  // namespace

TEST_CASE("linear model round-trips every weight through Serialize and Parse", "[learn][model]") {
  LinearModel model = SampleModel();
  const std::string bytes = model.Serialize();
  lede::Result<LinearModel> parsed = LinearModel::Parse(bytes);
  REQUIRE(parsed.ok());
  LinearModel copy = std::move(parsed).value();
  CHECK(copy.classes() == 3);
  CHECK(copy.mask() == 255u);
  REQUIRE(copy.size() == model.size());
  for (size_t i = 0; i < model.size(); ++i) {
    INFO("flat weight " << i);
    CHECK(copy.Flat(i) == model.Flat(i));
  }
  CHECK(copy.Serialize() == bytes);  // the bytes are canonical: re-writing changes nothing
}

TEST_CASE("linear model stores only the non-zero weights, slot-major", "[learn][model]") {
  LinearModel model = SampleModel();
  const std::string bytes = model.Serialize();
  constexpr size_t kHeaderBytes = 20;
  CHECK(bytes.substr(0, kHeaderBytes) == Header(8, 3, 5));
  REQUIRE(bytes.size() == kHeaderBytes + 5 * 8);
  // Entries come in table order; the index is slot * classes + class.
  CHECK(bytes.substr(kHeaderBytes, 8) == U32(0) + F32(1.5f));
  CHECK(bytes.substr(kHeaderBytes + 8, 8) == U32(2) + F32(-0.25f));
  CHECK(bytes.substr(kHeaderBytes + 16, 4) == U32(17 * 3 + 1));
  CHECK(bytes.substr(kHeaderBytes + 32, 4) == U32(255 * 3 + 2));

  const std::string empty = LinearModel(12, 1).Serialize();
  CHECK(empty == Header(12, 1, 0));
  lede::Result<LinearModel> parsed = LinearModel::Parse(empty);
  REQUIRE(parsed.ok());
  CHECK(parsed.value().mask() == 4095u);
}

TEST_CASE("linear model refuses damaged files with a message saying what is wrong", "[learn][model]") {
  const std::string good = SampleModel().Serialize();
  struct Case {
    const char* what;
    std::string bytes;
    const char* message_has;
  };
  const Case cases[] = {
      {"empty file", "", "bad magic"},
      {"other magic", "LEDELIN2" + good.substr(8), "bad magic"},
      {"text file", "The quick brown fox jumps over the lazy dog again", "bad magic"},
      {"header cut short", good.substr(0, 19), "bad magic"},
      {"last entry cut short", good.substr(0, good.size() - 3), "truncated"},
      {"one whole entry missing", good.substr(0, good.size() - 8), "truncated"},
      {"count says none but entries follow", Header(8, 3, 0) + U32(1) + F32(2.0f), "truncated"},
      {"trailing garbage", good + "xyz", "truncated"},
      {"zero hash bits", Header(0, 1, 0), "impossible table size"},
      {"2^25 slots", Header(25, 1, 0), "impossible table size"},
      {"2^32 slots", Header(32, 1, 0), "impossible table size"},
      {"no classes", Header(8, 0, 0), "impossible table size"},
      {"65 classes", Header(8, 65, 0), "impossible table size"},
      {"index one past the table", Header(4, 2, 1) + U32(16 * 2) + F32(1.0f), "out of range"},
      {"index far past the table", Header(4, 1, 1) + U32(0xFFFFFFFFu) + F32(1.0f), "out of range"},
      {"count overflowing the file size", Header(8, 1, 0xFFFFFFFFu), "truncated"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    lede::Result<LinearModel> parsed = LinearModel::Parse(c.bytes);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.status().code() == StatusCode::kInvalidArgument);
    CHECK(parsed.status().message().find(c.message_has) != std::string::npos);
    CHECK(parsed.status().message().find('\n') == std::string::npos);
  }
}

TEST_CASE("linear model accepts the largest table sizes it allows", "[learn][model]") {
  CHECK(LinearModel::Parse(Header(1, 64, 0)).ok());
  // The last slot of the last class is the highest index a file may name.
  lede::Result<LinearModel> edge = LinearModel::Parse(Header(3, 2, 1) + U32(8 * 2 - 1) + F32(-4.0f));
  REQUIRE(edge.ok());
  LinearModel model = std::move(edge).value();
  CHECK(model.Weight(7, 1) == -4.0f);
  CHECK(model.Weight(7, 0) == 0.0f);
}

TEST_CASE("linear model scores the sum of the firing features' weights in the asked class", "[learn][model]") {
  LinearModel model(4, 2);
  model.Weight(3, 0) = 1.5f;
  model.Weight(3, 1) = -2.0f;
  model.Weight(7, 0) = 0.25f;
  model.Weight(7, 1) = 4.0f;
  model.Weight(15, 1) = 100.0f;
  struct Case {
    std::vector<uint32_t> features;
    int cls;
    float score;
  };
  const Case cases[] = {
      {{}, 0, 0.0f},
      {{3}, 0, 1.5f},
      {{3}, 1, -2.0f},
      {{3, 7}, 0, 1.75f},
      {{3, 7}, 1, 2.0f},
      {{7, 3}, 1, 2.0f},          // order does not matter
      {{3, 3, 7}, 0, 3.25f},      // a feature firing twice counts twice
      {{0, 1, 2}, 0, 0.0f},       // untouched slots weigh nothing
      {{15, 3}, 0, 1.5f},         // class 1's weight stays out of class 0
      {{15, 3}, 1, 98.0f},
  };
  for (const Case& c : cases) {
    CAPTURE(c.features, c.cls);
    CHECK(model.Score(c.features.data(), c.features.size(), c.cls) == Approx(c.score));
  }
  CHECK(model.mask() == 15u);
  CHECK(model.classes() == 2);
  CHECK(model.size() == 32u);
  CHECK(model.Flat(3 * 2 + 1) == -2.0f);  // Weight(slot, cls) is Flat(slot * classes + cls)
}

TEST_CASE("feature hash folds bytes in one at a time, FNV-1a style, and mixes values in order", "[learn][hash]") {
  // The FNV-1a step: start at the published 64-bit offset basis, xor the
  // byte, multiply by the 64-bit FNV prime.
  constexpr uint64_t kFnvPrime = 1099511628211ULL;
  CHECK(HashBytes("") == 14695981039346656037ULL);
  CHECK(HashBytes("a") == (HashBytes("") ^ 'a') * kFnvPrime);
  CHECK(HashBytes("ab") == (((HashBytes("") ^ 'a') * kFnvPrime) ^ 'b') * kFnvPrime);
  CHECK(HashBytes("\xC3\xA9") == (((HashBytes("") ^ 0xC3) * kFnvPrime) ^ 0xA9) * kFnvPrime);
  CHECK(HashBytes("ab") != HashBytes("ba"));
  CHECK(HashMix(HashMix(1, 2), 3) != HashMix(HashMix(1, 3), 2));
}

TEST_CASE("feature index stays within the mask and tells its arguments apart", "[learn][hash]") {
  for (uint32_t bits : {1u, 4u, 12u, 18u, 24u}) {
    const uint32_t mask = (1u << bits) - 1;
    for (uint64_t v = 0; v < 500; ++v) {
      CAPTURE(bits, v);
      const uint32_t index = FeatureIndex(mask, v % 7, v * 2654435761ULL, v ^ 0xDEADBEEF, ~v);
      REQUIRE(index <= mask);
    }
  }
  constexpr uint32_t kMask = (1u << 18) - 1;
  const uint64_t word = HashBytes("harbour");
  const uint64_t other = HashBytes("council");
  // Swapped values, swapped templates and a value moved to another place all land elsewhere.
  CHECK(FeatureIndex(kMask, 1, word, other) != FeatureIndex(kMask, 1, other, word));
  CHECK(FeatureIndex(kMask, 2, 5, 9) != FeatureIndex(kMask, 2, 9, 5));
  CHECK(FeatureIndex(kMask, 3, 1, 2, 3) != FeatureIndex(kMask, 3, 3, 2, 1));
  CHECK(FeatureIndex(kMask, 1, word) != FeatureIndex(kMask, 2, word));
  CHECK(FeatureIndex(kMask, 1, word, 0) == FeatureIndex(kMask, 1, word));  // absent values are zeros
  CHECK(FeatureIndex(kMask, 1, word, 7) != FeatureIndex(kMask, 1, word, 0, 7));
  // The same arguments always give the same slot (the shipped model relies on it).
  CHECK(FeatureIndex(kMask, 4, word, other, 11) == FeatureIndex(kMask, 4, word, other, 11));

  // Small templates over small values spread over the table instead of piling up.
  std::set<uint32_t> slots;
  for (uint64_t t = 1; t <= 20; ++t) {
    for (uint64_t v = 0; v < 50; ++v) slots.insert(FeatureIndex(kMask, t, v));
  }
  CHECK(slots.size() >= 990u);  // 1000 features; a handful of collisions at most
}
