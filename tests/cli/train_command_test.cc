// End-to-end tests of `lede train sentences` and of `--sentence-model`: they
// run the built binary (LEDE_CLI_PATH) through the shell on JSON Lines files
// written to a temporary directory, and check the model file, stdout, stderr
// and the exit code.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/run_lede.h"

using Json = nlohmann::json;
using lede::testing::LedeSandbox;
using lede::testing::RunResult;
using lede::testing::Slurp;
using lede::testing::WriteFile;

namespace {

// Returns true when `path` exists.
bool Exists(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0;
}

// Returns the number of lines in `s`.
size_t Lines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

// A sentence with a boundary no stop marks, annotated both ways: code point
// spans (ë and é are two bytes each, so byte offsets would land elsewhere)
// and sentence strings. Gaps met|Anna and Anna|Berg are open non-boundaries,
// today|Visitors an open boundary.
constexpr const char* kSpansRecord =
    R"({"text": "Zoë met Anna Berg today Visitors loved the café", "spans": [[0, 23], [24, 47]]})";
constexpr const char* kSentencesRecord =
    R"({"text": "Zoë met Anna Berg today Visitors loved the café", "sentences": ["Zoë met Anna Berg today", "Visitors loved the café"]})";

// Creates a temporary directory of training files once for all tests.
class Fixture : public LedeSandbox {
 public:
  Fixture() : LedeSandbox("lede_train") {
    WriteFile(Path("spans.jsonl"), std::string(kSpansRecord) + "\n");
    WriteFile(Path("sentences.jsonl"), std::string(kSentencesRecord) + "\n");
    WriteFile(
        Path("mixed.jsonl"),
        std::string(kSpansRecord) + "\n\n" +
            R"({"text": "Great pasta Friendly staff\n\nWe booked again for June", "sentences": ["Great pasta", "Friendly staff", "We booked again for June"]})"
            "\n");
    // Every open gap a boundary: the model learns to split at every gap it is asked about.
    WriteFile(
        Path("always.jsonl"),
        R"({"text": "Great pasta Friendly staff Lovely view", "sentences": ["Great pasta", "Friendly staff", "Lovely view"]})"
        "\n"
        R"({"text": "Quick service Fair prices", "spans": [[0, 13], [14, 25]]})"
        "\n");
    // No open gap a boundary: the model learns nothing, and never splits.
    WriteFile(
        Path("never.jsonl"),
        R"({"text": "Visitors met Anna Berg at the gate", "sentences": ["Visitors met Anna Berg at the gate"]})"
        "\n");
    WriteFile(
        Path("splits.jsonl"),
        R"({"text": "Great pasta Friendly staff", "sentences": ["Great pasta", "Friendly staff"], "ud_split": "train"})"
        "\n"
        R"({"text": "Quick service Fair prices", "sentences": ["Quick service", "Fair prices"], "ud_split": "dev"})"
        "\n"
        R"({"text": "this record has no annotation", "ud_split": "test"})"
        "\n");
    WriteFile(Path("names.txt"), "Visitors met Anna Berg at the gate\n");
    WriteFile(Path("garbage.bin"), "Harbour reopens after storm\n");
  }
};

// Returns the shared fixture.
const Fixture& Files() {
  static const Fixture fixture;
  return fixture;
}

// Returns the sentences of one `lede --json --include sentences` report of
// ASCII text, joined by " | ".
std::string Sentences(const std::string& json_out) {
  const Json j = Json::parse(json_out);
  const std::string text = j["text"].get<std::string>();
  std::string out;
  for (const Json& s : j["sentences"]) {
    if (!out.empty()) out += " | ";
    const size_t start = s["start"].get<size_t>();
    out += text.substr(start, s["end"].get<size_t>() - start);
  }
  return out;
}

}  // namespace

TEST_CASE("train sentences writes a model file from spans and sentences records", "[cli][train]") {
  for (const char* data : {"spans.jsonl", "sentences.jsonl", "mixed.jsonl"}) {
    INFO(data);
    const std::string model = std::string(data) + ".bin";
    const RunResult r = Files().Run("train sentences --data " + std::string(data) + " -o " + model);
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(Lines(r.err) == 1);  // one summary line
    CHECK(r.err.rfind("lede: trained on ", 0) == 0);
    CHECK(r.err.find("wrote " + model) != std::string::npos);
    const std::string bytes = Slurp(Files().Path(model));
    CHECK(bytes.rfind("LEDELIN1", 0) == 0);
    CHECK_FALSE(Exists(Files().Path(model + ".tmp")));
  }
  const RunResult mixed = Files().Run("train sentences --data mixed.jsonl -o mixed.bin");
  CHECK(mixed.err.find("trained on 2 documents") != std::string::npos);
}

