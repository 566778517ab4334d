// Text extractor: finds the article in text copied from a page.
//
// Classifies each line (ad marker, promo, timestamp, counter, repeated or
// related headline, section label, headline, standfirst bullet, caption with
// credit, body paragraph) and keeps the body paragraphs.
#ifndef LEDE_SRC_EXTRACT_TEXT_EXTRACTOR_H_
#define LEDE_SRC_EXTRACT_TEXT_EXTRACTOR_H_

#include <string_view>

#include "lede/document.h"
#include "lede/status.h"

namespace lede::detail {

// Returns the clean Document of plain text with page furniture in it, or NoArticle.
Result<Document> ExtractFromText(std::string_view text);

// Returns a Document whose text is `text` exactly, split into blocks at blank lines (--raw).
Document DocumentFromRawText(std::string_view text);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_TEXT_EXTRACTOR_H_
