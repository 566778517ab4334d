// Hostile-input tests: what every run of lede on a hostile input must satisfy
// (it exits, 0 or 1; its JSON parses, is UTF-8 and its offsets fall inside its
// text; its terminal output carries no control sequences; one stderr line per
// failed input; memory and CPU within budget), the baselines those budgets are
// measured from, and the table of measured costs printed when
// LEDE_HOSTILE_REPORT=1.
//
// JSON is checked with a SAX pass (no DOM), so a report of hundreds of MB is
// checked in one streaming pass and little memory: each object's "start" and
// "end" are compared when it closes, and the largest "end" below a report
// (an object with "source" and a string "text") against that text's length in
// code points.
#ifndef LEDE_TESTS_HOSTILE_HOSTILE_CHECKS_H_
#define LEDE_TESTS_HOSTILE_HOSTILE_CHECKS_H_

#include <string>
#include <string_view>
#include <vector>

#include "support/child_usage.h"

namespace lede::testing {

// Returns true when `s` is well-formed UTF-8 (no overlong forms, surrogates or
// code points past U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Returns the number of code points in well-formed UTF-8 `s`.
size_t CodePointCount(std::string_view s);

// Returns "" when `s` has no ESC, BEL, other C0 controls but tab and line feed,
// DEL, C1 controls (U+0080..U+009F) or stray bytes 0x80..0x9F outside a UTF-8
// sequence (a raw 0x9B is CSI), else a description of the first.
std::string FindTerminalControl(std::string_view s);

// Returns "" when `json` is one well-formed JSON value whose spans lie inside
// their report's text, else what is wrong; `reports` gets the reports seen and
// `errors` (when given) the {"source", "error"} records of failed inputs.
std::string CheckJsonReport(std::string_view json, size_t* reports, size_t* errors = nullptr);

// Returns the number of lines of `s` (a final line without '\n' counts).
size_t LineCount(std::string_view s);

// Holds the per-process baselines the resource budgets are measured from.
struct Baseline {
  double rss_mb = 0;          // peak RSS of lede on a one-sentence input
  double startup_cpu = 0;     // CPU seconds of that run
  double page_cpu_per_mb = 0; // CPU seconds per MiB of a normal page, start-up excluded
  double page_mb = 0;         // size of that page
};

// Returns the baselines, measured once per process on first use.
const Baseline& GetBaseline();

// Describes one hostile run of lede.
struct HostileRun {
  std::string name;                   // the case, as the table shows it
  std::vector<std::string> args;      // arguments after the program
  std::string dir;                    // working directory
  size_t input_bytes = 0;             // size of the input(s), for the budgets
  std::vector<int> exits = {0, 1};    // allowed exit codes
  size_t inputs = 1;                  // inputs given (failed ones each get a stderr line)
  bool batch_summary = false;         // a batch may add one summary line to stderr
  bool check_budget = true;           // check memory and CPU against the baseline
  std::string stdin_path = "/dev/null";
  double timeout_seconds = 150;
};

// Runs lede as `run` says with NO_COLOR=1, checks everything above with Catch
// assertions, records the costs in the report table and returns the usage.
ChildUsage RunHostile(const HostileRun& run);

// Adds a row to the report table (printed at exit when LEDE_HOSTILE_REPORT=1).
void RecordRow(const std::string& name, int exit_code, double wall, double cpu, double rss_mb, size_t bytes,
               const std::string& note = "");

}  // namespace lede::testing

#endif  // LEDE_TESTS_HOSTILE_HOSTILE_CHECKS_H_
