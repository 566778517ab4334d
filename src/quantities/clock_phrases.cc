// Clock phrases: a cheap look-ahead for "past" / "to" within the next few pieces gates
// the rule, so ordinary numbers cost a handful of string compares. Then: minutes (a
// number, "half", "(a) quarter") with an optional minutes word, "past" or "to" ("to"
// only with a minutes word, "half" or "quarter", since "five to seven" is a range), an
// hour 1..12 (or 0..23 in digits), an optional "o'clock" and an optional part of day
// that moves the hour to the afternoon ("in the evening").
#include "quantities/clock_phrases.h"

#include <cstdio>

#include "quantities/number_parser.h"

namespace lede::detail {

namespace {

constexpr int kMaxMinute = 59;
constexpr int kMaxHour24 = 23;
constexpr int kHoursPerHalfDay = 12;
constexpr int kMinutesPerHour = 60;
constexpr int kHalfHour = 30;
constexpr int kQuarterHour = 15;
// Pieces between the minutes and "past"/"to": "thirty - six minutes past".
constexpr size_t kPastWindow = 5;

bool WordAt(const std::vector<Piece>& pieces, size_t j, std::string_view w) {
  return j < pieces.size() && pieces[j].kind == PieceKind::kWord && pieces[j].lower == w;
}

bool IsMinutesWord(const std::vector<Piece>& pieces, size_t j) {
  return WordAt(pieces, j, "minutes") || WordAt(pieces, j, "minute") || WordAt(pieces, j, "min") ||
         WordAt(pieces, j, "mins");
}

}  // namespace

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
        nm.value != static_cast<int>(nm.value) || nm.value < 1 || nm.value > kMaxMinute) {
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
      hm.value != static_cast<int>(hm.value) || hm.value < 0 || hm.value > (hm.words ? kHoursPerHalfDay : kMaxHour24)) {
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
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", h, mi);
  m->normalized = buf;
  m->end = end;
  m->is_time = true;
  return true;
}

}  // namespace lede::detail
