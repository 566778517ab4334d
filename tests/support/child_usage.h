// Test support: runs a program as a child process (fork + exec, no shell) and
// returns its exit code, stdout, stderr, wall seconds, CPU seconds and peak
// RSS, the last two from the kernel's rusage of the child (wait4).
//
// The child's peak RSS starts at what the parent had resident when it forked
// (fork copies the page tables of anonymous memory), so callers free large
// buffers before running a child; the tests measure a baseline the same way.
// A child still running after `timeout_seconds` is killed and reported as
// timed out, so a hang fails its test instead of stalling the run.
#ifndef LEDE_TESTS_SUPPORT_CHILD_USAGE_H_
#define LEDE_TESTS_SUPPORT_CHILD_USAGE_H_

#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "support/temp_files.h"

namespace lede::testing {

// Holds what one child process did and what it cost.
struct ChildUsage {
  int exit_code = -1;         // the exit status, or -1 when killed by a signal
  int signal = 0;             // the signal that ended it, 0 when it exited
  bool timed_out = false;     // killed by RunChild after its timeout
  std::string out;            // everything written to stdout
  std::string err;            // everything written to stderr
  double wall_seconds = 0;    // from fork to reaping
  double cpu_seconds = 0;     // user + system time of the child
  double peak_rss_mb = 0;     // ru_maxrss of the child, in MiB
};

// Describes one child to run.
struct ChildSpec {
  std::vector<std::string> argv;            // argv[0] is the program path
  std::string dir = ".";                    // working directory of the child
  std::vector<std::string> env;             // NAME=VALUE added to the inherited environment
  std::string stdin_path = "/dev/null";     // file opened as the child's stdin
  std::string out_path;                     // file for stdout (default: DIR/child.out)
  std::string err_path;                     // file for stderr (default: DIR/child.err)
  double timeout_seconds = 120;             // wall time before the child is killed
  bool read_output = true;                  // false leaves stdout in out_path unread (huge outputs)
};

// Returns the seconds in a timeval.
inline double TimevalSeconds(const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; }

// Runs the child described by `spec` and returns its usage; exit_code is -1
// and signal set when it did not exit normally (or could not be started: 127).
inline ChildUsage RunChild(const ChildSpec& spec) {
  const std::string out_path = spec.out_path.empty() ? spec.dir + "/child.out" : spec.out_path;
  const std::string err_path = spec.err_path.empty() ? spec.dir + "/child.err" : spec.err_path;
  std::vector<char*> args;
  for (const std::string& a : spec.argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // The environment is built before fork (the child only execs); the added
  // variables come first, as getenv returns the first of duplicate names.
  std::vector<char*> envp;
  for (const std::string& e : spec.env) envp.push_back(const_cast<char*>(e.c_str()));
  for (char** e = environ; *e != nullptr; ++e) envp.push_back(*e);
  envp.push_back(nullptr);

  ChildUsage usage;
  // Hand freed heap back to the kernel, so the child's fork-time RSS (its floor) is small.
  malloc_trim(0);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    // In the child: only async-signal-safe work until exec, then _exit on failure.
    const int in = open(spec.stdin_path.c_str(), O_RDONLY);
    const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || out < 0 || err < 0 || chdir(spec.dir.c_str()) != 0) _exit(127);
    dup2(in, STDIN_FILENO);
    dup2(out, STDOUT_FILENO);
    dup2(err, STDERR_FILENO);
    execve(args[0], args.data(), envp.data());
    _exit(127);
  }
  if (pid < 0) return usage;

  int status = 0;
  rusage ru {};
  const auto deadline = start + std::chrono::duration<double>(spec.timeout_seconds);
  for (;;) {
    const pid_t done = wait4(pid, &status, WNOHANG, &ru);
    if (done == pid) break;
    if (done < 0) return usage;
    if (!usage.timed_out && std::chrono::steady_clock::now() > deadline) {
      usage.timed_out = true;
      kill(pid, SIGKILL);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  usage.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  usage.cpu_seconds = TimevalSeconds(ru.ru_utime) + TimevalSeconds(ru.ru_stime);
  usage.peak_rss_mb = static_cast<double>(ru.ru_maxrss) / 1024.0;  // Linux reports KiB
  if (WIFEXITED(status)) {
    usage.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    usage.signal = WTERMSIG(status);
  }
  if (spec.read_output) usage.out = Slurp(out_path);
  usage.err = Slurp(err_path);
  return usage;
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_SUPPORT_CHILD_USAGE_H_
