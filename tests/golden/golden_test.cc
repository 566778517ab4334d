// Golden end-to-end cases: tests/golden/<case>/ holds `args` (lede's
// arguments on one line, paths relative to the repository root; --json is
// added) and `expected.json`, the fields that must come out. The runner runs
// the built lede and checks expected.json as a SUBSET of the output:
//   - an object matches when each of its keys matches the output's key;
//   - an array matches when each expected element matches some output
//     element (order-free), so listing a few entities or quotes is enough;
//   - a scalar must be equal;
//   - an object with an operator key tests a value instead:
//       {"$prefix": "The Chinese military"}   string starts with
//       {"$contains": ["a", "b"]}             string contains each
//       {"$not_contains": ["Advertisement"]}  string contains none
//       {"$len": 13} / {"$min_len": 3}        array or string length
//       {"$none_match": {...}}                no array element matches
// Keys starting with "_" are comments. Cases use only files in the repository.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/run_lede.h"

using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Returns the contents of a file.
std::string Slurp(const fs::path& path) { return lede::testing::Slurp(path.string()); }

// Returns a list of strings from a string or an array of strings.
std::vector<std::string> Strings(const Json& j) {
  if (j.is_string()) return {j.get<std::string>()};
  std::vector<std::string> out;
  for (const Json& s : j) out.push_back(s.get<std::string>());
  return out;
}

// Returns the length of a string (in bytes) or an array.
size_t Length(const Json& j) { return j.is_string() ? j.get<std::string>().size() : j.size(); }

// Appends to `problems` every way `actual` fails to match `expected` at `path`.
void Match(const Json& expected, const Json& actual, const std::string& path, std::vector<std::string>* problems);

// Returns true when `expected` matches `actual` with no problems.
bool Matches(const Json& expected, const Json& actual) {
  std::vector<std::string> problems;
  Match(expected, actual, "", &problems);
  return problems.empty();
}

// Returns true and checks the operator when `expected` is an operator object.
bool MatchOperator(const Json& expected, const Json& actual, const std::string& path,
                   std::vector<std::string>* problems) {
  if (!expected.is_object() || expected.size() != 1 || expected.begin().key().rfind("$", 0) != 0) return false;
  const std::string op = expected.begin().key();
  const Json& arg = expected.begin().value();
  const std::string got = actual.is_string() ? actual.get<std::string>() : actual.dump();
  if (op == "$prefix") {
    if (!actual.is_string() || got.rfind(arg.get<std::string>(), 0) != 0) {
      problems->push_back(path + ": expected a string starting with " + arg.dump() + ", got " + actual.dump().substr(0, 120));
    }
  } else if (op == "$contains" || op == "$not_contains") {
    for (const std::string& s : Strings(arg)) {
      const bool found = got.find(s) != std::string::npos;
      if (found != (op == "$contains")) problems->push_back(path + ": " + op + " \"" + s + "\" failed");
    }
  } else if (op == "$len") {
    if (Length(actual) != arg.get<size_t>()) {
      problems->push_back(path + ": length " + std::to_string(Length(actual)) + ", expected " + arg.dump());
    }
  } else if (op == "$min_len") {
    if (Length(actual) < arg.get<size_t>()) {
      problems->push_back(path + ": length " + std::to_string(Length(actual)) + ", expected at least " + arg.dump());
    }
  } else if (op == "$none_match") {
    for (const Json& element : actual) {
      if (Matches(arg, element)) problems->push_back(path + ": unexpected element " + element.dump().substr(0, 200));
    }
  } else {
    problems->push_back(path + ": unknown operator " + op);
  }
  return true;
}

void Match(const Json& expected, const Json& actual, const std::string& path, std::vector<std::string>* problems) {
  if (MatchOperator(expected, actual, path, problems)) return;
  if (expected.is_object()) {
    if (!actual.is_object()) {
      problems->push_back(path + ": expected an object, got " + actual.dump().substr(0, 120));
      return;
    }
    for (const auto& [key, value] : expected.items()) {
      if (key.rfind("_", 0) == 0) continue;
      if (!actual.contains(key)) {
        problems->push_back(path + "/" + key + ": missing");
        continue;
      }
      Match(value, actual[key], path + "/" + key, problems);
    }
  } else if (expected.is_array()) {
    if (!actual.is_array()) {
      problems->push_back(path + ": expected an array, got " + actual.dump().substr(0, 120));
      return;
    }
    for (const Json& want : expected) {
      bool found = false;
      for (const Json& got : actual) found = found || Matches(want, got);
      if (!found) problems->push_back(path + ": no element matches " + want.dump());
    }
  } else if (expected != actual) {
    problems->push_back(path + ": expected " + expected.dump() + ", got " + actual.dump().substr(0, 120));
  }
}

