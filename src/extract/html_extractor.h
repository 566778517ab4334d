// HTML extractor: finds the article body and metadata in a parsed page.
//
// The cascade (html_extractor.cc) runs the parts in order: page stats and
// chrome removal, content-root scoring (block_scorer.h), body blocks
// (body_writer.h), then metadata with captions (metadata_extractor.h).
// Cue words and phrases are data: data/boilerplate/html_*.txt.
#ifndef LEDE_SRC_EXTRACT_HTML_EXTRACTOR_H_
#define LEDE_SRC_EXTRACT_HTML_EXTRACTOR_H_

#include "html/dom.h"
#include "lede/document.h"
#include "lede/status.h"

namespace lede::detail {

// Returns the clean Document (text, blocks, meta) of a page, or NoArticle.
// Document::source is left for the caller to fill. With `explain`, also
// fills Document::decisions: candidate containers, chrome dropped, blocks.
Result<Document> ExtractFromHtml(const Dom& dom, bool explain = false);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_HTML_EXTRACTOR_H_
