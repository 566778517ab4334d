// Progress: the progress bar and the closing summary line of a batch, on stderr.
#ifndef LEDE_SRC_CLI_PROGRESS_H_
#define LEDE_SRC_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace lede::cli {

// Counts what a run has done so far.
struct ProgressCounts {
  size_t analysed = 0;      // articles reported
  size_t failed = 0;        // inputs or records that failed
  size_t files_read = 0;    // inputs read to their end
  size_t files_total = 0;   // inputs named
  uint64_t bytes_read = 0;  // input bytes on disk read so far
  uint64_t bytes_total = 0; // input bytes on disk in all
};

// Draws a one-line progress bar on stderr (a terminal), redrawn at most a few
// times a second, and writes the summary line at the end.
class ProgressMeter {
 public:
  // `bar` turns the bar on (stderr is a terminal and not --quiet).
  explicit ProgressMeter(bool bar);

  // Redraws the bar with `counts` when enough time has passed since the last draw.
  void Update(const ProgressCounts& counts);
  // Erases the bar, so a line can be written to stderr; the next Update redraws it.
  void Clear();
  // Returns the summary line: articles analysed, failed, inputs, bytes, time.
  std::string Summary(const ProgressCounts& counts) const;

 private:
  // Returns the seconds since the meter was made.
  double Elapsed() const;

  bool bar_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  double last_draw_ = -1;  // Elapsed() at the last draw
};

// Returns the bar line for `counts` after `seconds`, `width` columns at most:
// "[#####-----] 12/85 files  340 articles  45.1 MB/s  ETA 0:03".
std::string ProgressLine(const ProgressCounts& counts, double seconds, size_t width);

}  // namespace lede::cli

#endif  // LEDE_SRC_CLI_PROGRESS_H_
