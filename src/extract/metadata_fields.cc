// Metadata field normalisers. NormalizeDate splits the value into tokens
// (runs of digits, runs of letters, single punctuation marks), takes the
// ISO 8601 shape "YYYY-MM-DD[( |T)HH:MM[:SS[.f]]][zone]" when the value
// starts with it, and otherwise reads the tokens by kind: a 4-digit year, a
// month name, a 1-2 digit day, "HH:MM[:SS]" with AM/PM, and a zone word or
// numeric offset. Every part is range-checked (a real calendar day, hours,
// minutes, a zone within +-14h) and anything left unresolved drops the value.
#include "extract/metadata_fields.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "data/embedded_data.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// Earliest and latest year taken as an article date; outside it the value is
// a placeholder such as "0001-01-01" or a typo, not a publication date.
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
// Largest UTC offset in hours that exists (Line Islands, +14:00).
constexpr int kMaxZoneHours = 14;
// Bytes of a text looked at to tell whether it starts with a date
// ("September 30" fits with room to spare).
constexpr size_t kDateLookahead = 24;
// Shortest month-name prefix matched ("Sep", "Sept", "September").
constexpr size_t kMinMonthPrefix = 3;

enum class Kind { kNum, kWord, kPunct };

struct Token {
  Kind kind;
  std::string text;  // lower-cased for words
};

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c) || std::isalpha(c)) {
      const bool digit = std::isdigit(c);
      size_t j = i;
      std::string text;
      while (j < s.size() && (digit ? std::isdigit(static_cast<unsigned char>(s[j]))
                                    : std::isalpha(static_cast<unsigned char>(s[j])))) {
        text += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j])));
        ++j;
      }
      out.push_back({digit ? Kind::kNum : Kind::kWord, std::move(text)});
      i = j;
    } else if (c == ' ' || c == ',' || c == '\t') {
      ++i;
    } else {
      out.push_back({Kind::kPunct, std::string(1, static_cast<char>(c))});
      ++i;
    }
  }
  return out;
}

int ToInt(std::string_view digits) {
  int v = -1;
  std::from_chars(digits.data(), digits.data() + digits.size(), v);
  return v;
}

// Returns the month number of a month name or abbreviation, 0 if none.
int MonthNumber(std::string_view word) {
  static const std::vector<std::pair<std::string, int>> kMonths = [] {
    std::vector<std::pair<std::string, int>> months;
    for (std::string_view line : DataLines("boilerplate/html_meta_month_names.txt")) {
      const size_t sp = line.find(' ');
      if (sp != std::string_view::npos) months.emplace_back(std::string(line.substr(0, sp)), ToInt(line.substr(sp + 1)));
    }
    return months;
  }();
  if (word.size() < kMinMonthPrefix) return 0;
  for (const auto& [name, number] : kMonths) {
    if (name.compare(0, word.size(), word) == 0) return number;
  }
  return 0;
}

// Returns true for a weekday name or its 3+ letter abbreviation ("wed", "wednesday").
bool IsWeekday(std::string_view word) {
  static const std::vector<std::string_view> kDays = DataLines("boilerplate/html_meta_weekday_names.txt");
  if (word.size() < kMinMonthPrefix) return false;
  for (std::string_view day : kDays) {
    if (day.substr(0, word.size()) == word) return true;
  }
  return false;
}

// Returns the "+HH:MM" offset of a zone abbreviation ("est" -> "-05:00"), "" if unknown.
std::string ZoneOffset(std::string_view word) {
  static const std::unordered_map<std::string, std::string> kZones = [] {
    std::unordered_map<std::string, std::string> zones;
    for (std::string_view line : DataLines("boilerplate/html_meta_time_zones.txt")) {
      const size_t sp = line.find(' ');
      if (sp == std::string_view::npos) continue;
      std::string name(line.substr(0, sp));
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      zones.emplace(std::move(name), std::string(line.substr(sp + 1)));
    }
    return zones;
  }();
  auto it = kZones.find(std::string(word));
  return it == kZones.end() ? "" : it->second;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ValidDay(int y, int m, int d) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < kMinYear || y > kMaxYear || m < 1 || m > 12 || d < 1) return false;
  return d <= kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
}

