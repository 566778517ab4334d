#include "summary/summarizer.h"
namespace lede::detail {
Summary Summarize(const Report&, size_t, size_t) { return {}; }
}  // namespace lede::detail
