// Date phrases: finds dates and clock times in lexer pieces and normalises them.
//
// Word-led: weekdays ("on Thursday"), months ("February last year", "March 3, 2023"),
// relative periods ("last week", "earlier this month"), day words ("yesterday").
// Number-led: ISO dates ("2023-03-30"), day-month ("3 March 2023"), decades ("the
// 1990s"), years ("in 2019") and clock times ("10.30am", "15:00 GMT").
#ifndef LEDE_SRC_QUANTITIES_DATE_PHRASES_H_
#define LEDE_SRC_QUANTITIES_DATE_PHRASES_H_

#include <optional>
#include <string>
#include <vector>

#include "quantities/date_resolver.h"
#include "quantities/number_parser.h"
#include "quantities/quantity_lexer.h"
#include "quantities/quantity_lexicon.h"

namespace lede::detail {

// Holds one date or time phrase.
struct DateMatch {
  size_t end = 0;          // index of the first piece past the phrase
  std::string normalized;  // ISO 8601 / TIMEX, or "" when nothing can be fixed
  std::string zone;        // a time zone written after a clock time ("GMT")
  bool is_time = false;    // a clock time rather than a date
  bool is_set = false;     // a recurring time ("every Monday"): normalized is its TIMEX set value
  bool is_duration = false;  // a length of time ("several weeks"): normalized is ISO 8601 "P3W"
  std::string unit;        // a duration's time unit ("week")
};

// Holds the last MatchDateTime answer: the rules that try a date at one piece (a range,
// a modified date, then the plain date) compute it once.
struct DateMemo {
  size_t start = static_cast<size_t>(-1);  // byte offset of the piece it was computed at
  bool found = false;
  DateMatch match;
};

// Holds what the date rules read: pieces, word lists and the reference date.
struct DateContext {
  const std::vector<Piece>& pieces;
  const QuantityLexicon& lex;
  std::optional<CivilDate> ref;
  mutable DateMemo memo = {};
};

// Returns true and fills *m when a word-led date phrase starts at pieces[i].
bool MatchWordDate(const DateContext& ctx, size_t i, DateMatch* m);

// Returns true and fills *m when a number-led date (ISO, day-month, decade) starts at pieces[i].
bool MatchNumberDate(const DateContext& ctx, size_t i, DateMatch* m);

// Returns true and fills *m when a clock time starts at pieces[i].
bool MatchClockTime(const DateContext& ctx, size_t i, DateMatch* m);

// Returns true and fills *m when any date or time starts at pieces[i], joined with what
// completes it: a part of day ("tomorrow night" -> "2023-03-31TNI"), a clock time
// ("Friday at 4pm" -> "2023-03-24T16:00", "8pm today"), or a second clock time making a
// range ("5 to 6pm", "between 4pm and 5pm" -> "T17:00/T18:00").
bool MatchDateTime(const DateContext& ctx, size_t i, DateMatch* m);

// Returns true when `nm` (parsed at pieces[i]) can be a year: four plain digits in range.
bool CanBeYear(const NumberMatch& nm);

// Returns true when a year `value` needs no preposition before it to read as a year.
bool IsPlainYearRange(double value);

// Returns the TIMEX part-of-day code of a daypart word ("night", "mornings" -> "NI", "MO"), or "".
std::string DaypartCode(const std::string& word);

// Returns the Period a period word names ("week", "years" ...), or nullopt.
std::optional<Period> PeriodOf(const std::string& unit);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_DATE_PHRASES_H_
