// Cardinals, ordinals, fractions and ranges, in digits and in words.
#include <catch2/catch.hpp>

#include <limits>

#include "quantity_test_util.h"

namespace lede::testing {
namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
using K = QuantityKind;

TEST_CASE("quantity extractor reads cardinals in digits and words", "[quantities]") {
  const Expected cases[] = {
      {"Rescuers pulled 17 miners from the shaft.", "17", K::kCardinal, 17, "", "", "", "miners"},
      {"The port handled 1,250.5 containers a day.", "1,250.5", K::kCardinal, 1250.5, "", "", "", "containers"},
      {"The council approved twenty-one new schools.", "twenty-one", K::kCardinal, 21, "", "", "", "schools"},
      {"Officials counted one hundred and five ballots twice.", "one hundred and five", K::kCardinal, 105, "", "", "",
       "ballots"},
      {"A dozen trawlers left the harbour at dawn.", "A dozen", K::kCardinal, 12, "", "", "", "trawlers"},
      {"The flood displaced half a million residents.", "half a million", K::kCardinal, 500000, "", "", "",
       "residents"},
      {"The union has 3m members nationwide.", "3m", K::kCardinal, 3000000, "", "", "", "members"},
      {"Some 1.5bn viewers watched the final.", "1.5bn", K::kCardinal, 1500000000, "", "", "some", "viewers"},
      {"Turnout reached 2.4 million voters.", "2.4 million", K::kCardinal, 2400000, "", "", "", "voters"},
      {"The strike involved two thousand three hundred workers.", "two thousand three hundred", K::kCardinal, 2300,
       "", "", "", "workers"},
      {"Nearly two-thirds of the members voted.", "two-thirds", K::kCardinal, 2.0 / 3, "", "", "nearly", "members"},
      {"The cart held one hundred and three quarters jugs.", "one hundred and three quarters", K::kCardinal,
       100.75, "", "", "", "jugs"},
      {"Prices rose three and a fifth times.", "three and a fifth", K::kCardinal, 3.2, "", "", "", ""},
      {"The firm hired one and a half million temps.", "one and a half million", K::kCardinal, 1.5e6, "", "", "",
       "temps"},
      {"A quarter of the crop was lost.", "A quarter", K::kCardinal, 0.25, "", "", "", "crop"},
      {"The index closed at -12 on the day.", "-12", K::kCardinal, -12, "", "", "", ""},
      {"Four armed guards stood at the gate.", "Four", K::kCardinal, 4, "", "", "", "guards"},
      {"The navy sent five guided-missile destroyers.", "five", K::kCardinal, 5, "", "", "", "destroyers"},
      {"Police arrested three Dutch tourists.", "three", K::kCardinal, 3, "", "", "", "tourists"},
      {"The two leaders of government met briefly.", "two", K::kCardinal, 2, "", "", "", "leaders"},
      {"At least 40 people were hurt.", "40", K::kCardinal, 40, "", "", "at least", "people"},
      {"The court heard more than 200 witnesses.", "200", K::kCardinal, 200, "", "", "more than", "witnesses"},
      {"Up to 3,000 fans are expected.", "3,000", K::kCardinal, 3000, "", "", "up to", "fans"},
      {"Fewer than ten boats returned.", "ten", K::kCardinal, 10, "", "", "fewer than", "boats"},
      {"The ferry carried about 80 passengers.", "80", K::kCardinal, 80, "", "", "about", "passengers"},
      {"Only one lorry crossed the bridge.", "one", K::kCardinal, 1, "", "", "only", "lorry"},
      {"Police said two of the suspects fled.", "two", K::kCardinal, 2, "", "", "", "suspects"},
      {"The group named a 12-member panel.", "12", K::kCardinal, 12, "", "", "", "panel"},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor reads decimals, multipliers, fractions and powers", "[quantities]") {
  const Expected cases[] = {
      {"The yield fell to .08.", ".08", K::kCardinal, 0.08, "", "", "", ""},
      {"The bakery sold 3 dozens rolls.", "3 dozens", K::kCardinal, 36, "", "", "", "rolls"},
      {"The farm shipped three hundred and two dozens eggs.", "three hundred and two dozens", K::kCardinal, 324, "",
       "", "", "eggs"},
      {"The channel gained 2.33 k followers.", "2.33 k", K::kCardinal, 2330, "", "", "", "followers"},
      {"The fund wrote off 10 bln in loans.", "10 bln", K::kCardinal, 1e10, "", "", "", ""},
      {"The gauge read two hundred point zero three units.", "two hundred point zero three", K::kCardinal, 200.03,
       "", "", "", "units"},
      {"The index stood at minus five point five.", "minus five point five", K::kCardinal, -5.5, "", "", "", ""},
      {"Nearly two thirds of the crew stayed.", "two thirds", K::kCardinal, 2.0 / 3, "", "", "nearly", "crew"},
      {"Only a half of the seats were filled.", "a half", K::kCardinal, 0.5, "", "", "only", "seats"},
      {"The bar was twenty and three fifths inches long.", "twenty and three fifths", K::kCardinal, 20.6, "", "",
       "", "inches"},
      {"Each heir got one twenty-fifth of the estate.", "one twenty-fifth", K::kCardinal, 0.04, "", "", "", "estate"},
      {"The odds were one over three at best.", "one over three", K::kCardinal, 1.0 / 3, "", "", "", ""},
      {"Roughly one out of three voters stayed home.", "one out of three", K::kCardinal, 1.0 / 3, "", "", "roughly", "voters"},
      {"The tank was 3/4 full.", "3/4", K::kCardinal, 0.75, "", "", "", ""},
      {"The pipe measured 2 1/4.", "2 1/4", K::kCardinal, 2.25, "", "", "", ""},
      {"The model estimated 12.32e+14 particles.", "12.32e+14", K::kCardinal, 1.232e15, "", "", "", "particles"},
      {"The factor grew to 2.5^-1 of its size.", "2.5^-1", K::kCardinal, 0.4, "", "", "", ""},
      {"The error was a hundred trillionths.", "a hundred trillionths", K::kCardinal, 1e-10, "", "", "", ""},
      {"Each partner holds three twenty-firsts.", "three twenty-firsts", K::kCardinal, 3.0 / 21, "", "", "", ""},
      {"The rod was one hundred and thirty fifths.", "one hundred and thirty fifths", K::kCardinal, 26, "", "", "",
       ""},
      {"The rod was one hundred thirty fifths.", "one hundred thirty fifths", K::kCardinal, 100.0 / 35, "", "", "",
       ""},
      {"The rod was one hundred thirty-two fifths.", "one hundred thirty-two fifths", K::kCardinal, 26.4, "", "",
       "", ""},
      {"The share was one one hundred fifth.", "one one hundred fifth", K::kCardinal, 1.0 / 105, "", "", "", ""},
      {"The lap took one one hundredth.", "one one hundredth", K::kCardinal, 0.01, "", "", "", ""},
      {"They gave it one last try.", "one", K::kCardinal, 1, "", "", "", ""},
      {"The fund held 1 234 567.89 units.", "1 234 567.89", K::kCardinal, 1234567.89, "", "", "", "units"},
      {"The census found 12 345 678 residents.", "12 345 678", K::kCardinal, 12345678, "", "", "", "residents"},
      {"Some shops write 5,00 on the tag.", "5,00", K::kCardinal, 5, "", "", "", ""},
      {"The port handled 1,250 containers.", "1,250", K::kCardinal, 1250, "", "", "", "containers"},
      {"It came to ninety - five hundred-fifths.", "ninety - five hundred-fifths", K::kCardinal, 1900, "", "", "",
       ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor keeps bare numbers of a one-line snippet", "[quantities]") {
  for (std::string_view s : {"1,234,567", "192.", "-4/5", "1"}) {
    std::vector<Quantity> qs = QuantitiesOf(std::string(s));
    INFO("input: " << s << "\nfound:\n" << DescribeAll(qs));
    CHECK(qs.size() == 1);
  }
  // On a page of several lines a line of bare digits (a comment counter) is furniture.
  std::vector<Quantity> page = QuantitiesOf("Storm hits the coast\n42\nThe storm flooded 300 homes.");
  CHECK_FALSE(FindQuantity(page, "42").has_value());
  CHECK(FindQuantity(page, "300").has_value());
}

TEST_CASE("quantity extractor reads ranges with the low end as value", "[quantities]") {
  const Expected cases[] = {
      {"Each crate holds 10-12 bottles.", "10-12", K::kCardinal, 10, "", "10/12", "", "bottles"},
      {"The storm felled between 5 and 7 pylons.", "5 and 7", K::kCardinal, 5, "", "5/7", "between", "pylons"},
      {"Estimates run from 20 to 30 vessels.", "20 to 30", K::kCardinal, 20, "", "20/30", "", "vessels"},
      {"Tickets cost $5-10 million in total.", "$5-10 million", K::kMoney, 5000000, "USD", "5000000/10000000", "",
       ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor reads ordinals", "[quantities]") {
  const Expected cases[] = {
      {"It was the 11th attempt this season.", "11th", K::kOrdinal, 11, "", "", "", ""},
      {"They marked the twenty-fifth anniversary.", "twenty-fifth", K::kOrdinal, 25, "", "", "", ""},
      {"She finished third in the race.", "third", K::kOrdinal, 3, "", "", "", ""},
      {"He won a second term easily.", "second", K::kOrdinal, 2, "", "", "", ""},
      {"The town marked its two hundredth year.", "two hundredth", K::kOrdinal, 200, "", "", "", ""},
      {"The 21st stage was cancelled.", "21st", K::kOrdinal, 21, "", "", "", ""},
      {"The Nineth Assembly opened today.", "Nineth", K::kOrdinal, 9, "", "", "", ""},
      {"They marked the one hundred and fifth anniversary.", "one hundred and fifth", K::kOrdinal, 105, "", "", "",
       ""},
      {"The race lasted one second longer.", "one second", K::kDuration, 1, "second", "PT1S", "", ""},
      {"It was the three hundred twenty second sitting.", "three hundred twenty second", K::kOrdinal, 322, "", "",
       "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor reads relative ordinals as a position without a value", "[quantities]") {
  const Expected cases[] = {
      {"The penultimate stage ends in the Alps.", "penultimate", K::kOrdinal, kNone, "", "end-1", "", ""},
      {"The antepenultimate lap decided it.", "antepenultimate", K::kOrdinal, kNone, "", "end-2", "", ""},
      {"They lost the last but one game of the season.", "the last but one", K::kOrdinal, kNone, "", "end-1", "",
       ""},
      {"She finished second to last in the final.", "second to last", K::kOrdinal, kNone, "", "end-1", "", ""},
      {"It was the second-to-last vote before recess.", "the second-to-last", K::kOrdinal, kNone, "", "end-1", "",
       ""},
      {"The one before the last one sank in 1998.", "The one before the last one", K::kOrdinal, kNone, "", "end-1",
       "", ""},
      {"The next one will be harder, the coach said.", "next one", K::kOrdinal, kNone, "", "current+1", "", ""},
      {"Of the three ferries, the last one sank.", "last one", K::kOrdinal, kNone, "", "end+0", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor leaves bare last, next and previous before a noun alone", "[quantities]") {
  // News uses them in nearly every article ("the last time", "next round"); they are no position.
  const char* const inputs[] = {
      "It was the last time the two sides met.",
      "The next round of talks starts soon.",
      "The previous government had raised taxes.",
      "A last-minute goal sealed the match.",
      "He called it a last resort.",
  };
  for (const char* input : inputs) {
    std::vector<Quantity> qs = QuantitiesOf(input);
    INFO("input: " << input << "\nfound:\n" << DescribeAll(qs));
    for (const Quantity& q : qs) CHECK(q.kind != QuantityKind::kOrdinal);
  }
  // "the next one hundred days" is a count, not "next one" + a stray "hundred".
  std::vector<Quantity> qs = QuantitiesOf("The next one hundred days will be hard.");
  INFO(DescribeAll(qs));
  CHECK_FALSE(FindQuantity(qs, "next one").has_value());
}

TEST_CASE("quantity extractor skips words and numbers that are not counts", "[quantities]") {
  struct Case {
    std::string input;
    std::string not_text;
  };
  const Case cases[] = {
      {"No one answered the phone.", "one"},
      {"It was one of the worst storms.", "one"},
      {"She was the one who called.", "one"},
      {"They helped one another.", "one"},
      {"A man was detained.", "A"},
      {"The airline grounded its Boeing 737 fleet.", "737"},
      {"The pilot flew an F-16 over the coast.", "16"},
      {"Cases of COVID-19 rose again.", "19"},
      {"Flight MH17 was shot down.", "17"},
      {"The 5G rollout stalled.", "5"},
      {"Agent 007 returned.", "007"},
      {"He spoke under Article 5 of the treaty.", "5"},
      {"Sales of the iPhone 15 slowed.", "15"},
      {"One day he will return home.", "One day"},
      {"Call 555 123 4567 for tickets.", "555 123"},
      {"Call +44 207 946 000 today.", "44 207 946"},
      {"The keys were 1 2 3 in order.", "1 2 3"},
      {"The home side won 3 100 metres ahead.", "3 100"},
      {"Read chapters 14,15 and 16.", "14,15"},
      {"The shop is open 24/7.", "24/7"},
      {"Arsenal won 3-1 at home.", "3-1"},
  };
  for (const Case& c : cases) {
    std::vector<Quantity> qs = QuantitiesOf(c.input);
    INFO("input: " << c.input << "\nfound:\n" << DescribeAll(qs));
    CHECK_FALSE(FindQuantity(qs, c.not_text).has_value());
  }
}

TEST_CASE("quantity extractor reports quantities in text order with byte spans", "[quantities]") {
  std::string text = "The café’s owners hired 3 cooks — and then 12 waiters.";
  std::vector<Quantity> qs = QuantitiesOf(text);
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].text == "3");
  CHECK(qs[1].text == "12");
  CHECK(text.substr(qs[0].span.start, qs[0].span.size()) == "3");
  CHECK(text.substr(qs[1].span.start, qs[1].span.size()) == "12");
  CHECK(qs[0].span.start < qs[1].span.start);
}

}  // namespace
}  // namespace lede::testing
