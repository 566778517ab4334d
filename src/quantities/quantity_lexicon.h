// Quantity lexicon: the word lists of data/lexicon/ that the quantity rules read,
// loaded once into hash tables, plus a phrase table that matches multi-word entries
// ("more than", "hong kong dollars", "square kilometres") against lexer pieces.
#ifndef LEDE_SRC_QUANTITIES_QUANTITY_LEXICON_H_
#define LEDE_SRC_QUANTITIES_QUANTITY_LEXICON_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "quantities/quantity_lexer.h"

namespace lede::detail {

// Names the part a word plays in a written-out number (see number_words.txt).
enum class NumberRole { kUnit, kTens, kHundred, kScale, kOrdinal, kFraction, kDozen, kHalf, kArticle, kSuffix };

// Holds a number word's role and value.
struct NumberWord {
  NumberRole role = NumberRole::kUnit;
  double value = 0;
};

// Names the part a word plays in a date phrase (see date_words.txt).
enum class DateRole { kMonth, kMonthAbbrev, kWeekday, kDayOffset, kRelative, kApproximate, kPeriod, kDaypart, kZone, kYearLead, kDurationLead, kDateModifier };

// Holds a date word's role and value (month number, ISO weekday, day offset, direction).
struct DateWord {
  DateRole role = DateRole::kMonth;
  int value = 0;
};

// Holds a time unit: its name, ISO 8601 designator ("D", "TH") and count factor.
struct TimeUnit {
  std::string unit;
  std::string designator;
  double factor = 1;
};

// Names how a currency alias is written (see currency_names.tsv).
enum class CurrencyForm { kCode, kName, kSymbol };

// Holds a currency alias's ISO code and form.
struct Currency {
  std::string code;
  CurrencyForm form = CurrencyForm::kName;
};

// Flags from number_subject_words.txt.
enum SubjectFlag : unsigned { kSubjectStop = 1, kSubjectModifier = 2, kPronounBefore = 4, kPronounAfter = 8 };

// Holds a cheap pre-check for a set of words: the shape (first byte, last byte, length)
// of every word. Most words of a text share no shape with any quantity word, so a
// lookup that fails here skips hashing the word and probing the hash table.
class WordShapes {
 public:
  // Adds a word's shape.
  void Add(std::string_view word) { bits_[Index(word)] = true; }
  // Returns false when no added word has the shape of `word` (true means "maybe").
  bool MayContain(std::string_view word) const { return bits_[Index(word)]; }

 private:
  // 2^16 bits (8 KB) keep the table in the L1/L2 cache; collisions only cost a probe.
  static constexpr size_t kBits = size_t{1} << 16;
  static size_t Index(std::string_view w) {
    if (w.empty()) return 0;
    size_t first = static_cast<unsigned char>(w.front()), last = static_cast<unsigned char>(w.back());
    return (first * 131 + last * 31 + w.size()) * 2654435761u % kBits;
  }
  std::vector<bool> bits_ = std::vector<bool>(kBits);
};

// Maps phrases of one or more pieces to values, matching the longest first.
template <typename T>
class PhraseTable {
 public:
  // Adds `phrase` (lexed the way text is) with its value.
  void Add(std::string_view phrase, T value);
  // Returns the value of the longest phrase starting at pieces[i] and sets *end past it,
  // or nullptr. Phrases never cross a break.
  const T* Match(const std::vector<Piece>& pieces, size_t i, size_t* end) const;
  // Returns the value of the longest phrase ending just before pieces[i] and sets *begin
  // to its first piece, or nullptr.
  const T* MatchBefore(const std::vector<Piece>& pieces, size_t i, size_t* begin) const;

 private:
  // Every phrase and every leading part of one ("hong kong" of "hong kong dollars"), so a
  // lookup stops at the first key no phrase starts with; parts alone have no value.
  std::unordered_map<std::string, std::optional<T>> entries_;
  WordShapes first_pieces_;  // the shapes of every phrase's first piece
  size_t max_pieces_ = 0;
};

// Names whether a quantity phrase may start at a piece (QuantityLexicon::StartAt).
enum class StartKind { kNoStart, kWeakStart, kStart };

// Holds every quantity word list.
struct QuantityLexicon {
  std::unordered_map<std::string, NumberWord> numbers;
  std::unordered_map<std::string, DateWord> dates;
  std::unordered_map<std::string, unsigned> subject_flags;
  std::unordered_set<std::string> lead_words;
  std::unordered_set<std::string> cny_context;
  std::unordered_set<std::string> year_leads;      // date_words.txt role year_lead
  std::unordered_set<std::string> duration_leads;  // date_words.txt role duration_lead
  std::unordered_set<std::string> date_modifiers;  // date_words.txt role date_modifier
  PhraseTable<std::string> qualifiers;
  PhraseTable<TimeUnit> time_units;
  PhraseTable<std::string> measure_units;
  PhraseTable<std::string> percent_units;
  PhraseTable<Currency> currencies;
  // Every word of the quantity word lists and quantity_start_words.txt: the only words
  // a quantity phrase can start with, each mapped to true when that file marks it weak
  // (a function word that starts a phrase only before another start: "the 1990s",
  // never "the government").
  std::unordered_map<std::string, bool> start_words;
  WordShapes number_shapes, date_shapes, start_shapes;  // pre-checks for the three sets above

  // Returns the number word `lower`, or nullptr.
  const NumberWord* Number(const std::string& lower) const;
  // Returns the date word `lower`, or nullptr.
  const DateWord* Date(const std::string& lower) const;
  // Returns the subject flags of `lower` (0 when it has none).
  unsigned SubjectFlags(const std::string& lower) const;
  // Returns whether a quantity phrase may start at `p`: kStart for a digit, sign, code or
  // punctuation piece or a start word (possessive or not: "today's"), kWeakStart for a
  // weak start word, kNoStart for any other word.
  StartKind StartAt(const Piece& p) const;
};

// Returns the lexicon, loaded from the embedded data on first use.
const QuantityLexicon& GetQuantityLexicon();

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_QUANTITY_LEXICON_H_
