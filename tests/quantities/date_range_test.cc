// Date modifiers, sub-periods and ranges of dates (date_ranges.h): the modifier is part of
// the span and the value an ISO 8601 interval, open where the modifier leaves it open.
#include <catch2/catch.hpp>

#include <limits>

#include "quantity_test_util.h"

namespace lede::testing {
namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
using K = QuantityKind;

// Reference date of the cases below: Thursday 30 March 2023 (ISO week 13).
TEST_CASE("date modifiers join the date and open its interval", "[quantities]") {
  const Expected cases[] = {
      {"Exports have fallen since January.", "since January", K::kDate, kNone, "", "2023-01-01/..", "since", ""},
      {"The plant had been idle before 2010.", "before 2010", K::kDate, kNone, "", "../2010-01-01", "before", ""},
      {"Prices have doubled after 2018.", "after 2018", K::kDate, kNone, "", "2019-01-01/..", "after", ""},
      {"Bids must arrive no later than April 14, 2023.", "no later than April 14, 2023", K::kDate, kNone, "",
       "../2023-04-14", "no later than", ""},
      {"Polls open as early as 7:00 am.", "as early as 7:00 am", K::kTime, kNone, "", "T07:00/..", "as early as", ""},
      {"The curfew applies starting on May 1.", "starting on May 1", K::kDate, kNone, "", "2023-05-01/..",
       "starting on", ""},
      {"The budget must pass by the end of this month.", "by the end of this month", K::kDate, kNone, "",
       "../2023-04-01", "by", ""},
      {"By the end of 2022, the firm had 40 stores.", "By the end of 2022", K::kDate, kNone, "", "../2023-01-01", "by",
       ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("sub-periods take a half of the period or the end of a day", "[quantities]") {
  const Expected cases[] = {
      {"The deal closes at the end of the week.", "end of the week", K::kDate, kNone, "", "2023-03-30/2023-04-03", "",
       ""},
      {"Results are due at the end of today.", "the end of today", K::kDate, kNone, "", "2023-03-30T23:59:59", "", ""},
      {"Output rose at the end of March.", "the end of March", K::kDate, kNone, "", "2023-03-16/2023-04-01", "", ""},
      {"Storms are expected in the late afternoon.", "late afternoon", K::kTime, kNone, "", "T14:00/T16:00", "", ""},
      {"Crews returned later this afternoon.", "later this afternoon", K::kDate, kNone, "",
       "2023-03-30T14:00/2023-03-30T16:00", "", ""},
      {"The court sat early in the morning.", "early in the morning", K::kTime, kNone, "", "T08:00/T10:00", "", ""},
      {"Rates may rise later in the year.", "later in the year", K::kDate, kNone, "", "2023-07-01/2024-01-01", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("two dates joined by to, a dash or between-and make one range", "[quantities]") {
  const Expected cases[] = {
      {"The fair runs Feb 28th to March 1st.", "Feb 28th to March 1st", K::kDate, kNone, "", "2023-02-28/2023-03-01",
       "", ""},
      {"The summit is set for November 19-20, 2024.", "November 19-20, 2024", K::kDate, kNone, "",
       "2024-11-19/2024-11-20", "", ""},
      {"The festival runs 9 to 12 of June.", "9 to 12 of June", K::kDate, kNone, "", "2023-06-09/2023-06-12", "", ""},
      {"Talks ran from Monday to Wednesday.", "from Monday to Wednesday", K::kDate, kNone, "", "2023-03-27/2023-03-29",
       "", ""},
      {"Fees are frozen between now and November 15th.", "between now and November 15th", K::kDate, kNone, "",
       "2023-03-30/2023-11-15", "", ""},
      {"Leave runs January 12, 2016 - 01/22/2016.", "January 12, 2016 - 01/22/2016", K::kDate, kNone, "",
       "2016-01-12/2016-01-22", "", ""},
      {"Dates 3/14-3/18 are blocked.", "3/14-3/18", K::kDate, kNone, "", "2023-03-14/2023-03-18", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("an offset from a day resolves to the day it names", "[quantities]") {
  const Expected cases[] = {
      {"Talks resume two days after today.", "two days after today", K::kDate, kNone, "", "2023-04-01", "", ""},
      {"The vote came a week before March 10.", "a week before March 10", K::kDate, kNone, "", "2023-03-03", "", ""},
      {"Nobody saw him the day before.", "the day before", K::kDate, kNone, "", "2023-03-29", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
  // "the day before the vote" is fixed by the vote, not by the reference date.
  CHECK(QuantitiesOf("He resigned the day before the vote.").empty());
}

TEST_CASE("modifiers and ranges leave other phrases alone", "[quantities]") {
  for (const char* text : {"The mayor spoke before the vote.", "At the end of the war, troops left.",
                           "Aid arrived after the storm."}) {
    std::vector<Quantity> qs = QuantitiesOf(text);
    INFO(text << "\n" << DescribeAll(qs));
    CHECK(qs.empty());
  }
  // A season keeps its year; a score is no range of days; a number qualifier stays outside.
  std::vector<Quantity> season = QuantitiesOf("He starred in the 2010-11 season.");
  REQUIRE(FindQuantity(season, "2010"));
  CHECK(FindQuantity(season, "2010")->normalized == "2010");
  std::vector<Quantity> score = QuantitiesOf("The team won 3-1 on Sunday.");
  REQUIRE(FindQuantity(score, "Sunday"));
  CHECK(FindQuantity(score, "Sunday")->normalized == "2023-03-26");
  std::vector<Quantity> about = QuantitiesOf("About 12 people died after the storm.");
  REQUIRE(FindQuantity(about, "12"));
  CHECK(FindQuantity(about, "12")->qualifier == "about");
  // Without a reference date the modifier still joins, and the date keeps its own value.
  std::vector<Quantity> unresolved = QuantitiesOf("Exports have fallen since August.", "");
  REQUIRE(FindQuantity(unresolved, "since August"));
  CHECK(FindQuantity(unresolved, "since August")->normalized == "XXXX-08");
}

}  // namespace
}  // namespace lede::testing
