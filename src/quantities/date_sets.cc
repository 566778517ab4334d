// Date sets and vague durations: each rule starts at a lead word ("every", "each",
// "several", "a", "all", "another") or an adverb ("weekly"), reads a bounded window of
// pieces after it (an optional count, a time unit, weekday or part of day, an optional
// "at <clock>") and stops, so matching is constant work per piece. Adverbs of
// frequency ("weekly", "everyday") are sets only where they are adverbs: an article or
// a noun next to them makes them adjectives ("a weekly magazine", "everyday life").
#include "quantities/date_sets.h"

#include <string>
#include <string_view>

#include "quantities/number_parser.h"

namespace lede::detail {

namespace {

// Count Recognizers-Text (and common reading) gives "few", "several" and "some".
constexpr double kVagueFew = 3;
// Count of "a couple (of)".
constexpr double kCouple = 2;
// Count of "every other week".
constexpr double kEveryOther = 2;


// Returns the TIMEX set value of a frequency adverb ("weekly" -> "P1W"), or "".
std::string_view AdverbSet(const std::string& w) {
  static constexpr std::pair<std::string_view, std::string_view> kAdverbs[] = {
      {"hourly", "PT1H"},    {"daily", "P1D"},     {"everyday", "P1D"},     {"nightly", "P1D"},
      {"weekly", "P1W"},     {"fortnightly", "P2W"}, {"biweekly", "P2W"},   {"monthly", "P1M"},
      {"quarterly", "P3M"},  {"yearly", "P1Y"},    {"annually", "P1Y"},
  };
  for (const auto& [word, set] : kAdverbs) {
    if (w == word) return set;
  }
  return "";
}

// Returns true when the word at j may follow an adverb (a function word, not a noun
// the adverb would modify as an adjective).
bool AdverbFollower(const std::vector<Piece>& pieces, size_t j) {
  if (j >= pieces.size() || pieces[j].kind != PieceKind::kWord) return true;
  static constexpr std::string_view kFollowers[] = {"and", "or", "but", "in", "on", "at", "for", "from", "since",
                                                    "until", "to", "by", "with", "as", "since", "basis"};
  for (std::string_view w : kFollowers) {
    if (pieces[j].lower == w) return true;
  }
  return false;
}

// Returns the ISO 8601 duration of `count` time units ("P3W", "PT3H").
std::string DurationOf(const TimeUnit& tu, double count) {
  bool time_part = !tu.designator.empty() && tu.designator[0] == 'T';
  std::string designator = time_part ? tu.designator.substr(1) : tu.designator;
  return std::string(time_part ? "PT" : "P") + FormatNumber(count * tu.factor) + designator;
}

// Returns the ISO weekday of a weekday word or its plural ("Mondays"), or 0.
int WeekdayOf(const DateContext& ctx, size_t j, bool* plural) {
  if (j >= ctx.pieces.size() || ctx.pieces[j].kind != PieceKind::kWord) return 0;
  const std::string& w = ctx.pieces[j].lower;
  *plural = false;
  // Every weekday name ends in "day", so only such words are looked up.
  if (w.size() < 6 || (w.compare(w.size() - 3, 3, "day") != 0 && w.compare(w.size() - 4, 4, "days") != 0)) return 0;
  const DateWord* d = ctx.lex.Date(w);
  if (!d && w.back() == 's') {
    d = ctx.lex.Date(w.substr(0, w.size() - 1));
    *plural = true;
  }
  return d && d->role == DateRole::kWeekday ? d->value : 0;
}

// Reads an optional "at <clock time>" (or a clock time alone) at j: appends the clock
// to *m and moves its end.
void OptionalClock(const DateContext& ctx, size_t j, DateMatch* m) {
  size_t k = WordAt(ctx.pieces, j, "at") ? j + 1 : j;
  DateMatch clock;
  if (k < ctx.pieces.size() && MatchClockTime(ctx, k, &clock) && clock.normalized.size() >= 6) {
    m->normalized += clock.normalized;
    m->end = clock.end;
  }
}

void SetMatch(size_t end, std::string normalized, DateMatch* m) {
  m->end = end;
  m->normalized = std::move(normalized);
  m->is_set = true;
  m->is_time = false;
}

}  // namespace

bool MatchDateSet(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  const Piece& p = pieces[i];
  if (p.kind != PieceKind::kWord) return false;
  if (std::string_view set = AdverbSet(p.lower); !set.empty()) {
    bool article = i > 0 && (WordAt(pieces, i - 1, "a") || WordAt(pieces, i - 1, "an") || WordAt(pieces, i - 1, "the"));
    if (article || !AdverbFollower(pieces, i + 1)) return false;
    SetMatch(i + 1, std::string(set), m);
    return true;
  }
  bool plural = false;
  if (int wd = WeekdayOf(ctx, i, &plural); wd != 0) {
    // "on Mondays", "Friday mornings": a plural names every such day.
    std::string code = i + 1 < pieces.size() ? DaypartCode(pieces[i + 1].lower) : "";
    bool plural_part = !code.empty() && pieces[i + 1].lower.back() == 's';
    if (!plural && !plural_part) return false;
    SetMatch(plural_part ? i + 2 : i + 1, "XXXX-WXX-" + std::to_string(wd) + (plural_part ? "T" + code : ""), m);
    if (!plural_part) OptionalClock(ctx, m->end, m);
    return true;
  }
  if (p.lower != "every" && p.lower != "each") return false;
  size_t j = i + 1;
  double count = 1;
  if (WordAt(pieces, j, "other")) {
    count = kEveryOther;
    ++j;
  } else if (NumberMatch nm; j < pieces.size() && ParseNumber(pieces, j, ctx.lex, &nm) && !nm.ordinal &&
                             !nm.fraction && !nm.article_only && nm.value > 0) {
    count = nm.value;
    j = nm.end;
  }
  size_t end;
  if (const TimeUnit* tu = ctx.lex.time_units.Match(pieces, j, &end)) {
    SetMatch(end, DurationOf(*tu, count), m);
    return true;
  }
  if (count != 1) return false;
  if (WordAt(pieces, j, "weekend")) {
    SetMatch(j + 1, "XXXX-WXX-WE", m);
    return true;
  }
  if (int wd = WeekdayOf(ctx, j, &plural); wd != 0 && !plural) {
    SetMatch(j + 1, "XXXX-WXX-" + std::to_string(wd), m);
    if (std::string code = j + 1 < pieces.size() ? DaypartCode(pieces[j + 1].lower) : ""; !code.empty()) {
      m->normalized += "T" + code;
      ++m->end;
    }
    OptionalClock(ctx, m->end, m);
    return true;
  }
  if (std::string code = j < pieces.size() ? DaypartCode(pieces[j].lower) : ""; !code.empty()) {
    SetMatch(j + 1, "T" + code, m);
    DateMatch clock = *m;
    clock.normalized.clear();
    OptionalClock(ctx, m->end, &clock);
    if (!clock.normalized.empty()) {
      // "every evening at 7:13 p.m.": the clock fixes the time.
      m->normalized = clock.normalized;
      m->end = clock.end;
    }
    return true;
  }
  return false;
}

bool ExtendClockToSet(const DateContext& ctx, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  size_t j = m->end;
  size_t end = j;
  if ((WordAt(pieces, j, "each") || WordAt(pieces, j, "every")) && WordAt(pieces, j + 1, "day")) {
    end = j + 2;
  } else if (WordAt(pieces, j, "daily") && AdverbFollower(pieces, j + 1)) {
    end = j + 1;
  } else {
    return false;
  }
  m->end = end;
  m->is_set = true;
  return true;
}

bool MatchVagueDuration(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  const Piece& p = pieces[i];
  auto lead_before = [&]() {
    return i > 0 && pieces[i - 1].kind == PieceKind::kWord && ctx.lex.duration_leads.count(pieces[i - 1].lower) > 0;
  };
  // "for 3Y", "lasted 2W": a count glued to a unit letter, only after a duration word.
  if (p.kind == PieceKind::kNumber && GluedAt(pieces, i + 1) && (WordAt(pieces, i + 1, "y") || WordAt(pieces, i + 1, "w")) &&
      p.lower.find_first_not_of("0123456789") == std::string::npos &&
      (i + 2 >= pieces.size() || pieces[i + 2].space_before || pieces[i + 2].kind == PieceKind::kPunct) &&
      lead_before()) {
    bool year = pieces[i + 1].lower == "y";
    m->end = i + 2;
    m->normalized = "P" + p.lower + (year ? "Y" : "W");
    m->unit = year ? "year" : "week";
    m->is_duration = true;
    return true;
  }
  if (p.kind != PieceKind::kWord && p.kind != PieceKind::kNumber) return false;
  size_t j = i + 1;
  double count = 0;
  bool plural = true;  // the unit must be plural ("several weeks") or singular ("all month")
  if (p.lower == "a" && WordAt(pieces, j, "few")) {
    count = kVagueFew;
    ++j;
  } else if (p.lower == "few" || p.lower == "several" || (p.lower == "some" && lead_before())) {
    count = kVagueFew;
  } else if ((p.lower == "a" && WordAt(pieces, j, "couple")) || p.lower == "couple") {
    count = kCouple;
    if (p.lower == "a") ++j;
    if (WordAt(pieces, j, "of")) ++j;
  } else if (p.lower == "all" || p.lower == "another") {
    count = 1;
    plural = false;
  } else if (NumberMatch nm; (WordAt(pieces, i + 1, "nights") || WordAt(pieces, i + 2, "nights")) &&
                             ParseNumber(pieces, i, ctx.lex, &nm) && !nm.ordinal && !nm.fraction &&
                             !nm.article_only && !nm.lone_one && nm.value > 1 &&
                             (WordAt(pieces, nm.end, "nights"))) {
    // "two nights": a stay counted in nights is that many days.
    m->end = nm.end + 1;
    m->normalized = "P" + FormatNumber(nm.value) + "D";
    m->unit = "night";
    m->is_duration = true;
    return true;
  } else {
    return false;
  }
  size_t end;
  const TimeUnit* tu = ctx.lex.time_units.Match(pieces, j, &end);
  if (!tu || end != j + 1) return false;
  bool is_plural = pieces[j].lower.back() == 's';
  if (is_plural != plural) return false;
  m->end = end;
  m->normalized = DurationOf(*tu, count);
  m->unit = tu->unit;
  m->is_duration = true;
  return true;
}

}  // namespace lede::detail
