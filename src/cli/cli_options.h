// Command-line options: argv -> the settings of one lede run.
#ifndef LEDE_SRC_CLI_CLI_OPTIONS_H_
#define LEDE_SRC_CLI_CLI_OPTIONS_H_

#include <string>
#include <vector>

#include "lede/options.h"
#include "lede/reporter.h"

namespace lede::cli {

// Names the output format.
enum class Format { kText, kJson, kJsonl };

// Holds everything the command line decides.
struct CliOptions {
  Options analysis;                 // passed to lede::Analyze
  Format format = Format::kText;
  JsonOptions json;                 // --pretty, --include
  std::vector<std::string> files;   // inputs in order; "-" is stdin; directories are expanded
  std::string from;                 // --from: a file listing more inputs, one per line ("-" is stdin)
  std::string output_dir;           // -o: write each input's JSON to its own file here ("" = stdout)
  size_t jobs = 0;                  // -j: worker threads; 0 = one per core
  bool quiet = false;               // --quiet: no progress bar, no summary line
};

// Holds the outcome of parsing: either options to run with, or an exit code
// and the text to print (help and version on stdout, usage errors on stderr).
struct ParseOutcome {
  bool run = false;        // true: run with `options`
  int exit_code = 0;       // when !run: 0 after --help/--version, 2 for a usage error
  std::string output;      // when !run: what to print
  CliOptions options;
};

// Returns the parsed command line; `stdin_is_terminal` decides whether no
// FILE means stdin or a usage error.
ParseOutcome ParseCommandLine(int argc, const char* const* argv, bool stdin_is_terminal);

}  // namespace lede::cli

#endif  // LEDE_SRC_CLI_CLI_OPTIONS_H_
