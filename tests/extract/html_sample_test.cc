// The bundled sample page: its extracted body must equal the body paragraphs
// of the sample article's text version, and its metadata the page's own.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "html_test_pages.h"

namespace lede::testing {
namespace {

// Returns the contents of a file under the source tree.
std::string ReadSource(const std::string& relative) {
  std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Returns the body paragraphs of the text version: the lines that are
// sentences of ten or more words ending in a full stop or closing quote (the
// furniture lines - headlines, labels, bullets, captions with credits,
// counters - are not).
std::vector<std::string> BodyParagraphs(const std::string& text) {
  constexpr size_t kMinWords = 10;
  std::vector<std::string> paragraphs;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (line.empty() || line[0] == ' ' || line.rfind("\u2022", 0) == 0) continue;
    const bool ends_sentence = line.back() == '.' || line.ends_with("\u201d");
    size_t words = 1;
    for (char c : line) words += c == ' ';
    if (ends_sentence && words >= kMinWords) paragraphs.push_back(line);
  }
  return paragraphs;
}

TEST_CASE("sample page body equals the sample article's paragraphs", "[extract][html][sample]") {
  const std::vector<std::string> paragraphs = BodyParagraphs(ReadSource("data/samples/china-russia-military.txt"));
  REQUIRE(paragraphs.size() == 13);
  std::string expected;
  for (const std::string& p : paragraphs) expected += (expected.empty() ? "" : "\n\n") + p;

  const Document doc = ExtractPage(ReadSource("data/samples/china-russia-military.html"));
  CHECK(doc.text == expected);
  REQUIRE(doc.blocks.size() == 13);
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    CHECK(doc.blocks[i].kind == BlockKind::kParagraph);
    CHECK(BlockText(doc, i) == paragraphs[i]);
  }
}

TEST_CASE("sample page metadata comes from its JSON-LD, OpenGraph and header", "[extract][html][sample]") {
  const Metadata m = ExtractPage(ReadSource("data/samples/china-russia-military.html")).meta;
  CHECK(m.title == "China says it\u2019s open to more military cooperation with Russia");
  CHECK(m.section == "China\u2019s military");
  CHECK(m.published == "2023-03-30T17:00:00+08:00");
  CHECK(m.language == "en");
  CHECK(!m.site.empty());
  CHECK(m.url.rfind("https://", 0) == 0);
  CHECK(m.authors.size() == 1);
  REQUIRE(m.standfirst.size() == 2);
  CHECK(m.standfirst[0].rfind("Beijing\u2019s defence ministry says", 0) == 0);
  REQUIRE(m.captions.size() == 1);
  CHECK(m.captions[0].text ==
        "Xi Jinping visited Vladimir Putin in Russia earler this month, but no agreement on providing arms was "
        "reached.");
  CHECK(m.captions[0].credit == "Reuters");
}

}  // namespace
}  // namespace lede::testing
