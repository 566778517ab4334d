// Sentence ranker: picks the sentences of an extractive summary.
#ifndef LEDE_SRC_SUMMARY_SENTENCE_RANKER_H_
#define LEDE_SRC_SUMMARY_SENTENCE_RANKER_H_

#include <cstddef>
#include <vector>

#include "lede/report.h"

namespace lede::detail {

// Returns the indices of up to `max_sentences` key sentences of a report whose
// tokens, sentences, entities and quantities are filled in, in text order.
std::vector<size_t> RankSentences(const Report& report, size_t max_sentences);

}  // namespace lede::detail

#endif  // LEDE_SRC_SUMMARY_SENTENCE_RANKER_H_
