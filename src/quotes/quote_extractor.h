// Quote extractor: direct, partial and reported speech, with speakers.
#ifndef LEDE_SRC_QUOTES_QUOTE_EXTRACTOR_H_
#define LEDE_SRC_QUOTES_QUOTE_EXTRACTOR_H_

#include <vector>

#include "lede/quote.h"
#include "lede/report.h"

namespace lede::detail {

// Returns the quotes of a report whose document, tokens, sentences and
// entities are filled in, in text order.
std::vector<Quote> ExtractQuotes(const Report& report);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUOTES_QUOTE_EXTRACTOR_H_
