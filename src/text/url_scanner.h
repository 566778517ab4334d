// URL scanner: recognises URLs, bare host names and e-mail addresses.
//
// Each function looks at text from a token start and returns where the URL
// or address ends, or the start itself when there is none. Trailing
// sentence punctuation and closing quotes are left out of the URL, and a
// closing parenthesis only stays when the URL opened one.
#ifndef LEDE_SRC_TEXT_URL_SCANNER_H_
#define LEDE_SRC_TEXT_URL_SCANNER_H_

#include <cstddef>
#include <string_view>

namespace lede::detail {

// Returns the end of a URL starting at `start` with a scheme (http://, https://, ftp://) or "www.".
size_t ScanSchemeUrl(std::string_view text, size_t start);

// Returns the end of an e-mail address whose local part starts at `start`.
size_t ScanEmail(std::string_view text, size_t start);

// Returns the end of a bare host name (with an optional /path) starting at `start`,
// such as "example.com" or "news.example.co.uk/world", whose last label is a known TLD.
size_t ScanBareHost(std::string_view text, size_t start);

}  // namespace lede::detail

#endif  // LEDE_SRC_TEXT_URL_SCANNER_H_
