// Word view: the report's tokens as the entity stage sees them.
//
// Each Word carries what the rules ask of a token again and again: its text,
// its case-folded form, whether it is capitalised, whether it opens a
// sentence, and whether it ends in a possessive "'s" (which is not part of
// the name: "Modi’s" names "Modi"). Word tokens that still carry leading or
// trailing punctuation (a whitespace tokenizer) are split here, so the stage
// behaves the same whatever the tokenizer's granularity.
#ifndef LEDE_SRC_ENTITIES_WORD_VIEW_H_
#define LEDE_SRC_ENTITIES_WORD_VIEW_H_

#include <string>
#include <string_view>
#include <vector>

#include "lede/report.h"
#include "lede/token.h"

namespace lede::detail {

// Describes one token for the entity rules.
struct Word {
  Span span;                        // the whole token
  std::string_view text;            // text of name_span(): the token without a possessive "'s"
  std::string folded;               // FoldCase(text)
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;        // whitespace separates it from the previous word
  bool capitalised = false;         // starts with an upper-case or title-case letter
  bool all_caps = false;            // two or more letters, all upper case ("NATO")
  bool sentence_start = false;      // first word of a sentence, block, or quotation
  bool possessive = false;          // ended in "'s" / "’s", now stripped

  // The token without a possessive "'s": what `text` covers. (Derived rather
  // than stored: a 100 MB article has tens of millions of Words.)
  Span name_span() const { return {span.start, span.start + text.size()}; }
  // Returns `folded` without an abbreviation's final '.' ("oct").
  std::string_view bare() const {
    const std::string_view f = folded;
    return f.size() > 1 && f.back() == '.' ? f.substr(0, f.size() - 1) : f;
  }
};

// Returns the words of a report whose document, tokens and sentences are filled in.
std::vector<Word> BuildWords(const Report& report);

// Returns true when `w` is a word token (letters), as opposed to punctuation.
inline bool IsWordToken(const Word& w) { return w.kind == TokenKind::kWord; }

// Returns true when `w` is the single character `c` (punctuation check).
inline bool IsChar(const Word& w, char c) { return w.text.size() == 1 && w.text[0] == c; }

}  // namespace lede::detail

#endif  // LEDE_SRC_ENTITIES_WORD_VIEW_H_
