#include "input/format_sniffer.h"
namespace lede::detail {
bool LooksLikeHtml(std::string_view text) { return text.find("<html") != std::string_view::npos; }
}  // namespace lede::detail
