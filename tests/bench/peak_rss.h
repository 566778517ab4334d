// Peak memory of lede per page: each page is analysed in a fresh child
// process, whose peak resident set size the kernel reports on exit.
#ifndef LEDE_TESTS_BENCH_PEAK_RSS_H_
#define LEDE_TESTS_BENCH_PEAK_RSS_H_

#include <string>
#include <vector>

namespace lede::bench {

// Returns the process exit status of the memory mode after printing, for the
// empty-run baselines and for every page of `paths`, the peak RSS of a child
// process that reads the page, runs lede::Analyze and renders the JSON; then
// the max and median across pages. Exits non-zero when a page fails or the
// max is over `limit_mb`.
int RunPeakRss(const std::vector<std::string>& paths, double limit_mb, bool verbose);

}  // namespace lede::bench

#endif  // LEDE_TESTS_BENCH_PEAK_RSS_H_
