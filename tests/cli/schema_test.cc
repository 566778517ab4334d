// Validates real lede output against data/schema/report.schema.json with
// Python's jsonschema (Debian package python3-jsonschema), so the schema and
// the JSON reporter cannot drift apart.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "support/json_schema.h"
#include "support/run_lede.h"

using lede::testing::PythonWithJsonSchema;
using lede::testing::ScratchDir;
using lede::testing::ShellExitCode;
using lede::testing::Slurp;


TEST_CASE("json output of real inputs validates against the report schema", "[schema]") {
  const std::string python = PythonWithJsonSchema();
  if (python.empty()) FAIL("no python3 with jsonschema: install the Debian package python3-jsonschema");

  const ScratchDir scratch("lede_schema");
  const std::string& dir = scratch.path();
  const std::string source = LEDE_SOURCE_DIR;
  const std::string lede = std::string("'") + LEDE_CLI_PATH + "'";
  std::ofstream(dir + "/latin1.html", std::ios::binary)
      << "<!DOCTYPE html><html><head><meta charset=iso-8859-1><title>Caf\xE9 reopens</title></head>"
         "<body><article><h1>Caf\xE9 reopens</h1><p>The caf\xE9 reopened on Monday, its owner said. "
         "\x93We missed our customers,\x94 she said.</p><p>Sales rose 12% in the first week.</p></article></body></html>";
  std::ofstream(dir + "/image.png", std::ios::binary) << std::string("\x89PNG\r\n\x1A\n\0\0\0\0", 12);

  // Every output shape: one record, an array with an error record, jsonl,
  // the optional arrays, each sample in the repository.
  std::vector<std::string> runs = {
      "--json " + source + "/data/samples/*.txt",
      "--json --include sentences,tokens " + source + "/data/samples/*.txt",
      "--json --raw " + source + "/data/samples/*.txt",
      "--json --max-text-bytes 500 " + source + "/data/samples/*.txt",  // text cut: text_bytes_dropped
      "--json " + dir + "/latin1.html",
      "--json " + dir + "/latin1.html " + dir + "/image.png " + dir + "/missing.txt",
      "--format jsonl " + dir + "/latin1.html " + dir + "/image.png",
  };
  struct stat info;
  if (::stat((source + "/data/samples").c_str(), &info) == 0) {
    runs.push_back("--json --include sentences,tokens " + source + "/data/samples/*");
  }
  std::string files;
  for (size_t i = 0; i < runs.size(); ++i) {
    const std::string out = dir + "/out" + std::to_string(i) + ".json";
    ShellExitCode(lede + " " + runs[i] + " >" + out + " 2>/dev/null </dev/null");
    files += " " + out;
  }
  const std::string log = dir + "/validate.log";
  const int code = ShellExitCode(python + " " + source + "/tests/cli/validate_schema.py " + source +
                                 "/data/schema/report.schema.json" + files + " >" + log + " 2>&1");
  INFO(Slurp(log));
  CHECK(code == 0);
}
