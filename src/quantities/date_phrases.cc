// Date phrases: each matcher looks at a fixed, small window of pieces after its start
// (a month may take a day, a comma and a year; a clock may take am/pm and a zone), so
// matching is constant work per piece. Months and weekdays must be capitalised, and a
// bare month also needs a context that rules out a name ("Theresa May") or a verb
// ("may", "march"): a lead word before it, or a day, year or relative year after it.
#include "quantities/date_phrases.h"

#include <cstdio>
#include <cstdlib>

#include "quantities/clock_phrases.h"
#include "quantities/date_names.h"
#include "quantities/date_sets.h"
#include "quantities/date_weekdays.h"

namespace lede::detail {

namespace {

// Years a bare four-digit number is read as without a preposition before it.
constexpr double kMinPlainYear = 1900;
constexpr double kMaxPlainYear = 2100;
// Four-digit numbers outside this range are never years.
constexpr double kMinYear = 1000;
constexpr double kMaxYear = 2199;
constexpr int kMaxDay = 31;
constexpr int kMaxHour24 = 23;
constexpr int kMaxHour12 = 12;
constexpr int kMaxMinute = 59;
constexpr int kHoursPerHalfDay = 12;
// Two-digit decades below this are read as 2000s ("the 10s"), others as 1900s ("the 90s").
constexpr int kCenturyPivot = 30;
constexpr int kMonthMay = 5;
// Hours below this after "tonight" are the small hours ("tonight at 2am"), not evening.
constexpr int kLastSmallHour = 6;
constexpr int kMonthMarch = 3;


bool PunctIs(const std::vector<Piece>& pieces, size_t j, std::string_view w, bool glued) {
  return j < pieces.size() && pieces[j].kind == PieceKind::kPunct && pieces[j].lower == w &&
         (!glued || !pieces[j].space_before);
}

// Returns the value of a plain number piece of 1..max_digits digits, or -1.
int SmallNumber(const std::vector<Piece>& pieces, size_t j, size_t max_digits) {
  if (j >= pieces.size() || pieces[j].kind != PieceKind::kNumber) return -1;
  const std::string& s = pieces[j].lower;
  if (s.empty() || s.size() > max_digits || s.find_first_of(",.") != std::string::npos) return -1;
  return std::atoi(s.c_str());
}

bool IsYearPiece(const std::vector<Piece>& pieces, size_t j) {
  int y = SmallNumber(pieces, j, 4);
  return pieces.size() > j && pieces[j].lower.size() == 4 && y >= kMinYear && y <= kMaxYear;
}

std::string StripPossessive(const std::string& w) {
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.compare(w.size() - 4, 4, "\u2019s") == 0) return w.substr(0, w.size() - 4);
  return w;
}

const DateWord* DateAt(const DateContext& ctx, size_t j, DateRole role) {
  if (j >= ctx.pieces.size() || ctx.pieces[j].kind != PieceKind::kWord) return nullptr;
  const DateWord* d = ctx.lex.Date(StripPossessive(ctx.pieces[j].lower));
  return d && d->role == role ? d : nullptr;
}

// Returns a day of the month written in words at j ("twenty nine", "eighteenth",
// "twenty second"), setting *end past it, or -1.
int SpelledDay(const DateContext& ctx, size_t j, size_t* end) {
  if (j >= ctx.pieces.size() || ctx.pieces[j].kind != PieceKind::kWord || !ctx.lex.Number(ctx.pieces[j].lower)) return -1;
  NumberMatch nm;
  if (!ParseNumber(ctx.pieces, j, ctx.lex, &nm) || !nm.words || nm.fraction || nm.article_only || nm.lone_one ||
      nm.value < 1 || nm.value > kMaxDay || nm.value != static_cast<int>(nm.value)) {
    return -1;
  }
  int day = static_cast<int>(nm.value);
  size_t k = nm.end;
  // "twenty second": the parser leaves "second" alone (a unit of time too).
  if (day % 10 == 0 && k < ctx.pieces.size() && ctx.pieces[k].kind == PieceKind::kWord) {
    const NumberWord* unit = ctx.lex.Number(ctx.pieces[k].lower);
    if (unit && unit->role == NumberRole::kOrdinal && unit->value < 10 && day + unit->value <= kMaxDay) {
      day += static_cast<int>(unit->value);
      ++k;
    }
  }
  // "May two years ago": the number counts something else.
  size_t unit_end;
  if (ctx.lex.time_units.Match(ctx.pieces, k, &unit_end)) return -1;
  if (end) *end = k;
  return day;
}

// Returns the month a capitalised month word (or abbreviation) at j names, or 0, and
// sets *end past it (and past an abbreviation's full stop).
int MonthAt(const DateContext& ctx, size_t j, bool allow_abbrev, size_t* end, bool day_before = false) {
  if (j >= ctx.pieces.size()) return 0;
  // A lower-case month counts only when a day number follows it ("june 5", "feb 30") or
  // comes before it ("28 june", "4th of july"), and never "may" or "march", which are verbs
  // (but for "4th of may").
  if (day_before && !ctx.pieces[j].capitalized) {
    const DateWord* d = ctx.lex.Date(ctx.pieces[j].lower);
    bool verb = d && (d->value == kMonthMay || d->value == kMonthMarch) && !WordAt(ctx.pieces, j - 1, "of");
    if (!d || (d->role != DateRole::kMonth && d->role != DateRole::kMonthAbbrev) || verb) return 0;
  } else if (!ctx.pieces[j].capitalized) {
    const DateWord* d = ctx.lex.Date(ctx.pieces[j].lower);
    // "march eighteenth": a verb is not followed by an ordinal day in words.
    bool ordinal_day = false;
    if (NumberMatch nm; d && j + 1 < ctx.pieces.size() && ctx.pieces[j + 1].kind == PieceKind::kWord &&
                        ctx.lex.Number(ctx.pieces[j + 1].lower) && ParseNumber(ctx.pieces, j + 1, ctx.lex, &nm)) {
      ordinal_day = nm.ordinal && nm.words;
    }
    if (!d || (d->role != DateRole::kMonth && d->role != DateRole::kMonthAbbrev) ||
        ((d->value == kMonthMay || d->value == kMonthMarch) && !ordinal_day)) {
      return 0;
    }
    size_t k = j + 1;
    if (d->role == DateRole::kMonthAbbrev && PunctIs(ctx.pieces, k, ".", true)) ++k;
    int day = SmallNumber(ctx.pieces, k, 2);
    if (day < 0) day = SpelledDay(ctx, k, nullptr);
    if (WordAt(ctx.pieces, k, "of")) ++k;
    if ((day < 1 || day > kMaxDay) && !IsYearPiece(ctx.pieces, k)) return 0;
  }
  if (const DateWord* d = DateAt(ctx, j, DateRole::kMonth)) {
    *end = j + 1;
    return d->value;
  }
  if (const DateWord* d = DateAt(ctx, j, DateRole::kMonthAbbrev); d && allow_abbrev) {
    *end = PunctIs(ctx.pieces, j + 1, ".", true) ? j + 2 : j + 1;
    return d->value;
  }
  return 0;
}

// Reads an optional ", 2023" or " 2023" at j into *year; returns the new end.
size_t OptionalYear(const std::vector<Piece>& pieces, size_t j, int* year) {
  size_t k = PunctIs(pieces, j, ",", false) || WordAt(pieces, j, "of") || WordAt(pieces, j, "in") ? j + 1 : j;
  if (IsYearPiece(pieces, k) && pieces[k].space_before) {
    *year = std::atoi(pieces[k].lower.c_str());
    return k + 1;
  }
  return j;
}

// Skips a daypart ("Thursday night") at j.
size_t OptionalDaypart(const DateContext& ctx, size_t j) {
  return DateAt(ctx, j, DateRole::kDaypart) ? j + 1 : j;
}

bool MatchMonth(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  size_t j;
  int month = MonthAt(ctx, i, true, &j);
  if (month == 0) return false;
  bool abbrev = DateAt(ctx, i, DateRole::kMonthAbbrev) != nullptr;
  // "Oct/2": month and day joined by a slash, nothing glued after.
  if (PunctIs(pieces, j, "/", true) && GluedAt(pieces, j + 1) && !PunctIs(pieces, j + 2, "/", true)) {
    int slash_day = SmallNumber(pieces, j + 1, 2);
    if (slash_day >= 1 && slash_day <= kMaxDay && (j + 2 >= pieces.size() || !GluedAt(pieces, j + 2))) {
      m->end = j + 2;
      m->normalized = ResolveMonthDay(ctx.ref, month, slash_day, 0);
      return true;
    }
  }
  int day = SmallNumber(pieces, j, 2);
  size_t spelled_end = 0;
  if (day < 0) day = SpelledDay(ctx, j, &spelled_end);  // "May twenty nine", "march eighteenth"
  if (day >= 1 && day <= kMaxDay && pieces[j].space_before) {
    size_t k = spelled_end ? spelled_end : j + 1;
    if (GluedAt(pieces, k) && pieces[k].kind == PieceKind::kWord &&
        (pieces[k].lower == "st" || pieces[k].lower == "nd" || pieces[k].lower == "rd" || pieces[k].lower == "th")) {
      ++k;
    }
    int year = 0;
    m->end = OptionalYear(pieces, k, &year);
    m->normalized = ResolveMonthDay(ctx.ref, month, day, year);
    return true;
  }
  if (size_t y = WordAt(pieces, j, "of") ? j + 1 : j; IsYearPiece(pieces, y)) {
    m->end = y + 1;
    m->normalized = ResolveMonth(ctx.ref, month, std::atoi(pieces[y].lower.c_str()), 0, false);
    return true;
  }
  if (const DateWord* rel = DateAt(ctx, j, DateRole::kRelative); rel && WordAt(pieces, j + 1, "year")) {
    m->end = j + 2;
    m->normalized = ResolveMonth(ctx.ref, month, 0, rel->value, true);
    if (!ctx.ref) m->normalized = "";
    return true;
  }
  if (abbrev) return false;
  // A bare month: rule out names and verbs.
  bool lead = false;
  bool name_before = false;
  if (i > 0 && pieces[i - 1].kind == PieceKind::kWord) {
    lead = ctx.lex.lead_words.count(pieces[i - 1].lower) > 0;
    name_before = !lead && pieces[i - 1].capitalized;
  } else if (i > 1 && pieces[i - 1].kind == PieceKind::kDash && !pieces[i].space_before) {
    lead = pieces[i - 2].lower == "mid";
  }
  bool name_after = j < pieces.size() && pieces[j].kind == PieceKind::kWord && pieces[j].capitalized &&
                    !ctx.lex.Date(pieces[j].lower);
  if (name_before || (name_after && !lead)) return false;
  if ((month == kMonthMay || month == kMonthMarch) && !lead) return false;
  m->end = j;
  m->normalized = ResolveMonth(ctx.ref, month, 0, 0, false);
  return true;
}

// Matches what follows a relative word at j ("last" + week / Friday / night / February).
bool MatchRelative(const DateContext& ctx, size_t j, int direction, bool periods_only, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  if (j >= pieces.size() || pieces[j].kind != PieceKind::kWord || !pieces[j].space_before) return false;
  std::string word = StripPossessive(pieces[j].lower);
  if (std::optional<Period> period = PeriodOf(word); period && ctx.lex.Date(word)) {
    m->end = j + 1;
    m->normalized = ResolvePeriod(ctx.ref, *period, direction);
    return true;
  }
  if (periods_only) return false;
  if (const DateWord* wd = DateAt(ctx, j, DateRole::kWeekday)) {
    m->end = OptionalDaypart(ctx, j + 1);
    m->normalized = ResolveWeekday(ctx.ref, wd->value, direction == 0 ? kThisWeek : direction);
    return true;
  }
  if (DateAt(ctx, j, DateRole::kDaypart)) {
    bool night = word == "night";
    if (direction > 0 || (direction < 0 && !night)) return false;
    m->end = j + 1;
    m->normalized = ResolvePeriod(ctx.ref, Period::kDay, direction);
    return true;
  }
  size_t end;
  if (int month = MonthAt(ctx, j, false, &end); month != 0) {
    int offset = 0;
    if (ctx.ref && direction < 0) offset = month < ctx.ref->month ? 0 : -1;
    if (ctx.ref && direction > 0) offset = month > ctx.ref->month ? 0 : 1;
    m->end = end;
    m->normalized = ResolveMonth(ctx.ref, month, 0, offset, true);
    return true;
  }
  return false;
}

}  // namespace

