// Clock phrases: a cheap look-ahead for "past" / "to" within the next few pieces gates
// the rule, so ordinary numbers cost a handful of string compares. Then: minutes (a
// number, "half", "(a) quarter") with an optional minutes word, "past" or "to" ("to"
// only with a minutes word, "half" or "quarter", since "five to seven" is a range), an
// hour 1..12 (or 0..23 in digits), an optional "o'clock" and an optional part of day
// that moves the hour to the afternoon ("in the evening"). An hour word with minutes in
// words ("seven twenty-seven") is a time only after "at", a day or "from", since alone it
// is as often two counts. A range joins two times, or bare hours when a part of day or a
// day word ("today") follows, so "5 to 7" alone stays a score.
#include "quantities/clock_phrases.h"

#include <cstdio>
#include <cstdlib>

#include "quantities/number_parser.h"

namespace lede::detail {

namespace {

constexpr int kMaxMinute = 59;
constexpr int kMaxHour24 = 23;
constexpr int kHoursPerHalfDay = 12;
constexpr int kMinutesPerHour = 60;
constexpr int kHalfHour = 30;
constexpr int kQuarterHour = 15;
// Smallest minutes told in words after an hour word: "seven ten"; "seven five" is a list.
constexpr int kFirstWordMinute = 10;
// Pieces between the minutes and "past"/"to": "thirty - six minutes past".
constexpr size_t kPastWindow = 5;


bool IsMinutesWord(const std::vector<Piece>& pieces, size_t j) {
  return WordAt(pieces, j, "minutes") || WordAt(pieces, j, "minute") || WordAt(pieces, j, "min") ||
         WordAt(pieces, j, "mins");
}

// Reads an hour 1..12 (words only when `words_only`) at j; returns it or -1, sets *end.
int HourAt(const DateContext& ctx, size_t j, bool words_only, size_t* end) {
  const auto& pieces = ctx.pieces;
  if (j >= pieces.size()) return -1;
  if (pieces[j].kind == PieceKind::kNumber) {
    const std::string& s = pieces[j].lower;
    if (words_only || s.size() > 2 || s.find_first_not_of("0123456789") != std::string::npos) return -1;
    int h = std::atoi(s.c_str());
    *end = j + 1;
    return h >= 1 && h <= kHoursPerHalfDay ? h : -1;
  }
  if (pieces[j].kind != PieceKind::kWord) return -1;
  NumberMatch nm;
  if (!ParseNumber(pieces, j, ctx.lex, &nm) || !nm.words || nm.ordinal || nm.fraction || nm.article_only ||
      nm.value < 1 || nm.value > kHoursPerHalfDay || nm.value != static_cast<int>(nm.value)) {
    return -1;
  }
  *end = nm.end;
  return static_cast<int>(nm.value);
}

// Reads am/pm at j ("pm", "p.m."): returns 1 for am, 2 for pm, else 0; sets *end.
int HalfAt(const std::vector<Piece>& pieces, size_t j, size_t* end) {
  if (WordAt(pieces, j, "am") || WordAt(pieces, j, "pm")) {
    *end = j + 1;
    return pieces[j].lower == "am" ? 1 : 2;
  }
  if ((WordAt(pieces, j, "a") || WordAt(pieces, j, "p")) && j + 3 < pieces.size() && pieces[j + 1].lower == "." &&
      WordAt(pieces, j + 2, "m") && pieces[j + 3].lower == ".") {
    *end = j + 4;
    return pieces[j].lower == "a" ? 1 : 2;
  }
  return 0;
}

bool IsCalendarDay(const std::string& n) { return n.size() == 10 && n[4] == '-' && n[7] == '-'; }

bool IsClockMatch(const DateMatch& m) { return m.is_time && m.normalized.size() >= 6 && m.normalized[0] == 'T'; }

// Returns true when what follows an hour and minutes in words at j lets them be a clock
// time: the end of the clause, a joiner of a range or a day ("seven twenty today"), not a
// count's unit or a price ("two fifty each", "two fifty a share").
bool EndsClockPhrase(const DateContext& ctx, size_t j) {
  const auto& pieces = ctx.pieces;
  if (j >= pieces.size() || pieces[j].kind == PieceKind::kPunct) return true;
  static constexpr std::string_view kFollowers[] = {"to", "until", "till", "and", "on", "in", "at", "this", "next"};
  for (std::string_view w : kFollowers) {
    if (WordAt(pieces, j, w)) return true;
  }
  const DateWord* d = pieces[j].kind == PieceKind::kWord ? ctx.lex.Date(pieces[j].lower) : nullptr;
  return d && (d->role == DateRole::kDayOffset || d->role == DateRole::kWeekday || d->role == DateRole::kDaypart);
}

}  // namespace

// Returns the clock part "hh:mm" of "Thh:mm", hour shifted by 12 when `pm` and hour < 12.
std::string ShiftPm(const std::string& t, bool pm) {
  int hour = std::atoi(t.substr(1, 2).c_str());
  if (!pm || hour >= kHoursPerHalfDay) return t;
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d", hour + kHoursPerHalfDay);
  return buf + t.substr(3);
}

// Reads "<time or hour> to|until|- <time>" at i into a range; `between` (after "between")
// makes "and" the joiner, `led` (after "from" or "between") lets hours and minutes in words
// count ("from two thirty to two forty five"). A bare hour takes "in the morning"; a bare
// second hour needs one, or a day after it ("five to seven today"); a day after the range
// ("today", "of April 22") fixes both ends.
bool MatchTimeRange(const DateContext& ctx, size_t i, bool between, bool led, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  DateMatch first;
  size_t j;
  bool first_clock = (MatchClockTime(ctx, i, &first) && IsClockMatch(first)) ||
                     (led && MatchWordClock(ctx, i, true, &first));
  int bare = -1;
  std::string first_code;
  if (first_clock) {
    j = first.end;
  } else {
    bare = HourWithDaypart(ctx, i, &j, &first_code);
    if (bare < 0) return false;
  }
  bool joined = between ? WordAt(pieces, j, "and")
                        : (WordAt(pieces, j, "to") || WordAt(pieces, j, "until") || WordAt(pieces, j, "till") ||
                           (j < pieces.size() && pieces[j].kind == PieceKind::kDash));
  if (!joined || j + 1 >= pieces.size()) return false;
  DateMatch second;
  bool second_clock =
      (MatchClockTime(ctx, j + 1, &second) && IsClockMatch(second)) || (led && MatchWordClock(ctx, j + 1, true, &second));
  if (!second_clock) {
    // A bare second hour: "5 to seven in the morning", "five to seven today".
    std::string code;
    size_t end = 0;
    int hour = HourWithDaypart(ctx, j + 1, &end, &code);
    if (hour < 0) return false;
    if (code.empty()) {
      // "5 to 7" alone is a score or a count; a day after it ("today", "this afternoon") makes hours.
      DateMatch after;
      if (end >= pieces.size() || pieces[end].kind != PieceKind::kWord || !MatchWordDate(ctx, end, &after) ||
          after.normalized.size() < 10 || !IsCalendarDay(after.normalized.substr(0, 10)) ||
          (after.normalized.size() > 10 && after.normalized[10] != 'T')) {
        return false;
      }
      // "this afternoon" -> AF, read from the date's last word or its TIMEX part of day.
      code = after.normalized.size() > 11 ? after.normalized.substr(11) : DaypartCode(pieces[after.end - 1].lower);
    }
    second.normalized = ShiftPm(FormatClock(hour % kHoursPerHalfDay, 0), !code.empty() && code != "MO");
    second.end = end;
  }
  std::string start;
  if (first_clock) {
    start = first.normalized;
  } else {
    const std::string bare_clock = FormatClock(bare % kHoursPerHalfDay, 0);
    if (!first_code.empty()) {
      start = ShiftPm(bare_clock, first_code != "MO");
    } else {
      // "5 to 6pm": the bare hour takes the second time's half of the day when it is earlier;
      // a later one ("2 to 1 in the evening") makes a score, not a range of hours.
      int end_hour = std::atoi(second.normalized.substr(1, 2).c_str());
      if (!second_clock && bare % kHoursPerHalfDay >= end_hour % kHoursPerHalfDay) return false;
      start = ShiftPm(bare_clock, end_hour >= kHoursPerHalfDay && bare % kHoursPerHalfDay + kHoursPerHalfDay <= end_hour);
    }
  }
  m->end = second.end;
  m->zone = second.zone;
  m->is_time = true;
  // A day after the range: "today", "of April 22", "on Friday".
  size_t k = m->end;
  if (WordAt(pieces, k, "of") || WordAt(pieces, k, "on")) ++k;
  DateMatch day;
  if (k < pieces.size() && pieces[k].kind == PieceKind::kWord && MatchWordDate(ctx, k, &day) &&
      day.normalized.size() >= 10 && IsCalendarDay(day.normalized.substr(0, 10)) &&
      (day.normalized.size() == 10 || day.normalized[10] == 'T')) {
    std::string date = day.normalized.substr(0, 10);  // "this afternoon": its part of day is in the hours
    m->normalized = date + start + "/" + date + second.normalized;
    m->end = day.end;
    m->is_time = false;
    return true;
  }
  m->normalized = start + "/" + second.normalized;
  return true;
}

bool MatchWordClock(const DateContext& ctx, size_t i, bool bare_ok, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  // Cheap gate: an hour word followed by another word.
  if (i + 1 >= pieces.size() || pieces[i].kind != PieceKind::kWord || pieces[i + 1].kind != PieceKind::kWord ||
      !ctx.lex.Number(pieces[i].lower)) {
    return false;
  }
  size_t j = 0;
  int hour = HourAt(ctx, i, true, &j);
  if (hour < 0) return false;
  int minute = 0;
  bool has_minutes = false;
  NumberMatch mm;
  if (j < pieces.size() && pieces[j].kind == PieceKind::kWord && ParseNumber(pieces, j, ctx.lex, &mm) && mm.words &&
      !mm.ordinal && !mm.fraction && !mm.article_only && mm.value >= kFirstWordMinute && mm.value <= kMaxMinute &&
      mm.value == static_cast<int>(mm.value)) {
    minute = static_cast<int>(mm.value);
    has_minutes = true;
    j = mm.end;
  }
  size_t end = j;
  int half = HalfAt(pieces, j, &end);
  if (half == 0 && !(has_minutes && bare_ok && EndsClockPhrase(ctx, end))) return false;
  if (half == 2 && hour < kHoursPerHalfDay) hour += kHoursPerHalfDay;
  if (half == 1 && hour == kHoursPerHalfDay) hour = 0;
  m->normalized = FormatClock(hour, minute);
  m->end = end;
  m->is_time = true;
  return true;
}

int HourWithDaypart(const DateContext& ctx, size_t i, size_t* end, std::string* code) {
  const auto& pieces = ctx.pieces;
  int hour = HourAt(ctx, i, false, end);
  if (hour < 0) return -1;
  size_t j = *end;
  code->clear();
  if (WordAt(pieces, j, "in") && WordAt(pieces, j + 1, "the") && j + 2 < pieces.size()) {
    *code = DaypartCode(pieces[j + 2].lower);
    if (!code->empty()) *end = j + 3;
  }
  return hour;
}

bool MatchSpelledClock(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  bool gate = false;
  for (size_t k = i + 1; k < pieces.size() && k <= i + kPastWindow && !gate; ++k) {
    gate = WordAt(pieces, k, "past") || WordAt(pieces, k, "to");
  }
  if (!gate) return false;
  int minutes = -1;
  bool named = false;  // "half", "quarter"
  size_t j = i;
  if (WordAt(pieces, j, "a") && WordAt(pieces, j + 1, "quarter")) ++j;
  if (WordAt(pieces, j, "half") || WordAt(pieces, j, "quarter")) {
    minutes = pieces[j].lower == "half" ? kHalfHour : kQuarterHour;
    named = true;
    ++j;
  } else {
    NumberMatch nm;
    if (!ParseNumber(pieces, j, ctx.lex, &nm) || nm.ordinal || nm.fraction || nm.article_only || nm.negative ||
        nm.value < 1 || nm.value > kMaxMinute || nm.value != static_cast<int>(nm.value)) {
      return false;
    }
    minutes = static_cast<int>(nm.value);
    j = nm.end;
  }
  bool unit = IsMinutesWord(pieces, j);
  if (unit) ++j;
  bool past = WordAt(pieces, j, "past") || (unit && WordAt(pieces, j, "after"));
  bool to = WordAt(pieces, j, "to");
  if (!past && !(to && (unit || named))) return false;
  NumberMatch hm;
  if (!ParseNumber(pieces, j + 1, ctx.lex, &hm) || hm.ordinal || hm.fraction || hm.article_only ||
      hm.value < 0 || hm.value > (hm.words ? kHoursPerHalfDay : kMaxHour24) || hm.value != static_cast<int>(hm.value)) {
    return false;
  }
  int hour = static_cast<int>(hm.value);
  size_t end = hm.end;
  if (WordAt(pieces, end, "oclock") || WordAt(pieces, end, "o'clock") || WordAt(pieces, end, "o\u2019clock")) ++end;
  bool pm = false;
  if (WordAt(pieces, end, "in") && WordAt(pieces, end + 1, "the") && end + 2 < pieces.size()) {
    std::string code = DaypartCode(pieces[end + 2].lower);
    if (!code.empty()) {
      pm = code != "MO";
      end += 3;
    }
  }
  int total = hour * kMinutesPerHour + (to ? -minutes : minutes);
  if (total < 0) total += kHoursPerHalfDay * kMinutesPerHour;
  int h = total / kMinutesPerHour, mi = total % kMinutesPerHour;
  if (pm && h < kHoursPerHalfDay) h += kHoursPerHalfDay;
  m->normalized = FormatClock(h, mi);
  m->end = end;
  m->is_time = true;
  return true;
}

}  // namespace lede::detail
