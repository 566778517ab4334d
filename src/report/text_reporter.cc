#include "lede/reporter.h"
namespace lede {
std::string RenderText(const Report& r, const TextOptions&) { return r.document.text + "\n"; }
}  // namespace lede