std::optional<Period> PeriodOf(const std::string& unit) {
  if (unit == "day" || unit == "days") return Period::kDay;
  if (unit == "week" || unit == "weeks" || unit == "fortnight") return Period::kWeek;
  if (unit == "weekend" || unit == "weekends") return Period::kWeekend;
  if (unit == "month" || unit == "months") return Period::kMonth;
  if (unit == "quarter" || unit == "quarters") return Period::kQuarter;
  if (unit == "year" || unit == "years") return Period::kYear;
  return std::nullopt;
}

bool CanBeYear(const NumberMatch& nm) {
  return nm.plain_integer && nm.digits == 4 && !nm.leading_zero && nm.value >= kMinYear && nm.value <= kMaxYear;
}

bool IsPlainYearRange(double value) { return value >= kMinPlainYear && value <= kMaxPlainYear; }

bool MatchWordDate(const DateContext& ctx, size_t i, DateMatch* m) {
  const Piece& p = ctx.pieces[i];
  if (p.kind != PieceKind::kWord) return false;
  const DateWord* d = ctx.lex.Date(p.lower);
  if (!d) return false;
  switch (d->role) {
    case DateRole::kWeekday:
      // Lower-case weekdays are accepted: no weekday name is an English word of another kind.
      m->end = OptionalDaypart(ctx, i + 1);
      m->normalized = ResolveWeekday(ctx.ref, d->value, 0);
      return true;
    case DateRole::kMonth:
    case DateRole::kMonthAbbrev:
      return MatchMonth(ctx, i, m);
    case DateRole::kDayOffset:
      m->end = i + 1;
      m->normalized = ResolvePeriod(ctx.ref, Period::kDay, d->value);
      return true;
    case DateRole::kRelative:
      return MatchRelative(ctx, i + 1, d->value, false, m);
    case DateRole::kApproximate: {
      const DateWord* rel = DateAt(ctx, i + 1, DateRole::kRelative);
      return rel && MatchRelative(ctx, i + 2, rel->value, true, m);
    }
    default:
      return false;
  }
}

