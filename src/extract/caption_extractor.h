// Caption extractor: photo captions and their credits.
//
// Takes every <figcaption> (and element with a caption class outside one)
// that is not in page chrome such as related-story rails, and splits off its
// credit: a child element with a credit/copyright class, or else a trailing
// "Photo: X" (prefixes in data/boilerplate/html_credit_prefixes.txt).
#ifndef LEDE_SRC_EXTRACT_CAPTION_EXTRACTOR_H_
#define LEDE_SRC_EXTRACT_CAPTION_EXTRACTOR_H_

#include <string_view>
#include <vector>

#include "extract/block_scorer.h"
#include "html/dom.h"
#include "lede/document.h"

namespace lede::detail {

// Returns the photo captions of the page, in document order, without duplicates.
std::vector<Caption> ExtractCaptions(const Dom& dom, const PageStats& stats);

// Returns a caption text split at a trailing credit ("... Photo: Reuters" -> "...", "Reuters").
Caption SplitCredit(std::string_view text);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_CAPTION_EXTRACTOR_H_
