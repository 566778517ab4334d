// The bundled sample article's body, read from data/samples, with its
// people and organisations added by hand: the quotes expected by the sample's
// gold analysis, with curly quotes as published and with straight quotes.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "quote_fixture.h"

namespace lede {
namespace {

using testing::EntitySpec;
using testing::FindQuote;
using testing::SpeakerName;

// Shortest line taken as body prose: the sample's headline and caption lines are shorter or unpunctuated.
constexpr size_t kMinProseBytes = 60;

// Returns the sample's prose lines (long lines ending a sentence, plus the
// short headline-like ones between them), one paragraph each.
std::string SampleBody(bool straight) {
  std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/data/samples/china-russia-military.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string body, line;
  bool started = false;
  while (std::getline(ss, line)) {
    const bool prose = line.size() >= kMinProseBytes && line.find("  \u2022") == std::string::npos;
    if (prose && !started && (line.back() == '.')) started = true;
    if (!started || line.empty()) continue;
    body += line + "\n\n";
  }
  if (straight) {
    for (const char* curly : {"\u201C", "\u201D"}) {
      for (size_t at = body.find(curly); at != std::string::npos; at = body.find(curly)) body.replace(at, 3, "\"");
    }
    for (const char* curly : {"\u2018", "\u2019"}) {
      for (size_t at = body.find(curly); at != std::string::npos; at = body.find(curly)) body.replace(at, 3, "'");
    }
  }
  return body;
}

std::vector<EntitySpec> SampleEntities() {
  return {
      {"Tan Kefei", EntityType::kPerson, {"Tan Kefei", "Tan"}},
      {"Volodymyr Zelensky", EntityType::kPerson, {"Volodymyr Zelensky", "Zelensky"}},
      {"Xi Jinping", EntityType::kPerson, {"Xi Jinping", "Xi"}},
      {"Vladimir Putin", EntityType::kPerson, {"Vladimir Putin", "Putin"}},
      {"Jens Stoltenberg", EntityType::kPerson, {"Jens Stoltenberg"}},
      {"Xinhua", EntityType::kOrg, {"Xinhua"}},
      {"Nato", EntityType::kOrg, {"Nato"}},
      {"Associated Press", EntityType::kOrg, {"Associated Press"}},
      {"Russia", EntityType::kGpe, {"Russia"}},
      {"China", EntityType::kGpe, {"China"}},
      {"Ukraine", EntityType::kGpe, {"Ukraine"}},
      {"United States", EntityType::kGpe, {"United States"}},
      {"Beijing", EntityType::kGpe, {"Beijing"}},
  };
}

struct Expected {
  const char* prefix;
  const char* speaker;
  QuoteKind kind;
};

TEST_CASE("quote extractor finds the sample article's quotes with their speakers", "[quotes]") {
  const Expected expected[] = {
      {"The Chinese military is willing to boost", "the defence ministry", QuoteKind::kIndirect},
      {"The two countries would work together", "Tan Kefei", QuoteKind::kIndirect},
      {"The Chinese military is willing to work together", "Tan Kefei", QuoteKind::kDirect},
      {"enhancing the capabilities of the three countries", "Tan Kefei", QuoteKind::kPartial},
      {"China and Russia", "Tan Kefei", QuoteKind::kIndirect},
      {"Russia welcomed China", "Xinhua", QuoteKind::kDirect},
      {"it would station tactical nuclear weapons", "Russia", QuoteKind::kIndirect},
      {"Since Russia invaded its neighbour", "Jens Stoltenberg", QuoteKind::kIndirect},
      {"Putin had received no guarantees", "Volodymyr Zelensky", QuoteKind::kIndirect},
      {"the outcome of the visit", "Volodymyr Zelensky", QuoteKind::kMixed},
      {"was not good for Russia", "Volodymyr Zelensky", QuoteKind::kPartial},
      {"he wanted Xi to visit Ukraine", "Volodymyr Zelensky", QuoteKind::kIndirect},
      {"I want to speak with him", "Volodymyr Zelensky", QuoteKind::kDirect},
  };
  for (bool straight : {false, true}) {
    const std::vector<Quote> quotes = testing::QuotesOf(SampleBody(straight), SampleEntities());
    for (const Expected& e : expected) {
      std::string prefix = e.prefix;
      if (straight) {
        for (size_t at = prefix.find("\u2019"); at != std::string::npos; at = prefix.find("\u2019")) prefix.replace(at, 3, "'");
      }
      INFO("straight quotes: " << straight << ", quote: " << prefix);
      auto q = FindQuote(quotes, prefix);
      REQUIRE(q);
      CHECK(SpeakerName(*q) == e.speaker);
      CHECK(QuoteKindName(q->kind) == QuoteKindName(e.kind));
    }
    auto last = FindQuote(quotes, "I want to speak with him");
    REQUIRE(last);
    CHECK(last->text.find(straight ? "I didn't have [any]" : "I didn\u2019t have [any]") != std::string::npos);
    for (const Quote& q : quotes) {
      INFO(q.text);
      CHECK(q.text.find("strategic partnership and coordination") == std::string::npos);
    }
    CHECK(quotes.size() == std::size(expected));
  }
}

}  // namespace
}  // namespace lede
