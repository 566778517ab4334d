// Dates (absolute and relative), durations, clock times and measures.
#include <catch2/catch.hpp>

#include <limits>

#include "quantities/date_resolver.h"
#include "quantity_test_util.h"

namespace lede::testing {
namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
using K = QuantityKind;

// Reference date of the cases below: Thursday 30 March 2023 (ISO week 13).
TEST_CASE("quantity extractor resolves relative dates against the reference date", "[quantities]") {
  const Expected cases[] = {
      {"The minister resigned on Thursday.", "Thursday", K::kDate, kNone, "", "2023-03-30", "", ""},
      {"The talks began on Monday.", "Monday", K::kDate, kNone, "", "2023-03-27", "", ""},
      {"The vote was held on Friday.", "Friday", K::kDate, kNone, "", "2023-03-24", "", ""},
      {"The ship docked last Thursday.", "last Thursday", K::kDate, kNone, "", "2023-03-23", "", ""},
      {"Talks resume next Tuesday.", "next Tuesday", K::kDate, kNone, "", "2023-04-04", "", ""},
      {"The deal was signed last week.", "last week", K::kDate, kNone, "", "2023-W12", "", ""},
      {"Results are due next week.", "next week", K::kDate, kNone, "", "2023-W14", "", ""},
      {"Prices fell earlier this month.", "earlier this month", K::kDate, kNone, "", "2023-03", "", ""},
      {"Exports dipped last month.", "last month", K::kDate, kNone, "", "2023-02", "", ""},
      {"Rates rose last year.", "last year", K::kDate, kNone, "", "2022", "", ""},
      {"Elections are due next year.", "next year", K::kDate, kNone, "", "2024", "", ""},
      {"The plant closed in January last year.", "January last year", K::kDate, kNone, "", "2022-01", "", ""},
      {"The strike started in February.", "February", K::kDate, kNone, "", "2023-02", "", ""},
      {"The audit ended in December.", "December", K::kDate, kNone, "", "2022-12", "", ""},
      {"The fire broke out yesterday.", "yesterday", K::kDate, kNone, "", "2023-03-29", "", ""},
      {"The court rules today.", "today", K::kDate, kNone, "", "2023-03-30", "", ""},
      {"The bridge fell two days ago.", "two days ago", K::kDate, kNone, "", "2023-03-28", "", ""},
      {"The mine shut three years ago.", "three years ago", K::kDate, kNone, "", "2020-03-30", "", ""},
      {"Sales peaked a month ago.", "a month ago", K::kDate, kNone, "", "2023-02-28", "", ""},
      {"Protests erupted last night.", "last night", K::kDate, kNone, "", "2023-03-29TNI", "", ""},
      {"The crew returns tomorrow night.", "tomorrow night", K::kDate, kNone, "", "2023-03-31TNI", "", ""},
      {"Talks resume next Monday afternoon.", "next Monday afternoon", K::kDate, kNone, "", "2023-04-03TAF", "", ""},
      {"Profits fell last quarter.", "last quarter", K::kDate, kNone, "", "2022-Q4", "", ""},
      {"Output should recover next quarter.", "next quarter", K::kDate, kNone, "", "2023-Q2", "", ""},
      {"Talks resume the following week.", "following week", K::kDate, kNone, "", "2023-W14", "", ""},
      {"The mill closed in june of 1992.", "june of 1992", K::kDate, kNone, "", "1992-06", "", ""},
      {"The pact dates from July 4th of 1995.", "July 4th of 1995", K::kDate, kNone, "", "1995-07-04", "", ""},
      {"The bill must pass by 5/12 at the latest.", "5/12", K::kDate, kNone, "", "2023-05-12", "", ""},
      {"The ferry sails on 22/04 from Dover.", "22/04", K::kDate, kNone, "", "2023-04-22", "", ""},
      {"Polls open on Tuesday in the morning.", "Tuesday in the morning", K::kDate, kNone, "", "2023-03-28TMO", "", ""},
      {"The council meets on monday.", "monday", K::kDate, kNone, "", "2023-03-27", "", ""},
      {"The vote closes on june 5.", "june 5", K::kDate, kNone, "", "2023-06-05", "", ""},
      {"The strike ends tomorrow at 8:45am.", "tomorrow at 8:45am", K::kDate, kNone, "", "2023-03-31T08:45", "", ""},
      {"Polls close on Friday at 4pm.", "Friday at 4pm", K::kDate, kNone, "", "2023-03-24T16:00", "", ""},
      {"Fireworks start tonight around 9.", "tonight around 9", K::kDate, kNone, "", "2023-03-30T21:00", "", ""},
      {"The ferry left at 8.30pm today.", "at 8.30pm today", K::kDate, kNone, "", "2023-03-30T20:30", "", ""},
      {"The road is shut 5 to 6pm for repairs.", "5 to 6pm", K::kTime, kNone, "", "T17:00/T18:00", "", ""},
      {"The office is closed between 4pm and 5pm daily.", "between 4pm and 5pm", K::kTime, kNone, "", "T16:00/T17:00", "", ""},
      {"Polling runs from 7am to 10pm.", "from 7am to 10pm", K::kTime, kNone, "", "T07:00/T22:00", "", ""},
      {"Troops left late last year.", "last year", K::kDate, kNone, "", "2022", "late", ""},
      {"Last year's budget was cut.", "Last year", K::kDate, kNone, "", "2022", "", ""},
      {"Fares have risen since 2019.", "since 2019", K::kDate, kNone, "", "2019-01-01/..", "since", ""},
      {"The border stays shut until Friday.", "until Friday", K::kDate, kNone, "", "../2023-03-24", "until", ""},
      {"Sales slumped in mid-January.", "January", K::kDate, kNone, "", "2023-01", "mid", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor reads absolute dates and years", "[quantities]") {
  const Expected cases[] = {
      {"The treaty was signed on March 3.", "March 3", K::kDate, kNone, "", "2023-03-03", "", ""},
      {"The law took effect on 3 March 2021.", "3 March 2021", K::kDate, kNone, "", "2021-03-03", "", ""},
      {"Polls close on November 5, 2024.", "November 5, 2024", K::kDate, kNone, "", "2024-11-05", "", ""},
      {"The filing is dated 2023-03-30.", "2023-03-30", K::kDate, kNone, "", "2023-03-30", "", ""},
      {"The dam was finished in 2019.", "2019", K::kDate, kNone, "", "2019", "", ""},
      {"The abbey dates from 1066.", "1066", K::kDate, kNone, "", "1066", "", ""},
      {"Growth was strong in the 1990s.", "1990s", K::kDate, kNone, "", "199X", "", ""},
      {"The firm was founded in June 1998.", "June 1998", K::kDate, kNone, "", "1998-06", "", ""},
      {"The case was heard on 21st of June.", "21st of June", K::kDate, kNone, "", "2023-06-21", "", ""},
      {"The deadline is Dec. 12.", "Dec. 12", K::kDate, kNone, "", "2022-12-12", "", ""},
      {"The firm was sold on Dec. 31 , 1994.", "Dec. 31 , 1994", K::kDate, kNone, "", "1994-12-31", "", ""},
      {"The log entry is stamped 2021-aug-04.", "2021-aug-04", K::kDate, kNone, "", "2021-08-04", "", ""},
      {"The order is dated 2020/Sep/23.", "2020/Sep/23", K::kDate, kNone, "", "2020-09-23", "", ""},
      {"Fireworks are planned for the 4th of July.", "the 4th of July", K::kDate, kNone, "", "2023-07-04", "", ""},
      {"The audit must be done this 5/12.", "this 5/12", K::kDate, kNone, "", "2023-05-12", "", ""},
      {"The shipment lands Oct/2 at the port.", "Oct/2", K::kDate, kNone, "", "2022-10-02", "", ""},
      {"The memo cites a meeting on feb 30 2022 17:20 that never was.", "feb 30 2022 17:20", K::kDate, kNone, "", "", "",
       ""},
      {"The games open next 6th of April.", "next 6th of April", K::kDate, kNone, "", "2024-04-06", "", ""},
      // A day that does not exist is still written as a date: kept, with nothing to resolve.
      {"The form was dated 2/30/2021 by mistake.", "2/30/2021", K::kDate, kNone, "", "", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
  for (const Quantity& q : QuantitiesOf("The 2019-may-report was late.")) CHECK(q.text != "2019-may");
  for (const Quantity& q : QuantitiesOf("She was the 4th of 10 children.")) CHECK(q.kind != K::kDate);
}

TEST_CASE("quantity extractor keeps only what the text fixes without a reference date", "[quantities]") {
  const Expected cases[] = {
      {"The strike started in February.", "February", K::kDate, kNone, "", "XXXX-02", "", ""},
      {"The minister resigned on Thursday.", "Thursday", K::kDate, kNone, "", "XXXX-WXX-4", "", ""},
      {"The treaty was signed on March 3.", "March 3", K::kDate, kNone, "", "XXXX-03-03", "", ""},
      {"The deal was signed last week.", "last week", K::kDate, kNone, "", "", "", ""},
      {"The dam was finished in 2019.", "2019", K::kDate, kNone, "", "2019", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e, "");
  for (const Expected& e : cases) CheckExpected(e, "not-a-date");
}

TEST_CASE("quantity extractor tells months from names and verbs", "[quantities]") {
  for (const char* text : {"Theresa May spoke first.", "Officials may march later.", "June Carter sang.",
                           "The protesters may leave."}) {
    std::vector<Quantity> qs = QuantitiesOf(text);
    INFO(text << "\n" << DescribeAll(qs));
    for (const Quantity& q : qs) CHECK(q.kind != QuantityKind::kDate);
  }
}

TEST_CASE("quantity extractor reads durations", "[quantities]") {
  const Expected cases[] = {
      {"The army held a five-day drill.", "five-day", K::kDuration, 5, "day", "P5D", "", ""},
      {"Talks lasted more than one year.", "one year", K::kDuration, 1, "year", "P1Y", "more than", ""},
      {"The trial ran three weeks.", "three weeks", K::kDuration, 3, "week", "P3W", "", ""},
      {"The ceasefire held for 48 hours.", "48 hours", K::kDuration, 48, "hour", "PT48H", "", ""},
      {"The project took a decade.", "a decade", K::kDuration, 1, "decade", "P10Y", "", ""},
      {"The siege lasted two decades.", "two decades", K::kDuration, 2, "decade", "P20Y", "", ""},
      {"He was jailed for a year.", "a year", K::kDuration, 1, "year", "P1Y", "", ""},
      {"The 90-minute meeting ended.", "90-minute", K::kDuration, 90, "minute", "PT90M", "", ""},
      {"He served two and a half years.", "two and a half years", K::kDuration, 2.5, "year", "P2.5Y", "", ""},
      {"Workers staged a one-day strike.", "one-day", K::kDuration, 1, "day", "P1D", "", ""},
      {"The bridge shut for one week.", "one week", K::kDuration, 1, "week", "P1W", "", ""},
      {"Voting lasted 1.5 hours.", "1.5 hours", K::kDuration, 1.5, "hour", "PT1.5H", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
  std::vector<Quantity> qs = QuantitiesOf("The board meets once a year and won a second term.");
  INFO(DescribeAll(qs));
  for (const Quantity& q : qs) CHECK(q.kind != QuantityKind::kDuration);
}

TEST_CASE("quantity extractor reads clock times", "[quantities]") {
  const Expected cases[] = {
      {"The blast happened at 10.30am on the quay.", "10.30am", K::kTime, kNone, "", "T10:30", "", ""},
      {"Markets shut at 15:00 GMT sharp.", "15:00 GMT", K::kTime, kNone, "GMT", "T15:00", "", ""},
      {"Doors open at 3pm daily.", "3pm daily", K::kTime, kNone, "", "T15:00", "every", ""},
      {"The vote opens at 7 a.m. on Sunday.", "7 a.m.", K::kTime, kNone, "", "T07:00", "", ""},
      {"The alarm rang at 12am exactly.", "12am", K::kTime, kNone, "", "T00:00", "", ""},
      {"The quake struck at 7:56:30 pm local time.", "7:56:30 pm", K::kTime, kNone, "", "T19:56:30", "", ""},
      {"Shelling resumed at 03:41 in the suburbs.", "03:41", K::kTime, kNone, "", "T03:41", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor skips a line that holds only a clock or a count", "[quantities]") {
  std::vector<Quantity> qs = QuantitiesOf("The mayor spoke.\n\n03:41\n\n48\n\nShe left at 5pm.");
  INFO(DescribeAll(qs));
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].text == "5pm");
}

TEST_CASE("quantity extractor reads measures", "[quantities]") {
  const Expected cases[] = {
      {"The convoy travelled 30 km overnight.", "30 km", K::kMeasure, 30, "km", "", "", ""},
      {"The crane lifts 5 tonnes.", "5 tonnes", K::kMeasure, 5, "t", "", "", ""},
      {"She swam 200 metres.", "200 metres", K::kMeasure, 200, "m", "", "", ""},
      {"The fire burned 1,200 hectares.", "1,200 hectares", K::kMeasure, 1200, "ha", "", "", ""},
      {"The well pumps 40,000 barrels per day.", "40,000 barrels per day", K::kMeasure, 40000, "bbl/d", "", "",
       ""},
      {"Temperatures hit 41 degrees Celsius.", "41 degrees Celsius", K::kMeasure, 41, "°C", "", "", ""},
      {"The tunnel is 5km long.", "5km", K::kMeasure, 5, "km", "", "", ""},
      {"The zone spans 12 nautical miles.", "12 nautical miles", K::kMeasure, 12, "nmi", "", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("date resolver does calendar arithmetic", "[quantities]") {
  using namespace lede::detail;
  CHECK(IsoWeekday({2023, 3, 30}) == 4);
  CHECK(IsoWeekday({1970, 1, 1}) == 4);
  CHECK(FormatIsoWeek({2023, 3, 23}) == "2023-W12");
  CHECK(FormatIsoWeek({2021, 1, 3}) == "2020-W53");
  CHECK(FormatIsoWeek({2024, 12, 30}) == "2025-W01");
  CHECK(FormatDate(CivilFromDays(DaysFromCivil({2024, 2, 28}) + 1)) == "2024-02-29");
  CHECK_FALSE(ParseIsoDate("2023-02-30").has_value());
  CHECK(ResolvePeriod(CivilDate{2023, 1, 15}, Period::kMonth, -1) == "2022-12");
  CHECK(ResolveWeekday(CivilDate{2023, 3, 30}, 5, 0) == "2023-03-24");
  CHECK(ResolveWeekday(CivilDate{2023, 3, 30}, 4, -1) == "2023-03-23");
}

TEST_CASE("quantity extractor reads recurring times as sets", "[quantities]") {
  const Expected cases[] = {
      {"The council meets every Monday.", "every Monday", K::kDate, kNone, "", "XXXX-WXX-1", "every", ""},
      {"Briefings are held each Monday at 4pm.", "each Monday at 4pm", K::kDate, kNone, "", "XXXX-WXX-1T16:00", "every", ""},
      {"Inspectors visit every two weeks.", "every two weeks", K::kDate, kNone, "", "P2W", "every", ""},
      {"Ferries run every other day.", "every other day", K::kDate, kNone, "", "P2D", "every", ""},
      {"The bulletin is published weekly.", "weekly", K::kDate, kNone, "", "P1W", "every", ""},
      {"Figures are updated daily and sent to ministers.", "daily", K::kDate, kNone, "", "P1D", "every", ""},
      {"The market opens on Saturdays.", "Saturdays", K::kDate, kNone, "", "XXXX-WXX-6", "every", ""},
      {"The choir rehearses Friday mornings.", "Friday mornings", K::kDate, kNone, "", "XXXX-WXX-5TMO", "every", ""},
      {"Curfew starts every evening at 7:30 p.m.", "every evening at 7:30 p.m.", K::kDate, kNone, "", "T19:30", "every", ""},
      {"The siren sounds at 9pm each day.", "9pm each day", K::kTime, kNone, "", "T21:00", "every", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
  // Adjectives of frequency are not times.
  for (const char* input : {"She edits a weekly magazine.", "Power cuts are part of everyday life.",
                            "The daily newspaper closed.", "Prices rise every time it rains."}) {
    std::vector<Quantity> qs = QuantitiesOf(input);
    INFO(input << "\n" << DescribeAll(qs));
    CHECK(qs.empty());
  }
}

TEST_CASE("quantity extractor reads durations without a plain count", "[quantities]") {
  const Expected cases[] = {
      {"The siege lasted several weeks.", "several weeks", K::kDuration, kNone, "week", "P3W", "", ""},
      {"Talks stalled for a few hours.", "a few hours", K::kDuration, kNone, "hour", "PT3H", "", ""},
      {"The crew waited for some days.", "some days", K::kDuration, kNone, "day", "P3D", "", ""},
      {"Rescuers searched for a couple of days.", "a couple of days", K::kDuration, kNone, "day", "P2D", "", ""},
      {"Crowds gathered all month.", "all month", K::kDuration, kNone, "month", "P1M", "", ""},
      {"The deadline was pushed back another week.", "another week", K::kDuration, kNone, "week", "P1W", "", ""},
      {"The envoy stayed two nights in Geneva.", "two nights", K::kDuration, kNone, "night", "P2D", "", ""},
      {"The trial ran for 3Y in total.", "3Y", K::kDuration, kNone, "year", "P3Y", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
  for (const char* input : {"Some days are harder than others.", "All hours of the night."}) {
    std::vector<Quantity> qs = QuantitiesOf(input);
    INFO(input << "\n" << DescribeAll(qs));
    CHECK(qs.empty());
  }
}

TEST_CASE("quantity extractor reads named days and lower-case months after a day", "[quantities]") {
  const Expected cases[] = {
      {"Shops close early on Christmas Eve.", "Christmas Eve", K::kDate, kNone, "", "2022-12-24", "", ""},
      {"Flights were full at Thanksgiving 2019.", "Thanksgiving 2019", K::kDate, kNone, "", "2019-11-28", "", ""},
      {"The parade returns on Memorial Day of this year.", "Memorial Day of this year", K::kDate, kNone, "", "2023-05-29", "", ""},
      {"Fireworks are banned on the 4th of july.", "the 4th of july", K::kDate, kNone, "", "2023-07-04", "", ""},
      {"The ferry sails on 28 june in 2024.", "28 june in 2024", K::kDate, kNone, "", "2024-06-28", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
  std::vector<Quantity> qs = QuantitiesOf("Only 2 may enter the court.");
  INFO(DescribeAll(qs));
  for (const Quantity& q : qs) CHECK(q.kind != K::kDate);
}

TEST_CASE("quantity extractor reads numbered weeks, quarters and halves", "[quantities]") {
  const Expected cases[] = {
      {"Talks are set for the week commencing April 10.", "the week commencing April 10", K::kDate, kNone, "",
       "2023-W15", "", ""},
      {"Shifts for w/c 3 April are posted.", "w/c 3 April", K::kDate, kNone, "", "2023-W14", "", ""},
      {"Infections peaked in week 10, the agency said.", "week 10", K::kDate, kNone, "", "2023-W10", "", ""},
      {"Revenue grew in 2022 Q4.", "2022 Q4", K::kDate, kNone, "", "2022-Q4", "", ""},
      {"Margins fell in Q1 2021.", "Q1 2021", K::kDate, kNone, "", "2021-Q1", "", ""},
      {"Orders should recover in 2024-H2.", "2024-H2", K::kDate, kNone, "", "2024-H2", "", ""},
      {"Deliveries start in the first week of 2024.", "the first week of 2024", K::kDate, kNone, "", "2024-W01", "", ""},
      {"The plant shuts in the last week of 2023.", "the last week of 2023", K::kDate, kNone, "", "2023-W52", "", ""},
      {"Sales slowed in the second quarter of the year.", "the second quarter of the year", K::kDate, kNone, "", "2023-Q2", "", ""},
      {"Hiring froze in the first half of 2020.", "the first half of 2020", K::kDate, kNone, "", "2020-H1", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
  // A week counted within something else is not a calendar week.
  for (const Quantity& q : QuantitiesOf("The striker scored in week 10 of the season.")) CHECK(q.kind != K::kDate);
}

TEST_CASE("quantity extractor joins a weekday with the day or week that fixes it", "[quantities]") {
  const Expected cases[] = {
      {"The summit opens next week Wednesday.", "next week Wednesday", K::kDate, kNone, "", "2023-04-05", "", ""},
      {"Ballots were counted previous week - Monday.", "previous week - Monday", K::kDate, kNone, "", "2023-03-20", "", ""},
      {"The court sits Friday 3/24 with a full bench.", "Friday 3/24", K::kDate, kNone, "", "2023-03-24", "", ""},
      {"The rally is on Friday the 31st at 4.", "Friday the 31st at 4", K::kDate, kNone, "", "2023-03-31T04:00", "", ""},
      {"Results come on Tuesday the eleventh.", "Tuesday the eleventh", K::kDate, kNone, "", "2023-04-11", "", ""},
      {"The board meets Monday at 2.30.", "Monday at 2.30", K::kDate, kNone, "", "2023-03-27T02:30", "", ""},
      {"Polls shut on Wednesday 4 o'clock.", "Wednesday 4 o'clock", K::kDate, kNone, "", "2023-03-29T04:00", "", ""},
      {"Talks resume on tuesday of next week.", "on tuesday of next week", K::kDate, kNone, "", "2023-04-04", "", ""},
      {"The launch is set for this Friday 3/31 in Houston.", "this Friday 3/31", K::kDate, kNone, "", "2023-03-31", "",
       ""},
      {"The vote is next Tuesday the 4th.", "next Tuesday the 4th", K::kDate, kNone, "", "2023-04-04", "", ""},
      {"The verdict came on Monday of the following week.", "on Monday of the following week", K::kDate, kNone, "",
       "2023-04-03", "", ""},
      {"The ferry sails at 6.15pm today.", "at 6.15pm today", K::kDate, kNone, "", "2023-03-30T18:15", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
  for (const Quantity& q : QuantitiesOf("On Friday 7.6 million viewers watched.")) CHECK(q.text != "Friday 7.6");
  // "at 5pm" alone keeps its "at" out of the span; only a following day brings it in.
  CheckExpected({"Crowds gathered at 5pm near the square.", "5pm", K::kTime, kNone, "", "T17:00", "", ""});
}

TEST_CASE("quantity extractor reads clock times told in words", "[quantities]") {
  const Expected cases[] = {
      {"The blast came at half past seven o'clock.", "half past seven o'clock", K::kTime, kNone, "", "T07:30", "", ""},
      {"Troops moved in at twenty minutes past eight in the evening.", "twenty minutes past eight in the evening", K::kTime, kNone, "", "T20:20", "", ""},
      {"The train left at 10 past 9.", "10 past 9", K::kTime, kNone, "", "T09:10", "", ""},
      {"Voting ends at a quarter to six.", "a quarter to six", K::kTime, kNone, "", "T05:45", "", ""},
      {"The sirens sounded at 1140 a.m. local time.", "1140 a.m.", K::kTime, kNone, "", "T11:40", "", ""},
      {"The ceasefire starts tomorrow at thirty-six minutes past eight.", "tomorrow at thirty-six minutes past eight", K::kDate, kNone, "", "2023-03-31T08:36", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
  // "five to seven" without "minutes" is a range or a score, not a clock time.
  for (const Quantity& q : QuantitiesOf("The vote went five to seven against the motion.")) CHECK(q.kind != K::kTime);
  for (const Quantity& q : QuantitiesOf("Seven thirty people signed the letter.")) CHECK(q.kind != K::kTime);
  for (const Quantity& q : QuantitiesOf("The index rose from 5 to 7 today.")) CHECK(q.kind != K::kTime);
  for (const Quantity& q : QuantitiesOf("Shares were sold at two fifty each.")) CHECK(q.kind != K::kTime);
  for (const Quantity& q : QuantitiesOf("The video streams in 720p and 1080p.")) CHECK(q.kind != K::kTime);
  for (const Quantity& q : QuantitiesOf("The council voted 5 to 7 on Tuesday.")) CHECK(q.text != "5 to 7 on Tuesday");
  for (const Quantity& q : QuantitiesOf("The match ended 2 to 1 in the evening session.")) CHECK(q.kind != K::kTime);
}

TEST_CASE("quantity extractor reads hours and minutes in words and ranges of hours", "[quantities]") {
  const Expected cases[] = {
      {"The polls close tomorrow at seven twenty-seven.", "tomorrow at seven twenty-seven", K::kDate, kNone, "",
       "2023-03-31T07:27", "", ""},
      {"The vote is on april fourth nine thirty.", "april fourth nine thirty", K::kDate, kNone, "", "2023-04-04T09:30", "",
       ""},
      {"The hearing resumes Friday the thirty first at six pm.", "Friday the thirty first at six pm", K::kDate, kNone, "",
       "2023-03-31T18:00", "", ""},
      {"Shops stay shut from 3 in the morning until 5pm.", "from 3 in the morning until 5pm", K::kTime, kNone, "",
       "T03:00/T17:00", "", ""},
      {"Roads close 5 to seven in the evening.", "5 to seven in the evening", K::kTime, kNone, "", "T17:00/T19:00", "", ""},
      {"Power is cut five to seven today.", "five to seven today", K::kDate, kNone, "",
       "2023-03-30T05:00/2023-03-30T07:00", "", ""},
      {"The line is closed from 5 to 6pm of April 22.", "from 5 to 6pm of April 22", K::kDate, kNone, "",
       "2023-04-22T17:00/2023-04-22T18:00", "", ""},
      {"Debate runs from two thirty to two forty five.", "from two thirty to two forty five", K::kTime, kNone, "",
       "T02:30/T02:45", "", ""},
      {"The curfew runs from 9 in the evening to 6 in the morning.", "from 9 in the evening to 6 in the morning",
       K::kTime, kNone, "", "T21:00/T06:00", "", ""},
      {"Police arrived at eleven forty, witnesses said.", "eleven forty", K::kTime, kNone, "", "T11:40", "", ""},
      {"The strike runs between one and three this afternoon.", "between one and three this afternoon", K::kDate, kNone,
       "", "2023-03-30T13:00/2023-03-30T15:00", "", ""},
      {"The envoy lands on the 3rd of April at 5pm.", "the 3rd of April at 5pm", K::kDate, kNone, "", "2023-04-03T17:00",
       "", ""},
      {"The vote is on Friday the thirty first at nine.", "Friday the thirty first at nine", K::kDate, kNone, "",
       "2023-03-31T09:00", "", ""},
      {"The shuttle leaves tomorrow at 8:45a.", "tomorrow at 8:45a", K::kDate, kNone, "", "2023-03-31T08:45", "", ""},
      {"Call me today at 9p.", "today at 9p", K::kDate, kNone, "", "2023-03-30T21:00", "", ""},
      {"Crews expect to finish 11ish.", "11ish", K::kTime, kNone, "", "T11:00", "", ""},
      {"The vigil starts Sunday late evening at 10:00.", "Sunday late evening at 10:00", K::kDate, kNone, "",
       "2023-03-26T22:00", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor reads a month with its day in words", "[quantities]") {
  const Expected cases[] = {
      {"The vote is set for May twenty nine.", "May twenty nine", K::kDate, kNone, "", "2023-05-29", "", ""},
      {"Talks resume on february twenty second at 3:30.", "february twenty second at 3:30", K::kDate, kNone, "", "2023-02-22T03:30", "", ""},
      {"The hearing moved to march eighteenth.", "march eighteenth", K::kDate, kNone, "", "2023-03-18", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
  // A number after the month that counts years is not its day.
  CheckExpected({"The mine closed in May two years ago.", "two years ago", K::kDate, kNone, "", "2021-03-30", "", ""});
}

TEST_CASE("quantity extractor reads a counted run of periods next to the reference date", "[quantities]") {
  const Expected cases[] = {
      {"Rain is forecast for the next two days.", "next two days", K::kDate, kNone, "", "2023-03-31/2023-04-02", "", ""},
      {"Output fell in the previous three quarters.", "previous three quarters", K::kDate, kNone, "", "2022-04-01/2023-01-01", "", ""},
      {"Aid will flow over the next couple of weeks.", "next couple of weeks", K::kDate, kNone, "", "2023-03-31/2023-04-14", "", ""},
      {"Prices doubled over the past five years.", "past five years", K::kDate, kNone, "", "2018-01-01/2023-01-01", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

TEST_CASE("quantity extractor marks the moment of writing", "[quantities]") {
  CheckExpected({"Police had no suspects at this time.", "at this time", K::kDate, kNone, "", "PRESENT_REF", "", ""});
  CheckExpected({"Rates are stable at the present time.", "at the present time", K::kDate, kNone, "", "PRESENT_REF", "", ""});
  CHECK(QuantitiesOf("Storms are common at this time of year.").empty());
}

}  // namespace
}  // namespace lede::testing
