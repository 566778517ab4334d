// Weekday joins: each rule reads at most six pieces from a weekday or relative word.
// A day of the month next to a weekday ("Friday the 26th") is placed in the month,
// among the reference month and its neighbours, where that day falls on that weekday
// nearest the reference date; a numeric month/day after a weekday is read month first,
// the US order Recognizers-Text and most wire copy use.
#include "quantities/date_weekdays.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "quantities/clock_phrases.h"
#include "quantities/number_parser.h"

namespace lede::detail {

namespace {

constexpr int kDaysPerWeek = 7;
constexpr int kMaxDay = 31;
constexpr int kMonths = 12;
constexpr int kMaxHour12 = 12;


int WeekdayAt(const DateContext& ctx, size_t j) {
  if (j >= ctx.pieces.size() || ctx.pieces[j].kind != PieceKind::kWord) return 0;
  const DateWord* d = ctx.lex.Date(ctx.pieces[j].lower);
  return d && d->role == DateRole::kWeekday ? d->value : 0;
}

// Appends "at <clock>" or "at <hour>" read at j to *m.
void OptionalTime(const DateContext& ctx, size_t j, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  bool at = WordAt(pieces, j, "at");
  size_t k = at ? j + 1 : j;
  DateMatch clock;
  // "at six pm", "six pm", "at seven twenty".
  if (k < pieces.size() && pieces[k].kind == PieceKind::kWord && MatchWordClock(ctx, k, at, &clock)) {
    m->normalized += clock.normalized;
    m->end = clock.end;
    return;
  }
  // "at nine" closing the phrase: an hour in words.
  if (at && k < pieces.size() && pieces[k].kind == PieceKind::kWord) {
    size_t end = 0;
    std::string code;
    int hour = HourWithDaypart(ctx, k, &end, &code);
    if (hour < 1 || (end < pieces.size() && pieces[end].kind != PieceKind::kPunct)) return;
    m->normalized += ShiftPm(FormatClock(hour, 0), !code.empty() && code != "MO");
    m->end = end;
    return;
  }
  if (k >= pieces.size() || pieces[k].kind != PieceKind::kNumber) return;
  if (MatchClockTime(ctx, k, &clock) && clock.is_time && clock.normalized.size() >= 6) {
    m->normalized += clock.normalized;
    m->end = clock.end;
    return;
  }
  if (!at) return;
  // "at 4", "at 2.30": a bare hour or hour.minutes after "at".
  const std::string& s = pieces[k].lower;
  int hour = std::atoi(s.c_str()), minute = 0;
  size_t point = s.find('.');
  if (point != std::string::npos) {
    if (s.size() - point - 1 != 2) return;
    minute = std::atoi(s.c_str() + point + 1);
  } else if (s.find_first_not_of("0123456789") != std::string::npos) {
    return;
  }
  if (hour < 1 || hour > kMaxHour12 || minute > 59) return;
  if (k + 1 < pieces.size() && pieces[k + 1].kind != PieceKind::kPunct) return;
  m->normalized += FormatClock(hour, minute);
  m->end = k + 1;
}

// Returns the day with `day` of a month falling on `weekday` nearest ref, or "".
std::string DayOnWeekday(const CivilDate& ref, int weekday, int day) {
  std::string best;
  long best_distance = -1;
  long ref_days = DaysFromCivil(ref);
  for (int offset = -1; offset <= 1; ++offset) {
    int month = ref.month + offset, year = ref.year;
    if (month < 1) month += kMonths, --year;
    if (month > kMonths) month -= kMonths, ++year;
    if (!IsValidCivil(year, month, day) || IsoWeekday({year, month, day}) != weekday) continue;
    long distance = std::labs(DaysFromCivil({year, month, day}) - ref_days);
    if (best_distance < 0 || distance < best_distance) {
      best_distance = distance;
      best = FormatDate({year, month, day});
    }
  }
  return best;
}

// Reads "<weekday> of [the] next|following|last week" at i: the weekday of that week.
bool WeekdayOfWeek(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  int wd = WeekdayAt(ctx, i);
  if (wd == 0 || !ctx.ref || !WordAt(pieces, i + 1, "of")) return false;
  size_t j = WordAt(pieces, i + 2, "the") ? i + 3 : i + 2;
  if (j >= pieces.size() || pieces[j].kind != PieceKind::kWord) return false;
  const DateWord* rel = ctx.lex.Date(pieces[j].lower);
  if (!rel || rel->role != DateRole::kRelative || !WordAt(pieces, j + 1, "week")) return false;
  long monday = DaysFromCivil(*ctx.ref) - (IsoWeekday(*ctx.ref) - 1);
  m->end = j + 2;
  m->normalized = FormatDate(CivilFromDays(monday + rel->value * kDaysPerWeek + wd - 1));
  m->is_time = false;
  return true;
}

}  // namespace

bool MatchWeekdayJoin(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  if (pieces[i].kind != PieceKind::kWord) return false;
  // "on tuesday of next week": Recognizers-Text keeps "on" in this span.
  if (WeekdayOfWeek(ctx, i, m)) return true;
  if (pieces[i].lower == "on") return WeekdayOfWeek(ctx, i + 1, m);
  // "next week Wednesday", "previous week - Monday".
  if (const DateWord* rel = ctx.lex.Date(pieces[i].lower); rel && rel->role == DateRole::kRelative) {
    // "this Friday 7.6", "next Tuesday the 11th": the written day fixes it, the word joins.
    if (WeekdayAt(ctx, i + 1) != 0) {
      DateMatch inner;
      if (!MatchWeekdayJoin(ctx, i + 1, &inner) || inner.end <= i + 2 || pieces[i + 2].lower == "at") return false;
      *m = inner;
      return true;
    }
    if (!WordAt(pieces, i + 1, "week") || !ctx.ref) return false;
    size_t j = i + 2;
    if (j < pieces.size() && pieces[j].kind == PieceKind::kDash) ++j;
    int wd = WeekdayAt(ctx, j);
    if (wd == 0) return false;
    long monday = DaysFromCivil(*ctx.ref) - (IsoWeekday(*ctx.ref) - 1);
    m->end = j + 1;
    m->normalized = FormatDate(CivilFromDays(monday + rel->value * kDaysPerWeek + wd - 1));
    m->is_time = false;
    OptionalTime(ctx, m->end, m);
    return true;
  }
  int wd = WeekdayAt(ctx, i);
  if (wd == 0) return false;
  size_t j = i + 1;
  // "Friday 7/6", "Friday 7.6": month first.
  if (j < pieces.size() && pieces[j].kind == PieceKind::kNumber && pieces[j].space_before) {
    int month = 0, day = 0;
    size_t end = j;
    const std::string& s = pieces[j].lower;
    size_t point = s.find('.');
    if (point != std::string::npos && point <= 2 && s.size() - point - 1 <= 2) {
      month = std::atoi(s.c_str());
      day = std::atoi(s.c_str() + point + 1);
      end = j + 1;
    } else if (s.size() <= 2 && j + 2 < pieces.size() && pieces[j + 1].lower == "/" && GluedAt(pieces, j + 1) &&
               GluedAt(pieces, j + 2) && pieces[j + 2].kind == PieceKind::kNumber && pieces[j + 2].lower.size() <= 2 &&
               (j + 3 >= pieces.size() || pieces[j + 3].lower != "/")) {
      month = std::atoi(s.c_str());
      day = std::atoi(pieces[j + 2].lower.c_str());
      end = j + 3;
    }
    // The date must end the phrase: "Friday 7.6 million viewers" is a count.
    bool ends = end >= pieces.size() || pieces[end].kind == PieceKind::kPunct || WordAt(pieces, end, "with") ||
                WordAt(pieces, end, "at") || WordAt(pieces, end, "and") || WordAt(pieces, end, "in");
    if (ends && month >= 1 && month <= kMonths && day >= 1 && day <= kMaxDay) {
      m->normalized = ResolveMonthDay(ctx.ref, month, day, 0);
      if (m->normalized.empty()) return false;
      m->end = end;
      m->is_time = false;
      return true;
    }
    return false;
  }
  // "Monday at 2.30": a time only "at" makes a clock time.
  if (WordAt(pieces, j, "at")) {
    m->end = j;
    m->normalized = ResolveWeekday(ctx.ref, wd, 0);
    OptionalTime(ctx, j, m);
    m->is_time = false;
    return m->end > j && !m->normalized.empty();
  }
  // "Friday the 26th (at 4)", "Tuesday the eleventh".
  if (!WordAt(pieces, j, "the") || !ctx.ref) return false;
  NumberMatch nm;
  if (!ParseNumber(pieces, j + 1, ctx.lex, &nm)) return false;
  // "the twenty seventh": the parser leaves a unit ordinal after a tens word alone.
  if (!nm.ordinal && nm.words && (nm.value == 20 || nm.value == 30) && nm.end < pieces.size() &&
      pieces[nm.end].kind == PieceKind::kWord) {
    const NumberWord* unit = ctx.lex.Number(pieces[nm.end].lower);
    if (unit && unit->role == NumberRole::kOrdinal && unit->value >= 1 && unit->value < 10) {
      nm.value += unit->value;
      nm.ordinal = true;
      ++nm.end;
    }
  }
  if (!nm.ordinal || nm.value < 1 || nm.value > kMaxDay) return false;
  std::string day = DayOnWeekday(*ctx.ref, wd, static_cast<int>(nm.value));
  if (day.empty()) return false;
  m->end = nm.end;
  m->normalized = day;
  m->is_time = false;
  OptionalTime(ctx, m->end, m);
  return true;
}

}  // namespace lede::detail
