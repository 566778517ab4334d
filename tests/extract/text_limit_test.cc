#include "extract/text_limit.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using lede::Block;
using lede::Document;
using lede::Span;
using lede::detail::LimitText;

namespace {

// Returns a document of paragraphs joined by blank lines, each a block.
Document Paragraphs(const std::vector<std::string>& paragraphs) {
  Document doc;
  for (const std::string& p : paragraphs) {
    if (!doc.text.empty()) doc.text += "\n\n";
    doc.blocks.push_back(Block{Span{doc.text.size(), doc.text.size() + p.size()}});
    doc.text += p;
  }
  return doc;
}

// Returns true when every block lies inside the text, in order.
bool BlocksInside(const Document& doc) {
  size_t last = 0;
  for (const Block& b : doc.blocks) {
    if (b.span.start < last || b.span.end > doc.text.size() || b.span.empty()) return false;
    last = b.span.end;
  }
  return true;
}

}  // namespace

TEST_CASE("text limit leaves a text within the limit alone", "[text_limit]") {
  Document doc = Paragraphs({"One short paragraph.", "Another one."});
  const std::string before = doc.text;
  CHECK(LimitText(before.size(), &doc) == 0);
  CHECK(doc.text == before);
  CHECK(doc.blocks.size() == 2);
}

TEST_CASE("text limit keeps whole paragraphs and cuts inside the one crossing the limit at a space",
          "[text_limit]") {
  Document doc = Paragraphs({"First paragraph here.", "Second paragraph has several words in it.", "Third."});
  const size_t total = doc.text.size();
  // The limit falls inside "several": the cut comes after "has".
  const size_t limit = doc.text.find("several") + 3;
  const size_t dropped = LimitText(limit, &doc);
  CHECK(doc.text == "First paragraph here.\n\nSecond paragraph has");
  CHECK(dropped == total - doc.text.size());
  REQUIRE(doc.blocks.size() == 2);
  CHECK(doc.blocks[1].span.end == doc.text.size());
  CHECK(BlocksInside(doc));
}

TEST_CASE("text limit ends at the last whole paragraph when the next starts past the limit", "[text_limit]") {
  Document doc = Paragraphs({"First paragraph here.", "Second."});
  CHECK(LimitText(doc.text.find("Second") - 1, &doc) > 0);
  CHECK(doc.text == "First paragraph here.");
  CHECK(doc.blocks.size() == 1);
}

TEST_CASE("text limit never splits a UTF-8 character of an unbroken run", "[text_limit]") {
  // 300 two-byte letters without a space: no word boundary near the limit.
  std::string word;
  for (int i = 0; i < 300; ++i) word += "\xC3\xA9";
  Document doc = Paragraphs({word});
  const size_t dropped = LimitText(101, &doc);
  CHECK(doc.text.size() == 100);
  CHECK(dropped == 500);
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].span.end == 100);
}

TEST_CASE("text limit drops every block when the first crosses the limit at its first character",
          "[text_limit]") {
  Document doc = Paragraphs({"\xE2\x80\x9CQuoted opening words of a paragraph."});
  LimitText(2, &doc);
  CHECK(doc.text.empty());
  CHECK(doc.blocks.empty());
}
