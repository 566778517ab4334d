#include "extract/text_extractor.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using lede::BlockKind;
using lede::Document;
using lede::Result;
using lede::StatusCode;
using lede::detail::DocumentFromRawText;
using lede::detail::ExtractFromText;

namespace {

// Returns the body paragraphs of a Document, block by block.
std::vector<std::string> Paragraphs(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& block : doc.blocks) out.push_back(doc.text.substr(block.span.start, block.span.size()));
  return out;
}

// Returns true when some paragraph of `doc` contains `needle`.
bool BodyHas(const Document& doc, const std::string& needle) {
  return doc.text.find(needle) != std::string::npos;
}

Document Extract(const std::string& text) {
  Result<Document> result = ExtractFromText(text);
  REQUIRE(result.ok());
  return result.value();
}

// An invented article in the same layout as a copied news page: ads, kicker, promos,
// a caption before the headline, bullets, a video timestamp and title twice, related
// headlines between paragraphs, and a share counter at the end.
const char* const kFullLayout =
    "Advertisement\n"
    "Advertisement\n"
    "Chile\xE2\x80\x99s economy\n"
    "Get more with PressPlus\n"
    "A personalised news feed of stories that matter to you\n"
    "Learn more\n"
    "Miners rest outside a copper pit near Calama on Monday. Photo: AFP/Getty Images\n"
    "\n"
    "Chile says it is ready to expand lithium deals with Bolivia\n"
    "\n"
    "  \xE2\x80\xA2 Santiago\xE2\x80\x99s mining ministry says it will add two export routes and share research with its neighbour\n"
    "  \xE2\x80\xA2 President Ana Rojas also promised to review royalty rates before the end of the year\n"
    "Chile is willing to widen its lithium partnership with Bolivia, the mining ministry said on Friday.\n"
    "\n"
    "The two governments would set up a joint research centre and a shared customs office, ministry spokeswoman Carla Mena told reporters in Santiago.\n"
    "\n"
    "12:07\n"
    "\n"
    "Rojas and Arce sign rail accord but leave border dispute untouched\n"
    "\n"
    "Rojas and Arce sign rail accord but leave border dispute untouched\n"
    "\xE2\x80\x9CWe want a partnership that benefits both peoples,\xE2\x80\x9D Mena said.\n"
    "Last month the two countries held a three-day summit in La Paz.\n"
    "\n"
    "Why lithium prices are falling even as demand for batteries soars\n"
    "\n"
    "Analysts said the deal could lift exports by 8 per cent, worth about US$2.1 billion a year.\n"
    "\n"
    "Rojas and Arce mark a decade of \xE2\x80\x98pragmatic friendship\xE2\x80\x99\n"
    "\n"
    "Bolivia has not yet commented on the proposal.\n"
    "312\n";

}  // namespace

TEST_CASE("text extractor finds headline, kicker, bullets, caption and body in a copied page", "[text_extractor]") {
  const Document doc = Extract(kFullLayout);
  CHECK(doc.meta.title == "Chile says it is ready to expand lithium deals with Bolivia");
  CHECK(doc.meta.section == "Chile\xE2\x80\x99s economy");
  REQUIRE(doc.meta.standfirst.size() == 2);
  CHECK(doc.meta.standfirst[0].rfind("Santiago\xE2\x80\x99s mining ministry says", 0) == 0);
  CHECK(doc.meta.standfirst[1].rfind("President Ana Rojas", 0) == 0);
  REQUIRE(doc.meta.captions.size() == 1);
  CHECK(doc.meta.captions[0].text == "Miners rest outside a copper pit near Calama on Monday.");
  CHECK(doc.meta.captions[0].credit == "AFP/Getty Images");
  const std::vector<std::string> paragraphs = Paragraphs(doc);
  REQUIRE(paragraphs.size() == 6);
  CHECK(paragraphs[0].rfind("Chile is willing", 0) == 0);
  CHECK(paragraphs[2].rfind("\xE2\x80\x9CWe want", 0) == 0);
  CHECK(paragraphs[5] == "Bolivia has not yet commented on the proposal.");
  for (const char* leak : {"Advertisement", "PressPlus", "personalised", "Learn more", "12:07", "rail accord",
                           "Why lithium", "pragmatic friendship", "312", "Photo:", "Getty"}) {
    INFO(leak);
    CHECK_FALSE(BodyHas(doc, leak));
  }
  CHECK(doc.text.find("\n\n") != std::string::npos);
  for (const auto& block : doc.blocks) CHECK(block.kind == BlockKind::kParagraph);
}

