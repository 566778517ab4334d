// Tokenizer: splits text into tokens with byte offsets and kinds.
#ifndef LEDE_SRC_TEXT_TOKENIZER_H_
#define LEDE_SRC_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "lede/token.h"

namespace lede::detail {

// Returns the tokens of `text` in order. Whitespace is never a token.
std::vector<Token> Tokenize(std::string_view text);

}  // namespace lede::detail

#endif  // LEDE_SRC_TEXT_TOKENIZER_H_