// Holds the parts read so far; -1 is "not seen".
struct Parts {
  int year = -1, month = -1, day = -1;
  int hour = -1, minute = -1, second = -1;
  std::string zone;  // "Z" or "+HH:MM"
  bool ok = true;
};

// Reads a numeric offset at tokens[i] ("+" "0530" / "+" "05" ":" "30" / "+" "5"); advances i.
std::string ReadOffset(const std::vector<Token>& t, size_t& i) {
  if (i + 1 >= t.size() || t[i].kind != Kind::kPunct || (t[i].text != "+" && t[i].text != "-") ||
      t[i + 1].kind != Kind::kNum) {
    return "";
  }
  const char sign = t[i].text[0];
  const std::string& d = t[i + 1].text;
  int hours = -1, minutes = 0;
  size_t used = 2;
  if (d.size() == 4) {
    hours = ToInt(d.substr(0, 2));
    minutes = ToInt(d.substr(2));
  } else if (d.size() <= 2) {
    hours = ToInt(d);
    if (i + 3 < t.size() && t[i + 2].text == ":" && t[i + 3].kind == Kind::kNum && t[i + 3].text.size() == 2) {
      minutes = ToInt(t[i + 3].text);
      used = 4;
    }
  }
  if (hours < 0 || hours > kMaxZoneHours || minutes < 0 || minutes > 59) return "";
  i += used;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, hours, minutes);
  return buf;
}

// Reads "HH:MM[:SS[.fraction]]" starting at tokens[i]; advances i.
bool ReadTime(const std::vector<Token>& t, size_t& i, Parts& p) {
  if (i + 2 >= t.size() || t[i].kind != Kind::kNum || t[i].text.size() > 2 || t[i + 1].text != ":" ||
      t[i + 2].kind != Kind::kNum || t[i + 2].text.size() != 2) {
    return false;
  }
  p.hour = ToInt(t[i].text);
  p.minute = ToInt(t[i + 2].text);
  i += 3;
  if (i + 1 < t.size() && t[i].text == ":" && t[i + 1].kind == Kind::kNum && t[i + 1].text.size() == 2) {
    p.second = ToInt(t[i + 1].text);
    i += 2;
    if (i + 1 < t.size() && t[i].text == "." && t[i + 1].kind == Kind::kNum) i += 2;  // fraction dropped
  }
  return true;
}

// Reads whatever follows a time: AM/PM, zone words and offsets; false on anything else.
bool ReadTimeTail(const std::vector<Token>& t, size_t& i, Parts& p) {
  while (i < t.size()) {
    const Token& tok = t[i];
    if (tok.kind == Kind::kWord && (tok.text == "am" || tok.text == "pm")) {
      if (p.hour < 1 || p.hour > 12) return false;
      p.hour = p.hour % 12 + (tok.text == "pm" ? 12 : 0);
      ++i;
    } else if (tok.kind == Kind::kWord && !ZoneOffset(tok.text).empty()) {
      const bool utc = tok.text == "gmt" || tok.text == "utc" || tok.text == "z";
      p.zone = utc ? "Z" : ZoneOffset(tok.text);
      ++i;
      if (utc) {
        std::string offset = ReadOffset(t, i);  // "GMT+0000", "UTC-05:00"
        if (!offset.empty()) p.zone = offset;
      }
    } else if (tok.kind == Kind::kPunct && (tok.text == "+" || tok.text == "-")) {
      p.zone = ReadOffset(t, i);
      if (p.zone.empty()) return false;
    } else if (tok.kind == Kind::kPunct && tok.text == "(") {
      // "(Eastern Standard Time)" style comments after a zone: ignore the rest.
      return true;
    } else {
      return false;
    }
  }
  return true;
}

