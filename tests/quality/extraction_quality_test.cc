// Quality gate for HTML article extraction: runs lede::Analyze over the
// shared benchmark's dev pages and scores the body text exactly like the
// benchmark's score.py (bags of word 4-grams, precision averaged over
// non-empty outputs, recall over all pages, F1 their harmonic mean), so a
// change that makes extraction worse fails here and not only in a report.
// When the benchmark folder is not beside the repository, the test warns
// and passes: the pages are shared data, not part of the repository.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lede/analyzer.h"
#include "support/python_word.h"
#include "text/utf8.h"

namespace lede::testing {
namespace {

// The dev F1 reached when this gate was last raised (0.9787, by
// tests/eval/extraction_eval.py on 2026-11-27), less 0.005 of slack for
// harmless drift; a real regression costs more than that.
constexpr double kMinDevF1 = 0.9737;
// Shingle length of the benchmark's metric.
constexpr size_t kShingleTokens = 4;

// Returns the \w+ tokens of `text`.
std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const char32_t c = detail::DecodeUtf8(text, &pos);
    if (IsPythonWordChar(c)) {
      current.append(text, start, pos - start);
    } else if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

// Returns the multiset of 4-token shingles (one shorter shingle for 1-3 tokens).
std::map<std::string, int> Shingles(const std::string& text) {
  const std::vector<std::string> tokens = Tokens(text);
  std::map<std::string, int> out;
  if (tokens.empty()) return out;
  const size_t n = tokens.size() < kShingleTokens ? tokens.size() : kShingleTokens;
  for (size_t i = 0; i + n <= tokens.size(); ++i) {
    std::string key;
    for (size_t j = i; j < i + n; ++j) key += tokens[j] + '\x1F';
    ++out[key];
  }
  return out;
}

// Returns the contents of a file, or "" when it cannot be read.
std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST_CASE("html extraction keeps its F1 on the benchmark's dev pages", "[quality]") {
  const std::string dev = std::string(LEDE_SOURCE_DIR) + "/../shared/bench/extraction/dev/";
  const std::string gold_text = ReadFile(dev + "dev-ground-truth.json");
  if (gold_text.empty()) {
    WARN("skipped: " << dev << "dev-ground-truth.json not found");
    return;
  }
  const nlohmann::json gold = nlohmann::json::parse(gold_text);
  double precision_sum = 0;
  double recall_sum = 0;
  size_t predicted = 0;
  size_t pages = 0;
  for (const auto& [id, entry] : gold.items()) {
    const std::string html = ReadFile(dev + id + ".html");
    REQUIRE(!html.empty());
    Result<Report> report = Analyze(html, id + ".html", Options{});
    const std::string text = report.ok() ? report.value().document.text : "";
    const std::map<std::string, int> g = Shingles(entry.value("articleBody", ""));
    const std::map<std::string, int> p = Shingles(text);
    int tp = 0;
    int g_total = 0;
    int p_total = 0;
    for (const auto& [key, count] : g) {
      g_total += count;
      auto it = p.find(key);
      if (it != p.end()) tp += std::min(count, it->second);
    }
    for (const auto& [key, count] : p) p_total += count;
    ++pages;
    if (g_total > 0) recall_sum += static_cast<double>(tp) / g_total;
    if (p_total > 0) {
      precision_sum += static_cast<double>(tp) / p_total;
      ++predicted;
    }
  }
  REQUIRE(pages > 0);
  const double precision = predicted == 0 ? 0.0 : precision_sum / predicted;
  const double recall = recall_sum / pages;
  const double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  INFO("dev pages " << pages << ": precision " << precision << ", recall " << recall << ", F1 " << f1);
  CHECK(f1 >= kMinDevF1);
  WARN("dev F1 " << f1 << " (gate " << kMinDevF1 << ")");
}

}  // namespace
}  // namespace lede::testing
