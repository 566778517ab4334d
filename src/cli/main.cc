// lede's command-line program: arguments -> Options, inputs -> reports,
// reports -> stdout, failures -> stderr and the exit code.
//
//   0  every input was analysed
//   1  some input could not be read, analysed or written (the others still
//      are), or the -o directory could not be created
//   2  usage error (bad option, bad --date, no input on a terminal)
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/batch_runner.h"
#include "cli/cli_options.h"
#include "cli/output.h"
#include "cli/output_dir.h"
#include "cli/train_command.h"
#include "lede/lede.h"
#include "input/warc_reader.h"
#include "report/text_layout.h"

namespace {

// Exit code when some input failed.
constexpr int kInputFailedExit = 1;

// Widest text report on a wide terminal: longer lines are hard to read.
constexpr size_t kMaxTextWidth = 100;
// Text width when stdout is not a terminal (a file, a pipe).
constexpr size_t kDefaultTextWidth = 80;

// Returns true when colour may be used: stdout is a terminal and NO_COLOR
// (no-color.org) is unset or empty.
bool UseColor() {
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || no_color[0] == '\0');
}

// Returns the text width: the terminal's, capped, or the default.
size_t TextWidth() {
  struct winsize size {};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return std::min<size_t>(size.ws_col, kMaxTextWidth);
  }
  return kDefaultTextWidth;
}

// Largest --from list file read: a list of paths, so generous, but bounded
// so a wrong file (a disk image) fails instead of filling memory.
constexpr size_t kMaxListBytes = size_t{1} << 30;

// Holds the inputs of a run and how they were named.
struct RunInputs {
  std::vector<lede::InputPath> inputs;
  bool batch = false;  // a directory or a --from list: always report as a batch
};

// Returns the inputs of a run: the FILEs, then the --from list's paths, with
// directories expanded. A --from list that cannot be read is a failed input.
RunInputs ListRunInputs(const lede::cli::CliOptions& options) {
  RunInputs run;
  run.inputs = lede::ExpandInputs(options.files);
  if (!options.from.empty()) {
    run.batch = true;
    lede::Result<std::string> list = lede::ReadInput(options.from, kMaxListBytes);
    if (!list.ok()) {
      run.inputs.push_back({options.from, list.status(), false});
    } else {
      for (lede::InputPath& input : lede::ExpandInputs(lede::ParseInputList(list.value()))) {
        run.inputs.push_back(std::move(input));
      }
    }
  }
  for (const lede::InputPath& input : run.inputs) run.batch = run.batch || input.from_directory;
  return run;
}

// Returns the exit code of running lede on every input.
int Run(const lede::cli::CliOptions& options) {
  RunInputs run_inputs = ListRunInputs(options);
  if (!options.output_dir.empty()) {
    const lede::Status dir = lede::cli::EnsureOutputDir(options.output_dir);
    if (!dir.ok()) {
      lede::cli::WriteAll("lede: " + lede::detail::TerminalSafe(dir.message()) + "\n", stderr);
      return kInputFailedExit;
    }
  }
  lede::cli::RunStyle style;
  style.text.color = UseColor();
  style.text.width = TextWidth();
  style.several = run_inputs.batch || run_inputs.inputs.size() > 1;
  for (const lede::InputPath& input : run_inputs.inputs) {
    style.several = style.several || lede::detail::HasWarcExtension(input.path);
  }
  // One article needs no progress bar; a batch on a terminal does.
  style.progress = style.several && !options.quiet && isatty(STDERR_FILENO);
  return lede::cli::RunBatch(options, std::move(run_inputs.inputs), style);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    if (argc > 1 && std::string_view(argv[1]) == "train") return lede::cli::RunTrain(argc - 1, argv + 1);
    lede::cli::ParseOutcome parsed = lede::cli::ParseCommandLine(argc, argv, isatty(STDIN_FILENO));
    if (!parsed.run) {
      lede::cli::WriteAll(parsed.output, parsed.exit_code == 0 ? stdout : stderr);
      return parsed.exit_code;
    }
    return Run(parsed.options);
  } catch (const std::exception& e) {
    // Only memory exhaustion or a bug gets here; say so rather than crash.
    std::fprintf(stderr, "lede: internal error: %s\n", e.what());
    return kInputFailedExit;
  }
}