// Reads the ISO 8601 shape; false when the value does not start with YYYY-MM-DD.
bool ReadIso(const std::vector<Token>& t, Parts& p) {
  // "20191119": the compact form some sites put in meta tags.
  if (t.size() == 1 && t[0].kind == Kind::kNum && t[0].text.size() == 8) {
    p.year = ToInt(t[0].text.substr(0, 4));
    p.month = ToInt(t[0].text.substr(4, 2));
    p.day = ToInt(t[0].text.substr(6, 2));
    return true;
  }
  if (t.size() < 5 || t[0].kind != Kind::kNum || t[0].text.size() != 4 || t[1].text != "-" ||
      t[2].kind != Kind::kNum || t[2].text.size() != 2 || t[3].text != "-" || t[4].kind != Kind::kNum ||
      t[4].text.size() != 2) {
    return false;
  }
  p.year = ToInt(t[0].text);
  p.month = ToInt(t[2].text);
  p.day = ToInt(t[4].text);
  size_t i = 5;
  // The "T" of "05T14:03" is its own word token: digits and letters split.
  if (i < t.size() && t[i].kind == Kind::kWord && t[i].text == "t") ++i;
  if (i < t.size()) {
    if (!ReadTime(t, i, p) || !ReadTimeTail(t, i, p)) p.ok = false;
  }
  return true;
}

// Reads a free-form date from its tokens.
void ReadFree(const std::vector<Token>& t, Parts& p) {
  std::vector<int> numbers;  // bare numbers in order, for numeric dates
  std::string numeric_sep;
  for (size_t i = 0; i < t.size() && p.ok;) {
    const Token& tok = t[i];
    if (tok.kind == Kind::kNum) {
      if (p.hour < 0 && ReadTime(t, i, p)) {
        if (!ReadTimeTail(t, i, p)) p.ok = false;
        continue;
      }
      numbers.push_back(ToInt(tok.text));
      if (tok.text.size() == 4) {
        if (p.year >= 0) p.ok = false;
        p.year = ToInt(tok.text);
      } else if (tok.text.size() <= 2 && p.day < 0 && numbers.size() == 1) {
        p.day = ToInt(tok.text);
      }
      ++i;
    } else if (tok.kind == Kind::kWord) {
      const int month = MonthNumber(tok.text);
      if (month > 0) {
        if (p.month >= 0) p.ok = false;
        p.month = month;
      } else if (tok.text == "at" || tok.text == "st" || tok.text == "nd" || tok.text == "rd" || tok.text == "th" ||
                 tok.text == "of") {
        // connecting words and ordinal suffixes
      } else if (i == 0 && tok.text.size() >= kMinMonthPrefix) {
        // one leading weekday or label ("Tue", "Published") before the date
      } else {
        p.ok = false;
      }
      ++i;
    } else {
      if ((tok.text == "/" || tok.text == ".") && numeric_sep.empty()) numeric_sep = tok.text;
      ++i;
    }
  }
  if (!p.ok || p.month >= 0 || numbers.size() != 3) {
    if (p.month >= 0 && p.day < 0 && numbers.size() >= 2) {
      // "Nov 5 2019" after a weekday: the first small number is the day.
      for (int n : numbers) {
        if (n <= 31) { p.day = n; break; }
      }
    }
    return;
  }
  // Numeric dates: year first (Y/M/D), or day first with dots (D.M.Y); M/D vs
  // D/M with slashes only when one of them cannot be a month.
  if (numbers[0] == p.year) {
    p.month = numbers[1];
    p.day = numbers[2];
  } else if (numbers[2] == p.year && numeric_sep == ".") {
    p.day = numbers[0];
    p.month = numbers[1];
  } else if (numbers[2] == p.year && numbers[0] > 12) {
    p.day = numbers[0];
    p.month = numbers[1];
  } else if (numbers[2] == p.year && numbers[1] > 12) {
    p.month = numbers[0];
    p.day = numbers[1];
  } else {
    p.ok = false;
  }
}

}  // namespace

