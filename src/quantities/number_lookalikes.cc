// Number lookalikes. Each shape is read at the piece where it starts, from a few pieces
// either side, so the pass stays linear: phone numbers by their groups of digits and
// separators, scores by a digit pair joined by a dash with a word of sport or voting
// (score_words.txt) within kScoreWindow pieces, list numbers by their place at the start
// of a line. Years in names are matched against the entity mentions in one sorted sweep.
#include "quantities/number_lookalikes.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "data/embedded_data.h"
#include "text/char_class.h"

namespace lede::detail {

namespace {

// A phone number has between these many digits in all (ITU E.164 allows 15; local
// numbers without an area code have 7).
constexpr size_t kMinPhoneDigits = 7;
constexpr size_t kMaxPhoneDigits = 15;
// ... and at least this many groups when nothing else marks it (a "+" or "(212)"):
// "555-123-4567"; two groups ("1990-2000") are a range.
constexpr size_t kMinPlainPhoneGroups = 3;
// The last group of an unmarked phone number has this many digits or more ("4567"), its
// first group this many unless a country code leads ("555-", "1-800-"): dates have
// two-digit groups at one end ("2023-03-30", "30-03-2023").
constexpr size_t kMinLineDigits = 4;
constexpr size_t kMinAreaDigits = 3;
// Scores and tallies are small on both sides ("3-1", "52-48", "118-110").
constexpr size_t kMaxScoreDigits = 3;
// How far (in pieces, each way) a score looks for its word: "beat Leeds United 3-1".
constexpr size_t kScoreWindow = 4;
// List numbers are small ("1.", "12)"); "2019." at a line's start is a year.
constexpr size_t kMaxListDigits = 2;

const std::unordered_set<std::string>& ScoreWords() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    for (std::string_view line : DataLines("lexicon/score_words.txt")) out.emplace(line);
    return out;
  }();
  return words;
}

