// The entity stage's view of tokens: possessives, capitals, sentence starts.
#include <catch2/catch.hpp>

#include "entities/word_view.h"
#include "support/annotate.h"

namespace lede::testing {
namespace {

// Returns the word whose text is `text`, or nullptr.
const detail::Word* WordOf(const std::vector<detail::Word>& words, std::string_view text) {
  for (const detail::Word& w : words) {
    if (w.text == text) return &w;
  }
  return nullptr;
}

TEST_CASE("word view strips possessives and marks capitals", "[entities]") {
  struct Case {
    std::string text;
    std::string word;
    bool possessive;
    bool capitalised;
    bool all_caps;
  };
  const std::vector<Case> cases = {
      {"It was Okafor\u2019s plan.", "Okafor", true, true, false},
      {"It was Okafor's plan.", "Okafor", true, true, false},
      {"NATO met.", "NATO", false, true, true},
      {"They met in \u00C9vora.", "\u00C9vora", false, true, false},
      {"the sea was calm", "sea", false, false, false},
  };
  for (const Case& c : cases) {
    Report report = Annotate(c.text);
    std::vector<detail::Word> words = detail::BuildWords(report);
    INFO(c.text);
    const detail::Word* w = WordOf(words, c.word);
    REQUIRE(w != nullptr);
    CHECK(w->possessive == c.possessive);
    CHECK(w->capitalised == c.capitalised);
    CHECK(w->all_caps == c.all_caps);
  }
}

TEST_CASE("word view marks sentence starts after stops, quotes and line breaks", "[entities]") {
  Report report = Annotate(
      "Rain fell. Okafor left, \"Then what?\" she asked.\n\nNext came Mbeki.");
  std::vector<detail::Word> words = detail::BuildWords(report);
  struct Case {
    std::string word;
    bool start;
  };
  const std::vector<Case> cases = {
      {"Rain", true}, {"Okafor", true}, {"Then", true}, {"Next", true}, {"Mbeki", false},
      {"she", false},
  };
  for (const Case& c : cases) {
    INFO(c.word);
    const detail::Word* w = WordOf(words, c.word);
    REQUIRE(w != nullptr);
    CHECK(w->sentence_start == c.start);
  }
}

}  // namespace
}  // namespace lede::testing
