// HTML parser: the adapter between myhtml (libmodest) and lede's Dom.
#ifndef LEDE_SRC_HTML_HTML_PARSER_H_
#define LEDE_SRC_HTML_HTML_PARSER_H_

#include <string_view>

#include "html/dom.h"
#include "lede/status.h"

namespace lede::detail {

// Returns the Dom of a UTF-8 HTML document, parsed by the HTML5 algorithm,
// with character references decoded; empty input gives an empty Dom.
// Comments, <style>, <noscript>, <template> and every <script> but JSON-LD
// ones (which keep their text) are left out. Never fails on malformed markup.
Result<Dom> ParseHtml(std::string_view utf8_html);

}  // namespace lede::detail

#endif  // LEDE_SRC_HTML_HTML_PARSER_H_
