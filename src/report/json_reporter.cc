#include "lede/reporter.h"
namespace lede {
std::string RenderJson(const Report&, const JsonOptions&) { return "{}"; }
std::string RenderJsonError(const std::string&, const Status&, const JsonOptions&) { return "{}"; }
}  // namespace lede
