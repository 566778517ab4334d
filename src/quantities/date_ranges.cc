// Date ranges and modifiers: each rule reads a short, fixed window of pieces and calls
// MatchDateTime for the dates inside it, so the work per piece is constant.
//
// Values follow Recognizers-Text: a modifier turns the date's interval [start, end) into
// an open interval ("since" -> start/.., "before"/"until" -> ../start, "after" ->
// end/.., "by end of" -> ../end); a point (a day, a clock time) is its own start and end.
// Halves: the start/end of a year splits at 1 July, of a month at the 16th, of a week at
// Thursday, of a part of day at its middle hour; the end of a day is 23:59:59. A range of
// two days keeps both days ("2016-01-12/2016-01-22"), as the benchmark's gold does.
#include "quantities/date_ranges.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/embedded_data.h"

namespace lede::detail {

namespace {

constexpr int kMaxDay = 31;
constexpr int kMaxMonth = 12;
// The second half of a month starts on this day (Recognizers-Text's "end of month").
constexpr int kMidMonthDay = 16;
// The second half of a year starts in this month.
constexpr int kMidYearMonth = 7;
// The second half of an ISO week starts this many days after its Monday (Thursday).
constexpr int kMidWeekDays = 3;
constexpr int kDaysPerWeek = 7;
// Largest count of "N days/weeks before/after <date>" resolved: about 190 years
// of weeks, past any news use, and small enough that the day arithmetic cannot
// overflow (a larger count, e.g. "1e30 days after", is no date).
constexpr double kMaxOffsetCount = 10000;

enum class ModKind { kSince, kBefore, kAfter, kBy };

// Holds one modifier phrase of date_range_modifiers.tsv.
struct Modifier {
  std::vector<std::string> words;
  ModKind kind = ModKind::kSince;
  std::string text;
};

// Returns the modifiers keyed by their first word, longest phrase first.
const std::unordered_map<std::string, std::vector<Modifier>>& Modifiers() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, std::vector<Modifier>>();
    for (std::string_view line : DataLines("lexicon/date_range_modifiers.tsv")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      Modifier m;
      m.text = std::string(line.substr(0, tab));
      std::string_view kind = line.substr(tab + 1);
      m.kind = kind == "before" ? ModKind::kBefore : kind == "after" ? ModKind::kAfter : kind == "by" ? ModKind::kBy
                                                                                                        : ModKind::kSince;
      size_t b = 0;
      while (b <= m.text.size()) {
        size_t e = m.text.find(' ', b);
        if (e == std::string::npos) e = m.text.size();
        if (e > b) m.words.push_back(m.text.substr(b, e - b));
        b = e + 1;
      }
      if (!m.words.empty()) (*t)[m.words[0]].push_back(std::move(m));
    }
    for (auto& [word, list] : *t) {
      std::sort(list.begin(), list.end(), [](const Modifier& a, const Modifier& b) { return a.words.size() > b.words.size(); });
    }
    return t;
  }();
  return *table;
}


// Returns the modifier written at i and sets *end past it, or nullptr.
const Modifier* ModifierAt(const std::vector<Piece>& pieces, size_t i, size_t* end) {
  if (i >= pieces.size() || pieces[i].kind != PieceKind::kWord) return nullptr;
  const auto& table = Modifiers();
  auto it = table.find(pieces[i].lower);
  if (it == table.end()) return nullptr;
  for (const Modifier& m : it->second) {
    bool all = true;
    for (size_t w = 0; w < m.words.size() && all; ++w) all = WordAt(pieces, i + w, m.words[w]);
    if (all) {
      *end = i + m.words.size();
      return &m;
    }
  }
  return nullptr;
}

bool IsDay(const std::string& n) { return n.size() == 10 && n[4] == '-' && n[7] == '-' && n[0] != 'X'; }

int Num(const std::string& s, size_t pos, size_t len) { return std::atoi(s.substr(pos, len).c_str()); }

