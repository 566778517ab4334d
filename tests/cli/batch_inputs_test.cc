// End-to-end tests of lede on batches: directories, --from lists and .gz
// files, run through the built binary.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "input/gzip_test_util.h"
#include "support/json_lines.h"
#include "support/run_lede.h"

using Json = nlohmann::json;
using lede::testing::Gzip;
using lede::testing::LedeSandbox;
using lede::testing::ParseJsonLines;
using lede::testing::RunResult;
using lede::testing::WriteFile;

namespace {

const std::string kFloodStory =
    "River levels fall after week of floods\n\n"
    "Water levels on the lower Vessa fell on Thursday, the regional flood office said.\n";
const std::string kBridgeStory =
    "Council approves bridge repairs\n\n"
    "The city council approved 4.2 million for repairs to the old stone bridge on Monday.\n";

// Makes a small archive: pages/ with a nested .gz, a hidden file and a broken .gz.
void MakeArchive(const LedeSandbox& box) {
  mkdir(box.Path("pages").c_str(), 0755);
  mkdir(box.Path("pages/2024").c_str(), 0755);
  WriteFile(box.Path("pages/b.txt"), kBridgeStory);
  WriteFile(box.Path("pages/2024/flood.txt.gz"), Gzip(kFloodStory));
  WriteFile(box.Path("pages/broken.gz"), Gzip(kFloodStory).substr(0, 30));
  WriteFile(box.Path("pages/.notes.txt"), "not an article");
}

}  // namespace

TEST_CASE("cli reads a directory with a .gz and a broken file in sorted order", "[cli][batch]") {
  LedeSandbox box("lede_batch");
  MakeArchive(box);
  const RunResult r = box.Run("--quiet --format jsonl pages/");
  CHECK(r.exit_code == 1);
  CHECK(r.err == "lede: pages/broken.gz: corrupt gzip data: unexpected end of data (truncated file?)\n");
  const std::vector<Json> objects = ParseJsonLines(r.out);
  REQUIRE(objects.size() == 3);
  CHECK(objects[0]["source"]["path"] == "pages/2024/flood.txt.gz");
  CHECK(objects[0]["text"].get<std::string>().find("Vessa") != std::string::npos);
  CHECK(objects[1]["source"]["path"] == "pages/b.txt");
  CHECK(objects[2]["source"]["path"] == "pages/broken.gz");
  CHECK(objects[2]["error"]["code"] == "unreadable");
}

TEST_CASE("cli adds the inputs of --from after the FILEs", "[cli][batch]") {
  LedeSandbox box("lede_batch");
  MakeArchive(box);
  WriteFile(box.Path("list.txt"), "# today's crawl\n\npages/2024\nmissing.html\n");
  struct Case {
    std::string args;
    std::string stdin_redirect;
  };
  const Case cases[] = {
      {"-q --format jsonl pages/b.txt --from list.txt", "</dev/null"},
      {"--quiet --format jsonl pages/b.txt --from -", "<list.txt"},
  };
  for (const Case& c : cases) {
    INFO(c.args);
    const RunResult r = box.Run(c.args, c.stdin_redirect);
    CHECK(r.exit_code == 1);
    CHECK(r.err == "lede: missing.html: no such file\n");
    const std::vector<Json> objects = ParseJsonLines(r.out);
    REQUIRE(objects.size() == 3);
    CHECK(objects[0]["source"]["path"] == "pages/b.txt");
    CHECK(objects[1]["source"]["path"] == "pages/2024/flood.txt.gz");
    CHECK(objects[2]["error"]["code"] == "not_found");
  }
  const RunResult no_list = box.Run("--quiet --format jsonl --from nolist.txt");
  CHECK(no_list.exit_code == 1);
  CHECK(no_list.err == "lede: nolist.txt: no such file\n");
}

TEST_CASE("cli json of a directory is an array even with one file", "[cli][batch]") {
  LedeSandbox box("lede_batch");
  MakeArchive(box);
  const RunResult r = box.Run("--json pages/2024");
  CHECK(r.exit_code == 0);
  const Json j = Json::parse(r.out);
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 1);
  CHECK(j[0]["source"]["path"] == "pages/2024/flood.txt.gz");
}
