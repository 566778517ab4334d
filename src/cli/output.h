// Output: renders each input's result in the chosen format and assembles
// the whole run's output as one string.
#ifndef LEDE_SRC_CLI_OUTPUT_H_
#define LEDE_SRC_CLI_OUTPUT_H_

#include <string>
#include <vector>

#include "cli/cli_options.h"
#include "lede/report.h"
#include "lede/reporter.h"
#include "lede/status.h"

namespace lede::cli {

// Holds what the run prints: stdout's text and stderr's lines.
struct RunOutput {
  std::string out;
  std::string err;
  bool any_failed = false;
};

// Collects the rendered result of each input and joins them for the format.
class OutputBuilder {
 public:
  // `several` says the run is a batch: JSON is an array and text reports get
  // a header with their path, even when the batch holds one input.
  OutputBuilder(const CliOptions& options, const TextOptions& text, bool several)
      : options_(options), text_(text), several_(several) {}

  // Adds the report of one input.
  void AddReport(const std::string& path, const Report& report);
  // Adds the failure of one input: a line for stderr and, for JSON, an error record.
  void AddFailure(const std::string& path, const Status& status);
  // Returns everything to print; the JSON array is closed only here, so a
  // partial document is never written.
  RunOutput Finish() const;

 private:
  const CliOptions& options_;
  TextOptions text_;
  bool several_;
  std::vector<std::string> items_;  // rendered results, in input order
  std::vector<std::string> paths_;  // path of each item, for text headers
  std::string err_;
  bool any_failed_ = false;
};

}  // namespace lede::cli

#endif  // LEDE_SRC_CLI_OUTPUT_H_
