// Terms: the normalised words the summarizer compares and counts.
//
// A term is a word lower-cased, with a possessive ("'s") and a simple plural
// "s" stripped ("missiles" -> "missile", "countries" -> "country"), and with
// stop words and generic news words (said, year, Monday ...) removed. This is
// deliberately a light "lemma-ish" form, not a stemmer: keywords stay readable.
#ifndef LEDE_SRC_SUMMARY_TERMS_H_
#define LEDE_SRC_SUMMARY_TERMS_H_

#include <string>
#include <string_view>

namespace lede::detail {

// Holds a token's term and whether it was written with a capital letter.
struct Term {
  std::string text;          // normalised term, "" when the word carries no topic
  bool capitalized = false;  // first letter upper case as written
};

// Returns the term of one token's text ("Missiles," -> "missile"), or an empty
// term for stop words, generic words, numbers and fragments.
Term ContentTerm(std::string_view token_text);

// Returns `s` lower-cased code point by code point (ICU simple case mapping).
std::string LowerCase(std::string_view s);

// Returns true when a lower-case word is a stop word or a generic news word.
bool IsIgnoredWord(std::string_view lower);

// Returns true when a lower-case word is a stop word of a common news language
// other than English (German, Spanish, French, Indonesian, Italian, Dutch, Portuguese).
bool IsForeignStopWord(std::string_view lower);

}  // namespace lede::detail

#endif  // LEDE_SRC_SUMMARY_TERMS_H_
