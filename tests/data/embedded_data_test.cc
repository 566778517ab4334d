// Embedded data: the line walker against a plain reference on every embedded
// file, its trimming and comment rules on made-up bytes, and the line count
// that sizes the lookup tables.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "data/embedded_data.h"

namespace lede::detail {
namespace {

// The rule the walker implements, written the slow, obvious way.
std::vector<std::string_view> ReferenceLines(std::string_view bytes) {
  std::vector<std::string_view> lines;
  while (!bytes.empty()) {
    size_t nl = bytes.find('\n');
    std::string_view line = bytes.substr(0, nl);
    bytes = nl == std::string_view::npos ? std::string_view() : bytes.substr(nl + 1);
    size_t b = line.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) continue;
    line = line.substr(b, line.find_last_not_of(" \t\r\n") - b + 1);
    if (line.front() != '#') lines.push_back(line);
  }
  return lines;
}

std::vector<std::string_view> WalkLines(std::string_view bytes) {
  std::vector<std::string_view> lines;
  for (std::string_view line = NextDataLine(&bytes); !line.empty(); line = NextDataLine(&bytes)) {
    lines.push_back(line);
  }
  return lines;
}

size_t ReferenceCount(std::string_view bytes) {
  size_t n = static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\n'));
  return n + (!bytes.empty() && bytes.back() != '\n');
}

TEST_CASE("data lines of every embedded file match the plain rule", "[data]") {
  std::vector<std::string_view> names = DataFileNames();
  REQUIRE(names.size() > 10);
  for (std::string_view name : names) {
    INFO(std::string(name));
    std::string_view bytes = DataFile(name);
    CHECK(DataLines(name) == ReferenceLines(bytes));
    CHECK(CountLines(bytes) == ReferenceCount(bytes));
    size_t visited = 0;
    ForEachDataLine(name, [&visited](std::string_view) { ++visited; });
    CHECK(visited == DataLines(name).size());
  }
}

TEST_CASE("data lines are trimmed and skip blank and comment lines", "[data]") {
  const std::string bytes = "# header\n\n  alpha \r\n\t# indented comment\nbeta|gamma\t\n   \nlast";
  std::vector<std::string_view> want = {"alpha", "beta|gamma", "last"};
  CHECK(WalkLines(bytes) == want);
  CHECK(WalkLines("") == std::vector<std::string_view>{});
  CHECK(WalkLines("\n\n# only a comment\n") == std::vector<std::string_view>{});
  CHECK(WalkLines("x") == std::vector<std::string_view>{"x"});
  CHECK(DataFile("no/such/file.txt").empty());
  CHECK(DataLines("no/such/file.txt").empty());
}

TEST_CASE("line count counts every newline at any alignment and length", "[data]") {
  // Long runs of newlines pass the 255-per-lane bound of the word-wise count.
  for (size_t n : {0, 1, 7, 8, 9, 255 * 8 - 1, 255 * 8, 255 * 8 + 1, 5000}) {
    std::string all(n, '\n');
    CHECK(CountLines(all) == n);
    std::string mixed;
    for (size_t i = 0; i < n; ++i) mixed += (i % 3 == 0) ? "ab\n" : (i % 3 == 1 ? "\n" : "xyz\t");
    for (size_t skip = 0; skip < 9 && skip <= mixed.size(); ++skip) {
      std::string_view part = std::string_view(mixed).substr(skip);
      CHECK(CountLines(part) == ReferenceCount(part));
    }
  }
  CHECK(CountLines("no newline") == 1);
  CHECK(CountLines("\xff\x0a\x8a\x0b") == 2);  // bytes next to 0x0a are no newlines
}

// The embedded files searched in place as sorted files (see SortedDataLines).
constexpr std::string_view kSortedFiles[] = {"lexicon/entity_common_words.txt", "lexicon/entity_given_names.txt"};

TEST_CASE("files searched in place keep the sorted-file rule", "[data]") {
  for (std::string_view name : kSortedFiles) {
    INFO(std::string(name));
    SortedDataLines sorted(DataFile(name));
    std::string_view body = sorted.body();
    REQUIRE_FALSE(body.empty());
    // Every line of the body is a data line, as it is written, in strictly rising byte order.
    std::vector<std::string_view> raw;
    for (size_t pos = 0; pos <= body.size();) {
      size_t nl = body.find('\n', pos);
      raw.push_back(body.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
      if (nl == std::string_view::npos) break;
      pos = nl + 1;
    }
    CHECK(raw == ReferenceLines(body));
    for (size_t i = 1; i < raw.size(); ++i) {
      if (!(raw[i - 1] < raw[i])) FAIL_CHECK("out of order: " << raw[i - 1] << " / " << raw[i]);
    }
    for (std::string_view line : raw) {
      if (!sorted.Contains(line)) FAIL_CHECK("not found: " << line);
    }
  }
}

TEST_CASE("sorted lines find exactly their lines", "[data]") {
  SortedDataLines empty;
  CHECK_FALSE(empty.Contains(""));
  CHECK_FALSE(empty.Contains("a"));
  CHECK(SortedDataLines("# only comments\n\n").body().empty());

  SortedDataLines one("# c\nsolo\n");
  CHECK(one.Contains("solo"));
  CHECK_FALSE(one.Contains("sol"));
  CHECK_FALSE(one.Contains("solos"));

  // Lines of varied length, so the middle byte falls anywhere in a line.
  std::vector<std::string> lines;
  for (int i = 0; i < 300; ++i) lines.push_back(std::to_string(1000 + i * 7) + std::string(i % 5, 'x'));
  std::sort(lines.begin(), lines.end());
  for (const char* ending : {"\n", "\r\n"}) {
    std::string bytes = "# header\n";
    for (const std::string& l : lines) bytes += l + ending;
    SortedDataLines sorted(bytes);
    for (const std::string& l : lines) CHECK(sorted.Contains(l));
    CHECK_FALSE(sorted.Contains("0"));
    CHECK_FALSE(sorted.Contains("1000x"));
    CHECK_FALSE(sorted.Contains("9999"));
    CHECK_FALSE(sorted.Contains(""));
    std::vector<std::string_view> walked(sorted.begin(), sorted.end());
    CHECK(walked.size() == lines.size());
  }
}

}  // namespace
}  // namespace lede::detail
