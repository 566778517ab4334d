// Behaviours of the quote merger: the pieces of one quotation cut by its
// attribution become one quote with fragments; separate quotations stay apart.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "quotes/quote_fixture.h"

namespace lede::testing {
namespace {

// Returns the text each fragment of `q` covers in `text`.
std::vector<std::string> FragmentTexts(const std::string& text, const Quote& q) {
  std::vector<std::string> out;
  for (const Span& f : q.fragments) out.push_back(text.substr(f.start, f.size()));
  return out;
}

struct MergeCase {
  const char* name;
  std::string text;
  std::vector<std::string> fragments;  // of the one quote expected; empty: one piece
};

TEST_CASE("quote merger joins the pieces of a quotation cut by its attribution", "[quotes][merger]") {
  const EntitySpec kOkoro{"Bisi Okoro", EntityType::kPerson, {"Bisi Okoro", "Okoro"}};
  const MergeCase cases[] = {
      {"comma attribution in the middle",
       "\u201CThe bridge is safe,\u201D Bisi Okoro said, \u201Cbut the road behind it is not.\u201D",
       {"The bridge is safe,", "but the road behind it is not."}},
      {"attribution ending its sentence between two quoted sentences",
       "\"We start on Monday,\" Okoro said. \"The first crews arrive at dawn.\"",
       {"We start on Monday,", "The first crews arrive at dawn."}},
      {"inverted attribution with a long apposition",
       "\"Nobody asked us,\" said Bisi Okoro, the chairwoman of the traders' association in the old "
       "market, who has run a stall there for thirty years. \"Nobody ever does.\"",
       {"Nobody asked us,", "Nobody ever does."}},
      {"a soft-wrapped paragraph of several lines ending without a full stop",
       "Okoro toured the site on Monday.\n\u201CThe bridge is safe,\u201D Okoro said. \u201CThe road behind it is not.\u201D\n"
       "Editor's note: the survey was paid for by the U.S.",
       {"The bridge is safe,", "The road behind it is not."}},
      {"three pieces, the last one right after the second",
       "\u201CFirst we fix the pumps,\u201D Okoro said. \u201CThen the pipes.\u201D \u201CThen we talk about fees.\u201D",
       {"First we fix the pumps,", "Then the pipes.", "Then we talk about fees."}},
  };
  for (const MergeCase& c : cases) {
    INFO(c.name);
    const Report report = WithEntities(c.text, {kOkoro});
    const std::vector<Quote> quotes = detail::ExtractQuotes(report);
    REQUIRE(quotes.size() == 1);
    const Quote& q = quotes[0];
    CHECK(q.kind == QuoteKind::kDirect);
    CHECK(SpeakerName(q) == "Bisi Okoro");
    CHECK(FragmentTexts(report.document.text, q) == c.fragments);
    CHECK(q.span.start == q.fragments.front().start);
    CHECK(q.span.end == q.fragments.back().end);
    std::string joined;
    for (const std::string& f : c.fragments) joined += (joined.empty() ? "" : " ") + f;
    CHECK(q.text == joined);
  }
}

TEST_CASE("quote merger keeps separate quotations apart", "[quotes][merger]") {
  const EntitySpec kOkoro{"Bisi Okoro", EntityType::kPerson, {"Bisi Okoro", "Okoro"}};
  const EntitySpec kLane{"Ruth Lane", EntityType::kPerson, {"Ruth Lane", "Lane"}};
  struct Case {
    const char* name;
    std::string text;
    size_t quotes;
  };
  const Case cases[] = {
      {"each piece has its own attribution",
       "\"The bridge is safe,\" Okoro said. \"It is not,\" Ruth Lane replied.", 2},
      {"a partial quote after the attribution is the reporter's clause",
       "\"The bridge is safe,\" Okoro said, adding that the repairs were \"long overdue\" and cheap.", 2},
      {"quotations in different paragraphs with their own speakers",
       "\"The bridge is safe,\" Okoro said.\n\n\"It is not,\" said Ruth Lane.", 2},
      {"a participle cue introduces a second quotation",
       "\"The bridge is safe,\" Okoro said, adding, \"The tunnel is next.\"", 2},
      {"a second cue introduces a second quotation",
       "\u201CThe bridge is safe,\u201D Okoro said before asking the crowd, \u201CWho wants to cross first?\u201D", 2},
      {"a new sentence with its own cue introduces a second quotation",
       "\u201CWe will reopen the pier.\u201D She added, \u201CThe ferries return in May.\u201D", 2},
      {"a question and an answer introduced by another speaker",
       "\"Will the pier reopen?\" Asked about the ferries, Ruth Lane replied: \"Not this year.\"", 2},
      {"the reporter's own sentences between two quotations",
       "\"The bridge is safe,\" Okoro said. The council met for four hours on Tuesday and voted twice on "
       "the budget before the mayor left the chamber, and the engineers presented the survey of the old "
       "piers to a half-empty room. \"It is not,\" Ruth Lane said.",
       2},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const std::vector<Quote> quotes = QuotesOf(c.text, {kOkoro, kLane});
    size_t with_marks = 0;
    for (const Quote& q : quotes) with_marks += q.kind == QuoteKind::kDirect || q.kind == QuoteKind::kPartial;
    CHECK(with_marks == c.quotes);
    for (const Quote& q : quotes) CHECK(q.fragments.empty());
  }
}

TEST_CASE("quote merger gives a multi-paragraph quotation one fragment per paragraph", "[quotes][merger]") {
  const std::string text =
      "Farmer Ana Reyes watched the storm arrive.\n\n\u201CThe wind came first. Then the hail.\n\n"
      "\u201CBy morning the barn was gone,\u201D Reyes said.";
  const Report report = WithEntities(text, {{"Ana Reyes", EntityType::kPerson, {"Ana Reyes", "Reyes"}}});
  const std::vector<Quote> quotes = detail::ExtractQuotes(report);
  REQUIRE(quotes.size() == 1);
  CHECK(FragmentTexts(report.document.text, quotes[0]) ==
        std::vector<std::string>{"The wind came first. Then the hail.", "By morning the barn was gone,"});
}

}  // namespace
}  // namespace lede::testing
