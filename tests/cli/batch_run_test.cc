// End-to-end tests of how lede runs a batch: worker threads, output in input
// order written as each result is ready, the summary line, the progress bar
// and --extract-only, run through the built binary.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/json_lines.h"
#include "support/run_lede.h"

using Json = nlohmann::json;
using lede::testing::LedeSandbox;
using lede::testing::ParseJsonLines;
using lede::testing::RunResult;
using lede::testing::ShellExitCode;
using lede::testing::Slurp;
using lede::testing::WriteFile;

namespace {

// Inputs of the ordering test: enough that two or three workers finish them
// out of order, with failures among them.
constexpr int kStories = 24;

// Returns a small invented story, different for each `n`.
std::string Story(int n) {
  return "Harbour crane " + std::to_string(n) + " back in service\n\n" +
         "Dock workers in Port Alden returned crane " + std::to_string(n) + " to service on Tuesday, " +
         "the port authority said. Repairs cost " + std::to_string(n * 1000) + " euros, " +
         "spokeswoman Mara Lind said.\n";
}

// Writes stories/NN.txt for every n below kStories, with every fifth one
// empty (a failed input), and list.txt naming them in order plus a missing file.
void MakeStories(const LedeSandbox& box) {
  mkdir(box.Path("stories").c_str(), 0755);
  std::string list;
  for (int n = 0; n < kStories; ++n) {
    const std::string name = "stories/" + std::string(n < 10 ? "0" : "") + std::to_string(n) + ".txt";
    WriteFile(box.Path(name), n % 5 == 4 ? "" : Story(n));
    list += name + "\n";
  }
  list += "stories/missing.txt\n";
  WriteFile(box.Path("list.txt"), list);
}

}  // namespace

TEST_CASE("cli writes a batch in input order whatever the number of workers", "[cli][batch]") {
  LedeSandbox box("lede_run");
  MakeStories(box);
  const RunResult one = box.Run("--quiet -j 1 --format jsonl --from list.txt");
  CHECK(one.exit_code == 1);
  const std::vector<Json> objects = ParseJsonLines(one.out);
  REQUIRE(objects.size() == kStories + 1);
  for (int n = 0; n < kStories; ++n) {
    INFO(n);
    CHECK(objects[n]["source"]["path"].get<std::string>().find(std::to_string(n) + ".txt") != std::string::npos);
    CHECK(objects[n].contains("error") == (n % 5 == 4));
  }
  CHECK(objects.back()["error"]["code"] == "not_found");
  for (const std::string& jobs : {"2", "3", "8"}) {
    INFO("-j " << jobs);
    const RunResult many = box.Run("--quiet -j " + jobs + " --format jsonl --from list.txt");
    CHECK(many.exit_code == 1);
    CHECK(many.out == one.out);  // byte for byte, in the same order
    CHECK(many.err == one.err);  // the failure lines too
    const RunResult array = box.Run("--quiet -j " + jobs + " --json --from list.txt");
    const Json j = Json::parse(array.out);
    REQUIRE(j.is_array());
    CHECK(j.size() == kStories + 1);
  }
}

TEST_CASE("cli writes the same files with -o whatever the number of workers", "[cli][batch]") {
  LedeSandbox box("lede_run");
  MakeStories(box);
  CHECK(box.Run("--quiet -j 1 -o one --from list.txt").exit_code == 1);
  const RunResult r = box.Run("--quiet -j 3 -o three --from list.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  for (int n = 0; n < kStories; ++n) {
    if (n % 5 == 4) continue;
    const std::string name = "stories__" + std::string(n < 10 ? "0" : "") + std::to_string(n) + ".txt.json";
    INFO(name);
    CHECK(Slurp(box.Path("three/" + name)) == Slurp(box.Path("one/" + name)));
    CHECK(!Slurp(box.Path("three/" + name)).empty());
  }
}

TEST_CASE("cli ends a batch with a summary line unless quiet", "[cli][batch]") {
  LedeSandbox box("lede_run");
  MakeStories(box);
  const RunResult r = box.Run("--format jsonl --from list.txt");
  // One line per failed input, then the summary: 20 stories analysed, 4 empty
  // ones and the missing file failed.
  const std::string last = r.err.substr(r.err.rfind('\n', r.err.size() - 2) + 1);
  CHECK(last.rfind("lede: 20 analysed, 5 failed, 25 inputs, ", 0) == 0);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 6);
  const RunResult quiet = box.Run("-q --format jsonl --from list.txt");
  CHECK(quiet.err.find("analysed") == std::string::npos);
  // One article is not a batch: no summary.
  const RunResult single = box.Run("--json stories/00.txt");
  CHECK(single.exit_code == 0);
  CHECK(single.err.empty());
}

