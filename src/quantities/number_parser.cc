// Number parser: digits are read with strtod after dropping thousands commas, then an
// optional magnitude (glued suffix or following scale word) and ordinal suffix. Words
// are read left to right with the usual accumulator: `current` collects units, tens
// and hundreds; a scale word (thousand, million ...) moves current * scale into
// `total`. Hyphens and "and" are accepted only where English puts them, so "one two"
// or "thirty and" stop the number. Each piece is looked at once.
#include "quantities/number_parser.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "data/embedded_data.h"

namespace lede::detail {

namespace {

// Significant digits kept when formatting a value (a double's reliable precision).
constexpr int kSignificantDigits = 15;
// The smallest ordinal that multiplies what precedes it ("two hundredth") instead of adding.
constexpr double kHundred = 100;
// Pieces after "and" within which a fraction's denominator must appear ("and twenty-three fifths").
constexpr size_t kFractionWindow = 6;
// The denominator of "quarters": "one hundred and three quarters" adds 3/4 to 100, while
// an ordinal denominator divides the whole number ("one hundred and thirty fifths" = 130/5).
constexpr double kQuarter = 4;
// The largest unit an ordinal denominator may join to a tens word before it ("thirty fifths" = 35ths).
constexpr double kLargestUnit = 9;

// Names what the last number word was, to check the next one may follow it.
enum class Last { kNone, kUnit, kTens, kHundred, kScale, kAnd };

bool IsWord(const Piece& p) { return p.kind == PieceKind::kWord; }

bool IsGluedDash(const std::vector<Piece>& pieces, size_t j) {
  return j + 1 < pieces.size() && pieces[j].kind == PieceKind::kDash && pieces[j].lower == "-" &&
         !pieces[j].space_before && !pieces[j + 1].space_before;
}

const NumberWord* WordAt(const std::vector<Piece>& pieces, size_t j, const QuantityLexicon& lex) {
  if (j >= pieces.size() || !IsWord(pieces[j])) return nullptr;
  return lex.Number(pieces[j].lower);
}

bool IsOrdinalSuffix(const std::string& s) { return s == "st" || s == "nd" || s == "rd" || s == "th"; }

// Reads a following scale word ("1.5 million", "two billion") into *m; returns the new end.
size_t ApplyScale(const std::vector<Piece>& pieces, size_t j, const QuantityLexicon& lex, NumberMatch* m) {
  const NumberWord* w = WordAt(pieces, j, lex);
  size_t unit_end;
  // A magnitude written apart ("2.33 k", "10 bln") unless it names a unit ("5 m", "3 b").
  bool spaced_suffix = w && w->role == NumberRole::kSuffix && (pieces[j].lower.size() > 1 || pieces[j].lower == "k") &&
                       !lex.measure_units.Match(pieces, j, &unit_end);
  if (w && (w->role == NumberRole::kScale || w->role == NumberRole::kHundred || w->role == NumberRole::kDozen ||
            spaced_suffix)) {
    m->value *= w->value;
    m->magnitude = true;
    return j + 1;
  }
  return j;
}

bool ParseDigitsAt(const std::vector<Piece>& pieces, size_t i, const QuantityLexicon& lex, NumberMatch* m) {
  const Piece& p = pieces[i];
  m->value = ParseDigits(p.lower);
  bool separators = p.lower.find_first_not_of("0123456789") != std::string::npos;
  m->plain_integer = !separators;
  m->digits = separators ? 0 : p.lower.size();
  m->leading_zero = p.lower.size() > 1 && p.lower[0] == '0' && !separators;
  size_t j = i + 1;
  if (GluedAt(pieces, j) && IsWord(pieces[j])) {
    const std::string& suffix = pieces[j].lower;
    const NumberWord* w = lex.Number(suffix);
    if (IsOrdinalSuffix(suffix) && !separators) {
      m->ordinal = true;
      m->plain_integer = false;
      m->end = j + 1;
      return true;
    }
    if (w && (w->role == NumberRole::kSuffix || w->role == NumberRole::kScale)) {
      m->value *= w->value;
      m->magnitude = true;
      m->plain_integer = false;
      m->end = j + 1;
      return true;
    }
    m->end = j;  // other glued letters (4G, 10am, 5km) are the caller's to judge
    return true;
  }
  size_t scaled = ApplyScale(pieces, j, lex, m);
  if (scaled != j) m->plain_integer = false;
  m->end = scaled;
  return true;
}

// Returns true when a spaced dash joins a tens word to a unit ("ninety - five"): read as
// a range it would run downwards, so it can only be one number.
bool IsSpacedCompoundDash(const std::vector<Piece>& pieces, size_t j, const QuantityLexicon& lex) {
  if (j + 1 >= pieces.size() || pieces[j].kind != PieceKind::kDash || pieces[j].lower != "-" ||
      !pieces[j].space_before || !pieces[j + 1].space_before) {
    return false;
  }
  const NumberWord* unit = WordAt(pieces, j + 1, lex);
  return unit && unit->role == NumberRole::kUnit && unit->value >= 1 && unit->value <= kLargestUnit;
}

// `split` allows "one one hundredth" to read as a numerator and an ordinal denominator
// (false in that denominator's own reading, so each piece is read a bounded number of times).
bool ParseWordsAt(const std::vector<Piece>& pieces, size_t i, const QuantityLexicon& lex, NumberMatch* m,
                  bool split = true) {
  const NumberWord* first = WordAt(pieces, i, lex);
  if (!first) return false;
  m->words = true;
  size_t j = i;
  double total = 0, current = 0;
  double group = 0;  // units and tens since the last hundred, scale or "and": what a fraction divides
  bool article = false;
  if (first->role == NumberRole::kHalf) {
    // "half a million", "half a dozen"; a lone "half" is not a count.
    const NumberWord* a = WordAt(pieces, i + 1, lex);
    const NumberWord* s = WordAt(pieces, i + 2, lex);
    if (!a || a->role != NumberRole::kArticle || !s ||
        (s->role != NumberRole::kScale && s->role != NumberRole::kDozen && s->role != NumberRole::kHundred)) {
      return false;
    }
    m->value = 0.5 * s->value;
    m->magnitude = s->role != NumberRole::kDozen;
    m->end = i + 3;
    return true;
  }
  if (first->role == NumberRole::kArticle) {
    article = true;
    current = 1;
    ++j;
  }
  Last last = Last::kNone;
  Last before_last = Last::kNone;  // what preceded the last word ("hundred" before "thirty")
  size_t end = article ? i + 1 : i;
  bool any = false;
  while (j < pieces.size()) {
    const NumberWord* w = WordAt(pieces, j, lex);
    if (!w) break;
    bool hyphen_before = j > i && pieces[j - 1].kind == PieceKind::kDash;
    Last last_before_word = last;
    NumberRole role = w->role;
    const NumberWord* after_dash = IsGluedDash(pieces, j + 1) ? WordAt(pieces, j + 2, lex) : nullptr;
    if (role == NumberRole::kHalf && article && last == Last::kNone && !IsGluedDash(pieces, j + 1)) {
      // "a half"; "a half million" is a magnitude, "a half-hour" a duration left to the caller.
      const NumberWord* scale = WordAt(pieces, j + 1, lex);
      if (scale && scale->role == NumberRole::kScale) {
        current = 0.5 * scale->value;
        m->magnitude = true;
        end = j + 2;
      } else {
        current = 0.5;
        m->fraction = true;
        end = j + 1;
      }
      any = true;
      article = false;
      break;
    }
    if (role == NumberRole::kTens && (last == Last::kUnit || (article && last == Last::kNone)) && after_dash &&
        (after_dash->role == NumberRole::kOrdinal || after_dash->role == NumberRole::kFraction) &&
        after_dash->value < 10) {
      // "one twenty-fifth", "a twenty-first": a fraction with a compound ordinal denominator.
      double numerator = article ? 1 : group;
      current = current - (article ? 1 : group) + numerator / (w->value + after_dash->value);
      m->fraction = true;
      end = j + 3;
      any = true;
      article = false;
      break;
    }
    if (role == NumberRole::kUnit && !article &&
        (last == Last::kNone || last == Last::kHundred || last == Last::kScale || last == Last::kAnd ||
         last == Last::kTens)) {
      current += w->value;
      group += w->value;
      last = Last::kUnit;
    } else if (role == NumberRole::kTens && !article &&
               (last == Last::kNone || last == Last::kHundred || last == Last::kScale || last == Last::kAnd)) {
      current += w->value;
      group += w->value;
      last = Last::kTens;
    } else if (role == NumberRole::kHundred && (last == Last::kNone || last == Last::kUnit) && !hyphen_before) {
      current = (current == 0 ? 1 : current) * w->value;
      group = 0;
      last = Last::kHundred;
      article = false;
    } else if (role == NumberRole::kScale && last != Last::kAnd && !hyphen_before) {
      total += (current == 0 ? 1 : current) * w->value;
      current = 0;
      group = 0;
      last = Last::kScale;
      m->magnitude = true;
      article = false;
    } else if (role == NumberRole::kDozen && (last == Last::kNone || last == Last::kUnit)) {
      // "three dozens", "three hundred and two dozens": the dozen scales the units before it.
      if (group == 0) {
        current = (current == 0 ? 1 : current) * w->value;
      } else {
        current += group * (w->value - 1);
      }
      group = 0;
      last = Last::kScale;
      article = false;
    } else if (role == NumberRole::kOrdinal && last == Last::kNone && article) {
      // "a third", "a fifth": a fraction; "a second" is a time unit, not a number.
      if (w->value < 3) break;
      current = 1 / w->value;
      m->fraction = true;
      end = j + 1;
      any = true;
      article = false;
      break;
    } else if (role == NumberRole::kOrdinal && w->value >= kHundred && last == Last::kUnit && !hyphen_before) {
      // "two hundredth", "three millionth".
      current *= w->value;
      m->ordinal = true;
      end = j + 1;
      any = true;
      break;
    } else if (role == NumberRole::kOrdinal && (last == Last::kNone || last == Last::kTens ||
                                               last == Last::kHundred || last == Last::kScale || last == Last::kAnd)) {
      // "twenty second" is two words; "three hundred twenty second" one ordinal.
      if (last == Last::kTens && !hyphen_before && current - group == 0 && total == 0) break;
      current += w->value;
      m->ordinal = true;
      end = j + 1;
      any = true;
      break;
    } else if (role == NumberRole::kFraction && w->value > 1 && w->value != kQuarter && !article &&
               (last == Last::kUnit || last == Last::kTens || last == Last::kHundred || last == Last::kScale)) {
      // An ordinal denominator divides the whole number before it: "one hundred and thirty
      // fifths" = 130/5, "a hundred thousand trillionths" = 1e5/1e12, "ninety-five hundred-
      // fifths" = 9500/5; a tens word glued by a space to a unit ordinal joins the
      // denominator after a hundred or scale: "one hundred thirty fifths" = 100/35ths.
      double numerator = total + current, denominator = w->value;
      if (last == Last::kTens && !hyphen_before && w->value <= kLargestUnit &&
          (before_last == Last::kHundred || before_last == Last::kScale)) {
        numerator -= group;
        denominator += group;
      }
      total = 0;
      current = numerator / denominator;
      m->fraction = true;
      end = j + 1;
      any = true;
      break;
    } else if (((role == NumberRole::kFraction && w->value > 1) || (role == NumberRole::kOrdinal && w->value >= 3)) &&
               (last == Last::kUnit || last == Last::kTens || article)) {
      // "two-thirds", "three quarters", "a quarter", "one fifth", "one hundred and three quarters".
      if (group == 0) group = 1;
      current = current - group + group / w->value;
      if (current < 0) current = group / w->value;
      m->fraction = true;
      end = j + 1;
      any = true;
      article = false;
      break;
    } else {
      break;
    }
    any = true;
    end = j + 1;
    before_last = last_before_word;
    ++j;
    // Glue: a hyphen inside "twenty-one" ("ninety - five" spaced), "and" after a hundred or
    // scale before more words or an ordinal ("one hundred and fifth").
    if ((IsGluedDash(pieces, j) && WordAt(pieces, j + 1, lex)) ||
        (last == Last::kTens && IsSpacedCompoundDash(pieces, j, lex))) {
      ++j;
    } else if (j < pieces.size() && IsWord(pieces[j]) && pieces[j].lower == "and" &&
               (last == Last::kHundred || last == Last::kScale)) {
      const NumberWord* next = WordAt(pieces, j + 1, lex);
      if (!next || (next->role != NumberRole::kUnit && next->role != NumberRole::kTens &&
                    !(next->role == NumberRole::kOrdinal && next->value < kHundred))) {
        break;
      }
      last = Last::kAnd;
      group = 0;
      ++j;
    }
  }
  if (!any && !article) return false;
  // "one one hundred fifth", "one one hundredth": a count of units, then an ordinal of two
  // or more words starting right after it, is a fraction (1/105, 1/100).
  if (split && any && !m->ordinal && !m->fraction && last == Last::kUnit && total == 0 && current == group &&
      WordAt(pieces, end, lex)) {
    NumberMatch den;
    if (ParseWordsAt(pieces, end, lex, &den, false) && den.ordinal && den.end >= end + 2 && den.value > 0) {
      m->fraction = true;
      m->value = current / den.value;
      m->end = den.end;
      return true;
    }
  }
  // "two and a half", "one and a half million", "three and a fifth": a part added before any scale.
  if (any && !m->ordinal && !m->fraction && last != Last::kScale && end < pieces.size() && IsWord(pieces[end]) &&
      pieces[end].lower == "and") {
    const NumberWord* a = WordAt(pieces, end + 1, lex);
    const NumberWord* part = WordAt(pieces, end + 2, lex);
    if (a && a->role == NumberRole::kArticle && part &&
        (part->role == NumberRole::kHalf || part->role == NumberRole::kFraction ||
         (part->role == NumberRole::kOrdinal && part->value >= 3))) {
      current += part->role == NumberRole::kHalf ? part->value : 1 / part->value;
      end += 3;
      if (const NumberWord* scale = WordAt(pieces, end, lex); scale && scale->role == NumberRole::kScale) {
        current *= scale->value;
        m->magnitude = true;
        ++end;
      }
    }
  }
  if (any && !m->ordinal && !m->fraction && end < pieces.size() && IsWord(pieces[end]) && pieces[end].lower == "and") {
    // "twenty and three fifths", "one hundred and thirty and two fifths".
    // Only when a denominator is near, so a chain "one and two and three ..." is not re-read.
    bool denominator_near = false;
    for (size_t k = end + 2; k < end + kFractionWindow && !denominator_near; ++k) {
      const NumberWord* d = WordAt(pieces, k, lex);
      denominator_near = d && (d->role == NumberRole::kFraction || d->role == NumberRole::kOrdinal);
    }
    NumberMatch part;
    if (denominator_near && ParseWordsAt(pieces, end + 1, lex, &part) && part.fraction && part.value < 1) {
      current += part.value;
      m->fraction = true;
      end = part.end;
    }
  }
  if (any && !m->ordinal && !m->fraction && end + 1 < pieces.size() && IsWord(pieces[end]) &&
      pieces[end].lower == "point") {
    // "two hundred point zero three" (digit by digit), "point seventy-one" (a compound).
    std::string decimals;
    size_t k = end + 1;
    while (const NumberWord* d = WordAt(pieces, k, lex)) {
      if (d->role == NumberRole::kUnit && d->value < 10) {
        decimals.push_back(static_cast<char>('0' + static_cast<int>(d->value)));
        ++k;
      } else if (d->role == NumberRole::kTens) {
        decimals.push_back(static_cast<char>('0' + static_cast<int>(d->value / 10)));
        ++k;
        const NumberWord* unit = IsGluedDash(pieces, k) ? WordAt(pieces, k + 1, lex) : nullptr;
        if (unit && unit->role == NumberRole::kUnit && unit->value > 0 && unit->value < 10) {
          decimals.push_back(static_cast<char>('0' + static_cast<int>(unit->value)));
          k += 2;
        }
      } else {
        break;
      }
    }
    if (!decimals.empty()) {
      current += std::strtod(("0." + decimals).c_str(), nullptr);
      end = k;
    }
  }
  m->value = total + current;
  m->article_only = article && !any;
  if (article && !any) m->value = 1;
  m->lone_one = !article && end == i + 1 && first->role == NumberRole::kUnit && first->value == 1;
  // "one more time", "one last chance", "one final push": these words only follow a count,
  // so "one" is a number here, not the pronoun of "one of them" or "the one who".
  if (m->lone_one && end < pieces.size() && IsWord(pieces[end])) {
    const std::string& next = pieces[end].lower;
    if (next == "more" || next == "last" || next == "final") m->lone_one = false;
  }
  m->end = end;
  return true;
}

bool IsSlashAt(const std::vector<Piece>& pieces, size_t j) {
  return j + 1 < pieces.size() && pieces[j].lower == "/" && GluedAt(pieces, j) && GluedAt(pieces, j + 1) &&
         pieces[j + 1].kind == PieceKind::kNumber;
}

// Reads a fraction continuing the count in *m: "one over three", "2000 over 3", "one out
// of three", a proper "4/5" and a mixed "2 1/4". A time unit after the denominator makes
// "over" a span ("$2000 over 3 years"); "24/7" or "9/11" (not proper) stay apart.
void ExtendFraction(const std::vector<Piece>& pieces, const QuantityLexicon& lex, NumberMatch* m) {
  if (m->ordinal || m->fraction || m->article_only || m->magnitude || m->leading_zero) return;
  size_t j = m->end;
  size_t k = pieces.size();
  if (j < pieces.size() && IsWord(pieces[j]) && pieces[j].lower == "over") {
    k = j + 1;
  } else if (j + 1 < pieces.size() && IsWord(pieces[j]) && pieces[j].lower == "out" && IsWord(pieces[j + 1]) &&
             pieces[j + 1].lower == "of") {
    k = j + 2;
  } else if (m->plain_integer && IsSlashAt(pieces, j)) {
    double den = ParseDigits(pieces[j + 1].lower);
    if (den > m->value && pieces[j + 1].lower[0] != '0') {
      m->value /= den;
      m->end = j + 2;
      m->fraction = true;
      m->plain_integer = false;
    }
    return;
  } else if (m->plain_integer && j < pieces.size() && pieces[j].kind == PieceKind::kNumber &&
             pieces[j].space_before && IsSlashAt(pieces, j + 1)) {
    double num = ParseDigits(pieces[j].lower), den = ParseDigits(pieces[j + 2].lower);
    if (pieces[j].lower.find_first_not_of("0123456789") == std::string::npos && num > 0 && den > num &&
        pieces[j + 2].lower[0] != '0') {
      m->value += num / den;
      m->end = j + 3;
      m->fraction = true;
      m->plain_integer = false;
    }
    return;
  } else {
    return;
  }
  NumberMatch den;
  if (k >= pieces.size()) return;
  bool ok = pieces[k].kind == PieceKind::kNumber ? ParseDigitsAt(pieces, k, lex, &den) : ParseWordsAt(pieces, k, lex, &den);
  if (!ok || den.ordinal || den.fraction || den.article_only || den.value == 0) return;
  size_t unit_end;
  if (lex.time_units.Match(pieces, den.end, &unit_end)) return;
  m->value /= den.value;
  m->end = den.end;
  m->fraction = true;
  m->plain_integer = false;
  m->lone_one = false;
}

// Holds one relative ordinal phrase: its words and the position it names.
struct RelativePhrase {
  std::vector<std::string> words;
  std::string position;
};

// Returns the relative ordinal phrases by first word, longest first.
const std::unordered_map<std::string, std::vector<RelativePhrase>>& RelativePhrases() {
  static const auto* phrases = [] {
    auto* map = new std::unordered_map<std::string, std::vector<RelativePhrase>>();
    for (std::string_view line : DataLines("lexicon/relative_ordinals.txt")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      RelativePhrase phrase;
      phrase.position = std::string(line.substr(tab + 1));
      std::string_view words = line.substr(0, tab);
      while (!words.empty()) {
        size_t space = words.find(' ');
        phrase.words.emplace_back(words.substr(0, space));
        words = space == std::string_view::npos ? std::string_view() : words.substr(space + 1);
      }
      (*map)[phrase.words[0]].push_back(std::move(phrase));
    }
    for (auto& [first, list] : *map) {
      std::stable_sort(list.begin(), list.end(), [](const RelativePhrase& a, const RelativePhrase& b) {
        return a.words.size() > b.words.size();
      });
    }
    return map;
  }();
  return *phrases;
}

}  // namespace

bool ParseRelativeOrdinal(const std::vector<Piece>& pieces, size_t i, const QuantityLexicon& lex, size_t* end,
                          std::string* position) {
  if (i >= pieces.size() || !IsWord(pieces[i])) return false;
  const auto& phrases = RelativePhrases();
  auto it = phrases.find(pieces[i].lower);
  if (it == phrases.end()) return false;
  for (const RelativePhrase& phrase : it->second) {
    size_t j = i;
    bool ok = true;
    for (size_t w = 0; w < phrase.words.size() && ok; ++w) {
      if (w > 0 && IsGluedDash(pieces, j) && GluedAt(pieces, j)) ++j;  // "second-to-last"
      ok = j < pieces.size() && IsWord(pieces[j]) && pieces[j].lower == phrase.words[w];
      ++j;
    }
    // A phrase ends where the words end: "the next one hundred days", "the next one-day
    // match" and "next oneself" hold a number or a longer word, not a position.
    bool continues = j < pieces.size() && (WordAt(pieces, j, lex) || (GluedAt(pieces, j) && IsWord(pieces[j])) ||
                                           IsGluedDash(pieces, j));
    if (ok && !continues) {
      *end = j;
      *position = phrase.position;
      return true;
    }
  }
  return false;
}

double ParseDigits(std::string_view digits) {
  // A power "1.1^23", "2.5^-1", "1.1^--23": the exponent's minus signs cancel in pairs.
  if (size_t caret = digits.find('^'); caret != std::string_view::npos) {
    double base = ParseDigits(digits.substr(0, caret));
    size_t k = caret + 1;
    bool negative = false;
    for (; k < digits.size() && (digits[k] == '-' || digits[k] == '+'); ++k) negative ^= digits[k] == '-';
    double exponent = ParseDigits(digits.substr(k));
    return std::pow(base, negative ? -exponent : exponent);
  }
  // Thousands commas and spaces (" ", no-break and thin spaces) drop out; a comma with
  // two digits after it ends the number as a decimal comma ("5,00": the lexer keeps only those).
  std::string clean;
  clean.reserve(digits.size());
  size_t comma = digits.rfind(',');
  bool decimal_comma = comma != std::string_view::npos && digits.size() - comma == 3 &&
                       digits.find('.') == std::string_view::npos;
  for (size_t k = 0; k < digits.size(); ++k) {
    char c = digits[k];
    if (decimal_comma && k == comma) {
      clean.push_back('.');
    } else if ((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
      clean.push_back(c);
    }
  }
  return std::strtod(clean.c_str(), nullptr);  // also reads scientific "12.32e+14"
}

bool ParseNumber(const std::vector<Piece>& pieces, size_t i, const QuantityLexicon& lex, NumberMatch* m) {
  *m = NumberMatch{};
  if (i >= pieces.size()) return false;
  const Piece& p = pieces[i];
  // A minus sign directly before digits, not glued to a word or number before it.
  bool dash_minus = p.kind == PieceKind::kDash && (p.lower == "-" || p.lower == "\u2212") &&
                    GluedAt(pieces, i + 1) && pieces[i + 1].kind == PieceKind::kNumber &&
                    (i == 0 || p.space_before || pieces[i - 1].kind == PieceKind::kBreak ||
                     pieces[i - 1].kind == PieceKind::kPunct);
  bool word_minus = IsWord(p) && (p.lower == "minus" || p.lower == "negative") && i + 1 < pieces.size() &&
                    (pieces[i + 1].kind == PieceKind::kNumber || WordAt(pieces, i + 1, lex));
  if (dash_minus || word_minus) {
    if (!ParseNumber(pieces, i + 1, lex, m) || m->ordinal || m->article_only) return false;
    m->value = -m->value;
    m->negative = true;
    m->plain_integer = false;
    m->lone_one = false;
    return true;
  }
  bool found = p.kind == PieceKind::kNumber ? ParseDigitsAt(pieces, i, lex, m) : ParseWordsAt(pieces, i, lex, m);
  if (found) ExtendFraction(pieces, lex, m);
  return found;
}

std::string FormatNumber(double value) {
  if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", value);
    return buf;
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.*g", kSignificantDigits, value);
  return buf;
}

}  // namespace lede::detail