bool MatchNumberDate(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  const Piece& p = pieces[i];
  if (p.kind != PieceKind::kNumber) return false;
  auto glued_dash = [&](size_t j) { return GluedAt(pieces, j) && pieces[j].kind == PieceKind::kDash && pieces[j].lower == "-"; };
  // ISO 8601: 2023-03-30.
  if (p.lower.size() == 4 && glued_dash(i + 1) && GluedAt(pieces, i + 2) && pieces[i + 2].lower.size() == 2 &&
      glued_dash(i + 3) && GluedAt(pieces, i + 4) && pieces[i + 4].lower.size() == 2) {
    if (std::optional<CivilDate> d = ParseIsoDate(std::string_view(p.lower + "-" + pieces[i + 2].lower + "-" +
                                                                   pieces[i + 4].lower))) {
      m->end = i + 5;
      m->normalized = FormatDate(*d);
      return true;
    }
  }
  // Year, month word, day: "2019-aug-01", "2020/Sep/23" (one separator, all glued).
  if (p.lower.size() == 4 && IsYearPiece(pieces, i) && i + 4 < pieces.size() && GluedAt(pieces, i + 1) &&
      (pieces[i + 1].lower == "-" || pieces[i + 1].lower == "/") && GluedAt(pieces, i + 2) &&
      pieces[i + 2].kind == PieceKind::kWord && GluedAt(pieces, i + 3) && pieces[i + 3].lower == pieces[i + 1].lower &&
      GluedAt(pieces, i + 4)) {
    const DateWord* month = ctx.lex.Date(pieces[i + 2].lower);
    int day = SmallNumber(pieces, i + 4, 2);
    if (month && (month->role == DateRole::kMonth || month->role == DateRole::kMonthAbbrev) &&
        IsValidCivil(std::atoi(p.lower.c_str()), month->value, day)) {
      m->end = i + 5;
      m->normalized = FormatDate({std::atoi(p.lower.c_str()), month->value, day});
      return true;
    }
  }
  // Numeric day/month/year: day first unless the second part cannot be a month.
  if (PunctIs(pieces, i + 1, "/", true) && GluedAt(pieces, i + 2) && PunctIs(pieces, i + 3, "/", true) &&
      GluedAt(pieces, i + 4) && IsYearPiece(pieces, i + 4)) {
    int a = SmallNumber(pieces, i, 2), b = SmallNumber(pieces, i + 2, 2);
    int year = std::atoi(pieces[i + 4].lower.c_str());
    int day = b > kMaxHour12 ? b : a, month = b > kMaxHour12 ? a : b;
    if (IsValidCivil(year, month, day)) {
      m->end = i + 5;
      m->normalized = FormatDate({year, month, day});
      return true;
    }
    // "2/29/2019": a date written as one that does not exist stays a date, unresolved.
    if (month >= 1 && month <= kMaxHour12 && day >= 1 && day <= kMaxDay) {
      m->end = i + 5;
      m->normalized = "";
      return true;
    }
  }
  // Numeric day and month without a year ("on 22/04", "by 5/12"): only after a word that
  // leads a date, since a bare a/b is more often a fraction or a score; month first unless
  // the first part cannot be a month.
  if (i > 0 && PunctIs(pieces, i + 1, "/", true) && GluedAt(pieces, i + 2) && !PunctIs(pieces, i + 3, "/", true) &&
      (i + 3 >= pieces.size() || pieces[i + 3].space_before || pieces[i + 3].kind == PieceKind::kPunct)) {
    static constexpr std::string_view kNumericDateLeads[] = {"on", "by", "until", "since", "till", "this", "next"};
    bool lead = false;
    for (std::string_view w : kNumericDateLeads) lead = lead || WordAt(pieces, i - 1, w);
    int a = SmallNumber(pieces, i, 2), b = SmallNumber(pieces, i + 2, 2);
    int month = a > kMaxHour12 ? b : a, day = a > kMaxHour12 ? a : b;
    if (lead && month >= 1 && month <= kMaxHour12 && day >= 1 && day <= kMaxDay) {
      m->end = i + 3;
      m->normalized = ResolveMonthDay(ctx.ref, month, day, 0);
      if (!m->normalized.empty()) return true;
    }
  }
  // Day-month: "3 March 2023", "21st of June".
  int day = SmallNumber(pieces, i, 2);
  if (day >= 1 && day <= kMaxDay) {
    size_t j = i + 1;
    if (GluedAt(pieces, j) && pieces[j].kind == PieceKind::kWord &&
        (pieces[j].lower == "st" || pieces[j].lower == "nd" || pieces[j].lower == "rd" || pieces[j].lower == "th")) {
      ++j;
      if (WordAt(pieces, j, "of")) ++j;
    }
    size_t end;
    if (int month = MonthAt(ctx, j, true, &end, true); month != 0 && pieces[j].space_before) {
      int year = 0;
      m->end = OptionalYear(pieces, end, &year);
      m->normalized = ResolveMonthDay(ctx.ref, month, day, year);
      return !m->normalized.empty() || !ctx.ref;
    }
  }
  // Decades: "1990s", "1990's", "the 90s".
  size_t s = i + 1;
  if (PunctIs(pieces, s, "'", true) || PunctIs(pieces, s, "\u2019", true)) ++s;
  if (GluedAt(pieces, s) && WordAt(pieces, s, "s") && p.lower.back() == '0') {
    if (p.lower.size() == 4 && IsYearPiece(pieces, i)) {
      m->end = s + 1;
      m->normalized = p.lower.substr(0, 3) + "X";
      return true;
    }
    bool after_the = i > 0 && (WordAt(pieces, i - 1, "the") || pieces[i - 1].lower == "'" || pieces[i - 1].lower == "\u2019");
    if (p.lower.size() == 2 && after_the) {
      int tens = std::atoi(p.lower.c_str());
      m->end = s + 1;
      m->normalized = std::string(tens < kCenturyPivot ? "20" : "19") + p.lower.substr(0, 1) + "X";
      return true;
    }
  }
  return false;
}

