// Terms: lower-casing with ICU, trimming punctuation the tokenizer may leave
// at a word's edges, stripping possessives and plurals by suffix rules, and
// filtering with two embedded word lists (loaded once).
#include "summary/terms.h"

#include <unicode/uchar.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "data/embedded_data.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// Shortest term kept, in letters: two-letter words are almost all function
// words or abbreviations that read badly as keywords ("ok", "eu" is an entity).
constexpr size_t kMinTermLetters = 3;
// Shortest word whose final "s" is taken for a plural: "bus", "gas", "its" stay whole.
constexpr size_t kMinPluralLength = 4;

// Hashes strings and string_views alike, so lookups need no temporary string.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// Returns the stop words and generic news words, loaded once.
const WordSet& IgnoredWords() {
  static const WordSet words = [] {
    WordSet set;
    for (std::string_view file : {"lexicon/stopwords.txt", "lexicon/summary_generic_words.txt"}) {
      for (std::string_view line : DataLines(file)) set.insert(LowerCase(line));
    }
    return set;
  }();
  return words;
}

// Returns the stop words of other languages, loaded once.
const WordSet& ForeignStopWords() {
  static const WordSet words = [] {
    WordSet set;
    for (std::string_view line : DataLines("lexicon/summary_stopwords_other.txt")) set.insert(LowerCase(line));
    return set;
  }();
  return words;
}

// Returns `s` without leading and trailing code points that are neither letters nor digits.
std::string_view TrimToAlnum(std::string_view s) {
  size_t begin = 0;
  while (begin < s.size()) {
    size_t next = begin;
    if (u_isalnum(static_cast<UChar32>(DecodeUtf8(s, &next)))) break;
    begin = next;
  }
  size_t end = s.size();
  while (end > begin) {
    size_t prev = end;
    if (u_isalnum(static_cast<UChar32>(DecodeUtf8Backward(s, &prev)))) break;
    end = prev;
  }
  return s.substr(begin, end - begin);
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Returns true when a lower-case word is a contraction ("they're", "you’ve",
// "wouldn't"): pronoun or auxiliary plus a clitic, never a topic.
bool IsContraction(std::string_view word) {
  for (std::string_view apostrophe : {"'", "\u2019"}) {
    const size_t at = word.rfind(apostrophe);
    if (at == std::string_view::npos) continue;
    const std::string_view clitic = word.substr(at + apostrophe.size());
    for (std::string_view c : {"re", "ve", "ll", "d", "m", "t"}) {
      if (clitic == c) return true;
    }
  }
  return false;
}

// Returns a lower-case word without a possessive "'s" / "’s" or a bare trailing apostrophe.
std::string StripPossessive(std::string word) {
  for (std::string_view suffix : {"'s", "\u2019s"}) {
    if (EndsWith(word, suffix)) return word.substr(0, word.size() - suffix.size());
  }
  return word;
}

// Returns the singular of a lower-case word by suffix rules, or the word when
// it does not look like a regular plural ("boss", "virus", "analysis").
std::string Singular(std::string word) {
  if (word.size() < kMinPluralLength || word.back() != 's') return word;
  for (std::string_view keep : {"ss", "us", "is", "'s"}) {
    if (EndsWith(word, keep)) return word;
  }
  if (EndsWith(word, "ies") && word.size() > kMinPluralLength) return word.substr(0, word.size() - 3) + "y";
  for (std::string_view sibilant : {"sses", "xes", "ches", "shes", "zzes"}) {
    if (EndsWith(word, sibilant)) return word.substr(0, word.size() - 2);
  }
  return word.substr(0, word.size() - 1);
}

}  // namespace

std::string LowerCase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    const auto byte = static_cast<unsigned char>(s[pos]);
    if (byte < 0x80) {  // ASCII, most of an English text: no ICU call needed
      out.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte - 'A' + 'a') : static_cast<char>(byte));
      ++pos;
      continue;
    }
    AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(DecodeUtf8(s, &pos)))), &out);
  }
  return out;
}

bool IsIgnoredWord(std::string_view lower) {
  return IgnoredWords().find(lower) != IgnoredWords().end();
}

bool IsForeignStopWord(std::string_view lower) {
  return ForeignStopWords().find(lower) != ForeignStopWords().end();
}

Term ContentTerm(std::string_view token_text) {
  std::string_view word = TrimToAlnum(token_text);
  if (word.empty()) return {};
  size_t pos = 0;
  const auto first = static_cast<UChar32>(DecodeUtf8(word, &pos));
  if (!u_isalpha(first)) return {};  // numbers and codes are quantities, not topics
  size_t letters = 0;
  for (size_t p = 0; p < word.size();) letters += u_isalpha(static_cast<UChar32>(DecodeUtf8(word, &p))) ? 1 : 0;
  if (letters < kMinTermLetters) return {};

  std::string lower = StripPossessive(LowerCase(word));
  if (IsIgnoredWord(lower) || IsContraction(lower)) return {};
  std::string singular = Singular(lower);
  if (IsIgnoredWord(singular)) return {};
  return Term{std::move(singular), u_isupper(first) != 0 || u_istitle(first) != 0};
}

}  // namespace lede::detail
