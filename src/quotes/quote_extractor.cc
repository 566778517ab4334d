// Quote extractor: the quote stage's cascade.
//
// 1. Lex the body into words, marks and punctuation, per paragraph and sentence.
// 2. Pair quotation marks into quoted spans (multi-paragraph convention included).
// 3. Keep the quoted spans that are quotations, as direct or partial, with speaker phrases,
//    and join the pieces of a quotation interrupted by its attribution.
// 4. Find reported speech outside those quotations.
// 5. Resolve speaker phrases (entities, pronouns, follow-ups) in text order.
// 6. Put the headline's and standfirst's quotations first (offsets in their own line).
#include "quotes/quote_extractor.h"

#include <algorithm>

#include "quotes/direct_quotes.h"
#include "quotes/headline_quotes.h"
#include "quotes/quote_lexer.h"
#include "quotes/quote_marks.h"
#include "quotes/quote_merger.h"
#include "quotes/reported_speech.h"
#include "quotes/speaker_resolver.h"

namespace lede::detail {

std::vector<Quote> ExtractQuotes(const Report& report) {
  const std::string& text = report.document.text;
  // 1-2. Items and quoted spans.
  const Lexed lexed = LexBody(report);
  const std::vector<QuotedSpan> spans = PairQuoteMarks(lexed);
  const SpeakerResolver resolver(report, lexed);

  // 3. Quotations.
  std::vector<bool> kept;
  std::vector<Candidate> candidates =
      MergeInterruptedQuotes(lexed, ClassifyQuotations(text, lexed, spans, resolver, &kept));
  std::vector<bool> quoted(lexed.items.size(), false);
  for (size_t i = 0; i < spans.size(); ++i) {
    if (!kept[i]) continue;
    const size_t last = std::min(spans[i].close + 1, lexed.items.size());
    for (size_t j = spans[i].open; j < last; ++j) quoted[j] = true;
  }

  // 4. Reported speech.
  std::vector<Candidate> reported = FindReportedSpeech(text, lexed, quoted, resolver);
  candidates.insert(candidates.end(), std::make_move_iterator(reported.begin()),
                    std::make_move_iterator(reported.end()));
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.quote.span.start < b.quote.span.start; });

  // 5. Speakers.
  resolver.Resolve(quoted, &candidates);
  // 6. Headline quotes.
  std::vector<Quote> quotes = FindHeadlineQuotes(report);
  quotes.reserve(quotes.size() + candidates.size());
  for (Candidate& c : candidates) quotes.push_back(std::move(c.quote));
  return quotes;
}

}  // namespace lede::detail