std::string DaypartCode(const std::string& word) {
  if (word == "morning" || word == "mornings") return "MO";
  if (word == "afternoon" || word == "afternoons") return "AF";
  if (word == "evening" || word == "evenings") return "EV";
  if (word == "night" || word == "nights" || word == "tonight" || word == "tonite") return "NI";
  return "";
}

namespace {

bool IsDay(const std::string& n) { return n.size() == 10 && n[4] == '-' && n[7] == '-'; }

bool IsClock(const DateMatch& m) { return m.is_time && m.normalized.size() >= 6 && m.normalized[0] == 'T'; }

// Reads a clock time at j, optionally after "at" / "around"; sets *time.
// A bare hour ("tonight around 7") is taken only after "at" / "around" and a part of day.
bool ClockAfter(const DateContext& ctx, size_t j, bool allow_bare, DateMatch* time) {
  bool lead = WordAt(ctx.pieces, j, "at") || WordAt(ctx.pieces, j, "around");
  if (lead) ++j;
  if (j >= ctx.pieces.size()) return false;
  if (MatchClockTime(ctx, j, time) && IsClock(*time)) return true;
  int hour = SmallNumber(ctx.pieces, j, 2);
  // "today at 9p": chat shorthand for pm, only after a day and "at" (alone "9p" is pence).
  if (lead && hour >= 1 && hour <= kMaxHour12 && (WordAt(ctx.pieces, j + 1, "a") || WordAt(ctx.pieces, j + 1, "p")) &&
      GluedAt(ctx.pieces, j + 1) && (j + 2 >= ctx.pieces.size() || ctx.pieces[j + 2].kind == PieceKind::kPunct)) {
    time->normalized = FormatClock(hour % kHoursPerHalfDay + (ctx.pieces[j + 1].lower == "p" ? kHoursPerHalfDay : 0), 0);
    time->end = j + 2;
    time->is_time = true;
    return true;
  }
  if (!lead || !allow_bare || hour < 1 || hour > kMaxHour12) return false;
  if (j + 1 < ctx.pieces.size() && ctx.pieces[j + 1].kind != PieceKind::kPunct) return false;
  time->normalized = FormatClock(hour, 0);
  time->end = j + 1;
  time->is_time = true;
  return true;
}

// Reads a day of the month led by a word that Recognizers-Text keeps in the span: "the
// 4th of July" (an ordinal day and "of"), "this 5/12", "next 6th of April" (a month and
// day without a year: this year's, next year's, last year's).
bool MatchLedDay(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  DateMatch day;
  if (pieces[i].lower == "the") {
    if (i + 3 >= pieces.size() || !GluedAt(pieces, i + 2) || pieces[i + 2].kind != PieceKind::kWord ||
        !WordAt(pieces, i + 3, "of") || !MatchNumberDate(ctx, i + 1, &day) || !IsDay(day.normalized)) {
      return false;
    }
    *m = day;
    return true;
  }
  const DateWord* rel = DateAt(ctx, i, DateRole::kRelative);
  if (!rel || !ctx.ref || !MatchNumberDate(ctx, i + 1, &day) || !IsDay(day.normalized)) return false;
  for (size_t k = i + 1; k < day.end; ++k) {
    if (IsYearPiece(pieces, k)) return false;  // "next 5/12/2024": the year is written
  }
  int year = ctx.ref->year + rel->value;
  int month = std::atoi(day.normalized.substr(5, 2).c_str()), d = std::atoi(day.normalized.substr(8, 2).c_str());
  if (!IsValidCivil(year, month, d)) return false;
  m->end = day.end;
  m->normalized = FormatDate({year, month, d});
  m->is_time = false;
  return true;
}

}  // namespace

