// End-to-end tests of the lede program: they run the built binary
// (LEDE_CLI_PATH) through the shell on files in a temporary directory and
// check its stdout, stderr and exit code.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_lede.h"

using Json = nlohmann::json;
using lede::testing::LedeSandbox;
using lede::testing::RunResult;
using lede::testing::ShellExitCode;
using lede::testing::Slurp;
using lede::testing::WriteFile;

namespace {

// Creates a temporary directory of test inputs once for all tests.
class Fixture : public LedeSandbox {
 public:
  Fixture() : LedeSandbox("lede_cli") {
    WriteFile(Path("story.txt"),
              "Harbour reopens after storm\n\n"
              "The harbour at Porthcurran reopened on Monday after a week of repairs, the port authority said.\n\n"
              "\xE2\x80\x9CWe are ready for the summer,\xE2\x80\x9D said Maria Oduya, the harbour master.\n\n"
              "Repairs cost \xC2\xA3" "2.5 million, about 40% more than planned.\n");
    WriteFile(Path("second.txt"), "The ferry service resumed on Tuesday with two crossings a day.\n");
    WriteFile(Path("empty.txt"), "");
    WriteFile(Path("blank.txt"), "  \n\n\t \n");
    WriteFile(Path("image.png"), std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20));
    WriteFile(Path("broken.txt"),
              "Caf\xC3\xA9 owners in the old town \xFF said trade was up \xC3\xA9t\xC3\xA9 on \xE2\x80\x9Cwinter\xE2\x80\x9D.\n");
    mkdir(Path("folder").c_str(), 0755);
  }

  // Returns the output of running `lede ARGS` on a pseudo-terminal (util-linux
  // `script`), so lede sees a terminal on stdin and stdout.
  RunResult RunOnTerminal(const std::string& args, const std::string& env = "") const {
    const std::string out = Path("tty.out");
    const std::string command = "cd '" + path() + "' && " + env + " script -qec \"'" + LEDE_CLI_PATH + "' " + args +
                                "\" /dev/null </dev/null >'" + out + "' 2>&1";
    RunResult r;
    r.exit_code = ShellExitCode(command);
    r.out = Slurp(out);
    return r;
  }
};

// Returns the shared fixture.
const Fixture& Files() {
  static const Fixture fixture;
  return fixture;
}

// Returns true when util-linux `script` is available for terminal tests.
bool HaveScript() { return std::system("command -v script >/dev/null 2>&1") == 0; }

}  // namespace

TEST_CASE("cli analyses a file and prints one JSON object", "[cli]") {
  const RunResult r = Files().Run("--json story.txt");
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  const Json j = Json::parse(r.out);
  REQUIRE(j.is_object());
  CHECK(j["schema_version"] == 1);
  CHECK(j["source"]["path"] == "story.txt");
  CHECK(j["source"]["encoding"] == "UTF-8");
  CHECK(j["text"].get<std::string>().find("Porthcurran reopened") != std::string::npos);
  CHECK(j["stats"]["paragraphs"].get<int>() >= 2);
}

TEST_CASE("cli exit codes and messages for each kind of bad input", "[cli]") {
  struct Case {
    std::string args;
    int exit_code;
    std::string stderr_has;
  };
  const Case cases[] = {
      {"story.txt", 0, ""},
      {"missing.txt", 1, "lede: missing.txt: no such file\n"},
      {"folder", 1, "lede: folder: directory holds no input files\n"},  // an empty directory
      {"empty.txt", 1, "lede: empty.txt: empty input\n"},
      {"blank.txt", 1, "lede: blank.txt: empty input (only whitespace)\n"},
      {"image.png", 1, "lede: image.png: binary input (PNG image)\n"},
      {"broken.txt", 0, ""},
      {"--max-bytes 10 story.txt", 1, "larger than 10 bytes"},
      {"--date 2023-02-30 story.txt", 2, "--date must be a calendar date"},
      {"--date yesterday story.txt", 2, "--date must be a calendar date"},
      {"--date 2024-02-29 story.txt", 0, ""},
      {"--format xml story.txt", 2, "lede: "},
      {"--include paragraphs story.txt", 2, "lede: "},
      {"--no-such-option story.txt", 2, "lede: "},
      {"--max-bytes 0 story.txt", 2, "lede: "},
  };
  for (const Case& c : cases) {
    INFO(c.args);
    const RunResult r = Files().Run(c.args);
    CHECK(r.exit_code == c.exit_code);
    if (c.stderr_has.empty()) {
      CHECK(r.err.empty());
    } else {
      CHECK(r.err.find(c.stderr_has) != std::string::npos);
    }
  }
}

TEST_CASE("cli still reports the good files when one among them fails", "[cli]") {
  const RunResult r = Files().Run("--quiet --json story.txt missing.txt second.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.err == "lede: missing.txt: no such file\n");
  const Json j = Json::parse(r.out);
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 3);
  CHECK(j[0]["source"]["path"] == "story.txt");
  CHECK(j[1] == Json{{"schema_version", 1},
                     {"source", {{"path", "missing.txt"}}},
                     {"error", {{"code", "not_found"}, {"message", "no such file"}}}});
  CHECK(j[2]["text"].get<std::string>().find("ferry") != std::string::npos);

  const RunResult text = Files().Run("story.txt missing.txt second.txt");
  CHECK(text.exit_code == 1);
  CHECK(text.out.find("Porthcurran") != std::string::npos);
  CHECK(text.out.find("ferry service") != std::string::npos);
  CHECK(text.out.find("second.txt\n") != std::string::npos);  // each report names its input
}

