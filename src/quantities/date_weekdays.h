// Weekday joins: a weekday fixed by what is written next to it — a relative week
// ("next week Wednesday", "previous week - Monday"), a numeric month/day ("Friday 7/6",
// "Friday 7.6") or a day of the month ("Friday the 26th", "Tuesday the eleventh"),
// each optionally followed by "at <clock or hour>".
#ifndef LEDE_SRC_QUANTITIES_DATE_WEEKDAYS_H_
#define LEDE_SRC_QUANTITIES_DATE_WEEKDAYS_H_

#include <cstddef>

#include "quantities/date_phrases.h"

namespace lede::detail {

// Returns true and fills *m when a weekday join starts at pieces[i].
bool MatchWeekdayJoin(const DateContext& ctx, size_t i, DateMatch* m);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_DATE_WEEKDAYS_H_