TEST_CASE("text extractor handles a page with no kicker, no bullets and a byline", "[text_extractor]") {
  const Document doc = Extract(
      "Flood defences fail in river towns after record rainfall\n"
      "By Tom Hale and Priya Nair\n"
      "Residents of three towns were evacuated overnight as the river burst its banks.\n"
      "Emergency crews worked until dawn to shore up the walls, the council said.\n"
      "Sign up for our morning briefing\n"
      "The Met Office has issued further warnings for the weekend.\n");
  CHECK(doc.meta.title == "Flood defences fail in river towns after record rainfall");
  CHECK(doc.meta.section.empty());
  CHECK(doc.meta.standfirst.empty());
  CHECK(doc.meta.authors == std::vector<std::string>{"Tom Hale", "Priya Nair"});
  CHECK(Paragraphs(doc).size() == 3);
  CHECK_FALSE(BodyHas(doc, "Sign up"));
  CHECK_FALSE(BodyHas(doc, "By Tom"));
}

TEST_CASE("text extractor reads captions with other credit forms", "[text_extractor]") {
  const Document doc = Extract(
      "World\n"
      "Talks stall over fishing quotas in the North Atlantic\n"
      "Trawlers moored in the harbour at Tromso. (Reuters)\n"
      "Negotiators failed to agree on quotas for the coming season, officials said on Tuesday.\n"
      "A ministers\xE2\x80\x99 meeting is planned for next month. Photograph: Lise Berg/EPA\n"
      "The dispute has lasted for more than two years and has hurt coastal communities.\n");
  CHECK(doc.meta.title == "Talks stall over fishing quotas in the North Atlantic");
  CHECK(doc.meta.section == "World");
  REQUIRE(doc.meta.captions.size() == 2);
  CHECK(doc.meta.captions[0].text == "Trawlers moored in the harbour at Tromso.");
  CHECK(doc.meta.captions[0].credit == "Reuters");
  CHECK(doc.meta.captions[1].credit == "Lise Berg/EPA");
  CHECK(Paragraphs(doc).size() == 2);
}

TEST_CASE("text extractor drops other promo wordings and related headlines", "[text_extractor]") {
  const Document doc = Extract(
      "Sponsored\n"
      "City council approves new cycling lanes across the centre\n"
      "The council voted 31 to 12 on Wednesday to build 40 km of protected cycling lanes.\n"
      "Download the app for breaking news alerts\n"
      "Work will start in the spring and is expected to take two years.\n"
      "Five things to know about the new parking rules\n"
      "Shop owners on the high street said they feared losing customers.\n"
      "Share this article\n"
      "Read more: Mayor unveils budget plan\n"
      "The mayor said the lanes would cut traffic and pollution.\n"
      "1,204\n");
  CHECK(doc.meta.title == "City council approves new cycling lanes across the centre");
  const std::vector<std::string> paragraphs = Paragraphs(doc);
  REQUIRE(paragraphs.size() == 4);
  for (const char* leak : {"Sponsored", "Download", "Five things", "Share", "Read more", "1,204"}) {
    INFO(leak);
    CHECK_FALSE(BodyHas(doc, leak));
  }
}

