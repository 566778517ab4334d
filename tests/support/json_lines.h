// Test support: parses the JSON Lines lede writes with --format jsonl.
#ifndef LEDE_TESTS_SUPPORT_JSON_LINES_H_
#define LEDE_TESTS_SUPPORT_JSON_LINES_H_

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace lede::testing {

// Returns the objects of a JSON Lines text, one per line; a line that is not
// JSON throws, failing the test that parses it.
inline std::vector<nlohmann::json> ParseJsonLines(const std::string& text) {
  std::vector<nlohmann::json> objects;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) objects.push_back(nlohmann::json::parse(line));
  return objects;
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_SUPPORT_JSON_LINES_H_
