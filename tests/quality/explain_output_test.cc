// Checks the CLI's --explain output end to end: the JSON "blocks" array
// validates against data/schema/report.schema.json (with Python's
// jsonschema, as tests/cli/schema_test.cc does), the text report gets a
// "Blocks" section, and without the flag neither appears.
#include <catch2/catch.hpp>
#include <string>

#include "support/json_schema.h"
#include "support/run_lede.h"

namespace {

using lede::testing::PythonWithJsonSchema;
using lede::testing::ScratchDir;
using lede::testing::ShellExitCode;
using lede::testing::Slurp;

TEST_CASE("explain output lists block decisions and validates against the schema", "[quality][explain]") {
  const ScratchDir scratch("lede_explain");
  const std::string& dir = scratch.path();
  const std::string source = LEDE_SOURCE_DIR;
  const std::string lede = std::string("'") + LEDE_CLI_PATH + "'";
  const std::string page = source + "/data/samples/china-russia-military.html";

  REQUIRE(ShellExitCode(lede + " --json --explain " + page + " >" + dir + "/explain.json") == 0);
  REQUIRE(ShellExitCode(lede + " --json " + page + " >" + dir + "/plain.json") == 0);
  REQUIRE(ShellExitCode(lede + " --explain " + page + " >" + dir + "/explain.txt") == 0);
  REQUIRE(ShellExitCode(lede + " " + page + " >" + dir + "/plain.txt") == 0);
  CHECK(Slurp(dir + "/explain.json").find("\"blocks\":[{\"role\":\"container\"") != std::string::npos);
  CHECK(Slurp(dir + "/plain.json").find("\"blocks\"") == std::string::npos);
  CHECK(Slurp(dir + "/explain.txt").find("\nBlocks\n") != std::string::npos);
  CHECK(Slurp(dir + "/plain.txt").find("\nBlocks\n") == std::string::npos);

  const std::string python = PythonWithJsonSchema();
  if (python.empty()) FAIL("no python3 with jsonschema: install the Debian package python3-jsonschema");
  const std::string log = dir + "/validate.log";
  const int code = ShellExitCode(python + " " + source + "/tests/cli/validate_schema.py " + source +
                         "/data/schema/report.schema.json " + dir + "/explain.json >" + log + " 2>&1");
  INFO(Slurp(log));
  CHECK(code == 0);
}

}  // namespace