namespace {

bool JoinAfterDate(const DateContext& ctx, size_t i, DateMatch* m);

bool ComputeDateTime(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  if (i >= pieces.size()) return false;
  // "between 4pm and 5pm", "from 5 to 6pm".
  if (WordAt(pieces, i, "between") || WordAt(pieces, i, "from")) {
    if (MatchTimeRange(ctx, i + 1, pieces[i].lower == "between", true, m)) return true;
    return false;
  }
  // "at 8.30pm today": Recognizers-Text keeps "at" when a day follows the clock time.
  if (WordAt(pieces, i, "at") && i + 1 < pieces.size() && pieces[i + 1].kind == PieceKind::kNumber) {
    DateMatch joined;
    if (MatchDateTime(ctx, i + 1, &joined) && joined.normalized.size() > 10 && IsDay(joined.normalized.substr(0, 10)) &&
        joined.normalized[10] == 'T' && joined.normalized.find('/') == std::string::npos) {
      *m = joined;
      return true;
    }
  }
  if (pieces[i].kind == PieceKind::kWord && i + 1 < pieces.size() && pieces[i + 1].kind == PieceKind::kNumber &&
      MatchLedDay(ctx, i, m)) {
    return JoinAfterDate(ctx, i, m);  // "the 3rd of March at 5pm"
  }
  if (MatchDateSet(ctx, i, m) || MatchVagueDuration(ctx, i, m)) return true;
  if (MatchNamedDay(ctx, i, m) || MatchNumberedPeriod(ctx, i, m) || MatchWeekdayJoin(ctx, i, m) ||
      MatchCountedPeriod(ctx, i, m) || MatchPresent(ctx, i, m)) {
    return true;
  }
  if (pieces[i].kind == PieceKind::kNumber && MatchTimeRange(ctx, i, false, false, m)) return true;
  // "five to seven today": an hour word needs a joiner right after it.
  if (pieces[i].kind == PieceKind::kWord && i + 1 < pieces.size() &&
      (WordAt(pieces, i + 1, "to") || WordAt(pieces, i + 1, "until")) && MatchTimeRange(ctx, i, false, false, m)) {
    return true;
  }
  if (!MatchNumberDate(ctx, i, m) && !MatchClockTime(ctx, i, m) && !MatchWordDate(ctx, i, m)) return false;
  return JoinAfterDate(ctx, i, m);
}

// Joins what completes the date or time *m found at i: a day after a clock time, a clock
// time or part of day after a day. Returns true (the date stands either way).
bool JoinAfterDate(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  if (IsClock(*m)) {
    if (ExtendClockToSet(ctx, m)) return true;  // "3pm each day"
    // "8.30pm today", "12:30 December 27th".
    DateMatch day;
    if (m->end < pieces.size() && (MatchWordDate(ctx, m->end, &day) || MatchNumberDate(ctx, m->end, &day)) &&
        IsDay(day.normalized)) {
      m->normalized = day.normalized + m->normalized;
      m->end = day.end;
      m->is_time = false;
    }
    return true;
  }
  // "feb 30 2019 17:20": a clock time after a day that does not exist joins it, unresolved.
  if (!m->is_time && m->normalized.empty() && ctx.ref) {
    DateMatch time;
    if (m->end < pieces.size() && pieces[m->end].kind == PieceKind::kNumber && MatchClockTime(ctx, m->end, &time) &&
        IsClock(time)) {
      m->end = time.end;
    }
    return true;
  }
  if (!m->is_time && (IsDay(m->normalized) || m->normalized.rfind("XXXX-", 0) == 0)) {
    size_t j = m->end;
    // A part of day written after the day, or "tonight" itself.
    std::string code = DaypartCode(pieces[i].lower);
    if (j > i + 1 || code.empty()) {
      code = "";
      if (j < pieces.size() && pieces[j].kind == PieceKind::kWord) code = DaypartCode(pieces[j].lower);
      // "Sunday late evening at 10:00": an early/late part of day counts when a clock follows.
      DateMatch probe;
      bool early_late = code.empty() && (WordAt(pieces, j, "late") || WordAt(pieces, j, "early")) &&
                        j + 2 < pieces.size() && DateAt(ctx, j + 1, DateRole::kDaypart) &&
                        !DaypartCode(pieces[j + 1].lower).empty() && ClockAfter(ctx, j + 2, false, &probe);
      if (early_late) {
        code = DaypartCode(pieces[j + 1].lower);
        j += 2;
      } else if (!code.empty() && DateAt(ctx, j, DateRole::kDaypart)) {
        ++j;
      } else if (WordAt(pieces, j, "in") && WordAt(pieces, j + 1, "the") && j + 2 < pieces.size() &&
                 DateAt(ctx, j + 2, DateRole::kDaypart)) {
        code = DaypartCode(pieces[j + 2].lower);  // "Tuesday in the morning"
        j += 3;
      }
      else if (j > i && pieces[j - 1].kind == PieceKind::kWord) code = DaypartCode(pieces[j - 1].lower);
    }
    DateMatch time;
    // "march eighteenth nine thirty": minutes in words right after a day.
    if (ClockAfter(ctx, j, !code.empty(), &time) || (IsDay(m->normalized) && MatchWordClock(ctx, j, true, &time))) {
      bool pm = code == "NI" || code == "EV" || code == "AF";
      int hour = std::atoi(time.normalized.substr(1, 2).c_str());
      // "tonight at 2am" stays 2am; "tonight around 7" is 7pm.
      if (code == "NI" && hour < kLastSmallHour) pm = false;
      m->normalized += ShiftPm(time.normalized, pm);
      m->end = time.end;
      m->zone = time.zone;
      return true;
    }
    if (!code.empty() && IsDay(m->normalized)) {
      m->normalized += "T" + code;
      m->end = j;
    }
  }
  return true;
}

}  // namespace

