// Date ranges and modifiers, composed on top of MatchDateTime (date_phrases.h).
//
// A temporal modifier that changes which interval a date denotes is part of the date's
// span, as in Microsoft Recognizers-Text: "since August" -> "2016-08-01/..", "before
// 2010" -> "../2010-01-01", "after 2018" -> "2019-01-01/..". Sub-periods take a half of
// the period ("end of this month" -> its second half, "end of tomorrow" -> 23:59:59,
// "late afternoon" -> 14:00-16:00), and two dates joined by "to", "-", "until" or
// "between .. and" make one range ("Feb 28th to March 1st" -> "2020-02-28/2020-03-01").
// Every rule looks a bounded number of pieces ahead, so matching stays linear.
#ifndef LEDE_SRC_QUANTITIES_DATE_RANGES_H_
#define LEDE_SRC_QUANTITIES_DATE_RANGES_H_

#include <string>

#include "quantities/date_phrases.h"

namespace lede::detail {

// Holds a date phrase with its modifier.
struct DateSpan {
  DateMatch date;
  std::string modifier;  // the modifier word(s) written before the date ("since", "no later than"), or ""
};

// Returns true and fills *span when a modified date, a sub-period or a range of dates
// starts at pieces[i]; otherwise false (the caller falls back to MatchDateTime).
bool MatchDateSpan(const DateContext& ctx, size_t i, DateSpan* span);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_DATE_RANGES_H_
