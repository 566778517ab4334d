// End-to-end tests of the README's recipes for running lede beyond one
// process: GNU parallel (sharded lists, one job per file, --sshlogin), and
// the mapper commands of Hadoop Streaming and Spark's RDD.pipe, fed the way
// those engines feed them. Each must give the same articles as one lede run.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "input/warc_test_util.h"
#include "support/run_lede.h"

using Json = nlohmann::json;
using lede::testing::HtmlRecord;
using lede::testing::LedeSandbox;
using lede::testing::MakeWarc;
using lede::testing::ShellExitCode;
using lede::testing::Slurp;
using lede::testing::WarcTestRecord;
using lede::testing::WriteFile;

namespace {

// Stories in the corpus: more than one shard of the --pipe recipe.
constexpr int kStories = 7;
// WARC files in the corpus, two pages each.
constexpr int kWarcs = 3;

// Returns an invented story page, different for each `n`.
std::string StoryPage(int n) {
  const std::string id = std::to_string(n);
  return "<html><head><title>Library branch " + id + " reopens</title></head><body><article><h1>Library branch " +
         id + " reopens</h1><p>Branch " + id + " of the Telmar city library reopened on Saturday after repairs, " +
         "the library board said. The work took " + id + " months.</p></article></body></html>";
}

// Writes pages/NN.html, crawl/KK.warc.gz and paths.txt (the WARC paths).
void MakeCorpus(const LedeSandbox& box) {
  ShellExitCode("mkdir -p '" + box.Path("pages") + "' '" + box.Path("crawl") + "' '" + box.Path("out") + "'");
  for (int n = 0; n < kStories; ++n) WriteFile(box.Path("pages/0" + std::to_string(n) + ".html"), StoryPage(n));
  std::string paths;
  for (int k = 0; k < kWarcs; ++k) {
    std::vector<WarcTestRecord> records;
    for (int n = 10 * (k + 1); n < 10 * (k + 1) + 2; ++n) {
      records.push_back(HtmlRecord("https://city.example/library/" + std::to_string(n), StoryPage(n)));
    }
    const std::string name = "crawl/" + std::to_string(k) + ".warc.gz";
    WriteFile(box.Path(name), MakeWarc(records, true));
    paths += box.Path(name) + "\n";
  }
  WriteFile(box.Path("paths.txt"), paths);
}

// Returns the titles of the JSON Lines in `text`, sorted; every line must parse.
std::multiset<std::string> Titles(const std::string& text) {
  std::multiset<std::string> titles;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) titles.insert(Json::parse(line)["title"].get<std::string>());
  return titles;
}

// Returns the titles one lede run gives for the whole corpus.
std::multiset<std::string> OneRun(const LedeSandbox& box, const std::string& inputs) {
  return Titles(box.Run("-q --format jsonl " + inputs).out);
}

// Returns the result of running `command` in the sandbox with lede on PATH.
int Shell(const LedeSandbox& box, const std::string& command) {
  const std::string dir = std::string(LEDE_CLI_PATH).substr(0, std::string(LEDE_CLI_PATH).rfind('/'));
  return ShellExitCode("cd '" + box.path() + "' && PATH='" + dir + "':\"$PATH\" && " + command + " 2>run.err");
}

// Returns true when GNU parallel is installed.
bool HaveParallel() { return ShellExitCode("parallel --version >/dev/null 2>&1") == 0; }

}  // namespace

TEST_CASE("gnu parallel shards a list of pages over several lede runs", "[cli][distributed]") {
  if (!HaveParallel()) {
    WARN("GNU parallel is not installed: recipe not checked");
    return;
  }
  LedeSandbox box("lede_dist");
  MakeCorpus(box);
  // Shards of 3 paths: three lede processes for seven pages.
  REQUIRE(Shell(box, "find pages -type f -name '*.html' | parallel --pipe -N 3 "
                     "'lede -q -j 1 --format jsonl --from -' > all.jsonl") == 0);
  const std::multiset<std::string> titles = Titles(Slurp(box.Path("all.jsonl")));
  CHECK(titles.size() == kStories);
  CHECK(titles == OneRun(box, "pages"));
}

TEST_CASE("gnu parallel runs one lede per warc file, locally and through --sshlogin", "[cli][distributed]") {
  if (!HaveParallel()) {
    WARN("GNU parallel is not installed: recipe not checked");
    return;
  }
  LedeSandbox box("lede_dist");
  MakeCorpus(box);
  const std::multiset<std::string> expected = OneRun(box, "crawl");
  REQUIRE(expected.size() == 2 * kWarcs);
  // ':' is this machine: the same command line as for remote hosts, without ssh.
  for (const std::string& login : {std::string(""), std::string("--sshlogin 2/: ")}) {
    INFO(login);
    ShellExitCode("rm -f '" + box.Path("out") + "'/*");
    REQUIRE(Shell(box, "ls crawl/*.warc.gz | parallel " + login + "'lede -q -j 1 --format jsonl {} > out/{/.}.jsonl'") ==
            0);
    std::string all;
    for (int k = 0; k < kWarcs; ++k) {
      const std::string out = Slurp(box.Path("out/" + std::to_string(k) + ".warc.jsonl"));
      CHECK(Titles(out).size() == 2);
      all += out;
    }
    CHECK(Titles(all) == expected);
  }
}

TEST_CASE("the hadoop streaming and spark mapper commands read paths on stdin", "[cli][distributed]") {
  LedeSandbox box("lede_dist");
  MakeCorpus(box);
  const std::multiset<std::string> expected = OneRun(box, "crawl");
  // Hadoop's NLineInputFormat hands the mapper "offset<TAB>path" lines.
  REQUIRE(Shell(box, "awk '{ printf \"%d\\t%s\\n\", NR * 40, $0 }' paths.txt | "
                     "cut -f2 | lede -q -j 1 --format jsonl --from - > hadoop.jsonl") == 0);
  CHECK(Titles(Slurp(box.Path("hadoop.jsonl"))) == expected);
  // RDD.pipe writes a partition's elements to the command's stdin, one per line.
  REQUIRE(Shell(box, "lede -q -j 1 --format jsonl --from - < paths.txt > spark.jsonl") == 0);
  CHECK(Titles(Slurp(box.Path("spark.jsonl"))) == expected);
}
