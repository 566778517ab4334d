// Output: renders each input's result in the chosen format, and the bytes
// that join the rendered results into one stream in input order.
#ifndef LEDE_SRC_CLI_OUTPUT_H_
#define LEDE_SRC_CLI_OUTPUT_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "cli/cli_options.h"
#include "lede/report.h"
#include "lede/reporter.h"
#include "lede/status.h"

namespace lede::cli {

// Renders results and frames them for stdout. Render* are const and safe to
// call from several threads at once; Frame, Close and the stream's state
// belong to the one thread that writes.
class OutputFormat {
 public:
  // `several` says the run is a batch: JSON is an array and text reports get
  // a header with their path, even when the batch holds one input.
  OutputFormat(const CliOptions& options, const TextOptions& text, bool several);

  // Returns the rendered report of one input (without framing).
  std::string RenderReport(const Report& report) const;
  // Returns the rendered error record of a failed input; "" for text output,
  // where a failure is only a line on stderr.
  std::string RenderFailure(const std::string& path, const Status& status) const;
  // Returns the rendered report as --json gives it for one input (what -o writes).
  std::string RenderReportFile(const Report& report) const;

  // Makes the run a batch: called before the first Frame when a single input
  // turns out to hold several articles (a WARC file).
  void MakeSeveral() { several_ = true; }

  // Returns what to write for the next rendered item (`path` names it in a
  // text header): separators, headers and the item. Empty items (a text
  // failure) write nothing.
  std::string Frame(const std::string& path, const std::string& item);
  // Returns what closes the stream: "]" of a JSON array (also for a batch
  // with no item, so the output is always one document).
  std::string Close() const;

 private:
  Format format_;
  JsonOptions json_;
  TextOptions text_;
  bool several_;
  size_t framed_ = 0;  // items framed so far
};

// Returns the stderr line of a failed input: "lede: PATH: message\n".
std::string FailureLine(const std::string& path, const Status& status);

// Writes all of `s` to `stream` and flushes it; returns false on a write
// error. Every write of the program goes through here.
bool WriteAll(std::string_view s, std::FILE* stream);

}  // namespace lede::cli

#endif  // LEDE_SRC_CLI_OUTPUT_H_
