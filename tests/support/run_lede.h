// Test support: runs the built lede program (LEDE_CLI_PATH, defined for every
// test target) through the shell in a scratch directory and captures its
// exit code, stdout and stderr, for the end-to-end tests in tests/cli/.
#ifndef LEDE_TESTS_SUPPORT_RUN_LEDE_H_
#define LEDE_TESTS_SUPPORT_RUN_LEDE_H_

#include <sys/wait.h>

#include <cstdlib>
#include <string>

#include "support/temp_files.h"

namespace lede::testing {

// Holds what one run of lede did.
struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Returns the exit code of a shell command (-1 when it did not exit normally,
// e.g. killed by a signal).
inline int ShellExitCode(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A scratch directory to run lede in: tests write its input files with
// WriteFile(Path(name), ...) and name them relative to it in the arguments.
class LedeSandbox : public ScratchDir {
 public:
  // Creates the directory /tmp/<prefix>_XXXXXX.
  explicit LedeSandbox(const std::string& prefix) : ScratchDir(prefix) {}

  // Returns the result of running `lede ARGS` in the directory, with `env`
  // prefixed (e.g. "NO_COLOR=1") and stdin from `stdin_redirect`. Output goes
  // through the files run.out and run.err, overwritten on each run.
  RunResult Run(const std::string& args, const std::string& stdin_redirect = "</dev/null",
                const std::string& env = "") const {
    const std::string out = Path("run.out");
    const std::string err = Path("run.err");
    const std::string command = "cd '" + path() + "' && " + env + " '" + LEDE_CLI_PATH + "' " + args + " " +
                                stdin_redirect + " >'" + out + "' 2>'" + err + "'";
    RunResult r;
    r.exit_code = ShellExitCode(command);
    r.out = Slurp(out);
    r.err = Slurp(err);
    return r;
  }
};

}  // namespace lede::testing

#endif  // LEDE_TESTS_SUPPORT_RUN_LEDE_H_
