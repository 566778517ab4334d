// Token and Sentence: the units every extractor works on.
#ifndef LEDE_TOKEN_H_
#define LEDE_TOKEN_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lede/document.h"

namespace lede {

// Names what kind of text a token is. One byte: the entity stage keeps a
// kind with every word, and a huge article has tens of millions of words.
enum class TokenKind : uint8_t {
  kWord,         // letters, possibly with inner apostrophes or hyphens (don't, Lee's, guided-missile)
  kNumber,       // digits with separators and decimals (1,250.5), also 3rd, 1.5bn's digits
  kPunctuation,  // . , ; : ! ? and brackets
  kQuote,        // quotation marks and apostrophes used as quotes: " ' “ ” ‘ ’ « » „ 「 」
  kDash,         // - – — used as a dash, not inside a word
  kSymbol,       // currency and other symbols: € $ £ % & @ #
  kEmoji,        // pictographs
  kUrl,          // URLs and e-mail addresses
  kOther,        // anything else (a stray control character, say)
};

// Marks one token: its span in Document::text and its kind.
struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  bool abbreviation = false;  // a known abbreviation or initial ending in '.' ("Mr.", "U.S.", "J.")
  bool space_before = false;  // whitespace separates it from the previous token
};

// Marks one sentence: its span and the tokens [first_token, last_token) it holds.
struct Sentence {
  Span span;
  size_t first_token = 0;
  size_t last_token = 0;
  size_t block = 0;  // index of the Document block it lies in
};

// Returns the text a span covers.
inline std::string_view SpanText(const std::string& text, Span span) {
  return std::string_view(text).substr(span.start, span.end - span.start);
}

}  // namespace lede

#endif  // LEDE_TOKEN_H_
