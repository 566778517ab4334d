#include "quantities/quantity_extractor.h"
namespace lede::detail {
std::vector<Quantity> ExtractQuantities(const Report&, std::string_view) { return {}; }
}  // namespace lede::detail
