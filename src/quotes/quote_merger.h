// Quote merger: joins the pieces of one quotation that the reporter cut with
// its attribution, and marks the paragraph pieces of a multi-paragraph quote.
//
// News writes one utterance as several quoted pieces: “…,” she said, “…”
// or “…,” she said. “…” or two quoted sentences in a row. Each piece is
// found as its own quotation; this step joins consecutive direct quotations
// of one paragraph when the words between them are only an attribution (a
// cue word and at most kMaxAttributionWords words, no other quotation) or
// nothing at all, and the later piece has no attribution of its own. The
// joined quote keeps the first piece's kind, cue and speaker (or the later
// piece's when the first has none), spans from the first piece to the last,
// and lists the pieces as fragments; its text is the pieces' texts joined by
// a space (paragraphs of a long quotation stay joined by a blank line). A
// quotation that runs over several paragraphs (reopened at each one) gets
// one fragment per paragraph. One pass over the candidates.
#ifndef LEDE_SRC_QUOTES_QUOTE_MERGER_H_
#define LEDE_SRC_QUOTES_QUOTE_MERGER_H_

#include <vector>

#include "quotes/quote_lexer.h"
#include "quotes/speaker_resolver.h"

namespace lede::detail {

// Returns the quotations of `candidates` (direct and partial, in text order)
// with the pieces of each interrupted quotation joined into one candidate.
std::vector<Candidate> MergeInterruptedQuotes(const Lexed& lexed, std::vector<Candidate> candidates);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUOTES_QUOTE_MERGER_H_
