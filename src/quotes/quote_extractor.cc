#include "quotes/quote_extractor.h"
namespace lede::detail {
std::vector<Quote> ExtractQuotes(const Report&) { return {}; }
}  // namespace lede::detail
