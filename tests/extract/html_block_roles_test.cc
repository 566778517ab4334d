// Tests of the HTML extractor's block roles on small invented pages: layout
// containers with chrome words that hold the article, and the furniture that
// looks like article (comments marked up as <article>s).
#include <catch2/catch.hpp>

#include <string>

#include "html_test_pages.h"

namespace lede::testing {
namespace {

const std::string kBody = std::string(kParagraph1) + "\n\n" + kParagraph2 + "\n\n" + kParagraph3;

// Returns a long comment paragraph, longer than most article paragraphs.
std::string LongComment() {
  return "I have taken this ferry every morning for eleven years, and I can tell you that the old terminal was a "
         "disgrace, with leaking roofs, broken benches, no heating in winter, and staff who had given up long ago. "
         "If the new one opens in the spring as promised, I will believe it when I see it, frankly, because we have "
         "heard the same promise from three councils in a row, each one blaming the last for the delays.";
}

TEST_CASE("html extractor keeps an article inside a layout container named for its sidebar", "[extract][html]") {
  const std::string html = std::string("<html><body><div class=\"container has-sidebar\"><div id=\"main\" "
                                       "class=\"sticky-sidebar\"><article><h1>Ferry terminal to open early</h1><div "
                                       "class=\"entry-content\"><p>") +
                           kParagraph1 + "</p><p>" + kParagraph2 + "</p><p>" + kParagraph3 +
                           "</p></div></article></div><div class=\"widget-area\"><p>Popular this week, with "
                           "stories you may have missed.</p></div></div></body></html>";
  CHECK(ExtractPage(html).text == kBody);
}

TEST_CASE("html extractor still drops comments marked up as articles", "[extract][html]") {
  const std::string comments = "<footer class=\"entry-footer\"><div id=\"comments\" class=\"comments-area\"><ol>"
                               "<li><article class=\"comment-body\"><p>" +
                               LongComment() + "</p></article></li></ol></div></footer>";
  CHECK(ExtractPage(ArticlePage("", "", comments)).text == kBody);
}

TEST_CASE("html extractor keeps an embedded post that the article quotes", "[extract][html]") {
  const std::string tweet = "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>The new pier "
                            "looks great from the water this morning, well done to everyone involved</p>&mdash; Harbour "
                            "Watch (@harbourwatch) <a href=/t>March 3, 2024</a></blockquote></div>";
  const std::string text = ExtractPage(ArticlePage(tweet)).text;
  CHECK(text.find("The new pier looks great from the water") != std::string::npos);
  CHECK(text.find("Harbour Watch (@harbourwatch) March 3, 2024") != std::string::npos);
  // A share bar with the same cue but no quoted post is still dropped.
  CHECK(ExtractPage(ArticlePage("<div class=\"social-media-embed\"><a href=/f>Share on Facebook</a> <a href=/t>Share "
                                "on Twitter</a></div>")).text == kBody);
}

TEST_CASE("html extractor reads loose text after a heading as a paragraph", "[extract][html]") {
  // Templates without <p>: headings and text runs separated by <br>s.
  const std::string html = std::string("<html><body><div class=\"article\">") + kParagraph1 +
                           "<br><br><h2>What the harbour gains</h2><br><br>" + kParagraph2 + "<br><br>" + kParagraph3 +
                           "</div></body></html>";
  const Document doc = ExtractPage(html);
  REQUIRE(doc.blocks.size() == 4);
  CHECK(doc.blocks[1].kind == BlockKind::kHeading);
  CHECK(BlockText(doc, 1) == "What the harbour gains");
  CHECK(doc.blocks[2].kind == BlockKind::kParagraph);
  CHECK(BlockText(doc, 2) == kParagraph2);
  CHECK(doc.blocks[3].kind == BlockKind::kParagraph);
}

}  // namespace
}  // namespace lede::testing
