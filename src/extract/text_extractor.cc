#include "extract/text_extractor.h"
namespace lede::detail {
Document DocumentFromRawText(std::string_view text) {
  Document d; d.text = std::string(text); d.blocks.push_back({{0, d.text.size()}, BlockKind::kParagraph}); return d;
}
Result<Document> ExtractFromText(std::string_view text) { return DocumentFromRawText(text); }
}  // namespace lede::detail
