// Test support: builds a Report from plain text the way the pipeline does
// for --raw input (blocks at blank lines, then tokens and sentences), so an
// extractor can be tested on sentences written in the test.
#ifndef LEDE_TESTS_SUPPORT_ANNOTATE_H_
#define LEDE_TESTS_SUPPORT_ANNOTATE_H_

#include <string>

#include "lede/report.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace lede::testing {

// Returns a Report of `text` with document.text, blocks, tokens and sentences filled in.
inline Report Annotate(std::string text) {
  Report report;
  report.document.text = std::move(text);
  const std::string& t = report.document.text;
  size_t start = 0;
  while (start < t.size()) {
    size_t end = t.find("\n\n", start);
    if (end == std::string::npos) end = t.size();
    size_t s = start, e = end;
    while (s < e && (t[s] == '\n' || t[s] == ' ')) ++s;
    while (e > s && (t[e - 1] == '\n' || t[e - 1] == ' ')) --e;
    if (e > s) report.document.blocks.push_back({{s, e}, BlockKind::kParagraph});
    start = end + 2;
  }
  report.tokens = detail::Tokenize(t);
  report.sentences = detail::SplitSentences(t, report.tokens, report.document.blocks);
  return report;
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_SUPPORT_ANNOTATE_H_