bool AllDigits(const Piece& p) {
  return p.kind == PieceKind::kNumber && !p.lower.empty() &&
         std::all_of(p.lower.begin(), p.lower.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsPunct(const Piece& p, std::string_view s) {
  return (p.kind == PieceKind::kPunct || p.kind == PieceKind::kSymbol) && p.lower == s;
}

bool IsHyphen(const Piece& p) { return p.kind == PieceKind::kDash && (p.lower == "-" || p.lower == "\u2013"); }

// Returns the end of a phone number at pieces[i], or i.
size_t PhoneEnd(const std::vector<Piece>& pieces, size_t i) {
  size_t j = i;
  bool marked = false;  // a leading "+" or an area code in parentheses
  if (j < pieces.size() && IsPunct(pieces[j], "+") && GluedAt(pieces, j + 1)) {
    marked = true;
    ++j;
  }
  size_t digits = 0, groups = 0;
  bool separated = false;  // some groups are joined by a hyphen or a dot
  if (j + 2 < pieces.size() && IsPunct(pieces[j], "(") && AllDigits(pieces[j + 1]) && IsPunct(pieces[j + 2], ")")) {
    marked = true;
    digits += pieces[j + 1].lower.size();
    ++groups;
    j += 3;
  }
  if (j >= pieces.size() || !AllDigits(pieces[j])) return i;
  bool leading_zero = pieces[j].lower[0] == '0' && pieces[j].lower.size() > 1;  // "020 7946 0958"
  size_t end = j;
  while (j < pieces.size() && AllDigits(pieces[j])) {
    digits += pieces[j].lower.size();
    ++groups;
    end = j + 1;
    if (j + 2 < pieces.size() && (IsHyphen(pieces[j + 1]) || IsPunct(pieces[j + 1], ".")) && GluedAt(pieces, j + 1) &&
        GluedAt(pieces, j + 2) && AllDigits(pieces[j + 2])) {
      separated = true;
      j += 2;
    } else if (j + 1 < pieces.size() && pieces[j + 1].space_before && AllDigits(pieces[j + 1]) &&
               (marked || leading_zero)) {
      j += 1;  // spaced groups only in a number already marked as a phone
    } else {
      break;
    }
  }
  if (digits < kMinPhoneDigits || digits > kMaxPhoneDigits) return i;
  // Unmarked, the last group is a line number of four digits or more, and the first no
  // day or month: "555-123-4567", "1-800-555-0199", not "2023-03-30" or "30-03-2023".
  size_t first = 0, last = pieces[end - 1].lower.size();
  for (size_t k = i; k < end && first == 0; ++k) first = AllDigits(pieces[k]) ? pieces[k].lower.size() : 0;
  bool plain = separated && groups >= kMinPlainPhoneGroups && last >= kMinLineDigits &&
               (first >= kMinAreaDigits || groups > kMinPlainPhoneGroups);
  bool local = separated && groups == 2 && pieces[end - 3].lower.size() == 3 && pieces[end - 1].lower.size() == 4 &&
               !marked;  // "555-0199"
  if (!(marked && groups >= 2) && !plain && !local && !(leading_zero && groups >= kMinPlainPhoneGroups)) return i;
  return end;
}

bool NearScoreWord(const std::vector<Piece>& pieces, size_t begin, size_t end) {
  const auto& words = ScoreWords();
  for (size_t k = begin; k > 0 && begin - k < kScoreWindow; --k) {
    if (pieces[k - 1].kind == PieceKind::kBreak) break;
    if (pieces[k - 1].kind == PieceKind::kWord && words.count(pieces[k - 1].lower)) return true;
  }
  for (size_t k = end; k < pieces.size() && k - end < kScoreWindow; ++k) {
    if (pieces[k].kind == PieceKind::kBreak) break;
    if (pieces[k].kind == PieceKind::kWord && words.count(pieces[k].lower)) return true;
  }
  return false;
}

// Returns the end of a score or tally at pieces[i] ("3-1"), or i.
size_t ScoreEnd(const std::vector<Piece>& pieces, size_t i) {
  if (i + 2 >= pieces.size() || !AllDigits(pieces[i]) || pieces[i].lower.size() > kMaxScoreDigits) return i;
  if (!IsHyphen(pieces[i + 1]) || !GluedAt(pieces, i + 1) || !GluedAt(pieces, i + 2)) return i;
  if (!AllDigits(pieces[i + 2]) || pieces[i + 2].lower.size() > kMaxScoreDigits) return i;
  return NearScoreWord(pieces, i, i + 3) ? i + 3 : i;
}

// Returns the end of a list number opening a line ("1.", "12)") before a word, or i.
size_t ListNumberEnd(const std::vector<Piece>& pieces, size_t i) {
  if (i != 0 || pieces.size() < 3 || !AllDigits(pieces[0]) || pieces[0].lower.size() > kMaxListDigits) return i;
  if (!(IsPunct(pieces[1], ".") || IsPunct(pieces[1], ")")) || !GluedAt(pieces, 1)) return i;
  if (!pieces[2].space_before || pieces[2].kind != PieceKind::kWord || !pieces[2].capitalized) return i;
  return 2;
}

bool IsNameEntity(const Entity& e) {
  return e.type == EntityType::kEvent || e.type == EntityType::kOrg || e.type == EntityType::kProduct ||
         e.type == EntityType::kMisc;
}

bool IsBareYear(const Quantity& q) {
  return q.kind == QuantityKind::kDate && q.text.size() == 4 &&
         std::all_of(q.text.begin(), q.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Returns true when the word before `pos` makes what follows a noun phrase: "the 2022
// World Cup", "Qatar's 2022 World Cup" (but not "In 2022 Apple launched ...").
bool DeterminerBefore(std::string_view text, size_t pos) {
  static const std::unordered_set<std::string> determiners = {"the", "a", "an", "this", "that", "its", "his",
                                                              "her", "their", "our", "next", "last"};
  size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
  const std::string word = AsciiLower(text.substr(begin, end - begin));
  if (determiners.count(word)) return true;
  return (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) ||
         (word.size() > 4 && word.compare(word.size() - 4, 4, "\u2019s") == 0);
}

}  // namespace

size_t LookalikeEnd(const std::vector<Piece>& pieces, size_t i) {
  // Every lookalike opens with digits, "+" or "(".
  if (i >= pieces.size() || (pieces[i].kind != PieceKind::kNumber && pieces[i].kind != PieceKind::kPunct &&
                             pieces[i].kind != PieceKind::kSymbol)) {
    return i;
  }
  if (size_t e = ListNumberEnd(pieces, i); e > i) return e;
  if (size_t e = PhoneEnd(pieces, i); e > i) return e;
  return ScoreEnd(pieces, i);
}

void DropYearsInNames(const std::vector<Entity>& entities, std::string_view text, std::vector<Quantity>* quantities) {
  std::vector<Span> names;
  for (const Entity& e : entities) {
    if (IsNameEntity(e)) names.insert(names.end(), e.mentions.begin(), e.mentions.end());
  }
  if (names.empty()) return;
  std::sort(names.begin(), names.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  auto in_name = [&](const Quantity& q) {
    if (!IsBareYear(q)) return false;
    // The first mention starting after the year's start: the year opens it ("2022 World
    // Cup" with one space between), or the mention before it covers the year.
    auto it = std::upper_bound(names.begin(), names.end(), q.span.start,
                               [](size_t pos, const Span& s) { return pos < s.start; });
    if (it != names.end() && it->start == q.span.end + 1 && q.span.end < text.size() && text[q.span.end] == ' ' &&
        DeterminerBefore(text, q.span.start)) {
      return true;
    }
    return it != names.begin() && std::prev(it)->start <= q.span.start && std::prev(it)->end >= q.span.end;
  };
  quantities->erase(std::remove_if(quantities->begin(), quantities->end(), in_name), quantities->end());
}

}  // namespace lede::detail
