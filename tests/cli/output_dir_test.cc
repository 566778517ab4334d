// End-to-end tests of -o DIR: one JSON file per input, named after the
// input, written atomically and never outside DIR, run through the built binary.
#include <sys/stat.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "support/run_lede.h"

using Json = nlohmann::json;
using lede::testing::LedeSandbox;
using lede::testing::RunResult;
using lede::testing::Slurp;
using lede::testing::WriteFile;

namespace {

const std::string kCanalStory =
    "Canal towpath reopens after landslip\n\n"
    "The towpath along the Merrow canal reopened on Friday after engineers shored up the bank, "
    "the waterways trust said.\n";
const std::string kMarketStory =
    "Covered market gets a new roof\n\n"
    "Traders at the covered market in Ellbridge moved back in on Tuesday after a 1.8 million "
    "repair of the roof, the council said.\n";

// Returns the names of the entries of a directory ("" entries when it does not exist).
std::set<std::string> ListDir(const std::string& dir) {
  std::set<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    names.insert(entry.path().filename().string());
  }
  return names;
}

// Returns every path under `root`, relative to it, recursively.
std::set<std::string> ListTree(const std::string& root) {
  std::set<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root, ec)) {
    paths.insert(std::filesystem::relative(entry.path(), root).string());
  }
  return paths;
}

// Makes two stories in nested folders, and a file that is not an article.
void MakeStories(const LedeSandbox& box) {
  mkdir(box.Path("pages").c_str(), 0755);
  mkdir(box.Path("pages/local").c_str(), 0755);
  mkdir(box.Path("pages/local/2025").c_str(), 0755);
  WriteFile(box.Path("pages/local/canal.txt"), kCanalStory);
  WriteFile(box.Path("pages/local/2025/market.txt"), kMarketStory);
  WriteFile(box.Path("empty.txt"), "");
}

}  // namespace

TEST_CASE("cli -o writes one JSON file per input named after its path", "[cli][output_dir]") {
  LedeSandbox box("lede_odir");
  MakeStories(box);
  for (const std::string& flags : {std::string("--json"), std::string("--json --pretty"), std::string("")}) {
    INFO(flags);
    const RunResult r = box.Run(flags + " --quiet -o out pages");
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
    CHECK(ListDir(box.Path("out")) ==
          std::set<std::string>{"pages__local__2025__market.txt.json", "pages__local__canal.txt.json"});
    const std::string canal = Slurp(box.Path("out/pages__local__canal.txt.json"));
    const Json j = Json::parse(canal);
    CHECK(j["source"]["path"] == "pages/local/canal.txt");
    CHECK(j["text"].get<std::string>().find("towpath") != std::string::npos);
    // The file holds what --json gives for that one input, pretty or not.
    const RunResult single = box.Run(flags + " --json pages/local/canal.txt");
    CHECK(canal == single.out);
    const Json market = Json::parse(Slurp(box.Path("out/pages__local__2025__market.txt.json")));
    CHECK(market["source"]["path"] == "pages/local/2025/market.txt");
  }
}

