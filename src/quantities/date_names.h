// Named days: holidays and other days known by name ("Christmas Eve", "Thanksgiving",
// "Independence Day of this year"), read from data/lexicon/holidays.tsv, each a fixed
// month-day or the Nth weekday of a month.
#ifndef LEDE_SRC_QUANTITIES_DATE_NAMES_H_
#define LEDE_SRC_QUANTITIES_DATE_NAMES_H_

#include <cstddef>

#include "quantities/date_phrases.h"

namespace lede::detail {

// Returns true and fills *m when a named day starts at pieces[i], with an optional year
// after it ("Thanksgiving 2019", "Christmas of last year"): the day of that year, else the
// occurrence nearest the reference date ("XXXX-12-24" without one).
bool MatchNamedDay(const DateContext& ctx, size_t i, DateMatch* m);

// Returns true and fills *m when a numbered period starts at pieces[i]: "week 10"
// ("2019-W10"), "2017 Q1" / "Q1 2017" / "Q1" ("2017-Q1"), "2019 H2" / "2019-H2" ("2019-H2"),
// "(the) first week of 2019", "last week of 2019", "the first quarter of the year",
// "second half of 2020".
bool MatchNumberedPeriod(const DateContext& ctx, size_t i, DateMatch* m);

// Returns true and fills *m ("A/B", days, end exclusive) when a counted run of periods
// next to the reference date starts at pieces[i]: "the next two days", "next couple weeks",
// "previous three quarters" (whole quarters before the current one), "the past five years".
bool MatchCountedPeriod(const DateContext& ctx, size_t i, DateMatch* m);

// Returns true and fills *m ("PRESENT_REF", the TIMEX for the moment of writing) when
// "at the present time", "at this time" or "at present" starts at pieces[i].
bool MatchPresent(const DateContext& ctx, size_t i, DateMatch* m);

// Returns the day of `year` a holiday rule gives, "" when it is not a date.
std::string HolidayInYear(const std::string& rule, int year);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_DATE_NAMES_H_
