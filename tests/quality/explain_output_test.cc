// Checks the CLI's --explain output end to end: the JSON "blocks" array
// validates against data/schema/report.schema.json (with Python's
// jsonschema, as tests/cli/schema_test.cc does), the text report gets a
// "Blocks" section, and without the flag neither appears.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

namespace {

// Returns a Python interpreter that can import jsonschema, or "" when none can.
std::string PythonWithJsonSchema() {
  for (const char* python : {"/usr/bin/python3", "python3"}) {
    const std::string probe = std::string(python) + " -c 'import jsonschema' >/dev/null 2>&1";
    if (std::system(probe.c_str()) == 0) return python;
  }
  return "";
}

// Returns the exit code of a shell command.
int Shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Returns the contents of a file.
std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST_CASE("explain output lists block decisions and validates against the schema", "[quality][explain]") {
  char pattern[] = "/tmp/lede_explain_XXXXXX";
  const std::string dir = mkdtemp(pattern);
  const std::string source = LEDE_SOURCE_DIR;
  const std::string lede = std::string("'") + LEDE_CLI_PATH + "'";
  const std::string page = source + "/data/samples/china-russia-military.html";

  REQUIRE(Shell(lede + " --json --explain " + page + " >" + dir + "/explain.json") == 0);
  REQUIRE(Shell(lede + " --json " + page + " >" + dir + "/plain.json") == 0);
  REQUIRE(Shell(lede + " --explain " + page + " >" + dir + "/explain.txt") == 0);
  REQUIRE(Shell(lede + " " + page + " >" + dir + "/plain.txt") == 0);
  CHECK(ReadFile(dir + "/explain.json").find("\"blocks\":[{\"role\":\"container\"") != std::string::npos);
  CHECK(ReadFile(dir + "/plain.json").find("\"blocks\"") == std::string::npos);
  CHECK(ReadFile(dir + "/explain.txt").find("\nBlocks\n") != std::string::npos);
  CHECK(ReadFile(dir + "/plain.txt").find("\nBlocks\n") == std::string::npos);

  const std::string python = PythonWithJsonSchema();
  if (python.empty()) FAIL("no python3 with jsonschema: install the Debian package python3-jsonschema");
  const std::string log = dir + "/validate.log";
  const int code = Shell(python + " " + source + "/tests/cli/validate_schema.py " + source +
                         "/data/schema/report.schema.json " + dir + "/explain.json >" + log + " 2>&1");
  INFO(ReadFile(log));
  CHECK(code == 0);
  Shell("rm -rf '" + dir + "'");
}

}  // namespace