std::string NormalizeDate(std::string_view value) {
  const std::vector<Token> tokens = Tokenize(value);
  Parts p;
  if (!ReadIso(tokens, p)) ReadFree(tokens, p);
  if (!p.ok || !ValidDay(p.year, p.month, p.day)) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", p.year, p.month, p.day);
  std::string out = buf;
  if (p.hour < 0) return out;
  if (p.hour > 23 || p.minute < 0 || p.minute > 59 || p.second > 59) return "";
  std::snprintf(buf, sizeof buf, "T%02d:%02d", p.hour, p.minute);
  out += buf;
  if (p.second >= 0) {
    std::snprintf(buf, sizeof buf, ":%02d", p.second);
    out += buf;
  }
  return out + p.zone;
}

bool StartsWithDate(std::string_view text) {
  const std::vector<Token> t = Tokenize(text.substr(0, std::min(text.size(), kDateLookahead)));
  if (t.empty()) return false;
  if (t[0].kind == Kind::kNum) return true;
  if (t[0].kind == Kind::kWord && IsWeekday(t[0].text)) return true;
  if (t[0].kind != Kind::kWord || MonthNumber(t[0].text) == 0) return false;
  const size_t next = t.size() > 2 && t[1].text == "." ? 2 : 1;
  return next < t.size() && t[next].kind == Kind::kNum;
}

std::string DecodeCharRefs(std::string_view text) {
  static const std::unordered_map<std::string_view, char32_t> kNamed = {
      {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
      {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
      {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026}, {"pound", 0xA3},  {"euro", 0x20AC}};
  // Longest reference name or number read ("&#x1F600;" and "&hellip;" fit).
  constexpr size_t kMaxRefLength = 10;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    const size_t semi = text.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i - 1 > kMaxRefLength || semi == i + 1) {
      out += '&';
      continue;
    }
    const std::string_view ref = text.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (ref[0] == '#') {
      const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
      const std::string_view digits = ref.substr(hex ? 2 : 1);
      uint32_t v = 0;
      const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v, hex ? 16 : 10);
      if (ec == std::errc() && ptr == digits.data() + digits.size() && v > 0 && v <= 0x10FFFF &&
          (v < 0xD800 || v > 0xDFFF)) {
        cp = v;
      }
    } else if (auto it = kNamed.find(ref); it != kNamed.end()) {
      cp = it->second;
    }
    if (cp == 0) {
      out += '&';
      continue;
    }
    AppendUtf8(cp == 0xA0 ? U' ' : cp, &out);
    i = semi;
  }
  return out;
}

std::string NormalizeLanguage(std::string_view tag) {
  std::string out;
  size_t part = 0;
  size_t part_len = 0;
  for (char c : tag) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == '-' || c == '_') {
      if (part_len == 0) return "";
      out += '-';
      ++part;
      part_len = 0;
    } else if (std::isalnum(u)) {
      // The region subtag (2 letters after the language) is upper case, the rest lower.
      out += static_cast<char>(part == 1 && std::isalpha(u) ? std::toupper(u) : std::tolower(u));
      ++part_len;
    } else if (c == ' ') {
      continue;
    } else {
      return "";
    }
  }
  const size_t lang_len = out.find('-') == std::string::npos ? out.size() : out.find('-');
  if (lang_len < 2 || lang_len > 3 || part_len == 0) return "";
  // Only a 2-letter region is upper case: "zh-hant" stays a script in lower case.
  const size_t dash = out.find('-');
  if (dash != std::string::npos) {
    const size_t end = out.find('-', dash + 1);
    const size_t len = (end == std::string::npos ? out.size() : end) - dash - 1;
    if (len != 2) {
      for (size_t k = dash + 1; k < dash + 1 + len; ++k) {
        out[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[k])));
      }
    }
  }
  return out;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace lede::detail