TEST_CASE("cli jsonl writes one object per line, errors included", "[cli]") {
  const RunResult r = Files().Run("--format jsonl story.txt image.png second.txt");
  CHECK(r.exit_code == 1);
  std::istringstream lines(r.out);
  std::string line;
  std::vector<Json> objects;
  while (std::getline(lines, line)) objects.push_back(Json::parse(line));
  REQUIRE(objects.size() == 3);
  CHECK(objects[1]["error"]["code"] == "binary_input");
  CHECK(objects[2]["source"]["path"] == "second.txt");
}

TEST_CASE("cli pretty JSON array of several inputs parses", "[cli]") {
  const RunResult r = Files().Run("--json --pretty story.txt second.txt");
  CHECK(r.exit_code == 0);
  const Json j = Json::parse(r.out);
  CHECK(j.size() == 2);
  CHECK(r.out.find("\n    \"schema_version\": 1") != std::string::npos);
}

TEST_CASE("cli reads stdin for '-' and when no file is given", "[cli]") {
  for (const std::string args : {"--json -", "--json"}) {
    INFO(args);
    const RunResult r = Files().Run(args, "<second.txt");
    CHECK(r.exit_code == 0);
    const Json j = Json::parse(r.out);
    CHECK(j["source"]["path"] == "-");
    CHECK(j["text"].get<std::string>().find("ferry") != std::string::npos);
  }
}

TEST_CASE("cli replaces invalid UTF-8 and stays valid JSON", "[cli]") {
  const RunResult r = Files().Run("--json broken.txt");
  CHECK(r.exit_code == 0);
  const Json j = Json::parse(r.out);
  CHECK(j["text"].get<std::string>().find("town \xEF\xBF\xBD said") != std::string::npos);
}

TEST_CASE("cli --raw keeps the input text as the body", "[cli]") {
  const RunResult r = Files().Run("--json --raw story.txt");
  CHECK(r.exit_code == 0);
  const Json j = Json::parse(r.out);
  CHECK(j["text"].get<std::string>().rfind("Harbour reopens after storm", 0) == 0);
}

TEST_CASE("cli --include adds sentences and tokens", "[cli]") {
  const Json j = Json::parse(Files().Run("--json --include sentences,tokens story.txt").out);
  CHECK(j.contains("sentences"));
  CHECK(j.contains("tokens"));
  CHECK(j["tokens"].size() > j["sentences"].size());
  const Json plain = Json::parse(Files().Run("--json story.txt").out);
  CHECK_FALSE(plain.contains("tokens"));
}

TEST_CASE("cli --version and --help print to stdout and exit 0", "[cli]") {
  const RunResult version = Files().Run("--version");
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("lede ", 0) == 0);
  const RunResult help = Files().Run("--help");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--max-bytes") != std::string::npos);
  CHECK(help.out.find("52428800") != std::string::npos);  // the default from lede::Options
}

TEST_CASE("cli text output has no colour when stdout is not a terminal", "[cli]") {
  const RunResult r = Files().Run("story.txt");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find('\x1B') == std::string::npos);
}

TEST_CASE("cli colours a terminal unless NO_COLOR is set", "[cli]") {
  if (!HaveScript()) {
    WARN("util-linux script is not installed: terminal tests skipped");
    return;
  }
  CHECK(Files().RunOnTerminal("story.txt").out.find("\x1B[") != std::string::npos);
  CHECK(Files().RunOnTerminal("story.txt", "NO_COLOR=1").out.find('\x1B') == std::string::npos);
  CHECK(Files().RunOnTerminal("story.txt", "NO_COLOR=").out.find("\x1B[") != std::string::npos);
}

TEST_CASE("cli without a file on a terminal is a usage error", "[cli]") {
  if (!HaveScript()) {
    WARN("util-linux script is not installed: terminal tests skipped");
    return;
  }
  const RunResult r = Files().RunOnTerminal("");
  CHECK(r.out.find("no input") != std::string::npos);
  CHECK(r.exit_code == 2);
}

TEST_CASE("cli reports a failed write to stdout", "[cli]") {
  const RunResult r = Files().Run("story.txt", "</dev/null");
  REQUIRE(r.exit_code == 0);
  const std::string command = std::string("'") + LEDE_CLI_PATH + "' '" + Files().Path("story.txt") + "' >/dev/full 2>/dev/null";
  CHECK(ShellExitCode(command) == 1);
}

TEST_CASE("cli analyses at most --max-text-bytes of clean text and says how much it dropped", "[cli]") {
  const RunResult full = Files().Run("--json story.txt");
  REQUIRE(full.exit_code == 0);
  const Json all = Json::parse(full.out);
  CHECK_FALSE(all["stats"].contains("text_bytes_dropped"));

  // The limit falls inside the quote's paragraph: the money paragraph is dropped.
  const RunResult cut = Files().Run("--json --max-text-bytes 150 story.txt");
  REQUIRE(cut.exit_code == 0);
  const Json report = Json::parse(cut.out);
  const std::string text = report["text"].get<std::string>();
  CHECK(text.size() <= 150);
  CHECK(report["stats"]["text_bytes_dropped"].get<size_t>() == all["text"].get<std::string>().size() - text.size());
  CHECK(report["stats"]["words"].get<size_t>() < all["stats"]["words"].get<size_t>());
  for (const Json& q : report["quantities"]) CHECK(q["text"].get<std::string>().find("2.5") == std::string::npos);

  const RunResult note = Files().Run("--max-text-bytes 150 story.txt");
  CHECK(note.out.find("more bytes of text not analysed (--max-text-bytes)") != std::string::npos);
}
