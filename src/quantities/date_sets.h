// Date sets and vague durations: recurring times ("every Monday", "weekly", "Friday
// mornings", "3pm each day") and lengths of time given without a number ("several
// weeks", "a few hours", "all month", "another day", "for 3Y").
//
// A set is marked by DateMatch::is_set and normalised to its TIMEX set value
// ("XXXX-WXX-1", "P1W", "T15:00", "XXXX-WXX-5TMO"); the extractor gives it the qualifier
// "every". A vague count is read the way Recognizers-Text reads it: few / several / some
// = 3, a couple = 2, all / another = 1.
#ifndef LEDE_SRC_QUANTITIES_DATE_SETS_H_
#define LEDE_SRC_QUANTITIES_DATE_SETS_H_

#include <cstddef>

#include "quantities/date_phrases.h"

namespace lede::detail {

// Returns true and fills *m when a recurring time ("every other week", "each Monday at
// 4pm", "daily", "on Mondays", "Friday mornings") starts at pieces[i].
bool MatchDateSet(const DateContext& ctx, size_t i, DateMatch* m);

// Returns true and turns the clock time *m into a set when "each day" / "every day" /
// "daily" follows it ("3pm each day" -> set "T15:00").
bool ExtendClockToSet(const DateContext& ctx, DateMatch* m);

// Returns true and fills *m when a length of time without a plain count starts at
// pieces[i]: "several weeks" (P3W), "a few hours" (PT3H), "a couple of days" (P2D),
// "all month" (P1M), "another day" (P1D), "two nights" (P2D), "3Y" after "for".
bool MatchVagueDuration(const DateContext& ctx, size_t i, DateMatch* m);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_DATE_SETS_H_
