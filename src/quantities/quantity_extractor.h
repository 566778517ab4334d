// Quantity extractor: counts, money, percentages, ordinals, dates, durations.
#ifndef LEDE_SRC_QUANTITIES_QUANTITY_EXTRACTOR_H_
#define LEDE_SRC_QUANTITIES_QUANTITY_EXTRACTOR_H_

#include <string_view>
#include <vector>

#include "lede/quantity.h"
#include "lede/report.h"

namespace lede::detail {

// Returns the quantities of a report whose document, tokens and sentences are
// filled in. `reference_date` (YYYY-MM-DD, or "" for none) resolves relative
// dates; without it they keep only what the text fixes.
std::vector<Quantity> ExtractQuantities(const Report& report, std::string_view reference_date);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_QUANTITY_EXTRACTOR_H_
