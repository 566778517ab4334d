// Text limit: cuts a Document's clean text to at most a given number of bytes
// before the language stages read it.
//
// The language stages' memory and time grow with the text (every token,
// word and candidate is kept), so a page whose "article" is tens of megabytes
// (a log, a data dump, one huge line) is analysed only up to the limit, like
// spaCy's max_length; the report says how much was dropped.
#ifndef LEDE_SRC_EXTRACT_TEXT_LIMIT_H_
#define LEDE_SRC_EXTRACT_TEXT_LIMIT_H_

#include <cstddef>

#include "lede/document.h"

namespace lede::detail {

// Cuts doc->text to at most `max_bytes` bytes and returns the number of bytes
// dropped (0 when it already fits). The cut falls at the end of the last block
// that fits whole, or else inside the block that crosses the limit, after its
// last whitespace before the limit (a code point boundary when it has none).
// Blocks past the cut are dropped and the crossing block shortened, so every
// block stays inside the text.
size_t LimitText(size_t max_bytes, Document* doc);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_TEXT_LIMIT_H_
