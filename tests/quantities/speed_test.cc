// Throughput of the quantity pass over many runs on one long article of news prose (half of it number-dense).
// Hidden from the default run (timing on a shared machine is noisy): run with "[.speed]".
#include <catch2/catch.hpp>

#include <ctime>
#include <iostream>

#include "quantity_test_util.h"

namespace lede::testing {
namespace {

// Bytes of one article (a long news story) and of all the runs timed together.
constexpr size_t kArticleBytes = 6 << 10;
constexpr size_t kTargetBytes = 64 << 20;
// The pass must stay above this (the stage's budget in the pipeline).
constexpr double kMinMegabytesPerSecond = 20;

TEST_CASE("quantity extractor runs at least 20 MB/s", "[.speed]") {
  const std::string paragraph =
      "The ministry said on Thursday that 12 ships and about 3,000 sailors took part in a five-day drill "
      "last week, costing over €150 million (US$163 million), up 5.5% from February last year. One of the "
      "three crews had served for more than two years; no one was hurt. Shares fell 2 per cent to HK$48.20 "
      "at 10.30am, and the convoy covered 300 km by 15:00 GMT on 3 March 2023.\n\n"
      // Ordinary prose between the number-dense paragraphs, as in a real article.
      "Officials in the capital described the talks as constructive, though neither side would say what "
      "had been agreed, and analysts cautioned that the statement left much of the detail unresolved. "
      "Opposition lawmakers demanded that the government publish the documents before parliament votes.\n\n";
  std::string text;
  while (text.size() < kArticleBytes) text += paragraph;
  Report report = Annotate(text);
  detail::ExtractQuantities(report, "2023-03-30");  // loads the word lists
  // CPU time, not wall time: the machine is shared, and waiting for a core is not our cost.
  size_t bytes = 0, found = 0;
  std::clock_t start = std::clock();
  while (bytes < kTargetBytes) {
    found += detail::ExtractQuantities(report, "2023-03-30").size();
    bytes += text.size();
  }
  double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  double mbps = static_cast<double>(bytes) / (1 << 20) / seconds;
  std::cout << "quantities: " << found << " in " << bytes << " bytes of " << text.size() << "-byte articles, "
            << mbps << " MB/s\n";
  CHECK(mbps >= kMinMegabytesPerSecond);
}

}  // namespace
}  // namespace lede::testing
