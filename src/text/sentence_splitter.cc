#include "text/sentence_splitter.h"
namespace lede::detail {
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens, const std::vector<Block>&) {
  if (tokens.empty()) return {};
  return {Sentence{{tokens.front().span.start, tokens.back().span.end}, 0, tokens.size(), 0}};
}
}  // namespace lede::detail
