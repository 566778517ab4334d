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

TEST_CASE("html extractor keeps table rows whatever their classes say", "[extract][html]") {
  // Crew names are links, as in many standings tables.
  const std::string table = "<table><tr><th>Pos.</th><th>Crew</th><th>Boat</th><th>Time</th></tr>"
                            "<tr class=\"oddrow player-2024-17\"><td>1</td><td><a href=/c/1>Harbour Pilots</a></td>"
                            "<td>Silver Gull</td><td>41:02.5</td></tr><tr class=\"evenrow player-2024-9\"><td>2</td><td>"
                            "<a href=/c/2>Quay Rowers</a></td><td>Northern Star</td><td>41:37.9</td></tr></table>";
  const std::string text = ExtractPage(ArticlePage(table)).text;
  CHECK(text.find("Harbour Pilots") != std::string::npos);
  CHECK(text.find("Quay Rowers") != std::string::npos);
}

TEST_CASE("html extractor drops a rail of teaser cards inside the body", "[extract][html]") {
  std::string rail = "<div class=\"popular\"><h2>Most read</h2>";
  for (const char* title : {"Bridge repairs to start in May", "Council votes on bus lanes", "Lifeboat crew honoured"}) {
    rail += std::string("<div class=\"card\"><a href=/s>") + title +
            "</a><div class=\"blurb\">A short summary of the story in one line.</div></div>";
  }
  rail += "</div>";
  CHECK(ExtractPage(ArticlePage(rail)).text == kBody);
  // Article text in same-class blocks without links is not a rail.
  const std::string split = std::string("<html><body><div class=\"story\"><div class=\"text-block\">") +
                            kParagraph1 + "</div><div class=\"text-block\">" + kParagraph2 +
                            "</div><div class=\"text-block\">" + kParagraph3 + "</div></div></body></html>";
  CHECK(ExtractPage(split).text == kBody);
}

TEST_CASE("html extractor keeps a prose paragraph that links most of its words", "[extract][html]") {
  const std::string deals = "<p>Today's best deals include <a href=/a>refurbished 13-inch laptops from $500 at "
                            "Harbour Electronics</a>. You will also find <a href=/b>noise-cancelling headphones for "
                            "$120 and a two-pack of smart plugs for $25</a> at the corner store.</p>";
  CHECK(ExtractPage(ArticlePage(deals)).text.find("Today's best deals include") != std::string::npos);
  // One linked headline is still a link, not prose.
  CHECK(ExtractPage(ArticlePage("<p>Read more: <a href=/c>Fuel prices rise again as ferry season opens on the "
                                "island, and operators warn of delays to the timetable</a></p>"))
            .text == kBody);
}

TEST_CASE("html extractor trims calls to action after the last paragraph only", "[extract][html]") {
  const std::string promo = "<p>Sign up for the Harbour Briefing newsletter, every weekday morning.</p>";
  const std::string tail = "<p>Join our reader panel to tell us what you think.</p>";
  CHECK(ExtractPage(ArticlePage("", "", promo + tail)).text == kBody);
  // Inside the body, the same words are left alone.
  CHECK(ExtractPage(ArticlePage(promo)).text.find("Sign up for the Harbour Briefing") != std::string::npos);
}

TEST_CASE("html extractor drops a half-linked story list after the last paragraph", "[extract][html]") {
  const std::string more = "<div class=\"heading-h3\">More Harbour Stories</div><ul>"
                           "<li>Bridge repairs, <a href=/a>and what they mean for your commute</a></li>"
                           "<li>Why the council voted no. <a href=/b>The bus lane fight explained</a></li></ul>";
  CHECK(ExtractPage(ArticlePage("", "", more)).text == kBody);
  // A list in the middle of the story, even with links, is the story's.
  const std::string list = "<ul><li>Night boats leave from pier two, <a href=/n>timetable here</a></li><li>Day "
                           "boats leave from pier one, <a href=/d>timetable here</a></li></ul>";
  CHECK(ExtractPage(ArticlePage(list)).text.find("Night boats leave from pier two, timetable here") !=
        std::string::npos);
}

}  // namespace
}  // namespace lede::testing
