// Block scorer: finds the element(s) holding the article body.
//
// Readability's idea, with trafilatura's grouped cues: every paragraph-like
// block with enough text gives points (for its length and commas) to its
// parent and, decreasingly, to its further ancestors; an ancestor's score
// starts from its tag and class/id cues and is scaled down by its link
// density. The best-scoring element wins, joined by siblings that score
// close to it or are themselves good paragraphs.
#ifndef LEDE_SRC_EXTRACT_BLOCK_SCORER_H_
#define LEDE_SRC_EXTRACT_BLOCK_SCORER_H_

#include <cstdint>
#include <vector>

#include "html/dom.h"
#include "lede/document.h"

namespace lede::detail {

// Holds per-node facts of one page, indexed by NodeId, computed in linear time.
struct PageStats {
  std::vector<uint32_t> cues;        // class/id concept bits (see html_cues.h)
  std::vector<bool> dropped;         // removed as page chrome, with its subtree
  std::vector<uint32_t> text_chars;  // visible code points in the kept subtree
  std::vector<uint32_t> link_chars;  // of which inside <a>
  std::vector<uint32_t> commas;      // commas in the kept subtree
  std::vector<bool> has_block_child;  // some kept child element is block-level
  NodeId body = kNoNode;             // the <body> element, if any
};

// Returns the stats of `dom`: cues, dropped chrome, text and link lengths.
PageStats AnalyzePage(const Dom& dom);

// Returns the link density of node `id`: link characters over all characters.
double LinkDensity(const PageStats& stats, NodeId id);

// Returns the elements holding the article body, in document order; empty
// when the page has no paragraph long enough to be an article. When
// `decisions` is given, appends the best candidates and the siblings
// considered, with their scores and why they were (not) chosen.
std::vector<NodeId> FindContentRoots(const Dom& dom, const PageStats& stats,
                                     std::vector<BlockDecision>* decisions = nullptr);

// Appends, for --explain, one decision per element dropped as chrome (the
// outermost of each dropped subtree that held text), with the reason.
void ExplainDropped(const Dom& dom, const PageStats& stats, std::vector<BlockDecision>* decisions);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_BLOCK_SCORER_H_
