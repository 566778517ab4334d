// Peak RSS per page. The parent only lists files and forks: it never reads a
// page or runs the pipeline, so each child starts from the same small image
// (the binary, its libraries, nothing lazily loaded yet) and its ru_maxrss,
// read with wait4() when it exits, is what one page costs a fresh `lede`
// process. Two baselines make the per-page cost visible: a child that exits
// at once (the floor every child starts from) and a child that analyses a
// one-sentence text (the floor plus lede's word lists and gazetteers, loaded
// once per process).
#include "peak_rss.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include <fmt/core.h>

#include "lede/lede.h"

namespace lede::bench {

namespace {

// Kilobytes per megabyte for the report (ru_maxrss is in KiB on Linux; MB here are MiB).
constexpr double kKbPerMb = 1024.0;
// Exit status a child uses when its page fails to read, analyse or render.
constexpr int kChildFailed = 3;
// Text analysed by the "data loaded" baseline: one short invented sentence.
constexpr const char* kTinyText = "The harbour committee met on Tuesday and approved the new ferry timetable.";

// Holds one child's result.
struct ChildRun {
  bool ok = false;
  double peak_mb = 0;
};

// Runs `work` in a forked child and returns its exit state and peak RSS.
template <typename F>
ChildRun InChild(F&& work) {
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid < 0) return {};
  if (pid == 0) _exit(work() ? 0 : kChildFailed);
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid) return {};
  return {WIFEXITED(status) && WEXITSTATUS(status) == 0, static_cast<double>(usage.ru_maxrss) / kKbPerMb};
}

// Returns true when `bytes` analyses and renders as JSON.
bool AnalyzeAndRender(std::string_view bytes, const std::string& path) {
  Result<Report> report = Analyze(bytes, path, Options{});
  if (!report.ok()) return false;
  return !RenderJson(report.value(), JsonOptions{}).empty();
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

int RunPeakRss(const std::vector<std::string>& paths, double limit_mb, bool verbose) {
  const ChildRun empty = InChild([] { return true; });
  const ChildRun tiny = InChild([] { return AnalyzeAndRender(kTinyText, "tiny.txt"); });
  fmt::print("lede {} peak RSS: one fresh child process per page (read + Analyze + JSON render)\n", Version());
  fmt::print("baseline, child that exits at once:        {:8.1f} MB\n", empty.peak_mb);
  fmt::print("baseline, child analysing one sentence:    {:8.1f} MB{}\n", tiny.peak_mb, tiny.ok ? "" : " (failed)");

  std::vector<double> peaks;
  std::string max_path;
  double max_peak = 0;
  size_t failed = 0;
  for (const std::string& path : paths) {
    const ChildRun run = InChild([&path] {
      Result<std::string> bytes = ReadInput(path);
      return bytes.ok() && AnalyzeAndRender(bytes.value(), path);
    });
    if (!run.ok) {
      ++failed;
      fmt::print("  failed: {} (peak {:.1f} MB)\n", path, run.peak_mb);
    }
    if (verbose) fmt::print("  {:8.1f} MB  {}\n", run.peak_mb, path);
    peaks.push_back(run.peak_mb);
    if (run.peak_mb > max_peak) {
      max_peak = run.peak_mb;
      max_path = path;
    }
  }
  if (peaks.empty()) {
    fmt::print("no pages\n");
    return 1;
  }
  const double median = Median(peaks);
  fmt::print("pages: {} ({} failed)\n", peaks.size(), failed);
  fmt::print("median peak RSS:  {:8.1f} MB   (over the one-sentence baseline: {:+.1f} MB)\n", median,
             median - tiny.peak_mb);
  fmt::print("max peak RSS:     {:8.1f} MB   (over the one-sentence baseline: {:+.1f} MB)  {}\n", max_peak,
             max_peak - tiny.peak_mb, max_path);
  const bool within = max_peak <= limit_mb;
  fmt::print("limit {:.0f} MB per page: {}\n", limit_mb, within ? "met" : "EXCEEDED");
  return failed == 0 && within ? 0 : 1;
}

}  // namespace lede::bench
