// Summarizer: the summary stage, key sentences (sentence_ranker.cc) and
// keywords (keyword_extractor.cc) of one report.
#include "summary/summarizer.h"

#include "summary/keyword_extractor.h"
#include "summary/sentence_ranker.h"

namespace lede::detail {

Summary Summarize(const Report& report, size_t max_sentences, size_t max_keywords) {
  Summary summary;
  summary.sentences = RankSentences(report, max_sentences);
  summary.keywords = ExtractKeywords(report, max_keywords);
  return summary;
}

}  // namespace lede::detail
