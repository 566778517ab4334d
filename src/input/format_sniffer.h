// Format sniffer: tells an HTML page from plain text.
#ifndef LEDE_SRC_INPUT_FORMAT_SNIFFER_H_
#define LEDE_SRC_INPUT_FORMAT_SNIFFER_H_

#include <string_view>

namespace lede::detail {

// Returns true when the decoded input is an HTML document or fragment.
bool LooksLikeHtml(std::string_view text);

}  // namespace lede::detail

#endif  // LEDE_SRC_INPUT_FORMAT_SNIFFER_H_