bool MatchDateTime(const DateContext& ctx, size_t i, DateMatch* m) {
  if (i >= ctx.pieces.size()) return ComputeDateTime(ctx, i, m);
  const size_t key = ctx.pieces[i].start;
  if (ctx.memo.start != key) {
    DateMatch match;
    bool found = ComputeDateTime(ctx, i, &match);  // may call MatchDateTime at other pieces
    ctx.memo = {key, found, std::move(match)};
  }
  if (ctx.memo.found) *m = ctx.memo.match;
  return ctx.memo.found;
}

bool MatchClockTime(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  const Piece& p = pieces[i];
  if (MatchSpelledClock(ctx, i, m)) return true;  // "half past seven", "10 past 9"
  // "six pm", "at seven twenty-seven".
  if (p.kind == PieceKind::kWord) return MatchWordClock(ctx, i, i > 0 && WordAt(pieces, i - 1, "at"), m);
  if (p.kind != PieceKind::kNumber) return false;
  int hour = -1, minute = 0, second = -1;
  size_t j = i + 1;
  bool has_minutes = false;
  bool run_together = false;  // "1140 a.m.": needs its am/pm ("720p" is a video resolution)
  size_t point = p.lower.find('.');
  if ((p.lower.size() == 3 || p.lower.size() == 4) && point == std::string::npos &&
      p.lower.find(',') == std::string::npos && j < pieces.size() &&
      (WordAt(pieces, j, "am") || WordAt(pieces, j, "pm") || WordAt(pieces, j, "a") || WordAt(pieces, j, "p"))) {
    // "1140 a.m.", "930pm": hour and minutes run together before am/pm.
    run_together = true;
    int hhmm = std::atoi(p.lower.c_str());
    hour = hhmm / 100;
    minute = hhmm % 100;
    has_minutes = true;
  } else if (point != std::string::npos) {
    if (point > 2 || p.lower.size() - point - 1 != 2) return false;
    hour = std::atoi(p.lower.substr(0, point).c_str());
    minute = std::atoi(p.lower.substr(point + 1).c_str());
    has_minutes = true;
  } else {
    hour = SmallNumber(pieces, i, 2);
    if (hour < 0) return false;
    if (PunctIs(pieces, j, ":", true) && GluedAt(pieces, j + 1) && pieces[j + 1].kind == PieceKind::kNumber &&
        pieces[j + 1].lower.size() == 2) {
      minute = std::atoi(pieces[j + 1].lower.c_str());
      has_minutes = true;
      j += 2;
      if (PunctIs(pieces, j, ":", true) && GluedAt(pieces, j + 1) && pieces[j + 1].kind == PieceKind::kNumber &&
          pieces[j + 1].lower.size() == 2 && std::atoi(pieces[j + 1].lower.c_str()) <= kMaxMinute) {
        second = std::atoi(pieces[j + 1].lower.c_str());
        j += 2;
      }
    }
  }
  // am / pm, glued or spaced, with or without full stops.
  int half = 0;  // 1 am, 2 pm
  if (j < pieces.size() && pieces[j].kind == PieceKind::kWord && (pieces[j].lower == "am" || pieces[j].lower == "pm") &&
      (pieces[j].all_caps || !pieces[j].capitalized)) {
    half = pieces[j].lower == "am" ? 1 : 2;
    ++j;
  } else if ((WordAt(pieces, j, "a") || WordAt(pieces, j, "p")) && PunctIs(pieces, j + 1, ".", true) &&
             GluedAt(pieces, j + 2) && WordAt(pieces, j + 2, "m") && PunctIs(pieces, j + 3, ".", true)) {
    half = pieces[j].lower == "a" ? 1 : 2;
    j += 4;
  } else if (has_minutes && PunctIs(pieces, i + 1, ":", true) && (WordAt(pieces, j, "a") || WordAt(pieces, j, "p")) &&
             GluedAt(pieces, j) && (j + 1 >= pieces.size() || !GluedAt(pieces, j + 1) ||
                                    pieces[j + 1].kind == PieceKind::kPunct)) {
    half = pieces[j].lower == "a" ? 1 : 2;  // "8:45a", chat shorthand (not "720p", a resolution)
    ++j;
  }
  // "4 o'clock", "7 oclock": an hour of either half of the day.
  bool oclock = false;
  if (half == 0 && !has_minutes && (WordAt(pieces, j, "oclock") || WordAt(pieces, j, "o'clock") ||
                                    WordAt(pieces, j, "o\u2019clock"))) {
    oclock = hour >= 1 && hour <= kMaxHour12;
    if (oclock) ++j;
  } else if (half == 0 && !has_minutes && WordAt(pieces, j, "ish") && GluedAt(pieces, j)) {
    oclock = hour >= 1 && hour <= kMaxHour12;  // "11ish": about that hour
    if (oclock) ++j;
  }
  if (half == 0 && (run_together || (!oclock && (!has_minutes || point != std::string::npos)))) return false;
  if (minute > kMaxMinute) return false;
  if (half != 0) {
    if (hour < 1 || hour > kMaxHour12) return false;
    hour = hour % kHoursPerHalfDay + (half == 2 ? kHoursPerHalfDay : 0);
  } else if (hour > kMaxHour24) {
    return false;
  }
  if (j < pieces.size() && pieces[j].kind == PieceKind::kWord && pieces[j].all_caps &&
      DateAt(ctx, j, DateRole::kZone)) {
    m->zone = ctx.pieces[j].lower;
    for (char& c : m->zone) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    ++j;
  }
  m->normalized = FormatClock(hour, minute, second);
  m->end = j;
  m->is_time = true;
  return true;
}

}  // namespace lede::detail