TEST_CASE("train sentences reads spans as code points: both record forms give the same model", "[cli][train]") {
  REQUIRE(Files().Run("train sentences --data spans.jsonl -o from_spans.bin").exit_code == 0);
  REQUIRE(Files().Run("train sentences --data sentences.jsonl -o from_sentences.bin").exit_code == 0);
  const std::string spans = Slurp(Files().Path("from_spans.bin"));
  CHECK(spans == Slurp(Files().Path("from_sentences.bin")));
  const RunResult r = Files().Run("train sentences --data spans.jsonl -o again.bin");
  CHECK(r.err.find("3 open gaps (1 boundaries)") != std::string::npos);
}

TEST_CASE("train sentences is deterministic: the same data gives the same bytes", "[cli][train]") {
  REQUIRE(Files().Run("train sentences --data mixed.jsonl -o first.bin").exit_code == 0);
  REQUIRE(Files().Run("train sentences --data mixed.jsonl -o second.bin").exit_code == 0);
  CHECK(Slurp(Files().Path("first.bin")) == Slurp(Files().Path("second.bin")));
}

TEST_CASE("train sentences --only-split keeps only the records of that split", "[cli][train]") {
  const RunResult dev = Files().Run("train sentences --data splits.jsonl --only-split dev -o dev.bin");
  CHECK(dev.exit_code == 0);
  CHECK(dev.err.find("trained on 1 documents") != std::string::npos);
  // Without the filter the unannotated "test" record is read, and refused.
  const RunResult all = Files().Run("train sentences --data splits.jsonl -o all.bin");
  CHECK(all.exit_code == 1);
  CHECK(all.err == "lede: splits.jsonl:3: neither \"spans\" nor \"sentences\"\n");
}

TEST_CASE("cli --sentence-model splits with the trained model instead of the built-in one", "[cli][train]") {
  REQUIRE(Files().Run("train sentences --data always.jsonl -o always.bin").exit_code == 0);
  REQUIRE(Files().Run("train sentences --data never.jsonl -o never.bin").exit_code == 0);
  const std::string args = "--raw --json --include sentences ";

  const RunResult always = Files().Run(args + "--sentence-model always.bin names.txt");
  REQUIRE(always.exit_code == 0);
  CHECK(always.err.empty());
  // Capitals after a lowercase word are the gaps put to the model; lowercase words never are.
  CHECK(Sentences(always.out) == "Visitors met | Anna | Berg at the gate");

  const RunResult never = Files().Run(args + "--sentence-model never.bin names.txt");
  REQUIRE(never.exit_code == 0);
  CHECK(Sentences(never.out) == "Visitors met Anna Berg at the gate");

  const RunResult built_in = Files().Run(args + "names.txt");
  REQUIRE(built_in.exit_code == 0);
  CHECK(Sentences(built_in.out) == "Visitors met Anna Berg at the gate");
}

TEST_CASE("train sentences fails with exit 1 and one stderr line on bad data, writing no model", "[cli][train]") {
  struct Case {
    std::string data;  // the file's contents; "" names a missing file
    std::string message;
  };
  const Case cases[] = {
      {"", "lede: cannot open training data bad.jsonl\n"},
      {std::string(kSpansRecord) + "\n{\"text\": \"unclosed\n", "lede: bad.jsonl:2: not valid JSON\n"},
      {"Harbour reopens after storm\n", "lede: bad.jsonl:1: not valid JSON\n"},
      {"{\"text\": \"Harbour reopens after storm\"}\n", "lede: bad.jsonl:1: neither \"spans\" nor \"sentences\"\n"},
      {"{\"text\": \"Harbour reopens\", \"spans\": \"0-15\"}\n",
       "lede: bad.jsonl:1: neither \"spans\" nor \"sentences\"\n"},
      {"{\"spans\": [[0, 4]]}\n", "lede: bad.jsonl:1: no \"text\" string\n"},
      {"[1, 2]\n", "lede: bad.jsonl:1: no \"text\" string\n"},
      {"{\"text\": \"Harbour reopens\", \"spans\": [[0]]}\n", "lede: bad.jsonl:1: a span is not [start, end]\n"},
      {"{\"text\": \"Harbour reopens\", \"spans\": [[0, -3]]}\n", "lede: bad.jsonl:1: a span is not [start, end]\n"},
      {"{\"text\": \"Harbour reopens\", \"sentences\": [\"Ferry sails\"]}\n",
       "lede: bad.jsonl:1: a sentence is not found in the text in order\n"},
      {"{\"text\": \"Port shut. Ferry sails.\", \"sentences\": [\"Ferry sails.\", \"Port shut.\"]}\n",
       "lede: bad.jsonl:1: a sentence is not found in the text in order\n"},
      {"\n  \n", "lede: no open gaps to learn from in the training texts\n"},
  };
  for (const Case& c : cases) {
    INFO(c.data);
    std::remove(Files().Path("bad.jsonl").c_str());
    if (!c.data.empty()) WriteFile(Files().Path("bad.jsonl"), c.data);
    WriteFile(Files().Path("kept.bin"), "an older model");
    const RunResult r = Files().Run("train sentences --data bad.jsonl -o kept.bin");
    CHECK(r.exit_code == 1);
    CHECK(r.err == c.message);
    CHECK(r.out.empty());
    CHECK(Slurp(Files().Path("kept.bin")) == "an older model");  // a failed run leaves the old model
    CHECK_FALSE(Exists(Files().Path("kept.bin.tmp")));
  }
}

