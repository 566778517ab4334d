// Batch runner: reads a run's inputs, analyses them on worker threads and
// writes the results in input order as soon as each is ready.
#ifndef LEDE_SRC_CLI_BATCH_RUNNER_H_
#define LEDE_SRC_CLI_BATCH_RUNNER_H_

#include <vector>

#include "cli/cli_options.h"
#include "lede/inputs.h"
#include "lede/reporter.h"

namespace lede::cli {

// Says how a run presents itself.
struct RunStyle {
  TextOptions text;       // colour and width of text reports
  bool several = false;   // a batch: a JSON array, text headers, a summary line
  bool progress = false;  // draw the progress bar (stderr is a terminal, not --quiet)
};

// Returns the exit code of analysing `inputs`: results go to stdout (or to
// -o DIR), failures to stderr as they happen; 0 when every input was
// analysed, 1 when some failed.
int RunBatch(const CliOptions& options, std::vector<InputPath> inputs, const RunStyle& style);

}  // namespace lede::cli

#endif  // LEDE_SRC_CLI_BATCH_RUNNER_H_