// Returns the golden case folders, sorted.
std::vector<fs::path> Cases() {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(fs::path(LEDE_SOURCE_DIR) / "tests" / "golden")) {
    if (entry.is_directory() && fs::exists(entry.path() / "expected.json")) cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

// Returns the arguments of a case, one line with surrounding space trimmed.
std::string Args(const fs::path& dir) {
  std::string args = Slurp(dir / "args");
  while (!args.empty() && (args.back() == '\n' || args.back() == ' ')) args.pop_back();
  return args;
}

}  // namespace

TEST_CASE("golden cases produce their expected fields", "[golden]") {
  const std::vector<fs::path> cases = Cases();
  REQUIRE(cases.size() >= 2);
  const lede::testing::ScratchDir scratch("lede_golden");
  for (const fs::path& dir : cases) {
    const std::string name = dir.filename().string();
    INFO("golden case " << name);
    REQUIRE(fs::exists(dir / "args"));
    const std::string out = scratch.Path(name + ".json");
    const std::string command = "cd '" + std::string(LEDE_SOURCE_DIR) + "' && '" + LEDE_CLI_PATH + "' --json " +
                                Args(dir) + " </dev/null >'" + out + "'";
    CHECK(lede::testing::ShellExitCode(command) == 0);
    Json actual;
    REQUIRE_NOTHROW(actual = Json::parse(Slurp(out)));
    const Json expected = Json::parse(Slurp(dir / "expected.json"));
    std::vector<std::string> problems;
    Match(expected, actual, "", &problems);
    std::string all;
    for (const std::string& p : problems) all += "  " + p + "\n";
    INFO("mismatches:\n" << all);
    CHECK(problems.empty());
    fs::remove(out);
  }
}

TEST_CASE("golden cases use only files inside the repository", "[golden]") {
  for (const fs::path& dir : Cases()) {
    INFO("golden case " << dir.filename().string());
    const std::string args = Args(dir);
    CHECK(args.find("shared/") == std::string::npos);
    CHECK(args.find("..") == std::string::npos);
    CHECK(args.rfind("/", 0) == std::string::npos);
    CHECK(args.find(" /") == std::string::npos);
  }
}

TEST_CASE("golden matcher treats expectations as a subset", "[golden]") {
  const Json actual = Json::parse(R"({"title": "Harbour reopens", "n": 3,
      "entities": [{"name": "Ana Ruiz", "type": "PERSON", "id": 1}, {"name": "Lima", "type": "GPE"}]})");
  struct Case {
    const char* expected;
    bool matches;
  };
  const Case cases[] = {
      {R"({"title": "Harbour reopens"})", true},
      {R"({"title": "Harbour"})", false},
      {R"({"title": {"$prefix": "Harbour"}})", true},
      {R"({"title": {"$contains": ["bour", "reo"]}})", true},
      {R"({"title": {"$not_contains": "storm"}})", true},
      {R"({"title": {"$not_contains": "reopens"}})", false},
      {R"({"entities": [{"name": "Lima"}, {"name": "Ana Ruiz", "type": "PERSON"}]})", true},
      {R"({"entities": [{"name": "Ana Ruiz", "type": "GPE"}]})", false},
      {R"({"entities": {"$len": 2}})", true},
      {R"({"entities": {"$min_len": 3}})", false},
      {R"({"entities": {"$none_match": {"name": "Ana"}}})", true},
      {R"({"entities": {"$none_match": {"type": "GPE"}}})", false},
      {R"({"missing": null})", false},
      {R"({"_comment": "ignored", "n": 3})", true},
  };
  for (const Case& c : cases) {
    INFO(c.expected);
    CHECK(Matches(Json::parse(c.expected), actual) == c.matches);
  }
}