TEST_CASE("cli -o writes no file for a failed input and exits 1", "[cli][output_dir]") {
  LedeSandbox box("lede_odir");
  MakeStories(box);
  const RunResult r = box.Run("--json --output-dir reports empty.txt missing.txt pages/local/canal.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err.find("lede: empty.txt: ") == 0);
  CHECK(r.err.find("lede: missing.txt: no such file\n") != std::string::npos);
  CHECK(ListDir(box.Path("reports")) == std::set<std::string>{"pages__local__canal.txt.json"});
}

TEST_CASE("cli -o names stdin and odd paths safely inside DIR", "[cli][output_dir]") {
  LedeSandbox box("lede_odir");
  MakeStories(box);
  WriteFile(box.Path(".hidden.txt"), kCanalStory);
  const std::string box_name = std::filesystem::path(box.path()).filename().string();
  struct Case {
    std::string input;
    std::string stdin_redirect;
    std::string expected_name;
  };
  const Case cases[] = {
      {"-", "<pages/local/canal.txt", "stdin.json"},
      {"./pages/./local/canal.txt", "</dev/null", "pages__local__canal.txt.json"},
      {"pages/local/../local/canal.txt", "</dev/null", "pages__local__local__canal.txt.json"},
      {"../" + box_name + "/pages/local/canal.txt", "</dev/null", box_name + "__pages__local__canal.txt.json"},
      {"'" + box.Path("pages/local/canal.txt") + "'", "</dev/null",
       std::filesystem::path(box.path()).relative_path().string() + "/pages/local/canal.txt"},
      {".hidden.txt", "</dev/null", "_.hidden.txt.json"},
      {"pages/local/2025/../../../.hidden.txt", "</dev/null", "pages__local__2025__.hidden.txt.json"},
  };
  box.Run("--version");  // creates run.out and run.err before the first listing
  for (Case c : cases) {
    INFO(c.input);
    // An absolute path: its separators become "__" too.
    for (size_t at = c.expected_name.find('/'); at != std::string::npos; at = c.expected_name.find('/')) {
      c.expected_name.replace(at, 1, "__");
    }
    if (c.expected_name.find(".json") == std::string::npos) c.expected_name += ".json";
    std::filesystem::remove_all(box.Path("out"));
    const std::set<std::string> before = ListTree(box.path());
    const RunResult r = box.Run("--json -o out " + c.input, c.stdin_redirect);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(ListDir(box.Path("out")) == std::set<std::string>{c.expected_name});
    // Nothing else appeared anywhere in the sandbox (run.out/run.err existed before).
    std::set<std::string> after = ListTree(box.path());
    after.erase("out");
    after.erase("out/" + c.expected_name);
    CHECK(after == before);
  }
}

TEST_CASE("cli -o shortens a name past 255 bytes and keeps two such inputs apart", "[cli][output_dir]") {
  LedeSandbox box("lede_odir");
  const std::string folder(120, 'f');  // three levels of it make a name of about 380 bytes
  for (const std::string top : {"a", "b"}) {
    std::string dir = box.Path(top);
    mkdir(dir.c_str(), 0755);
    for (int level = 0; level < 3; ++level) {
      dir += "/" + folder;
      mkdir(dir.c_str(), 0755);
    }
    WriteFile(dir + "/canal.txt", kCanalStory);
  }
  const RunResult r = box.Run("--json --quiet -o out a b");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  const std::set<std::string> names = ListDir(box.Path("out"));
  REQUIRE(names.size() == 2);
  std::set<std::string> sources;
  for (const std::string& name : names) {
    INFO(name);
    CHECK(name.size() == 255);
    CHECK(name.find('~') == 16);  // 16 hex digits of the path's hash, then the tail
    CHECK(name.ends_with(folder + "__canal.txt.json"));
    const Json report = Json::parse(Slurp(box.Path("out/" + name)));
    sources.insert(report["source"]["path"].get<std::string>().substr(0, 2));
  }
  CHECK(sources == std::set<std::string>{"a/", "b/"});
  // The name depends on the path alone: a rerun replaces the same files.
  CHECK(box.Run("--json --quiet -o out a b").exit_code == 0);
  CHECK(ListDir(box.Path("out")) == names);
}

TEST_CASE("cli -o leaves no temporary files and replaces an earlier report", "[cli][output_dir]") {
  LedeSandbox box("lede_odir");
  MakeStories(box);
  mkdir(box.Path("out").c_str(), 0755);
  WriteFile(box.Path("out/pages__local__canal.txt.json"), "stale");
  const RunResult r = box.Run("--json -o out pages empty.txt");
  CHECK(r.exit_code == 1);
  for (const std::string& name : ListDir(box.Path("out"))) {
    INFO(name);
    CHECK(name.front() != '.');
    CHECK(name.size() > 5);
    CHECK(name.substr(name.size() - 5) == ".json");
  }
  CHECK(ListDir(box.Path("out")).size() == 2);
  CHECK(Json::parse(Slurp(box.Path("out/pages__local__canal.txt.json")))["source"]["path"] ==
        "pages/local/canal.txt");
}

TEST_CASE("cli -o rejects text format and an output directory it cannot make", "[cli][output_dir]") {
  LedeSandbox box("lede_odir");
  MakeStories(box);
  const RunResult text = box.Run("--format text -o out pages");
  CHECK(text.exit_code == 2);
  CHECK(text.out.empty());
  CHECK(text.err.find("lede: -o writes JSON files") == 0);
  CHECK_FALSE(std::filesystem::exists(box.Path("out")));

  const RunResult deep = box.Run("--json -o no/such/dir pages");
  CHECK(deep.exit_code == 1);
  CHECK(deep.out.empty());
  CHECK(deep.err.find("lede: cannot create output directory 'no/such/dir': ") == 0);
  CHECK(std::count(deep.err.begin(), deep.err.end(), '\n') == 1);

  const RunResult file = box.Run("--json -o empty.txt pages");
  CHECK(file.exit_code == 1);
  CHECK(file.err == "lede: cannot use output directory 'empty.txt': not a directory\n");
}