TEST_CASE("text extractor keeps unpunctuated long paragraphs and list items in the body", "[text_extractor]") {
  const Document doc = Extract(
      "Heatwave grips southern Europe as temperatures pass 44C\n"
      "Temperatures passed 44C in parts of Spain and Italy on Sunday, forecasters said.\n"
      "Officials urged people to\n"
      "- stay indoors during the hottest hours\n"
      "- drink plenty of water and check on elderly neighbours\n"
      "Hospitals in Seville reported a rise in admissions and the regional government opened cooling centres in libraries and sports halls across the province of Andalusia\n");
  const std::vector<std::string> paragraphs = Paragraphs(doc);
  REQUIRE(paragraphs.size() == 5);
  CHECK(paragraphs[1] == "Officials urged people to");
  CHECK(doc.blocks[2].kind == BlockKind::kListItem);
  CHECK(paragraphs[2] == "stay indoors during the hottest hours");
  CHECK(paragraphs[4].rfind("Hospitals in Seville", 0) == 0);
}

TEST_CASE("text extractor reads paragraphs wrapped in bidi controls as running text", "[text_extractor]") {
  // Each paragraph's last sentence inside RLO (U+202E) ... PDF (U+202C): the line
  // ends with an invisible control after its full stop, and still ends a sentence.
  const std::string rlo = "\xE2\x80\xAE";
  const std::string pdf = "\xE2\x80\xAC";
  std::string text = "Harbour fees rise again\n\n";
  const char* const firsts[] = {"The port authority raised its fees for the third time this year on Tuesday.",
                                 "Its board said the money would pay for dredging the eastern channel.",
                                 "Dock workers plan to meet the board before the new fees start in March."};
  for (const char* first : firsts) {
    text += std::string(first) + " " + rlo + "Shipping companies said they would pass the cost on to customers." +
            pdf + "\n\n";
  }
  const Document doc = Extract(text);
  const std::vector<std::string> paragraphs = Paragraphs(doc);
  REQUIRE(paragraphs.size() == 3);
  CHECK(paragraphs[0].rfind("The port authority", 0) == 0);
}

TEST_CASE("text extractor reports no article for furniture only", "[text_extractor]") {
  CHECK(ExtractFromText("").status().code() == StatusCode::kNoArticle);
  CHECK(ExtractFromText("Advertisement\nLearn more\n03:41\n").status().code() == StatusCode::kNoArticle);
}

TEST_CASE("text extractor gets the bundled sample right", "[text_extractor]") {
  std::ifstream in(LEDE_SOURCE_DIR "/data/samples/china-russia-military.txt", std::ios::binary);
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const Document doc = Extract(buffer.str());
  CHECK(doc.meta.title == "China says it\xE2\x80\x99s open to more military cooperation with Russia");
  CHECK(doc.meta.section == "China\xE2\x80\x99s military");
  REQUIRE(doc.meta.standfirst.size() == 2);
  CHECK(doc.meta.standfirst[0].rfind("Beijing\xE2\x80\x99s defence ministry says", 0) == 0);
  REQUIRE(doc.meta.captions.size() == 1);
  CHECK(doc.meta.captions[0].text.rfind("Xi Jinping visited Vladimir Putin", 0) == 0);
  CHECK(doc.meta.captions[0].credit == "Reuters");
  const std::vector<std::string> paragraphs = Paragraphs(doc);
  CHECK(paragraphs.size() == 13);
  REQUIRE(!paragraphs.empty());
  CHECK(paragraphs.front().rfind("The Chinese military is willing to boost", 0) == 0);
  CHECK(paragraphs.back().rfind("Zelensky also said", 0) == 0);
  for (const char* leak : {"Advertisement", "myNEWS", "personalised", "Learn more", "03:41", "Xi and Putin deepen",
                           "Belarus nuke plan", "solidify", "Photo: Reuters"}) {
    INFO(leak);
    CHECK_FALSE(BodyHas(doc, leak));
  }
}

TEST_CASE("raw text documents keep the text and split blocks at blank lines", "[text_extractor]") {
  const std::string text = "  First para\nstill first.  \n\n \t\nSecond para.\n\nThird";
  const Document doc = DocumentFromRawText(text);
  CHECK(doc.text == text);
  REQUIRE(doc.blocks.size() == 3);
  CHECK(Paragraphs(doc) == std::vector<std::string>{"First para\nstill first.", "Second para.", "Third"});
  CHECK(DocumentFromRawText("").blocks.empty());
  CHECK(DocumentFromRawText("\n\n  \n").blocks.empty());
}
