// Abbreviations: which words take a period without ending a sentence.
//
// The lists are data files (data/lexicon/abbreviations*.txt), loaded once.
// Entries written in lowercase match any case ("etc" matches "Etc");
// entries with a capital match only as written ("Sun", "Mar"), so the
// month "Mar." is an abbreviation while "mar." ends a sentence.
#ifndef LEDE_SRC_TEXT_ABBREVIATIONS_H_
#define LEDE_SRC_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace lede::detail {

// Names how an abbreviation behaves at a possible sentence end.
enum class AbbreviationKind {
  kNone,     // not an abbreviation
  kTitle,    // a title or prefix before a name (Mr., Dr., Gen., St.): never ends a sentence
  kNumeric,  // only an abbreviation before a number (No. 5, p. 12, Art. 3)
  kGeneral,  // may end a sentence (Co., Inc., etc., Jan.)
  kInitial,  // a single capital letter (J. R. R. Tolkien): a name initial, or "I." / "B." at an end
  kDotted,   // letters separated by periods (U.S., e.g., a.m., Ph.D.): may end a sentence
};

// Returns the kind of abbreviation `word` (without its final period) is in the word lists.
AbbreviationKind LookUpAbbreviation(std::string_view word);

// Returns the kind of an abbreviation token's text (with its final period), by list or by shape.
AbbreviationKind ClassifyAbbreviationToken(std::string_view token_text);

// Returns true when a capitalised `word` commonly opens a sentence (The, He, But, However ...),
// so that an abbreviation before it most likely ended the previous sentence.
bool IsSentenceStarter(std::string_view word);

}  // namespace lede::detail

#endif  // LEDE_SRC_TEXT_ABBREVIATIONS_H_