std::string Pad2(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

std::string Year4(int y) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

// Returns the TIMEX part-of-day code of a part-of-day word, or "".
std::string DaypartCode(std::string_view word) {
  if (word == "morning") return "MO";
  if (word == "afternoon") return "AF";
  if (word == "evening") return "EV";
  if (word == "night") return "NI";
  return "";
}

// Holds the Recognizers-Text hours of a part of day: start, middle, end.
struct DaypartHours {
  const char* start;
  const char* middle;
  const char* end;
};

std::optional<DaypartHours> HoursOf(std::string_view code) {
  if (code == "MO") return DaypartHours{"T08:00", "T10:00", "T12:00"};
  if (code == "AF") return DaypartHours{"T12:00", "T14:00", "T16:00"};
  if (code == "EV") return DaypartHours{"T16:00", "T18:00", "T20:00"};
  if (code == "NI") return DaypartHours{"T20:00", "T22:00", "T23:59:59"};
  return std::nullopt;
}

// Returns the Monday of ISO week `week` of `year`.
CivilDate IsoWeekMonday(int year, int week) {
  CivilDate jan4{year, 1, 4};
  long monday = DaysFromCivil(jan4) - (IsoWeekday(jan4) - 1) + static_cast<long>(week - 1) * kDaysPerWeek;
  return CivilFromDays(monday);
}

// Holds the interval a normalized value denotes: [start, end), or a point.
struct Interval {
  std::string start;
  std::string end;
  bool point = false;
};

// Returns the interval of a normalized value, or nullopt when it fixes none ("XXXX-08", "").
std::optional<Interval> IntervalOf(const std::string& n) {
  if (n.empty() || n[0] == 'X' || n[0] == 'P') return std::nullopt;
  if (size_t slash = n.find('/'); slash != std::string::npos) {
    std::string a = n.substr(0, slash), b = n.substr(slash + 1);
    if (a.empty() || b.empty() || a == ".." || b == "..") return std::nullopt;
    return Interval{a, b, false};
  }
  if (IsDay(n) || n[0] == 'T' || (n.size() > 11 && IsDay(n.substr(0, 10)) && n[10] == 'T' && n[11] >= '0' && n[11] <= '9')) {
    return Interval{n, n, true};
  }
  if (n.size() == 13 && IsDay(n.substr(0, 10)) && n[10] == 'T') {  // a day's part of day
    std::optional<DaypartHours> h = HoursOf(n.substr(11));
    if (!h) return std::nullopt;
    return Interval{n.substr(0, 10) + h->start, n.substr(0, 10) + h->end, false};
  }
  if (n.size() == 4) return Interval{n + "-01-01", Year4(Num(n, 0, 4) + 1) + "-01-01", false};
  if (n.size() == 7 && n[4] == '-' && n[5] != 'W' && n[5] != 'Q') {
    int y = Num(n, 0, 4), m = Num(n, 5, 2);
    return Interval{n + "-01", Year4(y + (m == kMaxMonth)) + "-" + Pad2(m % kMaxMonth + 1) + "-01", false};
  }
  if (n.size() == 7 && n[5] == 'Q') {
    int y = Num(n, 0, 4), q = Num(n, 6, 1);
    int first = 3 * q - 2;
    std::string end = q == 4 ? Year4(y + 1) + "-01-01" : Year4(y) + "-" + Pad2(first + 3) + "-01";
    return Interval{Year4(y) + "-" + Pad2(first) + "-01", end, false};
  }
  if ((n.size() == 8 || n.size() == 11) && n[5] == 'W') {
    CivilDate monday = IsoWeekMonday(Num(n, 0, 4), Num(n, 6, 2));
    long from = DaysFromCivil(monday) + (n.size() == 11 ? kDaysPerWeek - 2 : 0);  // "-WE": Saturday
    return Interval{FormatDate(CivilFromDays(from)), FormatDate(CivilFromDays(DaysFromCivil(monday) + kDaysPerWeek)),
                    false};
  }
  return std::nullopt;
}

// Returns the first (`end` false) or second half of a normalized period, or "".
std::string HalfOf(const std::string& n, bool end) {
  if (IsDay(n)) return end ? n + "T23:59:59" : "";
  if (n.size() == 3 && n[0] == 'T') {  // a part of day with no day: "TAF"
    std::optional<DaypartHours> h = HoursOf(n.substr(1));
    if (!h) return "";
    return end ? std::string(h->middle) + "/" + h->end : std::string(h->start) + "/" + h->middle;
  }
  if (n.size() == 13 && IsDay(n.substr(0, 10)) && n[10] == 'T') {
    std::optional<DaypartHours> h = HoursOf(n.substr(11));
    if (!h) return "";
    std::string day = n.substr(0, 10);
    return end ? day + h->middle + "/" + day + h->end : day + h->start + "/" + day + h->middle;
  }
  std::optional<Interval> iv = IntervalOf(n);
  if (!iv || iv->point) return "";
  std::string middle;
  if (n.size() == 4) {
    middle = n + "-" + Pad2(kMidYearMonth) + "-01";
  } else if (n.size() == 7 && n[5] != 'W' && n[5] != 'Q') {
    middle = n + "-" + Pad2(kMidMonthDay);
  } else if (n.size() == 8 && n[5] == 'W') {
    middle = FormatDate(CivilFromDays(DaysFromCivil(IsoWeekMonday(Num(n, 0, 4), Num(n, 6, 2))) + kMidWeekDays));
  } else {
    return "";
  }
  return end ? middle + "/" + iv->end : iv->start + "/" + middle;
}

// Returns the value of a date under a modifier, or the date's own value when no interval is fixed.
std::string Apply(ModKind kind, const std::string& n) {
  std::optional<Interval> iv = IntervalOf(n);
  if (!iv) return n;
  switch (kind) {
    case ModKind::kSince:
      return iv->start + "/..";
    case ModKind::kBefore:
    case ModKind::kBy:
      return "../" + iv->start;
    case ModKind::kAfter:
      return (iv->point ? iv->start : iv->end) + "/..";
  }
  return n;
}

// Returns the Period a period word names for "end of the week" ("day", "week", "month", "year").
std::optional<Period> PeriodWord(const std::vector<Piece>& pieces, size_t j) {
  if (j >= pieces.size() || pieces[j].kind != PieceKind::kWord) return std::nullopt;
  const std::string& w = pieces[j].lower;
  if (w == "day" || w == "week" || w == "month" || w == "year" || w == "quarter") return PeriodOf(w);
  return std::nullopt;
}

// Returns true when pieces[j] is a bare year a modifier may take ("before 2010").
bool YearAt(const std::vector<Piece>& pieces, size_t j) {
  if (j >= pieces.size() || pieces[j].kind != PieceKind::kNumber || pieces[j].lower.size() != 4) return false;
  if (pieces[j].lower.find_first_not_of("0123456789") != std::string::npos) return false;
  if (j + 1 < pieces.size() && !pieces[j + 1].space_before && pieces[j + 1].kind != PieceKind::kPunct) return false;
  return IsPlainYearRange(std::atof(pieces[j].lower.c_str()));
}

// Reads a date at j for a modifier or a sub-period: any MatchDateTime date or a bare year.
bool DateOrYear(const DateContext& ctx, size_t j, DateMatch* m) {
  if (j >= ctx.pieces.size()) return false;
  if (YearAt(ctx.pieces, j)) {
    m->end = j + 1;
    m->normalized = ctx.pieces[j].lower;
    m->is_time = false;
    return true;
  }
  return MatchDateTime(ctx, j, m);
}

// Reads "[the] end|beginning|start of X" or "EOY" at i: *end_half says which half,
// *inner is X, *the_period is true when X is written "the <period>".
bool MatchSubPeriod(const DateContext& ctx, size_t i, bool* end_half, DateMatch* inner, bool* the_period) {
  const auto& pieces = ctx.pieces;
  *the_period = false;
  if (i < pieces.size() && pieces[i].kind == PieceKind::kWord && pieces[i].all_caps &&
      (pieces[i].lower == "eoy" || pieces[i].lower == "eom")) {
    inner->normalized = ResolvePeriod(ctx.ref, pieces[i].lower == "eoy" ? Period::kYear : Period::kMonth, 0);
    inner->end = i + 1;
    *end_half = true;
    return !inner->normalized.empty();
  }
  size_t j = WordAt(pieces, i, "the") ? i + 1 : i;
  bool is_end = WordAt(pieces, j, "end");
  if (!is_end && !WordAt(pieces, j, "beginning") && !WordAt(pieces, j, "start")) return false;
  if (!WordAt(pieces, j + 1, "of")) return false;
  *end_half = is_end;
  size_t k = j + 2;
  bool the = WordAt(pieces, k, "the");
  if (std::optional<Period> p = PeriodWord(pieces, the ? k + 1 : k)) {
    inner->normalized = ResolvePeriod(ctx.ref, *p, 0);
    inner->end = the ? k + 2 : k + 1;
    inner->is_time = false;
    *the_period = the;
    return !inner->normalized.empty();
  }
  return DateOrYear(ctx, k, inner) && !inner->is_time;
}

// Reads "early|late|earlier|later" + a part of day at i ("late afternoon", "early in the
// morning", "later this afternoon", "later in the year") into *m.
bool MatchEarlyLate(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  if (i >= pieces.size() || pieces[i].kind != PieceKind::kWord) return false;
  const std::string& w = pieces[i].lower;
  bool late = w == "late" || w == "later";
  if (!late && w != "early" && w != "earlier") return false;
  bool comparative = w == "later" || w == "earlier";
  size_t j = i + 1;
  bool in_the = WordAt(pieces, j, "in") && WordAt(pieces, j + 1, "the");
  if (in_the) j += 2;
  if (j < pieces.size() && pieces[j].kind == PieceKind::kWord) {
    std::string code = DaypartCode(pieces[j].lower);
    if (!code.empty() && ctx.lex.Date(pieces[j].lower)) {
      m->normalized = HalfOf("T" + code, late);
      m->end = j + 1;
      m->is_time = true;
      return !m->normalized.empty();
    }
    if (std::optional<Period> p = PeriodWord(pieces, j); p && in_the && comparative) {
      m->normalized = HalfOf(ResolvePeriod(ctx.ref, *p, 0), late);
      m->end = j + 1;
      m->is_time = false;
      return !m->normalized.empty();
    }
  }
  if (in_the) return false;
  // "later this afternoon", "earlier previous week": a part of day, or (after
  // earlier/later) a period.
  DateMatch inner;
  // "earlier this month" keeps its whole month (MatchDateTime reads it): only parts of
  // day are halved here.
  if (!MatchDateTime(ctx, i + 1, &inner) || inner.is_time) return false;
  if (!(inner.normalized.size() == 13 && inner.normalized[10] == 'T')) return false;
  std::string half = HalfOf(inner.normalized, late);
  if (half.empty() || IsDay(inner.normalized)) return false;
  *m = inner;
  m->normalized = half;
  return true;
}

// Reads "m/d" written with glued slashes at j ("2/29"); sets *month, *day and returns the end.
size_t NumericMonthDay(const std::vector<Piece>& pieces, size_t j, int* month, int* day) {
  if (j + 2 >= pieces.size() || pieces[j].kind != PieceKind::kNumber || pieces[j + 2].kind != PieceKind::kNumber) return 0;
  if (pieces[j + 1].lower != "/" || !GluedAt(pieces, j + 1) || !GluedAt(pieces, j + 2)) return 0;
  if (pieces[j].lower.size() > 2 || pieces[j + 2].lower.size() > 2) return 0;
  if (j + 3 < pieces.size() && pieces[j + 3].lower == "/" && GluedAt(pieces, j + 3)) return 0;  // m/d/y
  *month = std::atoi(pieces[j].lower.c_str());
  *day = std::atoi(pieces[j + 2].lower.c_str());
  if (*month < 1 || *month > kMaxMonth || *day < 1 || *day > kMaxDay) return 0;
  return j + 3;
}

// Returns a bare day number 1..31 at j (a plain number piece), or -1.
int BareDay(const std::vector<Piece>& pieces, size_t j) {
  if (j >= pieces.size() || pieces[j].kind != PieceKind::kNumber || pieces[j].lower.size() > 2) return -1;
  if (pieces[j].lower.find_first_not_of("0123456789") != std::string::npos) return -1;
  int d = std::atoi(pieces[j].lower.c_str());
  return d >= 1 && d <= kMaxDay ? d : -1;
}

bool IsJoiner(const std::vector<Piece>& pieces, size_t j, bool between) {
  if (j >= pieces.size()) return false;
  if (between) return WordAt(pieces, j, "and");
  const Piece& p = pieces[j];
  if (p.kind == PieceKind::kDash) return p.lower == "-" || p.lower == "\u2013";
  return WordAt(pieces, j, "to") || WordAt(pieces, j, "until") || WordAt(pieces, j, "till") ||
         WordAt(pieces, j, "through");
}

// Returns `day` of the year and month of the day `like` ("2016-11-19", 20 -> "2016-11-20"), or "".
std::string SameMonth(const std::string& like, int day) {
  int y = Num(like, 0, 4), m = Num(like, 5, 2);
  return IsValidCivil(y, m, day) ? FormatDate({y, m, day}) : "";
}

// Reads the range's second date at j after a first day `first`; returns its end or 0.
size_t SecondDate(const DateContext& ctx, size_t j, const std::string& first, std::string* second) {
  const auto& pieces = ctx.pieces;
  int month, day;
  if (size_t e = NumericMonthDay(pieces, j, &month, &day); e && !IsJoiner(pieces, e, false)) {
    *second = ResolveMonthDay(ctx.ref, month, day, 0);
    return IsDay(*second) ? e : 0;
  }
  DateMatch d;
  if (MatchDateTime(ctx, j, &d) && IsDay(d.normalized)) {
    *second = d.normalized;
    return d.end;
  }
  // "November 19-20": a bare day in the first day's month.
  if (int bare = BareDay(pieces, j); bare > 0 && !first.empty()) {
    bool more = j + 1 < pieces.size() && !pieces[j + 1].space_before && pieces[j + 1].kind != PieceKind::kPunct;
    if (more) return 0;
    *second = SameMonth(first, bare);
    return second->empty() ? 0 : j + 1;  // a year after it is read by MatchRange
  }
  return 0;
}

// Reads "<day> to|-|until <day>", "from X to Y", "between X and Y" at i.
bool MatchRange(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  bool between = WordAt(pieces, i, "between");
  bool lead = between || WordAt(pieces, i, "from");
  size_t s = lead ? i + 1 : i;
  if (s >= pieces.size()) return false;
  // Only a number or a date word can start a range's first date: skip the rest cheaply.
  if (pieces[s].kind != PieceKind::kNumber &&
      (pieces[s].kind != PieceKind::kWord || (!ctx.lex.Date(pieces[s].lower) && pieces[s].lower != "now"))) {
    return false;
  }
  std::string first;
  size_t e1 = 0;
  int bare_first = -1;
  int month, day;
  DateMatch d1;
  if (lead && WordAt(pieces, s, "now") && ctx.ref) {
    first = FormatDate(*ctx.ref);
    e1 = s + 1;
  } else if (size_t e = NumericMonthDay(pieces, s, &month, &day); e && IsJoiner(pieces, e, between)) {
    first = ResolveMonthDay(ctx.ref, month, day, 0);
    e1 = e;
  } else if (MatchDateTime(ctx, s, &d1) && IsDay(d1.normalized)) {
    first = d1.normalized;
    e1 = d1.end;
  } else if ((bare_first = BareDay(pieces, s)) > 0) {
    e1 = s + 1;  // "9 to 12 of June": the month comes with the second day
  } else {
    return false;
  }
  if (!IsDay(first) && bare_first < 0) return false;
  if (!IsJoiner(pieces, e1, between)) return false;
  size_t j = e1 + 1;
  std::string second;
  size_t end = 0;
  if (bare_first > 0) {
    int bare = BareDay(pieces, j);
    if (bare <= bare_first) return false;
    size_t k = WordAt(pieces, j + 1, "of") ? j + 2 : j + 1;
    DateMatch month_match;
    if (k == j + 1 || !MatchWordDate(ctx, k, &month_match) || month_match.normalized.size() != 7 ||
        month_match.normalized[0] == 'X') {
      DateMatch d2;  // "9 to 12 June"
      if (!MatchDateTime(ctx, j, &d2) || !IsDay(d2.normalized)) return false;
      second = d2.normalized;
      end = d2.end;
    } else {
      second = month_match.normalized + "-" + Pad2(bare);
      end = month_match.end;
    }
    first = SameMonth(second, bare_first);
    if (first.empty()) return false;
  } else {
    end = SecondDate(ctx, j, first, &second);
    if (!end) return false;
  }
  // "November 19-20, 2024": a year after the range fixes both days.
  size_t y = end < pieces.size() && pieces[end].lower == "," ? end + 1 : end;
  if (YearAt(pieces, y) && pieces[y].space_before && bare_first < 0 && first.size() == 10 && second.size() == 10 &&
      first.compare(0, 8, second, 0, 8) == 0 && pieces[y - 1].lower != "-") {
    std::string year = pieces[y].lower;
    first = year + first.substr(4);
    second = year + second.substr(4);
    if (!ParseIsoDate(first) || !ParseIsoDate(second)) return false;
    end = y + 1;
  }
  if (second < first) {
    // A day written without its year is the next one after the range's start.
    std::optional<CivilDate> d = ParseIsoDate(second);
    if (!d) return false;
    bool weekday = j < pieces.size() && ctx.lex.Date(pieces[j].lower) &&
                   ctx.lex.Date(pieces[j].lower)->role == DateRole::kWeekday;
    if (weekday) {
      second = FormatDate(CivilFromDays(DaysFromCivil(*d) + kDaysPerWeek));
    } else if (IsValidCivil(d->year + 1, d->month, d->day)) {
      second = FormatDate({d->year + 1, d->month, d->day});
    }
    if (second < first) return false;
  }
  m->end = end;
  m->normalized = first + "/" + second;
  m->is_time = false;
  m->zone.clear();
  return true;
}

// Reads an offset from a day at i: "two days after today", "a week before March 3",
// and "the day before|after" closing a clause (from the reference date).
bool MatchOffset(const DateContext& ctx, size_t i, DateMatch* m) {
  const auto& pieces = ctx.pieces;
  if (WordAt(pieces, i, "the") && WordAt(pieces, i + 1, "day") &&
      (WordAt(pieces, i + 2, "before") || WordAt(pieces, i + 2, "after")) && ctx.ref &&
      (i + 3 >= pieces.size() || pieces[i + 3].kind == PieceKind::kPunct)) {
    int sign = pieces[i + 2].lower == "after" ? 1 : -1;
    m->normalized = FormatDate(CivilFromDays(DaysFromCivil(*ctx.ref) + sign));
    m->end = i + 3;
    m->is_time = false;
    return true;
  }
  NumberMatch nm;
  if (!ParseNumber(pieces, i, ctx.lex, &nm) || nm.ordinal || nm.fraction || nm.value <= 0 ||
      nm.value > kMaxOffsetCount) {
    return false;
  }
  size_t u = nm.end;
  if (u >= pieces.size() || pieces[u].kind != PieceKind::kWord) return false;
  std::optional<Period> period = PeriodOf(pieces[u].lower);
  if (!period || (*period != Period::kDay && *period != Period::kWeek)) return false;
  bool after = WordAt(pieces, u + 1, "after");
  if (!after && !WordAt(pieces, u + 1, "before")) return false;
  DateMatch day;
  if (!MatchDateTime(ctx, u + 2, &day) || !IsDay(day.normalized)) return false;
  std::optional<CivilDate> d = ParseIsoDate(day.normalized);
  if (!d) return false;
  long days = static_cast<long>(nm.value) * (*period == Period::kWeek ? kDaysPerWeek : 1);
  m->normalized = FormatDate(CivilFromDays(DaysFromCivil(*d) + (after ? days : -days)));
  m->end = day.end;
  m->is_time = false;
  return true;
}

}  // namespace

