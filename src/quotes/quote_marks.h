// Quote marks: pairs quotation marks into quoted spans.
//
// Curly, guillemet, German low-high and corner marks pair by their shapes;
// straight double quotes pair by alternation. Single quotes pair only at the
// top level (inside a double quotation they are nested content) and a ’ or '
// after a letter closes only an open single quotation, otherwise it is an
// apostrophe ("nations’"). Pairing never crosses a paragraph, except for the
// news convention of a multi-paragraph quote: a paragraph that leaves a
// double quotation open continues into the next one when that paragraph
// opens with a quotation mark, unless that paragraph opens a transcript turn
// (“ORTEGA: …”) or the open quotation began mid-paragraph after its
// attribution and the new paragraph's piece has its own (“…,” she said):
// then the open one ends with its paragraph and a new one starts. A “ glued
// to the word before it closes a curly quotation like a ”. An unmatched opening mark is dropped, or runs
// to the paragraph end when it opens the paragraph or follows a colon, so it
// never swallows the rest of the document. One pass over the items.
#ifndef LEDE_SRC_QUOTES_QUOTE_MARKS_H_
#define LEDE_SRC_QUOTES_QUOTE_MARKS_H_

#include <string>
#include <vector>

#include "quotes/quote_lexer.h"

namespace lede::detail {

// Holds one quotation found between marks.
struct QuotedSpan {
  size_t open = 0;            // item index of the opening mark
  size_t close = 0;           // item index of the closing mark, or one past the paragraph's last item
  bool closed = true;         // false when the quotation ran to the paragraph end unclosed
  std::vector<size_t> reopens;  // item indices of marks reopening later paragraphs
  std::vector<Span> pieces;   // the quoted words, one piece per paragraph
  Span span;                  // from the first quoted word to the last
  size_t words = 0;           // word items inside
};

// Returns the quoted spans of the body in text order.
std::vector<QuotedSpan> PairQuoteMarks(const Lexed& lexed);

// Returns the quoted text: the pieces joined by a paragraph break.
std::string QuotedText(const std::string& text, const QuotedSpan& quoted);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUOTES_QUOTE_MARKS_H_
