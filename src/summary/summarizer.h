// Summarizer: picks key sentences and keywords.
#ifndef LEDE_SRC_SUMMARY_SUMMARIZER_H_
#define LEDE_SRC_SUMMARY_SUMMARIZER_H_

#include <string>
#include <vector>

#include "lede/report.h"

namespace lede::detail {

// Holds the extractive summary and the keywords.
struct Summary {
  std::vector<size_t> sentences;      // indices into Report::sentences, in text order
  std::vector<std::string> keywords;  // best first
};

// Returns up to `max_sentences` key sentences and `max_keywords` keywords of a
// report whose tokens, sentences and entities are filled in.
Summary Summarize(const Report& report, size_t max_sentences, size_t max_keywords);

}  // namespace lede::detail

#endif  // LEDE_SRC_SUMMARY_SUMMARIZER_H_
