// Sentence splitter: groups tokens into sentences, never across a block.
#ifndef LEDE_SRC_TEXT_SENTENCE_SPLITTER_H_
#define LEDE_SRC_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "lede/document.h"
#include "lede/token.h"

namespace lede::detail {

// Returns the sentences of `text`, given its tokens and blocks (an empty
// block list means one block covering the whole text).
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<Block>& blocks);

}  // namespace lede::detail

#endif  // LEDE_SRC_TEXT_SENTENCE_SPLITTER_H_