TEST_CASE("cli writes each result as soon as it is ready", "[cli][batch]") {
  LedeSandbox box("lede_run");
  MakeStories(box);
  REQUIRE(ShellExitCode("mkfifo '" + box.Path("later.txt") + "'") == 0);
  // lede reads a story, then waits on a FIFO nobody has written yet: the
  // story's line must reach the output file before the FIFO is fed.
  for (const std::string& jobs : {"1", "2"}) {
    INFO("-j " << jobs);
    const std::string script = "cd '" + box.path() + "' && ('" + LEDE_CLI_PATH + "' -q -j " + jobs +
                               " --format jsonl stories/00.txt later.txt > out.jsonl &) && "
                               "for i in $(seq 100); do [ -s out.jsonl ] && break; sleep 0.1; done && "
                               "cp out.jsonl first.jsonl && cat stories/01.txt > later.txt && "
                               "for i in $(seq 100); do [ $(wc -l < out.jsonl) -ge 2 ] && break; sleep 0.1; done";
    REQUIRE(ShellExitCode(script) == 0);
    const std::vector<Json> first = ParseJsonLines(Slurp(box.Path("first.jsonl")));
    REQUIRE(first.size() == 1);
    CHECK(first[0]["source"]["path"] == "stories/00.txt");
    const std::vector<Json> all = ParseJsonLines(Slurp(box.Path("out.jsonl")));
    REQUIRE(all.size() == 2);
    CHECK(all[1]["source"]["path"] == "later.txt");
  }
}

TEST_CASE("cli --extract-only gives the article without the language stages", "[cli][batch]") {
  LedeSandbox box("lede_run");
  MakeStories(box);
  const Json full = Json::parse(box.Run("--json stories/01.txt").out);
  const RunResult r = box.Run("--json --extract-only stories/01.txt");
  CHECK(r.exit_code == 0);
  const Json only = Json::parse(r.out);
  CHECK(only["title"] == full["title"]);
  CHECK(only["text"] == full["text"]);
  CHECK(only["stats"] == full["stats"]);
  CHECK(!full["entities"].empty());
  CHECK(!full["quantities"].empty());
  CHECK(only["entities"].empty());
  CHECK(only["quotes"].empty());
  CHECK(only["quantities"].empty());
  CHECK(only["summary"].empty());
}

TEST_CASE("cli draws a progress bar for a batch only on a terminal", "[cli][batch]") {
  if (ShellExitCode("command -v script >/dev/null 2>&1") != 0) {
    WARN("util-linux script is not installed: terminal tests skipped");
    return;
  }
  LedeSandbox box("lede_run");
  MakeStories(box);
  // script(1) gives lede a terminal for stdout and stderr alike.
  const auto on_terminal = [&](const std::string& args) {
    const std::string command = "cd '" + box.path() + "' && script -qec \"'" + LEDE_CLI_PATH + "' " + args +
                                " >/dev/null\" /dev/null </dev/null >tty.out 2>&1";
    ShellExitCode(command);
    return Slurp(box.Path("tty.out"));
  };
  const std::string bar = on_terminal("--format jsonl --from list.txt");
  CHECK(bar.find("\r[") != std::string::npos);
  CHECK(bar.find(" files ") != std::string::npos);
  CHECK(bar.find("\x1b[K") != std::string::npos);
  CHECK(bar.find("20 analysed, 5 failed") != std::string::npos);
  const std::string quiet = on_terminal("--quiet --format jsonl --from list.txt");
  CHECK(quiet.find("\r[") == std::string::npos);
  CHECK(quiet.find("analysed") == std::string::npos);
  // Not a terminal: the summary, and no control codes.
  const RunResult piped = box.Run("--format jsonl --from list.txt");
  CHECK(piped.err.find('\x1b') == std::string::npos);
  CHECK(piped.err.find('\r') == std::string::npos);
}
