// The quantity pass never crashes and always returns valid, ordered spans,
// whatever the input: empty text, fragments, odd bytes, endless digits.
#include <catch2/catch.hpp>

#include <random>

#include "quantity_test_util.h"

namespace lede::testing {
namespace {

// Random texts tried, and pieces glued into each.
constexpr int kRandomTexts = 2000;
constexpr int kPiecesPerText = 12;

void CheckSpans(const std::string& text, const std::vector<Quantity>& qs) {
  size_t previous_end = 0;
  for (const Quantity& q : qs) {
    REQUIRE(q.span.start < q.span.end);
    REQUIRE(q.span.end <= text.size());
    REQUIRE(q.span.start >= previous_end);
    REQUIRE(text.substr(q.span.start, q.span.size()) == q.text);
    previous_end = q.span.end;
  }
}

TEST_CASE("quantity extractor survives fragments and odd input", "[quantities]") {
  const char* texts[] = {"", " ", "\n\n", "-", "$", "€", "US$", "5-", "-5-", "1,", "1.", ",5", "12:", ":30",
                         "a", "a.m.", "half a", "one and a", "twenty-", "March", "May 32, 2023", "0000-00-00",
                         "99999999999999999999999999999 ships", "2023-02-29", "\xff\xfe 12 \xc3", "¥¥¥ 5",
                         "between 5 and", "from 20 to", "3 March 99999", "last", "earlier this", "T15:00"};
  for (const char* t : texts) {
    INFO(t);
    CheckSpans(t, QuantitiesOf(t));
    CheckSpans(t, QuantitiesOf(t, ""));
  }
}

TEST_CASE("quantity extractor reports at most twenty thousand quantities of an article", "[quantities]") {
  // A data dump of 30,000 counts: the first 20,000 are reported, in order,
  // and the rest of the text is not searched.
  std::string text;
  for (int i = 1; i <= 30000; ++i) {
    text += "Crews cleared " + std::to_string(i) + " sites.";
    text += i % 50 == 0 ? "\n" : " ";
  }
  const std::vector<Quantity> qs = QuantitiesOf(text);
  REQUIRE(qs.size() == 20000);
  CHECK(qs.front().value == 1);
  CHECK(qs.back().value == 20000);
  CHECK(qs.back().subject == "sites");
  CheckSpans(text, qs);
}

TEST_CASE("quantity extractor keeps spans valid on random mixes of tricky pieces", "[quantities]") {
  const std::vector<std::string> parts = {"12", "1,250.5", "-", "–", "$", "US$", "€", "%", "per", "cent", "one",
                                          "hundred", "and", "a", "half", "million", "bn", "m", "day", "days", "ago",
                                          "last", "week", "Thursday", "March", "3", "2023", "-03-30", ":", "30",
                                          "am", "p.m.", "GMT", "km", "more", "than", "between", "to", "the",
                                          "1990s", "'", "s", "\n", ".", ",", "(", ")", "twenty", "-five", "third"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, parts.size() - 1);
  std::bernoulli_distribution space(0.6);
  for (int n = 0; n < kRandomTexts; ++n) {
    std::string text;
    for (int k = 0; k < kPiecesPerText; ++k) {
      if (space(rng)) text += ' ';
      text += parts[pick(rng)];
    }
    INFO(text);
    CheckSpans(text, QuantitiesOf(text));
  }
}

}  // namespace
}  // namespace lede::testing
