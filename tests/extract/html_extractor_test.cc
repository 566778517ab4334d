// Tests of the HTML extractor's body: what is kept, what is dropped, and how
// blocks and whitespace come out.
#include <catch2/catch.hpp>

#include <string>

#include "html_test_pages.h"

namespace lede::testing {
namespace {

const std::string kBody = std::string(kParagraph1) + "\n\n" + kParagraph2 + "\n\n" + kParagraph3;

TEST_CASE("html extractor drops page furniture around and inside the article", "[extract][html]") {
  const struct {
    const char* name;
    std::string html;
  } kCases[] = {
      {"navigation menu", ArticlePage("", "", "", "",
                                      "<nav><ul><li><a href=/a>World news today</a></li><li><a href=/b>Business and "
                                      "markets</a></li></ul></nav>")},
      {"site footer", ArticlePage("", "", "", "",
                                  "<footer><p>Copyright 2024 Coastal Times Media Group. All rights reserved, and "
                                  "reproduction in whole or in part is prohibited.</p></footer>")},
      {"related stories list", ArticlePage("", "", "<div class=\"related-stories\"><h3>More on this</h3><ul><li><a "
                                           "href=/x>Port strike called off after talks, union says</a></li><li><a "
                                           "href=/y>Fares to rise by five per cent next year</a></li></ul></div>")},
      {"share bar", ArticlePage("", "<div class=\"share-tools\"><a href=#>Share on Facebook</a> <a href=#>Share on "
                                "Twitter</a> <span>Email this story</span></div>")},
      {"ad slot with label", ArticlePage("<div class=\"ad-slot\"><span>Advertisement</span></div>")},
      {"bare advertisement label", ArticlePage("<p>Advertisement</p>")},
      {"newsletter promo", ArticlePage("<div class=\"newsletter-promo\"><p>Sign up for the morning briefing, with the "
                                       "day's biggest stories, every weekday at 6am.</p></div>")},
      {"video block", ArticlePage("<div class=\"video-player\"><span>02:15</span><p>Watch the first ferry dock at "
                                  "the new terminal during sea trials, filmed last week.</p></div>")},
      {"inline related link", ArticlePage("<p><a href=/z>Ferry operators warn of fuel costs as winter season "
                                          "begins</a></p>")},
      {"byline", ArticlePage("", "<div class=\"byline\">By Mara Olsen and Pete Quill</div>")},
      {"comments", ArticlePage("", "", "<section id=\"comments\"><h2>Comments</h2><p>I have waited for this terminal "
                                       "for ten years, finally some good news from the council.</p></section>")},
      {"cookie notice", ArticlePage("", "", "", "", "<div class=\"cookie-consent\"><p>We use cookies to improve your "
                                                    "experience. By continuing you accept our policy.</p></div>")},
      {"hidden element", ArticlePage("<p style=\"display: none\">This paragraph is hidden from readers by the page "
                                     "itself, so it is not part of the article.</p>")},
      {"figure with caption", ArticlePage("<figure><img src=a.jpg><figcaption>The new terminal seen from the water "
                                          "in February. Photo: Coastal Times</figcaption></figure>")},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.name);
    CHECK(ExtractPage(c.html).text == kBody);
  }
}

TEST_CASE("html extractor keeps in-body headings, lists and quotes with their kinds", "[extract][html]") {
  const Document doc = ExtractPage(ArticlePage(
      "<h2>What changes for passengers</h2><ul><li>Night services will run every 30 minutes.</li>"
      "<li>Tickets can be bought on the pier.</li></ul><blockquote><p>It is a great day for the island.</p>"
      "</blockquote>"));
  REQUIRE(doc.blocks.size() == 7);
  const struct {
    size_t index;
    BlockKind kind;
    const char* text;
  } kBlocks[] = {
      {2, BlockKind::kHeading, "What changes for passengers"},
      {3, BlockKind::kListItem, "Night services will run every 30 minutes."},
      {4, BlockKind::kListItem, "Tickets can be bought on the pier."},
      {5, BlockKind::kBlockquote, "It is a great day for the island."},
      {6, BlockKind::kParagraph, kParagraph3},
  };
  for (const auto& b : kBlocks) {
    CAPTURE(b.index);
    CHECK(doc.blocks[b.index].kind == b.kind);
    CHECK(BlockText(doc, b.index) == b.text);
  }
}

TEST_CASE("html extractor never glues words across blocks or line breaks", "[extract][html]") {
  const Document doc = ExtractPage(ArticlePage("<p>First line of a poem<br>second line<br/>third line</p>"
                                               "<div>block one</div><div>block two</div>"));
  CHECK(doc.text.find("poem\n\nsecond line\n\nthird line") != std::string::npos);
  CHECK(doc.text.find("block one\n\nblock two") != std::string::npos);
}

TEST_CASE("html extractor collapses whitespace inside a block and keeps inline words together", "[extract][html]") {
  const Document doc = ExtractPage(ArticlePage("<p>  The   terminal\n\t cost <b>forty</b>&nbsp;million, <i>un</i>"
                                               "usually  little. </p>"));
  CHECK(doc.text.find("\n\nThe terminal cost forty million, unusually little.\n\n") != std::string::npos);
}

TEST_CASE("html extractor drops link-heavy blocks but keeps paragraphs with a few links", "[extract][html]") {
  const Document doc = ExtractPage(ArticlePage(
      "<p>The council, <a href=/c>which approved the plan</a> in 2021, said the terminal will also host a small "
      "market on weekends.</p><div><a href=/1>Ferries</a> <a href=/2>Harbour</a> <a href=/3>Transport</a> "
      "<a href=/4>Council</a></div>"));
  CHECK(doc.text.find("which approved the plan") != std::string::npos);
  CHECK(doc.text.find("Ferries") == std::string::npos);
}

TEST_CASE("html extractor block spans cover the text exactly", "[extract][html]") {
  const Document doc = ExtractPage(ArticlePage("<h3>Timeline</h3><p>Work began in 2022.</p>"));
  size_t expected_start = 0;
  for (const Block& b : doc.blocks) {
    CHECK(b.span.start == expected_start);
    CHECK(!b.span.empty());
    expected_start = b.span.end + 2;
  }
  CHECK(doc.blocks.back().span.end == doc.text.size());
}

TEST_CASE("html extractor reports no article for pages without text", "[extract][html]") {
  for (const char* html : {"", "<html><body></body></html>", "<nav><a href=/>Home</a></nav>"}) {
    CAPTURE(html);
    Result<detail::Dom> dom = detail::ParseHtml(html);
    REQUIRE(dom.ok());
    Result<Document> doc = detail::ExtractFromHtml(dom.value());
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.status().code() == StatusCode::kNoArticle);
  }
}

TEST_CASE("html extractor finds a body spread over sibling containers", "[extract][html]") {
  const std::string html = std::string("<html><body><div class=\"page\"><div class=\"text-block\"><p>") + kParagraph1 +
                           "</p></div><div class=\"ad-slot\">Advertisement</div><div class=\"text-block\"><p>" +
                           kParagraph2 + "</p></div><div class=\"text-block\"><p>" + kParagraph3 +
                           "</p></div></div><div class=\"sidebar\"><p>Sidebar text about another topic, with a "
                           "comma or two, that should be left out.</p></div></body></html>";
  CHECK(ExtractPage(html).text == kBody);
}

}  // namespace
}  // namespace lede::testing
