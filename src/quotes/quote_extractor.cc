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

// Most bytes a dropped quotation's words may run past a reported clause's end
// and still count as inside it: the clause's trimmed end may stop before a
// closing punctuation (“unhinged.”).
constexpr size_t kMaxMarkOverhang = 1;

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

// Returns true when a quoted span the direct-quote finder did not keep (a
// term in marks: “deplorables”) lies inside `span`, whose end it may reach
// with its closing mark; sets *mark_end to that mark's end.
bool HoldsDroppedQuotation(const Lexed& lexed, const std::vector<QuotedSpan>& spans, const std::vector<bool>& kept,
                           Span span, size_t* mark_end) {
  auto it = std::lower_bound(spans.begin(), spans.end(), span.start,
                             [](const QuotedSpan& q, size_t start) { return q.span.start < start; });
  for (; it != spans.end() && it->span.start < span.end; ++it) {
    if (kept[it - spans.begin()] || !it->closed || !it->reopens.empty() || it->words == 0) continue;
    if (it->span.end > span.end + kMaxMarkOverhang) continue;
    *mark_end = it->close < lexed.items.size() ? lexed.items[it->close].span.end : it->span.end;
    return true;
  }
  return false;
}

// Makes every reported clause among `candidates` (in text order) that holds a
// partial quotation, or a term in marks the direct-quote finder dropped, mixed
// speech, reaching to the quotation's closing mark. The partial quotation
// stays too: it is the speaker's exact words.
void MarkMixedSpeech(const std::string& text, const Lexed& lexed, const std::vector<QuotedSpan>& spans,
                     const std::vector<bool>& kept, std::vector<Candidate>* candidates) {
  const std::vector<Item>& items = lexed.items;
  Candidate* clause = nullptr;  // the last reported clause
  for (Candidate& c : *candidates) {
    if (c.quote.kind == QuoteKind::kIndirect) {
      clause = &c;
      size_t mark_end = 0;
      if (HoldsDroppedQuotation(lexed, spans, kept, c.quote.span, &mark_end)) {
        c.quote.kind = QuoteKind::kMixed;
        if (mark_end > c.quote.span.end) {
          c.quote.span.end = mark_end;
          c.quote.text = std::string(SpanText(text, c.quote.span));
        }
      }
      continue;
    }
    if (c.quote.kind != QuoteKind::kPartial || clause == nullptr) continue;
    Quote& q = clause->quote;
    if (c.quote.span.start < q.span.start || c.quote.span.start >= q.span.end) continue;
    q.kind = QuoteKind::kMixed;
    if (c.ref.kind == SpeakerKind::kNone) c.ref = clause->ref;  // the quoted words are the clause speaker's
    if (c.quote.span.start == q.span.start) {  // the clause opens with the quotation: keep its mark
      const size_t first = ItemAt(lexed, q.span.start);
      if (first > 0 && items[first - 1].kind == ItemKind::kMark) q.span.start = items[first - 1].span.start;
    }
    const size_t after = ItemAt(lexed, c.quote.span.end);
    if (after < items.size() && items[after].kind == ItemKind::kMark && items[after].span.end > q.span.end) {
      q.span.end = items[after].span.end;
    }
    q.text = std::string(SpanText(text, q.span));
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
                   [](const Candidate& a, const Candidate& b) {
                     // A reported clause goes before a partial quotation opening it.
                     if (a.quote.span.start != b.quote.span.start) return a.quote.span.start < b.quote.span.start;
                     return a.quote.kind == QuoteKind::kIndirect && b.quote.kind != QuoteKind::kIndirect;
                   });
  MarkMixedSpeech(text, lexed, spans, kept, &candidates);

  // 5. Speakers.
  resolver.Resolve(quoted, &candidates);
  // 6. Headline quotes.
  std::vector<Quote> quotes = FindHeadlineQuotes(report);
  quotes.reserve(quotes.size() + candidates.size());
  for (Candidate& c : candidates) quotes.push_back(std::move(c.quote));
  return quotes;
}

}  // namespace lede::detail
