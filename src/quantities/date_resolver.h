// Date resolver: calendar arithmetic and ISO 8601 / TIMEX strings for date phrases.
//
// Relative phrases are resolved against a reference date (the article's date) with a
// past bias, because news reports what has happened: a bare weekday is the latest one
// on or before the reference date. Without a reference date only what the text fixes
// is kept, TIMEX-style: "February" -> "XXXX-02", "Thursday" -> "XXXX-WXX-4", and
// phrases that are purely relative ("last week") get "".
#ifndef LEDE_SRC_QUANTITIES_DATE_RESOLVER_H_
#define LEDE_SRC_QUANTITIES_DATE_RESOLVER_H_

#include <optional>
#include <string>
#include <string_view>

namespace lede::detail {

// Holds a proleptic Gregorian calendar date.
struct CivilDate {
  int year = 0;
  int month = 1;
  int day = 1;
};

// Names a calendar period a relative phrase counts in.
enum class Period { kDay, kWeek, kWeekend, kMonth, kQuarter, kYear };

// Returns the date of "YYYY-MM-DD" (trailing text after the day is ignored), or nullopt.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

// Returns true when year-month-day is a real calendar date.
bool IsValidCivil(int year, int month, int day);

// Returns days since 1970-01-01 (negative before).
long DaysFromCivil(CivilDate date);

// Returns the date `days` days after 1970-01-01.
CivilDate CivilFromDays(long days);

// Returns the ISO weekday of a date (Monday = 1 ... Sunday = 7).
int IsoWeekday(CivilDate date);

// Returns "YYYY-MM-DD".
std::string FormatDate(CivilDate date);

// Returns "YYYY-MM".
std::string FormatMonth(int year, int month);

// Returns the TIMEX clock time "Thh:mm", or "Thh:mm:ss" when `second` is not negative.
std::string FormatClock(int hour, int minute, int second = -1);

// Returns the ISO week of a date, "YYYY-Www".
std::string FormatIsoWeek(CivilDate date);

// Returns a weekday resolved against `ref`: direction 0 is the latest on or before ref,
// -1 ("last Friday") strictly before, +1 ("next Friday") strictly after, and
// kThisWeek the one in ref's ISO week.
std::string ResolveWeekday(const std::optional<CivilDate>& ref, int weekday, int direction);

// Direction value for "this Friday".
inline constexpr int kThisWeek = 2;

// Returns the period `offset` periods from ref's ("last week" = kWeek, -1 -> "2023-W12").
std::string ResolvePeriod(const std::optional<CivilDate>& ref, Period period, int offset);

// Returns a month: of `year` when non-zero, else of ref's year plus `year_offset` when
// `year_fixed_by_offset`, else the occurrence nearest to ref.
std::string ResolveMonth(const std::optional<CivilDate>& ref, int month, int year, int year_offset,
                         bool year_fixed_by_offset);

// Returns a day of a month: of `year` when non-zero, else the occurrence nearest to ref.
std::string ResolveMonthDay(const std::optional<CivilDate>& ref, int month, int day, int year);

// Returns the date `count` periods before ref ("two days ago", "three years ago"), to the day.
std::string ResolveAgo(const std::optional<CivilDate>& ref, Period period, double count);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_DATE_RESOLVER_H_
