#include "summary/summarizer.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "support/annotate.h"

namespace lede::detail {
namespace {

// An invented local-news story: a headline fragment, a lead, body, a quote
// and a three-word closing line.
constexpr const char* kBridgeStory =
    "Harbor City council votes to close the old Elm Street bridge\n\n"
    "The Harbor City council voted on Tuesday to close the Elm Street bridge after inspectors found deep "
    "cracks in its steel supports.\n\n"
    "Engineers said repairs to the bridge would cost about $4 million and take at least two years.\n\n"
    "Mayor Lena Ortiz told reporters the closure would add twenty minutes to many commutes across the city.\n\n"
    "\u201CWe cannot let anyone drive across a bridge that might fail,\u201D Ortiz said.\n\n"
    "Residents packed the council chamber for three hours. Some asked for a ferry service while the "
    "bridges are closed.\n\n"
    "It rained.";

// Adds an entity with a mention at every occurrence of each of `forms`.
void AddEntity(Report* report, const std::string& name, EntityType type, const std::vector<std::string>& forms) {
  Entity entity;
  entity.id = static_cast<int>(report->entities.size()) + 1;
  entity.name = name;
  entity.type = type;
  const std::string& text = report->document.text;
  for (const std::string& form : forms) {
    for (size_t pos = text.find(form); pos != std::string::npos; pos = text.find(form, pos + form.size())) {
      entity.mentions.push_back({pos, pos + form.size()});
    }
  }
  std::sort(entity.mentions.begin(), entity.mentions.end(),
            [](const Span& a, const Span& b) { return a.start < b.start; });
  // "Lena Ortiz" contains "Ortiz": keep only mentions that do not overlap an earlier one.
  std::vector<Span> kept;
  for (const Span& m : entity.mentions) {
    if (kept.empty() || m.start >= kept.back().end) kept.push_back(m);
  }
  entity.mentions = kept;
  report->entities.push_back(entity);
}

Report BridgeReport() {
  Report report = testing::Annotate(kBridgeStory);
  AddEntity(&report, "Harbor City", EntityType::kGpe, {"Harbor City"});
  AddEntity(&report, "Elm Street", EntityType::kLoc, {"Elm Street"});
  AddEntity(&report, "Lena Ortiz", EntityType::kPerson, {"Lena Ortiz", "Ortiz"});
  return report;
}

// Returns the text of the summary sentences.
std::vector<std::string> SummaryText(const Report& report, const Summary& summary) {
  std::vector<std::string> out;
  for (size_t i : summary.sentences) out.emplace_back(SpanText(report.document.text, report.sentences[i].span));
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST_CASE("summarizer keeps the lead and returns sentences in text order", "[summary]") {
  const Report report = BridgeReport();
  REQUIRE(report.sentences.size() >= 7);
  const Summary summary = Summarize(report, 3, 10);
  REQUIRE(summary.sentences.size() == 3);
  CHECK(std::is_sorted(summary.sentences.begin(), summary.sentences.end()));
  const std::vector<std::string> picked = SummaryText(report, summary);
  CHECK(picked.front().rfind("The Harbor City council voted", 0) == 0);
}

TEST_CASE("summarizer skips headline fragments and very short sentences", "[summary]") {
  const Report report = BridgeReport();
  for (size_t n = 1; n <= 6; ++n) {
    INFO("max sentences " << n);
    for (const std::string& s : SummaryText(report, Summarize(report, n, 0))) {
      CHECK(s.find("votes to close the old") == std::string::npos);
      CHECK(s != "It rained.");
    }
  }
}

TEST_CASE("summarizer returns nothing when asked for nothing or given nothing", "[summary]") {
  const Report report = BridgeReport();
  CHECK(Summarize(report, 0, 0).sentences.empty());
  CHECK(Summarize(report, 0, 0).keywords.empty());
  const Summary empty = Summarize(Report{}, 3, 10);
  CHECK(empty.sentences.empty());
  CHECK(empty.keywords.empty());
}

TEST_CASE("summarizer does not pick a sentence that repeats one already picked", "[summary]") {
  const Report report = testing::Annotate(
      "Floodwater forced hundreds of families from their homes along the Mill River on Sunday night.\n\n"
      "Floodwater forced hundreds of families from their homes along the Mill River late on Sunday.\n\n"
      "Volunteers filled sandbags at the fire station while the river kept rising through the evening.\n\n"
      "Forecasters expect more heavy rain across the valley before the weekend.");
  const Summary summary = Summarize(report, 2, 0);
  REQUIRE(summary.sentences.size() == 2);
  CHECK(summary.sentences[0] == 0);
  CHECK(summary.sentences[1] != 1);
}

TEST_CASE("summarizer falls back to unpunctuated lines when no sentence ends properly", "[summary]") {
  const Report report = testing::Annotate(
      "Ten things to know about the new tram line opening across the city\n\n"
      "Trams will run every six minutes between the harbour and the university campus");
  CHECK(Summarize(report, 1, 0).sentences.size() == 1);
}

TEST_CASE("summarizer stays on the lead of a very long input", "[summary]") {
  std::string text;
  for (int i = 0; i < 5000; ++i) {
    text += "Workers at the plant number " + std::to_string(i) + " repaired another turbine blade on the line.\n\n";
  }
  const Report report = testing::Annotate(text);
  const Summary summary = Summarize(report, 3, 5);
  REQUIRE_FALSE(summary.sentences.empty());
  CHECK(summary.sentences.back() < 200);
  CHECK(Contains(summary.keywords, "turbine"));
}

TEST_CASE("keywords rank entity names by mentions and words by frequency", "[summary]") {
  const Report report = BridgeReport();
  const Summary summary = Summarize(report, 3, 10);
  const std::vector<std::string>& k = summary.keywords;
  std::string listed;
  for (const std::string& w : k) listed += w + "; ";
  INFO("keywords: " << listed);
  REQUIRE_FALSE(k.empty());
  CHECK(k.front() == "bridge");  // five uses, singular and plural together
  CHECK(Contains(k, "Lena Ortiz"));
  CHECK(Contains(k, "Harbor City"));
  CHECK(Contains(k, "council"));
  CHECK(std::count(k.begin(), k.end(), "bridge") == 1);
  CHECK_FALSE(Contains(k, "bridges"));
  for (const char* dropped : {"the", "said", "would", "harbor", "ortiz", "Ortiz", "tuesday", "Tuesday", "it"}) {
    INFO(dropped);
    CHECK_FALSE(Contains(k, dropped));
  }
  const auto position = [&](const std::string& s) { return std::find(k.begin(), k.end(), s) - k.begin(); };
  CHECK(position("bridge") < position("Lena Ortiz"));
}

TEST_CASE("keywords respect the requested count", "[summary]") {
  const Report report = BridgeReport();
  CHECK(Summarize(report, 3, 2).keywords.size() == 2);
  CHECK(Summarize(report, 3, 0).keywords.empty());
}

TEST_CASE("keywords count a capitalised first word with its lower-case uses", "[summary]") {
  Report report = testing::Annotate(
      "Firefighters contained the blaze near the reservoir by dawn.\n\n"
      "Crews from three counties joined the firefighters overnight.\n\n"
      "Firefighters said the wind had dropped.");
  const std::vector<std::string> k = Summarize(report, 1, 5).keywords;
  REQUIRE_FALSE(k.empty());
  CHECK(k.front() == "firefighter");
}

TEST_CASE("keywords give a headline word a head start", "[summary]") {
  Report report = testing::Annotate(
      "The orchard lost most of its pears to a late frost this spring.\n\n"
      "Growers in the valley expect prices for apples and pears to rise.");
  report.document.meta.title = "Frost wipes out pear harvest";
  const std::vector<std::string> k = Summarize(report, 1, 3).keywords;
  REQUIRE(k.size() >= 2);
  CHECK(k[0] == "pear");
  CHECK(k[1] == "frost");
}

}  // namespace
}  // namespace lede::detail

namespace lede::detail {
namespace {

TEST_CASE("keywords rank nouns above past tenses used as often", "[summary]") {
  const Report report = testing::Annotate(
      "The striker scored twice as the visitors defeated the league leaders on a wet evening.\n\n"
      "The visitors defeated their rivals last season too, and the striker now leads the scoring charts.\n\n"
      "Supporters of the leaders jeered the referee at the final whistle.");
  const std::vector<std::string> k = Summarize(report, 1, 10).keywords;
  const auto position = [&](const std::string& s) { return std::find(k.begin(), k.end(), s) - k.begin(); };
  REQUIRE(Contains(k, "striker"));
  CHECK(position("striker") < position("defeated"));
  CHECK(position("visitor") < position("defeated"));
}

TEST_CASE("keywords skip an entity name with a line break in it", "[summary]") {
  Report report = BridgeReport();
  AddEntity(&report, "Elm Street bridge\n\nMayor", EntityType::kMisc, {"Elm Street"});
  for (const std::string& k : Summarize(report, 3, 20).keywords) CHECK(k.find('\n') == std::string::npos);
}

}  // namespace
}  // namespace lede::detail

namespace lede::detail {
namespace {

TEST_CASE("summarizer prefers the reporter's words to a quotation of the same weight", "[summary]") {
  const Report report = testing::Annotate(
      "Storms cut power to forty thousand homes across the northern district overnight.\n\n"
      "\u201CCrews will work through the night to restore power to every home,\u201D the utility said.\n\n"
      "Crews from the utility will work through the night to restore power to every home in the district.");
  const Summary summary = Summarize(report, 2, 0);
  REQUIRE(summary.sentences.size() == 2);
  CHECK(summary.sentences[0] == 0);
  CHECK(summary.sentences[1] == 2);
}

}  // namespace
}  // namespace lede::detail

namespace lede::detail {
namespace {

TEST_CASE("summarizer never picks a sentence from a heading block", "[summary]") {
  Report report = testing::Annotate(
      "Volunteers rebuild the flooded library in three weeks.\n\n"
      "Volunteers rebuilt the flooded library on Main Street in three weeks, the city said on Friday.\n\n"
      "More than two hundred people carried books, dried shelves and painted walls after the river receded.");
  REQUIRE(report.document.blocks.size() == 3);
  report.document.blocks[0].kind = BlockKind::kHeading;
  for (size_t index : Summarize(report, 3, 0).sentences) CHECK(report.sentences[index].block != 0);
}

}  // namespace
}  // namespace lede::detail

namespace lede::detail {
namespace {

TEST_CASE("summarizer skips a Title Case headline even with a full stop", "[summary]") {
  const Report report = testing::Annotate(
      "Harbour Workers Vote To Strike Over New Shift Rules.\n\n"
      "Dock workers at the northern harbour voted on Monday to strike over new shift rules.\n\n"
      "Union leaders said the rules would cut overtime pay for about nine hundred workers.");
  for (size_t index : Summarize(report, 3, 0).sentences) CHECK(index != 0);
  CHECK(Summarize(report, 3, 0).sentences.size() == 2);
}

}  // namespace
}  // namespace lede::detail

namespace lede::detail {
namespace {

TEST_CASE("keywords of a text in another language leave out its function words", "[summary]") {
  const Report report = testing::Annotate(
      "A prefeitura anunciou que a ponte velha vai fechar para obras durante o inverno.\n\n"
      "Os engenheiros disseram que a ponte tem rachaduras e que as obras custam caro.\n\n"
      "Para os moradores, a ponte fechada significa uma viagem mais longa com o barco.\n\n"
      "A prefeitura prometeu que a nova ponte fica pronta antes do verão.\n\n"
      "Os comerciantes temem que as vendas caiam com a ponte fechada por meses.\n\n"
      "Um barco extra vai circular para os moradores durante as obras.");
  const std::vector<std::string> k = Summarize(report, 1, 10).keywords;
  std::string listed;
  for (const std::string& w : k) listed += w + "; ";
  INFO("keywords: " << listed);
  REQUIRE_FALSE(k.empty());
  CHECK(k.front() == "ponte");
  for (const char* function_word : {"que", "para", "com", "uma", "os"}) CHECK_FALSE(Contains(k, function_word));
  CHECK(Contains(k, "prefeitura"));
  CHECK(Contains(k, "barco"));
}

}  // namespace
}  // namespace lede::detail
