// Linearity of each pipeline stage, called directly (as tests/bench/bench_main.cc
// does): the tokenizer, sentence splitter, entities, quotes, quantities and the
// HTML parse + extractor each run on 1 MB and on 10 MB of varied invented news
// prose, and CPU time(10 MB) / time(1 MB) is measured (10 if linear, plus cache
// and TLB misses on the larger working set: 10.2-12.3 measured on a shared
// 2-core machine, LEDE_HOSTILE_REPORT=1 prints it). The assertion is a guard
// that cannot flake on a busy machine yet catches any quadratic stage (which
// gives about 100): at most 20. Times are the best of up to five runs; the
// 10 MB runs stop as soon as one is within the target ratio of 12.
//
// glibc serves blocks over 32 MB with fresh mmaps, so every 10 MB run would pay
// first-touch page faults for its token and sentence vectors that the 1 MB runs,
// recycling the heap, do not; the test keeps all memory in the heap while it
// runs, so both sizes are timed warm and the ratio measures the algorithms.
#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fmt/core.h>
#include <functional>
#include <string>

#include "entities/entity_extractor.h"
#include "extract/html_extractor.h"
#include "extract/text_extractor.h"
#include "hostile/hostile_checks.h"
#include "hostile/news_prose.h"
#include "support/sanitizer.h"
#include "html/html_parser.h"
#include "lede/lede.h"
#include "quantities/quantity_extractor.h"
#include "quotes/quote_extractor.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

// Bytes of the small and the large input.
constexpr size_t kSmallBytes = 1000000;
constexpr size_t kLargeBytes = 10000000;
// Target time(10 MB) / time(1 MB): 10 for a linear stage, the rest for cache effects.
constexpr double kTargetRatio = 12.0;
// Largest ratio asserted: far above timing noise (a best-of-five ratio near 12
// can read 12.3 under load), far below a quadratic stage's 100.
constexpr double kMaxRatio = 20.0;
// For the quantities stage, one sentence in this many holds numbers: 10 MB of
// such prose holds about 15,000 quantities, under the per-article cap (at
// which the extractor stops, so a capped 10 MB run would time only its start).
constexpr size_t kQuantitySentenceEvery = 32;
// Runs per size; the least CPU time is kept.
constexpr int kRuns = 5;
// M_TRIM_THRESHOLD while timing: never give heap back to the kernel.
constexpr int kNoTrim = 1 << 30;
// glibc's defaults of M_MMAP_MAX and M_TRIM_THRESHOLD, restored afterwards.
constexpr int kDefaultMmapMax = 65536;
constexpr int kDefaultTrimThreshold = 128 * 1024;

// Returns the CPU seconds this process has used.
double CpuSeconds() {
  timespec t {};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + t.tv_nsec / 1e9;
}

// Returns the CPU seconds `f` takes.
double CpuTime(const std::function<void()>& f) {
  const double start = CpuSeconds();
  f();
  return CpuSeconds() - start;
}

// Holds one input's report with every stage before entities done, built once.
struct Prepared {
  lede::Report report;
  std::string html;  // the same prose as an HTML page
};

Prepared Prepare(size_t bytes, uint64_t seed, size_t number_every = 1) {
  Prepared p;
  const std::string prose = lede::testing::NewsProse(bytes, seed, /*one_line=*/false, number_every);
  lede::Result<lede::Document> doc = lede::detail::ExtractFromText(prose);
  REQUIRE(doc.ok());
  p.report.document = std::move(doc).value();
  p.report.tokens = lede::detail::Tokenize(p.report.document.text);
  p.report.sentences =
      lede::detail::SplitSentences(p.report.document.text, p.report.tokens, p.report.document.blocks);
  p.html = "<!doctype html><html><head><title>Council approves budget</title></head><body><article>";
  size_t at = 0;
  while (at < prose.size()) {
    size_t end = prose.find("\n\n", at);
    if (end == std::string::npos) end = prose.size();
    p.html.append("<p>").append(prose, at, end - at).append("</p>\n");
    at = end + 2;
  }
  p.html += "</article><footer><a href=\"/about\">About us</a></footer></body></html>";
  return p;
}

