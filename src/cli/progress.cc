// Progress bar and summary line.
//
// The bar measures bytes, not inputs: a batch mixes 5 KB pages and 1 GB WARC
// files, and only the bytes on disk say how much is left. Its rate is the
// bytes read so far over the time so far, and its ETA the bytes left at that
// rate, shown once enough has been read for the rate to mean something. The
// line is redrawn in place with '\r' and erased to the end with ESC [K; it
// is drawn only on a terminal, so logs and pipes never get control codes.
#include "cli/progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "cli/output.h"

namespace lede::cli {

namespace {

// Seconds between redraws: smooth enough to watch, cheap enough not to matter.
constexpr double kRedrawSeconds = 0.2;
// Cells of the bar itself.
constexpr size_t kBarCells = 24;
// Seconds before an ETA is shown: the first moments' rate is mostly start-up.
constexpr double kEtaAfterSeconds = 1.0;
// Width assumed when stderr's terminal does not say.
constexpr size_t kDefaultWidth = 80;

constexpr double kBytesPerMegabyte = 1e6;

// Returns "m:ss" or "h:mm:ss" for a number of seconds.
std::string Clock(double seconds) {
  const long total = static_cast<long>(seconds + 0.5);
  char out[32];
  if (total >= 3600) {
    std::snprintf(out, sizeof out, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(out, sizeof out, "%ld:%02ld", total / 60, total % 60);
  }
  return out;
}

// Returns stderr's terminal width, or the default.
size_t TerminalWidth() {
  struct winsize size {};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return kDefaultWidth;
}

}  // namespace

std::string ProgressLine(const ProgressCounts& counts, double seconds, size_t width) {
  const double fraction =
      counts.bytes_total == 0 ? 0 : std::min(1.0, static_cast<double>(counts.bytes_read) / counts.bytes_total);
  const size_t filled = static_cast<size_t>(fraction * kBarCells);
  std::string line = "[" + std::string(filled, '#') + std::string(kBarCells - filled, '-') + "] ";
  line += std::to_string(counts.files_read) + "/" + std::to_string(counts.files_total) + " files  ";
  line += std::to_string(counts.analysed) + " articles";
  if (counts.failed > 0) line += ", " + std::to_string(counts.failed) + " failed";
  if (seconds > 0) {
    const double rate = counts.bytes_read / seconds;
    char mbs[32];
    std::snprintf(mbs, sizeof mbs, "  %.1f MB/s", rate / kBytesPerMegabyte);
    line += mbs;
    if (seconds >= kEtaAfterSeconds && rate > 0 && counts.bytes_total >= counts.bytes_read) {
      line += "  ETA " + Clock((counts.bytes_total - counts.bytes_read) / rate);
    }
  }
  if (line.size() > width) line.resize(width);  // the line is ASCII: bytes are columns
  return line;
}

ProgressMeter::ProgressMeter(bool bar) : bar_(bar), start_(std::chrono::steady_clock::now()) {}

double ProgressMeter::Elapsed() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressMeter::Update(const ProgressCounts& counts) {
  if (!bar_) return;
  const double now = Elapsed();
  if (drawn_ && now - last_draw_ < kRedrawSeconds) return;
  last_draw_ = now;
  drawn_ = true;
  // One column short of the width: writing the last column wraps some terminals.
  WriteAll("\r" + ProgressLine(counts, now, TerminalWidth() - 1) + "\x1b[K", stderr);
}

void ProgressMeter::Clear() {
  if (!bar_ || !drawn_) return;
  WriteAll("\r\x1b[K", stderr);
  drawn_ = false;
}

std::string ProgressMeter::Summary(const ProgressCounts& counts) const {
  const double seconds = Elapsed();
  char line[256];
  std::snprintf(line, sizeof line, "lede: %zu analysed, %zu failed, %zu input%s, %.1f MB in %.1f s (%.0f articles/s)\n",
                counts.analysed, counts.failed, counts.files_total, counts.files_total == 1 ? "" : "s",
                counts.bytes_read / kBytesPerMegabyte, seconds, seconds > 0 ? counts.analysed / seconds : 0.0);
  return line;
}

}  // namespace lede::cli
