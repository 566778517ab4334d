#include "extract/html_extractor.h"
namespace lede::detail {
Result<Document> ExtractFromHtml(const Dom&) { return Status::NoArticle("ExtractFromHtml: not built yet"); }
}  // namespace lede::detail