// Returns the best CPU time of up to kRuns runs of `f`, stopping early once a run is at most `enough`.
double BestTime(const std::function<void()>& f, double enough) {
  double best = 1e18;
  for (int i = 0; i < kRuns; ++i) {
    best = std::min(best, CpuTime(f));
    if (best <= enough) break;
  }
  return best;
}

}  // namespace

TEST_CASE("every stage takes about 10x as long on 10 MB as on 1 MB, never quadratic", "[hostile][linearity]") {
  if (LEDE_SANITIZED) {
    WARN("built with AddressSanitizer: its allocator and checks distort the timings; run the plain build");
    return;
  }
  // Restores glibc's defaults (mallopt(3)) when the test ends.
  struct HeapOnly {
    HeapOnly() {
      mallopt(M_MMAP_MAX, 0);
      mallopt(M_TRIM_THRESHOLD, kNoTrim);
    }
    ~HeapOnly() {
      mallopt(M_MMAP_MAX, kDefaultMmapMax);
      mallopt(M_TRIM_THRESHOLD, kDefaultTrimThreshold);
      malloc_trim(0);
    }
  } heap_only;
  const Prepared small = Prepare(kSmallBytes, 21);
  const Prepared large = Prepare(kLargeBytes, 22);
  INFO("texts: " << small.report.document.text.size() << " and " << large.report.document.text.size() << " bytes");
  // The prose is all article: the extractor must keep (nearly) all of it, or the sizes mean nothing.
  REQUIRE(small.report.document.text.size() >= kSmallBytes * 9 / 10);
  REQUIRE(large.report.document.text.size() >= kLargeBytes * 9 / 10);

  // The quantities stage's own inputs, with few enough numbers to stay under the cap.
  const Prepared small_sparse = Prepare(kSmallBytes, 23, kQuantitySentenceEvery);
  const Prepared large_sparse = Prepare(kLargeBytes, 24, kQuantitySentenceEvery);
  const size_t large_quantities = lede::detail::ExtractQuantities(large_sparse.report, "2024-03-05").size();
  INFO("quantities in the 10 MB input: " << large_quantities);
  REQUIRE(large_quantities >= 1000);
  REQUIRE(large_quantities < lede::detail::kMaxQuantitiesPerArticle);

  // Each stage, given a prepared input.
  const std::vector<std::pair<std::string, std::function<void(const Prepared&)>>> stages = {
      {"tokenizer", [](const Prepared& p) { (void)lede::detail::Tokenize(p.report.document.text); }},
      {"sentence splitter",
       [](const Prepared& p) {
         (void)lede::detail::SplitSentences(p.report.document.text, p.report.tokens, p.report.document.blocks);
       }},
      {"entities", [](const Prepared& p) { (void)lede::detail::ExtractEntities(p.report); }},
      {"quotes", [](const Prepared& p) { (void)lede::detail::ExtractQuotes(p.report); }},
      {"quantities", [](const Prepared& p) { (void)lede::detail::ExtractQuantities(p.report, "2024-03-05"); }},
      {"html parse + extract",
       [](const Prepared& p) {
         lede::Result<lede::detail::Dom> dom = lede::detail::ParseHtml(p.html);
         REQUIRE(dom.ok());
         (void)lede::detail::ExtractFromHtml(dom.value());
       }},
  };
  for (const auto& [name, run] : stages) {
    const bool sparse = name == "quantities";
    const Prepared& small_input = sparse ? small_sparse : small;
    const Prepared& large_input = sparse ? large_sparse : large;
    const double t_small = BestTime([&] { run(small_input); }, 0);
    const double t_large = BestTime([&] { run(large_input); }, kTargetRatio * t_small);
    const double ratio = t_large / std::max(t_small, 1e-6);
    lede::testing::RecordRow("linearity: " + name + " 1 MB", 0, 0, t_small, 0, kSmallBytes);
    lede::testing::RecordRow("linearity: " + name + " 10 MB", 0, 0, t_large, 0, kLargeBytes,
                             fmt::format("ratio {:.1f}", ratio));
    INFO(name << ": 1 MB " << t_small << " s, 10 MB " << t_large << " s");
    CHECK(ratio <= kMaxRatio);
  }
}
