// Body writer: turns the chosen content elements into Document blocks.
//
// Walks the content roots in document order, starting a new block at every
// block-level element and <br>, collapsing whitespace inside a block, and
// leaving out what sits inside article bodies without being article: chrome
// the scorer already dropped, figures (their captions go to the metadata),
// the h1 (the title), link-heavy lists and blocks, and stock phrases such as
// "Advertisement".
#ifndef LEDE_SRC_EXTRACT_BODY_WRITER_H_
#define LEDE_SRC_EXTRACT_BODY_WRITER_H_

#include <vector>

#include "extract/block_scorer.h"
#include "html/dom.h"
#include "lede/document.h"

namespace lede::detail {

// Sets doc->text and doc->blocks from the article blocks under `roots`.
// When `decisions` is given, appends every block considered (kept or not,
// with the reason), in document order.
void WriteBody(const Dom& dom, const PageStats& stats, const std::vector<NodeId>& roots, Document* doc,
               std::vector<BlockDecision>* decisions = nullptr);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_BODY_WRITER_H_
