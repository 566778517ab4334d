// Test support for the HTML extractor tests: parses a page and extracts it,
// and builds small invented article pages with chosen furniture around them.
#ifndef LEDE_TESTS_EXTRACT_HTML_TEST_PAGES_H_
#define LEDE_TESTS_EXTRACT_HTML_TEST_PAGES_H_

#include <catch2/catch.hpp>

#include <string>

#include "extract/html_extractor.h"
#include "html/html_parser.h"

namespace lede::testing {

// Three invented body paragraphs, long enough and comma-rich like real prose.
inline constexpr const char* kParagraph1 =
    "The harbour authority said on Monday that the new ferry terminal would open in the spring, "
    "weeks ahead of schedule and slightly under its budget of 40 million dollars.";
inline constexpr const char* kParagraph2 =
    "Engineers had feared that winter storms would delay the work, but the sea wall, the ticket hall "
    "and the two floating piers were finished by the end of February, officials said.";
inline constexpr const char* kParagraph3 =
    "Local ferry operators welcomed the news, saying the old terminal had been crowded for years and "
    "that passengers would finally have somewhere dry to wait for their boats.";

// Returns a page whose <article> holds `before`, three paragraphs with
// `middle` between the second and third, and `after`; `head` goes in <head>
// and `outside` after the article in <body>.
inline std::string ArticlePage(const std::string& middle = "", const std::string& before = "",
                               const std::string& after = "", const std::string& head = "",
                               const std::string& outside = "") {
  return "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry terminal to open early | Coastal Times</title>" + head +
         "</head><body><article><h1>Ferry terminal to open early</h1>" + before + "<div class=\"story-body\"><p>" +
         kParagraph1 + "</p><p>" + kParagraph2 + "</p>" + middle + "<p>" + kParagraph3 + "</p></div>" + after +
         "</article>" + outside + "</body></html>";
}

// Returns the extracted Document of `html`; fails the test when extraction fails.
inline Document ExtractPage(const std::string& html) {
  Result<detail::Dom> dom = detail::ParseHtml(html);
  REQUIRE(dom.ok());
  Result<Document> doc = detail::ExtractFromHtml(dom.value());
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

// Returns the text of block `i` of `doc`.
inline std::string BlockText(const Document& doc, size_t i) {
  return doc.text.substr(doc.blocks[i].span.start, doc.blocks[i].span.size());
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_EXTRACT_HTML_TEST_PAGES_H_
