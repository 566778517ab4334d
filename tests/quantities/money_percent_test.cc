// Money in signs, codes and names, and percentages.
#include <catch2/catch.hpp>

#include <limits>

#include "quantity_test_util.h"

namespace lede::testing {
namespace {

using K = QuantityKind;

TEST_CASE("quantity extractor reads money written with signs and codes", "[quantities]") {
  const Expected cases[] = {
      {"The fund pledged €40 billion to the grid.", "€40 billion", K::kMoney, 40e9, "EUR", "", "", ""},
      {"Exports reached US$12.5 billion last quarter.", "US$12.5 billion", K::kMoney, 12.5e9, "USD", "", "", ""},
      {"The club paid $5m for the striker.", "$5m", K::kMoney, 5e6, "USD", "", "", ""},
      {"Rents rose to HK$18,000 a month.", "HK$18,000", K::kMoney, 18000, "HKD", "", "", ""},
      {"The miner lost A$2.1bn in value.", "A$2.1bn", K::kMoney, 2.1e9, "AUD", "", "", ""},
      {"Ottawa set aside C$300 million.", "C$300 million", K::kMoney, 3e8, "CAD", "", "", ""},
      {"The grant was S$45,000.", "S$45,000", K::kMoney, 45000, "SGD", "", "", ""},
      {"The bill came to £3.2tn over a decade.", "£3.2tn", K::kMoney, 3.2e12, "GBP", "", "", ""},
      {"The robot costs ¥2 million in Osaka shops.", "¥2 million", K::kMoney, 2e6, "JPY", "", "", ""},
      {"Chinese banks lent ¥500 billion to builders.", "¥500 billion", K::kMoney, 5e11, "CNY", "", "", ""},
      {"The levy raised USD 20 million.", "USD 20 million", K::kMoney, 2e7, "USD", "", "", ""},
      {"A fine of CHF 250,000 was imposed.", "CHF 250,000", K::kMoney, 250000, "CHF", "", "", ""},
      {"Investors committed over €7 billion.", "€7 billion", K::kMoney, 7e9, "EUR", "", "over", ""},
      {"The tender was worth roughly ₹900 crore.", "₹900 crore", K::kMoney, 9e9, "INR", "", "roughly", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor reads money written with currency names", "[quantities]") {
  const Expected cases[] = {
      {"The firm was fined 5 million yuan by regulators.", "5 million yuan", K::kMoney, 5e6, "CNY", "", "", ""},
      {"The budget adds 150 billion euros for defence.", "150 billion euros", K::kMoney, 150e9, "EUR", "", "", ""},
      {"He sold the farm for 300,000 pounds.", "300,000 pounds", K::kMoney, 300000, "GBP", "", "", ""},
      {"The shrine raised 80 million yen.", "80 million yen", K::kMoney, 80e6, "JPY", "", "", ""},
      {"Bread now costs 90 roubles.", "90 roubles", K::kMoney, 90, "RUB", "", "", ""},
      {"A ticket costs 250 rupees.", "250 rupees", K::kMoney, 250, "INR", "", "", ""},
      {"The bond raised 2 trillion won.", "2 trillion won", K::kMoney, 2e12, "KRW", "", "", ""},
      {"The loan totals 40 billion renminbi.", "40 billion renminbi", K::kMoney, 40e9, "CNY", "", "", ""},
      {"Traders moved ten million Hong Kong dollars.", "ten million Hong Kong dollars", K::kMoney, 10e6, "HKD", "",
       "", ""},
      {"It costs 20 dollars at the door.", "20 dollars", K::kMoney, 20, "USD", "", "", ""},
      {"The transfer was 12 million RMB.", "12 million RMB", K::kMoney, 12e6, "CNY", "", "", ""},
      {"Aid of 5 billion USD was approved.", "5 billion USD", K::kMoney, 5e9, "USD", "", "", ""},
      {"The ruling cost the bank 3bn Swiss francs.", "3bn Swiss francs", K::kMoney, 3e9, "CHF", "", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor reads a converted amount as two amounts", "[quantities]") {
  std::vector<Quantity> qs = QuantitiesOf("The union lent £80 billion (US$97 billion) to members.");
  INFO(DescribeAll(qs));
  REQUIRE(qs.size() == 2);
  CHECK(Describe(qs[0]) == "£80 billion|money|80000000000|GBP|||");
  CHECK(Describe(qs[1]) == "US$97 billion|money|97000000000|USD|||");
}

TEST_CASE("quantity extractor reads subunits as hundredths and rarer signs and currencies", "[quantities]") {
  const Expected cases[] = {
      {"Petrol went up 40 cents a gallon.", "40 cents", K::kMoney, 0.4, "USD", "", "", ""},
      {"The stamp costs 85.5 cents now.", "85.5 cents", K::kMoney, 0.855, "USD", "", "", ""},
      {"The board declared a 15-cent-a-share payout.", "15-cent", K::kMoney, 0.15, "USD", "", "", ""},
      {"A loaf rose by 20 pence last year.", "20 pence", K::kMoney, 0.2, "GBP", "", "", ""},
      {"The fee is 50 euro cents per page.", "50 euro cents", K::kMoney, 0.5, "EUR", "", "", ""},
      {"The toy sold for seven dollars and twenty cents.", "seven dollars and twenty cents", K::kMoney, 7.2, "USD",
       "", "", ""},
      {"The ride cost two dollars and fifty, cash only.", "two dollars and fifty", K::kMoney, 2.5, "USD", "", "", ""},
      {"She paid 3 dollars 50 cents for tea.", "3 dollars 50 cents", K::kMoney, 3.5, "USD", "", "", ""},
      {"The raffle prize was 50,000 \u20ad in cash.", "50,000 \u20ad", K::kMoney, 50000, "LAK", "", "", ""},
      {"Exports earned US $ 4 billion in May.", "US $ 4 billion", K::kMoney, 4e9, "USD", "", "", ""},
      {"the miner booked a c $ 90 million loss.", "c $ 90 million", K::kMoney, 9e7, "CAD", "", "", ""},
      {"the lottery pays u.s $ 2,000,000 to winners.", "u.s $ 2,000,000", K::kMoney, 2e6, "USD", "", "", ""},
      {"The mill was sold for 80 million Finnish markka in 1990.", "80 million Finnish markka", K::kMoney, 8e7, "FIM",
       "", "", ""},
      {"The villa cost 2 million French francs then.", "2 million French francs", K::kMoney, 2e6, "FRF", "", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor keeps pronouns, articles and possessives out of dollar prefixes", "[quantities]") {
  const Expected cases[] = {
      {"the repairs cost us $ 40,000 last year.", "$ 40,000", K::kMoney, 40000, "USD", "", "", ""},
      {"he found a $ 20 bill on the street.", "$ 20", K::kMoney, 20, "USD", "", "", ""},
      {"the company ' s $ 9 million loan was repaid.", "$ 9 million", K::kMoney, 9e6, "USD", "", "", ""},
      {"The team scored 5 and 20 cents fell from the sky.", "5", K::kCardinal, 5, "", "", "", ""},
      {"He earned ten dollars and two friends.", "ten dollars", K::kMoney, 10, "USD", "", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor does not read capitalised words as currency codes in prose", "[quantities]") {
  std::vector<Quantity> qs = QuantitiesOf("All 20 teams and all 30 players were top 10 picks.");
  INFO(DescribeAll(qs));
  for (const Quantity& q : qs) CHECK(q.kind != QuantityKind::kMoney);
}

TEST_CASE("quantity extractor reads a bare 'percent of' only when the number ends it", "[quantities]") {
  const char* const inputs[] = {
      "The percent of 18-year-olds who vote rose.",
      "What percent of 10 is 5?",
      "Percent of 10 voters said yes.",
  };
  for (const char* input : inputs) {
    std::vector<Quantity> qs = QuantitiesOf(input);
    INFO("input: " << input << "\nfound:\n" << DescribeAll(qs));
    for (const Quantity& q : qs) CHECK(q.kind != QuantityKind::kPercent);
  }
}

TEST_CASE("quantity extractor reads percentages", "[quantities]") {
  const Expected cases[] = {
      {"Inflation eased to 5% in June.", "5%", K::kPercent, 5, "percent", "", "", ""},
      {"Unemployment fell to 4.2 per cent.", "4.2 per cent", K::kPercent, 4.2, "percent", "", "", ""},
      {"Sales grew 12 percent on the year.", "12 percent", K::kPercent, 12, "percent", "", "", ""},
      {"Percent of 10, the tag said.", "Percent of 10", K::kPercent, 10, "percent", "", "", ""},
      {"Prices rose five per cent overnight.", "five per cent", K::kPercent, 5, "percent", "", "", ""},
      {"The bank raised rates by 3 percentage points.", "3 percentage points", K::kPercent, 3, "percentage point",
       "", "", ""},
      {"The spread widened 25 basis points.", "25 basis points", K::kPercent, 25, "basis point", "", "", ""},
      {"Support stands at 40-45% in polls.", "40-45%", K::kPercent, 40, "percent", "40/45", "", ""},
      {"Almost 60% of voters agreed.", "60%", K::kPercent, 60, "percent", "", "almost", ""},
      {"Output shrank by -0.5% in May.", "-0.5%", K::kPercent, -0.5, "percent", "", "", ""},
      {"Turnout hit one hundred percent in two villages.", "one hundred percent", K::kPercent, 100, "percent", "", "",
       ""},
      {"Fees fell 7 pct after the ruling.", "7 pct", K::kPercent, 7, "percent", "", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

}  // namespace
}  // namespace lede::testing
