// HTML extractor: the cascade that turns a parsed page into a Document.
#include "extract/html_extractor.h"

#include "extract/block_scorer.h"
#include "extract/body_writer.h"
#include "extract/metadata_extractor.h"

namespace lede::detail {

Result<Document> ExtractFromHtml(const Dom& dom, bool explain) {
  if (dom.nodes.empty()) return Status::NoArticle("the page is empty");

  // 1. Page stats: class/id cues, chrome dropped, text and link lengths per node.
  const PageStats stats = AnalyzePage(dom);

  // 2. Content roots: the best-scoring container and its good siblings.
  Document doc;
  std::vector<BlockDecision>* decisions = explain ? &doc.decisions : nullptr;
  std::vector<NodeId> roots = FindContentRoots(dom, stats, decisions);

  // 3. Fallback: a page of short texts only (a brief, a photo page) keeps the whole body.
  if (roots.empty() && stats.body != kNoNode) {
    roots.push_back(stats.body);
    if (explain) doc.decisions.push_back({"container", 0.0, true, "no paragraph long enough: whole <body>", ""});
  }
  if (explain) ExplainDropped(dom, stats, &doc.decisions);

  // 4. Body blocks, then metadata (which looks for the standfirst before the body).
  WriteBody(dom, stats, roots, &doc, decisions);
  doc.meta = ExtractMetadata(dom, stats, roots.empty() ? kNoNode : roots.front());
  if (doc.text.empty()) return Status::NoArticle("no article text found in the page");
  return doc;
}

}  // namespace lede::detail
