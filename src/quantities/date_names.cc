// Named days: one phrase-table lookup at a word (the table is built once from
// data/lexicon/holidays.tsv), then an optional year of at most three pieces after it.
// A rule day ("4 4 11", the fourth Thursday of November) is computed per year; without a
// year the occurrence nearest the reference date is taken, as for "June 5".
#include "quantities/date_names.h"

#include <cstdlib>
#include <string>

#include "data/embedded_data.h"

namespace lede::detail {

namespace {

constexpr int kDaysPerWeek = 7;

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

bool WordAt(const std::vector<Piece>& pieces, size_t j, std::string_view w) {
  return j < pieces.size() && pieces[j].kind == PieceKind::kWord && pieces[j].lower == w;
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

}  // namespace

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
