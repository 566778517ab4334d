// Behaviours of quotation-mark pairing as seen through the quote extractor:
// wrong-shaped closing marks, transcript turns and paragraphs that reopen a
// quotation or start a new one.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "quotes/quote_fixture.h"

namespace lede::testing {
namespace {

struct MarksCase {
  const char* name;
  std::string text;
  std::vector<std::string> quotes;  // texts of the direct quotes, in order
  std::vector<std::string> speakers;  // their speakers' names, in order
};

// Returns the direct quotes' texts and speakers of `text`.
void CheckMarksCase(const MarksCase& c) {
  INFO(c.name);
  INFO(c.text);
  const EntitySpec kReyes{"Ana Reyes", EntityType::kPerson, {"Ana Reyes", "Reyes"}};
  const EntitySpec kOkafor{"Tom Okafor", EntityType::kPerson, {"Tom Okafor", "Okafor"}};
  const std::vector<Quote> quotes = QuotesOf(c.text, {kReyes, kOkafor});
  std::vector<std::string> texts;
  std::vector<std::string> speakers;
  for (const Quote& q : quotes) {
    if (q.kind != QuoteKind::kDirect) continue;
    texts.push_back(q.text);
    speakers.push_back(SpeakerName(q));
  }
  CHECK(texts == c.quotes);
  CHECK(speakers == c.speakers);
}

TEST_CASE("quote marks close a quotation at a wrong-shaped closing mark", "[quotes][marks]") {
  const MarksCase cases[] = {
      {"opening-shaped mark glued to the last word closes",
       "\u201CThe levee will hold,\u201C Ana Reyes said on Monday. Crews worked through the night.",
       {"The levee will hold,"},
       {"Ana Reyes"}},
      {"opening-shaped mark after a question mark closes",
       "\u201CWho pays for the pumps?\u201C Tom Okafor asked.\n\n\u201CThe county does,\u201D Ana Reyes said.",
       {"Who pays for the pumps?", "The county does,"},
       {"Tom Okafor", "Ana Reyes"}},
  };
  for (const MarksCase& c : cases) CheckMarksCase(c);
}

TEST_CASE("quote marks split transcript turns into one quotation each", "[quotes][marks]") {
  const MarksCase cases[] = {
      {"each reopened paragraph with a label is a new turn",
       "The interview, in part:\n\n\"OKAFOR: Will the levee hold tonight?\n\n"
       "\"REYES: It will hold. We have crews on it.\n\n\"OKAFOR: And tomorrow?",
       {"OKAFOR: Will the levee hold tonight?", "REYES: It will hold. We have crews on it.", "OKAFOR: And tomorrow?"},
       {"OKAFOR", "REYES", "OKAFOR"}},
  };
  for (const MarksCase& c : cases) CheckMarksCase(c);
}

TEST_CASE("quote marks start a new quotation at a reopened paragraph with its own attribution",
          "[quotes][marks]") {
  const MarksCase cases[] = {
      {"quotation opened after its attribution, next paragraph attributed again",
       "\"The pumps failed twice,\" Reyes said. \"Nobody came to fix them.\n\n"
       "\"We bailed with buckets,\" she said with a shrug. \"It took all night.\"",
       {"The pumps failed twice, Nobody came to fix them.", "We bailed with buckets, It took all night."},
       {"Ana Reyes", "Ana Reyes"}},
      {"quotation opening its paragraph continues into an attributed one",
       "Reyes spoke after the flood.\n\n\u201CThe water came first. Then the mud.\n\n"
       "\u201CBy morning the barn was gone,\u201D Reyes said.",
       {"The water came first. Then the mud.\n\nBy morning the barn was gone,"},
       {"Ana Reyes"}},
      {"quotation opened after its attribution continues into an unattributed paragraph",
       "\"The pumps failed twice,\" Reyes said. \"Nobody came to fix them.\n\n\"We bailed with buckets all night.\"",
       {"The pumps failed twice, Nobody came to fix them.\n\nWe bailed with buckets all night."},
       {"Ana Reyes"}},
  };
  for (const MarksCase& c : cases) CheckMarksCase(c);
}

}  // namespace
}  // namespace lede::testing
