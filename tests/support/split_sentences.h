// Test support: splits a one-block text into sentences and writes them out
// joined by " | ", so a test states the expected split as one readable string;
// and checks tables of such cases, with the shipped boundary model deciding
// the gaps the rules leave open (as the pipeline does) or with the rules alone.
#ifndef LEDE_TESTS_SUPPORT_SPLIT_SENTENCES_H_
#define LEDE_TESTS_SUPPORT_SPLIT_SENTENCES_H_

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "lede/report.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace lede::testing {

// Returns the text of each of `sentences` in `text`, joined by " | ".
inline std::string JoinSentences(std::string_view text, const std::vector<Sentence>& sentences) {
  std::string out;
  for (const Sentence& s : sentences) {
    if (!out.empty()) out += " | ";
    out += text.substr(s.span.start, s.span.size());
  }
  return out;
}

// Returns the sentences of `text` (one block) as the pipeline splits them,
// with the shipped boundary model, joined by " | ".
inline std::string SplitWithModel(const std::string& text) {
  const std::vector<Token> tokens = detail::Tokenize(text);
  return JoinSentences(text, detail::SplitSentences(text, tokens, {}));
}

// Returns the sentences of `text` (one block) by the splitter's rules alone
// (no judge for the gaps they leave open), joined by " | ".
inline std::string SplitByRules(const std::string& text) {
  const std::vector<Token> tokens = detail::Tokenize(text);
  return JoinSentences(text, detail::SplitSentences(text, tokens, {}, nullptr));
}

// Holds one block of text and its expected sentences joined by " | ".
struct SplitCase {
  std::string text;
  std::string sentences;
};

// Checks that SplitWithModel gives each case's sentences.
inline void CheckSplitsWithModel(const std::vector<SplitCase>& cases) {
  for (const SplitCase& c : cases) {
    INFO(c.text);
    CHECK(SplitWithModel(c.text) == c.sentences);
  }
}

// Checks that SplitByRules gives each case's sentences.
inline void CheckSplitsByRules(const std::vector<SplitCase>& cases) {
  for (const SplitCase& c : cases) {
    INFO(c.text);
    CHECK(SplitByRules(c.text) == c.sentences);
  }
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_SUPPORT_SPLIT_SENTENCES_H_
