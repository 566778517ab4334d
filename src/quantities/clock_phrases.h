// Clock phrases: times told in words ("half past seven o'clock", "thirty-six minutes past
// eight", "20 min past eight in the evening", "10 past 9", "a quarter to six", "six pm",
// "at seven twenty-seven") and ranges of clock times ("5 to 6pm", "from 3 in the morning
// until 5pm", "five to seven today").
#ifndef LEDE_SRC_QUANTITIES_CLOCK_PHRASES_H_
#define LEDE_SRC_QUANTITIES_CLOCK_PHRASES_H_

#include <cstddef>
#include <string>

#include "quantities/date_phrases.h"

namespace lede::detail {

// Returns true and fills *m ("T20:20", is_time) when a clock time told with "past" or
// "to" starts at pieces[i].
bool MatchSpelledClock(const DateContext& ctx, size_t i, DateMatch* m);

// Returns true and fills *m ("T19:27", is_time) when an hour in words starts at pieces[i]
// with am/pm ("six pm") or, when `bare_ok` (after "at", a day or "from"), with its minutes
// in words ("seven twenty-seven", "nine thirty").
bool MatchWordClock(const DateContext& ctx, size_t i, bool bare_ok, DateMatch* m);

// Returns the hour 1..12 (digits or a word) at pieces[i], or -1; sets *end past it and,
// when "in the <part of day>" follows, past that too with *code its TIMEX code ("MO").
int HourWithDaypart(const DateContext& ctx, size_t i, size_t* end, std::string* code);

// Returns "Thh:mm" with the hour moved to the afternoon when `pm` and the hour is before noon.
std::string ShiftPm(const std::string& t, bool pm);

// Returns true and fills *m when "<time or hour> to|until|- <time>" starts at pieces[i]
// ("5 to 6pm", "from 3 in the morning until 5pm", "five to seven today" -> a day's range);
// `between` makes "and" the joiner, `led` (after "from"/"between") admits minutes in words.
bool MatchTimeRange(const DateContext& ctx, size_t i, bool between, bool led, DateMatch* m);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_CLOCK_PHRASES_H_