bool MatchDateSpan(const DateContext& ctx, size_t i, DateSpan* span) {
  const auto& pieces = ctx.pieces;
  if (i >= pieces.size()) return false;
  span->modifier.clear();
  size_t k;
  if (const Modifier* mod = ModifierAt(pieces, i, &k)) {
    DateMatch inner;
    bool end_half = false, the_period = false;
    if (MatchSubPeriod(ctx, k, &end_half, &inner, &the_period)) {
      // "by end of this month" -> ../its end; "after the beginning of March" -> its start/..
      std::optional<Interval> iv = IntervalOf(inner.normalized);
      if (!iv) return false;
      std::string edge = end_half ? iv->end : iv->start;
      bool open_end = mod->kind == ModKind::kSince || mod->kind == ModKind::kAfter;
      span->date = inner;
      span->date.normalized = open_end ? edge + "/.." : "../" + edge;
      span->modifier = mod->text;
      return true;
    }
    if (mod->kind == ModKind::kBy) return false;
    DateMatch early;
    if (MatchEarlyLate(ctx, k, &early)) {
      span->date = early;
      span->date.normalized = Apply(mod->kind, early.normalized);
      span->modifier = mod->text;
      return true;
    }
    if (DateOrYear(ctx, k, &inner)) {
      span->date = inner;
      span->date.normalized = Apply(mod->kind, inner.normalized);
      span->modifier = mod->text;
      return true;
    }
    return false;
  }
  DateMatch inner;
  bool end_half = false, the_period = false;
  if (MatchSubPeriod(ctx, i, &end_half, &inner, &the_period)) {
    // "the end of the week" is read from "end": the article goes with the sentence.
    if (WordAt(pieces, i, "the") && the_period) return false;
    std::string half = HalfOf(inner.normalized, end_half);
    if (half.empty()) return false;
    span->date = inner;
    span->date.normalized = half;
    return true;
  }
  if (MatchEarlyLate(ctx, i, &span->date)) return true;
  if (MatchOffset(ctx, i, &span->date)) return true;
  return MatchRange(ctx, i, &span->date);
}

}  // namespace lede::detail