TEST_CASE("train sentences refuses out-of-range options and unwritable outputs with exit 1", "[cli][train]") {
  struct Case {
    std::string args;
    std::string message;
  };
  const Case cases[] = {
      {"--hash-bits 30 -o x.bin", "lede: hash bits must be between 12 and 22\n"},
      {"--hash-bits 8 -o x.bin", "lede: hash bits must be between 12 and 22\n"},
      {"--epochs 0 -o x.bin", "lede: epochs must be 1 to 100\n"},
      {"-o no_such_dir/x.bin", "lede: cannot write no_such_dir/x.bin.tmp\n"},
  };
  for (const Case& c : cases) {
    INFO(c.args);
    const RunResult r = Files().Run("train sentences --data mixed.jsonl " + c.args);
    CHECK(r.exit_code == 1);
    CHECK(r.err == c.message);
  }
}

TEST_CASE("train exits 2 with a message when a required option or the subcommand is missing", "[cli][train]") {
  struct Case {
    std::string args;
    std::string stderr_has;
  };
  const Case cases[] = {
      {"train sentences -o x.bin", "--data"},
      {"train sentences --data mixed.jsonl", "--output"},
      {"train sentences --data", "--data"},
      {"train", "subcommand"},
      {"train paragraphs --data mixed.jsonl -o x.bin", ""},
      {"train sentences --data mixed.jsonl -o x.bin --no-such-option", "--no-such-option"},
  };
  for (const Case& c : cases) {
    INFO(c.args);
    const RunResult r = Files().Run(c.args);
    CHECK(r.exit_code == 2);
    CHECK_FALSE(r.err.empty());
    CHECK(r.err.find(c.stderr_has) != std::string::npos);
    CHECK(r.out.empty());
  }
  CHECK_FALSE(Exists(Files().Path("x.bin")));
}

TEST_CASE("cli --sentence-model naming a missing or garbage file is an error record, exit 1, not a crash", "[cli][train]") {
  struct Case {
    std::string model;
    std::string code;
    std::string message;
  };
  const Case cases[] = {
      {"garbage.bin", "invalid_argument", "sentence model garbage.bin: not a lede model file (bad magic)"},
      {"no_such_model.bin", "not_found", "cannot open sentence model no_such_model.bin"},
  };
  for (const Case& c : cases) {
    INFO(c.model);
    const RunResult r = Files().Run("--raw --json --include sentences --sentence-model " + c.model + " names.txt");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "lede: names.txt: " + c.message + "\n");
    const Json j = Json::parse(r.out);
    CHECK(j["error"]["code"] == c.code);
    CHECK(j["error"]["message"] == c.message);
    CHECK_FALSE(j.contains("sentences"));

    const RunResult text = Files().Run("--raw --sentence-model " + c.model + " names.txt");
    CHECK(text.exit_code == 1);
    CHECK(text.err == "lede: names.txt: " + c.message + "\n");
  }
}

TEST_CASE("train sentences names a directory given as training data", "[cli][train]") {
  mkdir(Files().Path("corpus").c_str(), 0755);
  const RunResult r = Files().Run("train sentences --data corpus -o x.bin");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("corpus") != std::string::npos);
}

TEST_CASE("train refuses a device as training data instead of reading it forever", "[cli][train]") {
  for (const std::string args : {"train sentences --data /dev/zero -o x.bin", "train ner --train /dev/zero -o x.bin"}) {
    INFO(args);
    const RunResult r = Files().Run(args);
    CHECK(r.exit_code == 1);
    CHECK(r.err == "lede: training data /dev/zero is not a regular file\n");
  }
}
