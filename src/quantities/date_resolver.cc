// Date resolver: days <-> civil date with Howard Hinnant's algorithms (exact for every
// Gregorian date), ISO weeks from the Thursday of the week, and month arithmetic on
// year * 12 + month. "Nearest occurrence" picks between the previous, same and next
// year the one closest to the reference date, so "in May" written in March means May
// of the same year and "in December" written in March means last December.
#include "quantities/date_resolver.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace lede::detail {

namespace {

constexpr int kMonthsPerYear = 12;
constexpr int kDaysPerWeek = 7;
constexpr int kMonthsPerQuarter = 3;
constexpr int kQuartersPerYear = 4;
// The ISO weekday whose year owns a week (Thursday).
constexpr int kIsoWeekAnchor = 4;
// 1970-01-01 was a Thursday.
constexpr int kEpochWeekday = 4;

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string Pad(int value, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, value);
  return buf;
}

long AddDays(CivilDate d, long n) { return DaysFromCivil(d) + n; }

}  // namespace

bool IsValidCivil(int year, int month, int day) {
  return month >= 1 && month <= kMonthsPerYear && day >= 1 && day <= DaysInMonth(year, month);
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[k] < '0' || text[k] > '9') return std::nullopt;
  }
  CivilDate d{std::atoi(std::string(text.substr(0, 4)).c_str()), std::atoi(std::string(text.substr(5, 2)).c_str()),
              std::atoi(std::string(text.substr(8, 2)).c_str())};
  if (!IsValidCivil(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

long DaysFromCivil(CivilDate date) {
  long y = date.year - (date.month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (date.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + date.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long days) {
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2));
  return {year, month, day};
}

int IsoWeekday(CivilDate date) {
  long days = DaysFromCivil(date);
  long wd = (days + kEpochWeekday - 1) % kDaysPerWeek;
  if (wd < 0) wd += kDaysPerWeek;
  return static_cast<int>(wd) + 1;
}

std::string FormatDate(CivilDate date) {
  return Pad(date.year, 4) + "-" + Pad(date.month, 2) + "-" + Pad(date.day, 2);
}

std::string FormatMonth(int year, int month) { return Pad(year, 4) + "-" + Pad(month, 2); }

std::string FormatClock(int hour, int minute, int second) {
  std::string out = "T" + Pad(hour, 2) + ":" + Pad(minute, 2);
  if (second >= 0) out += ":" + Pad(second, 2);
  return out;
}

std::string FormatIsoWeek(CivilDate date) {
  long days = DaysFromCivil(date);
  CivilDate thursday = CivilFromDays(days - IsoWeekday(date) + kIsoWeekAnchor);
  long jan1 = DaysFromCivil({thursday.year, 1, 1});
  int week = static_cast<int>((DaysFromCivil(thursday) - jan1) / kDaysPerWeek) + 1;
  return Pad(thursday.year, 4) + "-W" + Pad(week, 2);
}

std::string ResolveWeekday(const std::optional<CivilDate>& ref, int weekday, int direction) {
  if (!ref) return "XXXX-WXX-" + std::to_string(weekday);
  int today = IsoWeekday(*ref);
  long back = (today - weekday + kDaysPerWeek) % kDaysPerWeek;  // days since the latest such day
  long offset;
  if (direction == 0) {
    offset = -back;
  } else if (direction < 0) {
    offset = back == 0 ? -kDaysPerWeek : -back;
  } else if (direction == kThisWeek) {
    offset = weekday - today;
  } else {
    long ahead = (weekday - today + kDaysPerWeek) % kDaysPerWeek;
    offset = ahead == 0 ? kDaysPerWeek : ahead;
  }
  return FormatDate(CivilFromDays(AddDays(*ref, offset)));
}

std::string ResolvePeriod(const std::optional<CivilDate>& ref, Period period, int offset) {
  if (!ref) return "";
  switch (period) {
    case Period::kDay:
      return FormatDate(CivilFromDays(AddDays(*ref, offset)));
    case Period::kWeek:
      return FormatIsoWeek(CivilFromDays(AddDays(*ref, static_cast<long>(offset) * kDaysPerWeek)));
    case Period::kWeekend:
      return FormatIsoWeek(CivilFromDays(AddDays(*ref, static_cast<long>(offset) * kDaysPerWeek))) + "-WE";
    case Period::kMonth: {
      int index = ref->year * kMonthsPerYear + (ref->month - 1) + offset;
      return FormatMonth(index / kMonthsPerYear, index % kMonthsPerYear + 1);
    }
    case Period::kQuarter: {
      int index = ref->year * kQuartersPerYear + (ref->month - 1) / kMonthsPerQuarter + offset;
      return Pad(index / kQuartersPerYear, 4) + "-Q" + std::to_string(index % kQuartersPerYear + 1);
    }
    case Period::kYear:
      return Pad(ref->year + offset, 4);
  }
  return "";
}

std::string ResolveMonth(const std::optional<CivilDate>& ref, int month, int year, int year_offset,
                         bool year_fixed_by_offset) {
  if (year != 0) return FormatMonth(year, month);
  if (!ref) return "XXXX-" + Pad(month, 2);
  if (year_fixed_by_offset) return FormatMonth(ref->year + year_offset, month);
  int ref_index = ref->year * kMonthsPerYear + ref->month - 1;
  int best = 0;
  int best_distance = -1;
  for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
    int distance = std::abs(y * kMonthsPerYear + month - 1 - ref_index);
    if (best_distance < 0 || distance < best_distance) {
      best = y;
      best_distance = distance;
    }
  }
  return FormatMonth(best, month);
}

std::string ResolveMonthDay(const std::optional<CivilDate>& ref, int month, int day, int year) {
  if (year != 0) return IsValidCivil(year, month, day) ? FormatDate({year, month, day}) : "";
  if (!ref) return "XXXX-" + Pad(month, 2) + "-" + Pad(day, 2);
  long ref_days = DaysFromCivil(*ref);
  std::string best;
  long best_distance = -1;
  for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
    if (!IsValidCivil(y, month, day)) continue;
    long distance = std::labs(DaysFromCivil({y, month, day}) - ref_days);
    if (best_distance < 0 || distance < best_distance) {
      best = FormatDate({y, month, day});
      best_distance = distance;
    }
  }
  return best;
}

std::string ResolveAgo(const std::optional<CivilDate>& ref, Period period, double count) {
  if (!ref || count != std::floor(count)) return "";
  int n = static_cast<int>(count);
  switch (period) {
    case Period::kDay:
      return FormatDate(CivilFromDays(AddDays(*ref, -n)));
    case Period::kWeek:
    case Period::kWeekend:
      return FormatDate(CivilFromDays(AddDays(*ref, -static_cast<long>(n) * kDaysPerWeek)));
    case Period::kMonth:
    case Period::kQuarter:
    case Period::kYear: {
      // Same day n months or years back, clamped to the month's end (31 March - 1 month = 28 February).
      int months = period == Period::kYear ? n * kMonthsPerYear : period == Period::kQuarter ? n * kMonthsPerQuarter : n;
      int index = ref->year * kMonthsPerYear + (ref->month - 1) - months;
      int year = index / kMonthsPerYear, month = index % kMonthsPerYear + 1;
      return FormatDate({year, month, std::min(ref->day, DaysInMonth(year, month))});
    }
  }
  return "";
}

}  // namespace lede::detail
