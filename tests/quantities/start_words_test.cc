// The start-word shortcut: trying the quantity rules only at digits, signs, codes and
// the words of the quantity word lists finds exactly what trying every piece finds.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "quantity_test_util.h"

namespace lede::testing {
namespace {

// Returns the file's contents, or "" when it cannot be read.
std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Checks that both ways of extracting agree on `text`.
void CheckAgrees(const std::string& text) {
  Report report = Annotate(text);
  const std::string fast = DescribeAll(detail::ExtractQuantities(report, "2023-03-30"));
  const std::string every = DescribeAll(detail::ExtractQuantitiesAtEveryPiece(report, "2023-03-30"));
  INFO(text.substr(0, 200));
  CHECK(fast == every);
}

TEST_CASE("quantity extractor finds the same quantities with the start-word shortcut", "[quantities]") {
  const std::string root = LEDE_SOURCE_DIR;
  for (const char* sample : {"/data/samples/china-russia-military.txt"}) CheckAgrees(ReadFile(root + sample));
  const std::string phrases[] = {
      "The bulletin is published weekly, and fares rise annually.",
      "We met the day before, two days after today, at the end of the week.",
      "Since tomorrow's meeting, no later than the beginning of March, half past seven o'clock.",
      "The penultimate round, the last but one, between 5 and 7, from 3pm to 5pm, everyday.",
      "He paid US$5m, or roughly €4.6m, for a 45-year-old painting on Christmas Eve.",
  };
  for (const std::string& p : phrases) CheckAgrees(p);
}

TEST_CASE("quantity extractor finds the same quantities with the start-word shortcut on the benchmark",
          "[quantities]") {
  const std::filesystem::path dir = std::filesystem::path(LEDE_SOURCE_DIR) / ".." / "shared" / "bench" / "numbers";
  if (!std::filesystem::is_directory(dir)) {
    WARN("skipped: " << dir << " not found");
    return;
  }
  size_t cases = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) {
      nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
      if (record.is_discarded() || !record.contains("input")) continue;
      CheckAgrees(record["input"].get<std::string>());
      ++cases;
    }
  }
  CHECK(cases > 0);
}

}  // namespace
}  // namespace lede::testing
