// Named days: one phrase-table lookup at a word (the table is built once from
// data/lexicon/holidays.tsv), then an optional year of at most three pieces after it.
// A rule day ("4 4 11", the fourth Thursday of November) is computed per year; without a
// year the occurrence nearest the reference date is taken, as for "June 5".
#include "quantities/date_names.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "data/embedded_data.h"

namespace lede::detail {

namespace {

constexpr int kDaysPerWeek = 7;
constexpr int kMaxIsoWeek = 53;
// Dec 28 is always in the last ISO week of its year.
constexpr int kLastIsoWeekDay = 28;

const PhraseTable<std::string>& NamedDays() {
  static const PhraseTable<std::string>* table = [] {
    auto* t = new PhraseTable<std::string>();
    for (std::string_view line : DataLines("lexicon/holidays.tsv")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      t->Add(line.substr(0, tab), std::string(line.substr(tab + 1)));
    }
    return t;
  }();
  return *table;
}


// Reads a year after a named day at j ("2019", "of 2019", "of this year", "last year");
// returns the new end and sets *year, or returns j.
size_t YearAfter(const DateContext& ctx, size_t j, int* year) {
  const auto& pieces = ctx.pieces;
  size_t k = WordAt(pieces, j, "of") || WordAt(pieces, j, "in") ? j + 1 : j;
  if (k < pieces.size() && pieces[k].kind == PieceKind::kNumber && pieces[k].lower.size() == 4 &&
      pieces[k].lower.find_first_not_of("0123456789") == std::string::npos) {
    *year = std::atoi(pieces[k].lower.c_str());
    return k + 1;
  }
  const DateWord* rel = k < pieces.size() ? ctx.lex.Date(pieces[k].lower) : nullptr;
  if (ctx.ref && rel && rel->role == DateRole::kRelative && WordAt(pieces, k + 1, "year")) {
    *year = ctx.ref->year + rel->value;
    return k + 2;
  }
  return j;
}

// Returns the part number of a code "q1".."q4" / "h1", "h2" at j (setting *half), or 0.
int PartCode(const std::vector<Piece>& pieces, size_t j, bool* half) {
  if (j >= pieces.size() || pieces[j].kind != PieceKind::kCode || pieces[j].lower.size() != 2) return 0;
  char c = pieces[j].lower[0], n = pieces[j].lower[1];
  *half = c == 'h';
  if (c == 'q' && n >= '1' && n <= '4') return n - '0';
  if (c == 'h' && (n == '1' || n == '2')) return n - '0';
  return 0;
}

bool IsYear(const std::vector<Piece>& pieces, size_t j) {
  return j < pieces.size() && pieces[j].kind == PieceKind::kNumber && pieces[j].lower.size() == 4 &&
         pieces[j].lower.find_first_not_of("0123456789") == std::string::npos;
}

std::string Part(int year, int part, bool half) {
  return std::to_string(year) + (half ? "-H" : "-Q") + std::to_string(part);
}

// Returns the position an ordinal word gives (first = 1 ... fourth = 4, last = -1), or 0.
int OrdinalWord(const std::vector<Piece>& pieces, size_t j) {
  static constexpr std::string_view kOrdinals[] = {"first", "second", "third", "fourth"};
  if (j >= pieces.size() || pieces[j].kind != PieceKind::kWord) return 0;
  for (int k = 0; k < 4; ++k) {
    if (pieces[j].lower == kOrdinals[k]) return k + 1;
  }
  return pieces[j].lower == "last" || pieces[j].lower == "final" ? -1 : 0;
}

}  // namespace

bool MatchNumberedPeriod(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  const Piece& p = pieces[i];
  // "the week commencing February 4", "w/c Feb 4": the ISO week holding that day.
  size_t day_at = 0;
  if (p.lower == "the" && WordAt(pieces, i + 1, "week") && WordAt(pieces, i + 2, "commencing")) {
    day_at = i + 3;
  } else if (p.lower == "w" && i + 2 < pieces.size() && pieces[i + 1].lower == "/" && GluedAt(pieces, i + 1) &&
             GluedAt(pieces, i + 2) && WordAt(pieces, i + 2, "c")) {
    day_at = i + 3;
  }
  if (day_at) {
    DateMatch day;
    if (day_at >= pieces.size() || !MatchDateTime(ctx, day_at, &day) || day.normalized.size() != 10 ||
        day.normalized[4] != '-' || day.normalized[7] != '-') {
      return false;
    }
    std::optional<CivilDate> d = ParseIsoDate(day.normalized);
    if (!d) return false;
    m->end = day.end;
    m->normalized = FormatIsoWeek(*d);
    m->is_time = false;
    return true;
  }
  bool half = false;
  int ref_year = ctx.ref ? ctx.ref->year : 0;
  if (p.kind == PieceKind::kWord && p.lower == "week" && i + 1 < pieces.size() &&
      pieces[i + 1].kind == PieceKind::kNumber && pieces[i + 1].lower.size() <= 2 &&
      !WordAt(pieces, i + 2, "of")) {
    int week = std::atoi(pieces[i + 1].lower.c_str());
    if (week < 1 || week > kMaxIsoWeek) return false;
    char buf[8];
    std::snprintf(buf, sizeof buf, "-W%02d", week);
    m->end = i + 2;
    m->normalized = (ref_year ? std::to_string(ref_year) : std::string("XXXX")) + buf;
    m->is_time = false;
    return true;
  }
  if (IsYear(pieces, i)) {
    size_t j = i + 1;
    if (GluedAt(pieces, j) && pieces[j].kind == PieceKind::kDash && GluedAt(pieces, j + 1)) ++j;
    if (int part = PartCode(pieces, j, &half); part && (j == i + 1 ? pieces[j].space_before : true)) {
      m->end = j + 1;
      m->normalized = Part(std::atoi(p.lower.c_str()), part, half);
      m->is_time = false;
      return true;
    }
    return false;
  }
  if (int part = PartCode(pieces, i, &half); part && !half) {
    int year = ref_year;
    m->end = i + 1;
    if (IsYear(pieces, i + 1) && pieces[i + 1].space_before) {
      year = std::atoi(pieces[i + 1].lower.c_str());
      m->end = i + 2;
    }
    if (year == 0) return false;
    m->normalized = Part(year, part, false);
    m->is_time = false;
    return true;
  }
  // "(the) first week of 2019", "the last quarter of the year", "second half of 2020".
  size_t j = WordAt(pieces, i, "the") ? i + 1 : i;
  int nth = OrdinalWord(pieces, j);
  if (nth == 0 || j + 3 >= pieces.size() || !WordAt(pieces, j + 2, "of")) return false;
  const std::string& period = pieces[j + 1].lower;
  bool week = period == "week", quarter = period == "quarter";
  half = period == "half";
  if (!week && !quarter && !half) return false;
  size_t k = j + 3;
  int year = 0;
  if (IsYear(pieces, k)) {
    year = std::atoi(pieces[k].lower.c_str());
    ++k;
  } else if (WordAt(pieces, k, "the") && WordAt(pieces, k + 1, "year")) {
    year = ref_year;
    k += 2;
  } else if (const DateWord* rel = ctx.lex.Date(pieces[k].lower);
             rel && rel->role == DateRole::kRelative && WordAt(pieces, k + 1, "year") && ref_year) {
    year = ref_year + rel->value;
    k += 2;
  }
  if (year == 0 || (half && nth > 2)) return false;
  m->end = k;
  m->is_time = false;
  if (week) {
    CivilDate day = nth > 0 ? CivilDate{year, 1, 4} : CivilDate{year, 12, kLastIsoWeekDay};
    if (nth > 1) day = CivilFromDays(DaysFromCivil(day) + (nth - 1) * kDaysPerWeek);
    m->normalized = FormatIsoWeek(day);
  } else {
    int parts = quarter ? 4 : 2;
    m->normalized = Part(year, nth > 0 ? nth : parts, half);
  }
  return true;
}

namespace {

constexpr int kMonthsPerQuarter = 3;
constexpr int kMonthsPerYear = 12;

CivilDate AddMonths(CivilDate d, int months) {
  int index = d.year * kMonthsPerYear + d.month - 1 + months;
  return {index / kMonthsPerYear, index % kMonthsPerYear + 1, 1};
}

}  // namespace

bool MatchCountedPeriod(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  if (pieces[i].kind != PieceKind::kWord || !ctx.ref) return false;
  const std::string& w = pieces[i].lower;
  int direction = 0;
  if (w == "next" || w == "following" || w == "coming") direction = 1;
  if (w == "previous" || w == "last" || w == "past") direction = -1;
  if (direction == 0) return false;
  size_t j = i + 1;
  int count = 0;
  if (WordAt(pieces, j, "couple")) {
    count = 2;
    j += WordAt(pieces, j + 1, "of") ? 2 : 1;
  } else if (WordAt(pieces, j, "few")) {
    count = 3;
    ++j;
  } else if (const NumberWord* nw = j < pieces.size() ? ctx.lex.Number(pieces[j].lower) : nullptr;
             WordAt(pieces, j + 1, "quarters") &&
             ((nw && (nw->role == NumberRole::kUnit || nw->role == NumberRole::kTens) && nw->value >= 2) ||
              (pieces[j].kind == PieceKind::kNumber && pieces[j].lower.size() <= 2))) {
    // "three quarters" reads as a fraction to the number parser; here it counts quarters.
    count = nw ? static_cast<int>(nw->value) : std::atoi(pieces[j].lower.c_str());
    if (count < 2) return false;
    ++j;
  } else if (NumberMatch nm; ParseNumber(pieces, j, ctx.lex, &nm) && !nm.ordinal && !nm.fraction &&
                             !nm.article_only && nm.value >= 2 && nm.value <= 1000 &&
                             nm.value == static_cast<int>(nm.value)) {
    count = static_cast<int>(nm.value);
    j = nm.end;
  } else {
    return false;
  }
  if (j >= pieces.size()) return false;
  const std::string& unit = pieces[j].lower;
  long ref_days = DaysFromCivil(*ctx.ref);
  long start = 0, end = 0;
  if (unit == "days" || unit == "weeks") {
    long span = static_cast<long>(count) * (unit == "days" ? 1 : kDaysPerWeek);
    start = direction > 0 ? ref_days + 1 : ref_days - span;
    end = start + span;
  } else if (unit == "quarters" || unit == "months" || unit == "years") {
    int step = unit == "quarters" ? kMonthsPerQuarter : unit == "months" ? 1 : kMonthsPerYear;
    // Whole periods: those after the current one, or before it.
    int month0 = unit == "years" ? 1 : unit == "quarters" ? (ctx.ref->month - 1) / 3 * 3 + 1 : ctx.ref->month;
    CivilDate current{ctx.ref->year, month0, 1};
    CivilDate a = direction > 0 ? AddMonths(current, step) : AddMonths(current, -step * count);
    CivilDate b = direction > 0 ? AddMonths(current, step * (count + 1)) : current;
    start = DaysFromCivil(a);
    end = DaysFromCivil(b);
  } else {
    return false;
  }
  m->end = j + 1;
  m->normalized = FormatDate(CivilFromDays(start)) + "/" + FormatDate(CivilFromDays(end));
  m->is_time = false;
  return true;
}

bool MatchPresent(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  if (!WordAt(pieces, i, "at")) return false;
  size_t end = 0;
  if (WordAt(pieces, i + 1, "present")) {
    end = i + 2;
  } else if (WordAt(pieces, i + 1, "this") && WordAt(pieces, i + 2, "time")) {
    end = i + 3;
  } else if (WordAt(pieces, i + 1, "the") && WordAt(pieces, i + 2, "present") && WordAt(pieces, i + 3, "time")) {
    end = i + 4;
  } else {
    return false;
  }
  // "at this time of year" names a season, not the moment.
  if (WordAt(pieces, end, "of")) return false;
  m->end = end;
  m->normalized = "PRESENT_REF";
  m->is_time = false;
  return true;
}

std::string HolidayInYear(const std::string& rule, int year) {
  if (rule.size() == 5 && rule[2] == '-') {
    int month = std::atoi(rule.substr(0, 2).c_str()), day = std::atoi(rule.substr(3).c_str());
    return IsValidCivil(year, month, day) ? FormatDate({year, month, day}) : "";
  }
  char* rest = nullptr;
  long nth = std::strtol(rule.c_str(), &rest, 10);
  long weekday = std::strtol(rest, &rest, 10);
  long month = std::strtol(rest, &rest, 10);
  if (nth == 0 || weekday < 1 || weekday > kDaysPerWeek || month < 1 || month > 12) return "";
  int m = static_cast<int>(month);
  if (nth > 0) {
    long first = DaysFromCivil({year, m, 1});
    int shift = (static_cast<int>(weekday) - IsoWeekday({year, m, 1}) + kDaysPerWeek) % kDaysPerWeek;
    return FormatDate(CivilFromDays(first + shift + (nth - 1) * kDaysPerWeek));
  }
  long next_first = DaysFromCivil({m == 12 ? year + 1 : year, m % 12 + 1, 1});
  CivilDate last = CivilFromDays(next_first - 1);
  int back = (IsoWeekday(last) - static_cast<int>(weekday) + kDaysPerWeek) % kDaysPerWeek;
  return FormatDate(CivilFromDays(next_first - 1 - back + (nth + 1) * kDaysPerWeek));
}

bool MatchNamedDay(const DateContext& ctx, size_t i, DateMatch* m) {
  if (ctx.pieces[i].kind != PieceKind::kWord) return false;
  size_t end;
  const std::string* rule = NamedDays().Match(ctx.pieces, i, &end);
  if (!rule) return false;
  int year = 0;
  m->end = YearAfter(ctx, end, &year);
  m->is_time = false;
  if (year != 0) {
    m->normalized = HolidayInYear(*rule, year);
    return true;
  }
  if (!ctx.ref) {
    m->normalized = rule->size() == 5 ? "XXXX-" + *rule : "";
    return true;
  }
  // The occurrence nearest the reference date.
  long ref_days = DaysFromCivil(*ctx.ref);
  long best_distance = -1;
  for (int y = ctx.ref->year - 1; y <= ctx.ref->year + 1; ++y) {
    std::string day = HolidayInYear(*rule, y);
    std::optional<CivilDate> d = ParseIsoDate(day);
    if (!d) continue;
    long distance = std::labs(DaysFromCivil(*d) - ref_days);
    if (best_distance < 0 || distance < best_distance) {
      best_distance = distance;
      m->normalized = day;
    }
  }
  return true;
}

}  // namespace lede::detail
