// Quote extractor: the quote stage's cascade.
//
// 1. Lex the body into words, marks and punctuation, per paragraph and sentence.
// 2. Pair quotation marks into quoted spans (multi-paragraph convention included).
// 3. Keep the quoted spans that are quotations, as direct or partial, with speaker phrases,
//    and join the pieces of a quotation interrupted by its attribution.
// 4. Find reported speech outside the whole quotations; a reported clause
//    holding a partial quotation is mixed speech.
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
namespace {

// Returns `quoted` without the items of partial quotations (their marks included).
std::vector<bool> WholeQuotations(const Lexed& lexed, const std::vector<Candidate>& candidates,
                                  std::vector<bool> quoted) {
  const std::vector<Item>& items = lexed.items;
  for (const Candidate& c : candidates) {
    if (c.quote.kind != QuoteKind::kPartial) continue;
    size_t i = ItemAt(lexed, c.quote.span.start);
    if (i > 0 && items[i - 1].kind == ItemKind::kMark) --i;  // the opening mark
    for (; i < items.size() && items[i].span.start < c.quote.span.end; ++i) quoted[i] = false;
    if (i < items.size() && items[i].kind == ItemKind::kMark) quoted[i] = false;  // the closing mark
  }
  return quoted;
}

// Makes every reported clause among `candidates` (in text order) that holds a
// partial quotation mixed speech, reaching to the quotation's closing mark.
// The partial quotation stays too: it is the speaker's exact words.
void MarkMixedSpeech(const std::string& text, const Lexed& lexed, std::vector<Candidate>* candidates) {
  const std::vector<Item>& items = lexed.items;
  Candidate* clause = nullptr;  // the last reported clause
  for (Candidate& c : *candidates) {
    if (c.quote.kind == QuoteKind::kIndirect) {
      clause = &c;
      continue;
    }
    if (c.quote.kind != QuoteKind::kPartial || clause == nullptr) continue;
    Quote& q = clause->quote;
    if (c.quote.span.start < q.span.start || c.quote.span.start >= q.span.end) continue;
    q.kind = QuoteKind::kMixed;
    const size_t after = ItemAt(lexed, c.quote.span.end);
    if (after < items.size() && items[after].kind == ItemKind::kMark && items[after].span.end > q.span.end) {
      q.span.end = items[after].span.end;
      q.text = std::string(SpanText(text, q.span));
    }
  }
}

}  // namespace

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

  // 4. Reported speech. A partial quotation does not stop it: the reported
  //    clause that holds one is mixed speech.
  std::vector<Candidate> reported = FindReportedSpeech(text, lexed, WholeQuotations(lexed, candidates, quoted), resolver);
  candidates.insert(candidates.end(), std::make_move_iterator(reported.begin()),
                    std::make_move_iterator(reported.end()));
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.quote.span.start < b.quote.span.start; });
  MarkMixedSpeech(text, lexed, &candidates);

  // 5. Speakers.
  resolver.Resolve(quoted, &candidates);
  // 6. Headline quotes.
  std::vector<Quote> quotes = FindHeadlineQuotes(report);
  quotes.reserve(quotes.size() + candidates.size());
  for (Candidate& c : candidates) quotes.push_back(std::move(c.quote));
  return quotes;
}

}  // namespace lede::detail
