#include "html/html_parser.h"
namespace lede::detail {
std::string_view DomNode::Attr(std::string_view name) const {
  for (const auto& [k, v] : attrs) if (k == name) return v;
  return {};
}
Result<Dom> ParseHtml(std::string_view) { return Status::Internal("ParseHtml: not built yet"); }
}  // namespace lede::detail
