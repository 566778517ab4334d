// Clock phrases: times told in words ("half past seven o'clock", "thirty-six minutes past
// eight", "20 min past eight in the evening", "10 past 9", "a quarter to six").
#ifndef LEDE_SRC_QUANTITIES_CLOCK_PHRASES_H_
#define LEDE_SRC_QUANTITIES_CLOCK_PHRASES_H_

#include <cstddef>

#include "quantities/date_phrases.h"

namespace lede::detail {

// Returns true and fills *m ("T20:20", is_time) when a clock time told with "past" or
// "to" starts at pieces[i].
bool MatchSpelledClock(const DateContext& ctx, size_t i, DateMatch* m);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_CLOCK_PHRASES_H_
