#include "text/tokenizer.h"
namespace lede::detail {
std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out; size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    size_t s = i; while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
    if (i > s) out.push_back({{s, i}, TokenKind::kWord});
  }
  return out;
}
}  // namespace lede::detail
