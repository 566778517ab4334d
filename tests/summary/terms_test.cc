#include "summary/terms.h"

#include <catch2/catch.hpp>

#include <string>

namespace lede::detail {
namespace {

TEST_CASE("content terms are lower-case singular words without stop words", "[summary]") {
  struct Case {
    std::string token;
    std::string term;
    bool capitalized;
  };
  const Case cases[] = {
      {"missiles", "missile", false},
      {"Missiles,", "missile", true},
      {"countries", "country", false},
      {"boxes", "box", false},
      {"churches", "church", false},
      {"ministry\u2019s", "ministry", false},
      {"council's", "council", false},
      {"(bridge)", "bridge", false},
      {"virus", "virus", false},
      {"analysis", "analysis", false},
      {"boss", "boss", false},
      {"Élan", "élan", true},
      {"guided-missile", "guided-missile", false},
      // Dropped: stop words, generic news words, numbers, short fragments.
      {"the", "", false},
      {"The", "", false},
      {"said", "", false},
      {"Thursday", "", false},
      {"years", "", false},
      {"2023", "", false},
      {"3rd", "", false},
      {"—", "", false},
      {"ok", "", false},
      {"they\u2019re", "", false},
      {"you're", "", false},
      {"wouldn't", "", false},
  };
  for (const Case& c : cases) {
    INFO(c.token);
    Term term = ContentTerm(c.token);
    CHECK(term.text == c.term);
    if (!c.term.empty()) CHECK(term.capitalized == c.capitalized);
  }
}

TEST_CASE("lower-casing maps non-ASCII capitals", "[summary]") {
  CHECK(LowerCase("ÖSTERREICH") == "österreich");
  CHECK(LowerCase("Zoë") == "zoë");
  CHECK(LowerCase("ΑΘΗΝΑ") == "αθηνα");
}

TEST_CASE("the ignored-word lists load from the embedded data", "[summary]") {
  CHECK(IsIgnoredWord("because"));
  CHECK(IsIgnoredWord("according"));
  CHECK_FALSE(IsIgnoredWord("bridge"));
}

}  // namespace
}  // namespace lede::detail
