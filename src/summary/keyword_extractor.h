// Keyword extractor: the names and words that say what an article is about.
#ifndef LEDE_SRC_SUMMARY_KEYWORD_EXTRACTOR_H_
#define LEDE_SRC_SUMMARY_KEYWORD_EXTRACTOR_H_

#include <cstddef>
#include <string>
#include <vector>

#include "lede/report.h"

namespace lede::detail {

// Returns up to `max_keywords` keywords of a report whose tokens, sentences
// and entities are filled in, best first: entity names as written and
// lower-case content words, without duplicates.
std::vector<std::string> ExtractKeywords(const Report& report, size_t max_keywords);

}  // namespace lede::detail

#endif  // LEDE_SRC_SUMMARY_KEYWORD_EXTRACTOR_H_
